// What an import returns: the canonical report of its edition with what was odd but read, or every
// place that could not be read, each named in Chinese (「三、收到和处理… / （四）无法提供 / 2.…」).
import type { TAnyReport } from '../domain/edition-2019';
import type { Reading } from './reading';

/** The canonical `format` of what was read: either edition, or a report from before them (pre-2019.ts). */
export type Edition = TAnyReport['format'];
export type ImportError = { where: string; message: string };
/** `reading`: each statutory cell as read from the print (null when the file carried canonical data). */
export type ImportResult =
  | { ok: true; report: TAnyReport; edition: Edition; warnings: string[]; reading: Reading | null }
  | { ok: false; errors: ImportError[] };
/** `previous`: last year's report, whose 四 helps decide this year's 二 where the cells ran together. */
export type ImportInput = { bytes: Buffer | Uint8Array; filename: string; previous?: TAnyReport };

/** Collects errors and warnings while a document is read. */
export class ReadLog {
  readonly errors: ImportError[] = [];
  readonly warnings: string[] = [];
  error(where: string, message: string): void {
    this.errors.push({ where, message });
  }
  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }
}

export const formatImportError = (e: ImportError): string => (e.where ? `${e.where}：${e.message}` : e.message);
