// importReport: a published report in any of the forms it reaches us — text, DOCX, HTML, PDF, our own
// exports (their embedded canonical JSON is read first) or canonical JSON — into the canonical form.
import { readCanonicalTextAnyEdition, type TAnyReport } from '../domain/edition-2019';
import { readEmbeddedJsonFromDocx } from '../embedded/docx-custom-xml';
import { decodeText } from './decode-text';
import { docxToText } from './docx-reader';
import { importText } from './import-text';
import { pdfToText } from './pdf-text';
import type { Reading } from './reading';
import { ReadLog, type Edition, type ImportInput, type ImportResult } from './types';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type SourceKind = 'docx' | 'pdf' | 'html' | 'json' | 'text';

const extOf = (filename: string) => /\.([A-Za-z0-9]+)$/.exec(filename)?.[1].toLowerCase() ?? '';
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** What the file is, by its first bytes where they tell, else by its name. */
export function sniffKind(bytes: Uint8Array, filename: string): SourceKind | { unsupported: string } {
  const ext = extOf(filename);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return ext === 'docx' || ext === '' || ext === 'docm' ? 'docx' : ext === 'xlsx' || ext === 'pptx' || ext === 'zip' ? { unsupported: `.${ext}` } : 'docx';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { unsupported: ext ? `.${ext}（旧版 Office 格式，请另存为 .docx）` : '旧版 Office 文件（请另存为 .docx）' };
  if (['png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'xls', 'xlsx', 'ppt', 'pptx', 'zip', 'rar', '7z', 'wps', 'ofd'].includes(ext)) {
    return { unsupported: `.${ext}` };
  }
  if (ext === 'json') return 'json';
  if (ext === 'html' || ext === 'htm' || ext === 'shtml' || ext === 'xhtml') return 'html';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && /<(?:body|table|p|div)\b/.test(head))) return 'html';
  if (head.startsWith('{') && ext !== 'txt' && ext !== 'md') return 'json';
  return 'text';
}

type Read = { report: TAnyReport; edition: Edition; reading: Reading | null };

function fromCanonical(json: string, where: string, log: ReadLog): Read | null {
  const read = readCanonicalTextAnyEdition(json);
  if (read.ok) return { report: read.report, edition: read.report.format, reading: null };
  for (const e of read.errors) log.error(`${where} ${e.path}`.trim(), e.message);
  return null;
}

async function embeddedJson(kind: SourceKind, bytes: Uint8Array): Promise<string | null> {
  try {
    if (kind === 'docx') return readEmbeddedJsonFromDocx(bytes);
    // pdf-lib and parse5 load on first use, so reading text or JSON does not pay for them.
    if (kind === 'pdf') return await (await import('../embedded/pdf-attachment')).readEmbeddedJsonFromPdf(bytes);
  } catch {
    // A damaged container has no readable embedded data; its text path says what is wrong.
  }
  return null;
}

async function textOf(kind: Exclude<SourceKind, 'json'>, bytes: Uint8Array, log: ReadLog): Promise<string | null> {
  if (kind === 'docx') {
    const docx = docxToText(bytes);
    if (!docx.ok) log.error('', docx.message);
    return docx.ok ? docx.text : null;
  }
  if (kind === 'pdf') {
    const pdf = await pdfToText(bytes);
    if (!pdf.ok) log.error('', pdf.message);
    return pdf.ok ? pdf.text : null;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    log.error('', decoded.message);
    return null;
  }
  if (decoded.encoding !== 'UTF-8') log.warn(`文件编码为${decoded.encoding}，已转换`);
  return kind === 'html' ? (await import('./html-reader')).htmlToText(decoded.text) : decoded.text;
}

async function read(input: ImportInput, log: ReadLog): Promise<Read | null> {
  const bytes = input.bytes instanceof Uint8Array ? input.bytes : new Uint8Array(input.bytes);
  if (bytes.length === 0) {
    log.error('', '文件为空');
    return null;
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    log.error('', `文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB）`);
    return null;
  }
  const kind = sniffKind(bytes, input.filename);
  if (typeof kind === 'object') {
    log.error('', `暂不支持读取${kind.unsupported}文件，请提供 .txt、.docx、.html、.pdf 或 .json 文件`);
    return null;
  }
  if (kind === 'json') {
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      log.error('', decoded.message);
      return null;
    }
    return fromCanonical(decoded.text, '规范数据', log);
  }
  const embedded = await embeddedJson(kind, bytes);
  if (embedded !== null) {
    const probe = new ReadLog();
    const report = fromCanonical(embedded, '内嵌数据', probe);
    if (report) {
      log.warn('读取了文件内嵌的规范数据（本系统导出的文件），未再从版面文字读取');
      return report;
    }
    log.warn(`文件内嵌的规范数据无法读取（${probe.errors.map((e) => `${e.where}：${e.message}`).slice(0, 3).join('；')}），改从版面文字读取`);
  }
  const text = await textOf(kind, bytes, log);
  return text === null ? null : importText(text, log, input.previous);
}

export async function importReport(input: ImportInput): Promise<ImportResult> {
  const log = new ReadLog();
  let result: Read | null = null;
  try {
    result = await read(input, log);
  } catch (e) {
    log.error('', `读取时出错：${(e as Error).message}`);
  }
  if (!result || log.errors.length) {
    return { ok: false, errors: log.errors.length ? log.errors : [{ where: '', message: '无法读取' }] };
  }
  return { ok: true, report: result.report, edition: result.edition, warnings: log.warnings, reading: result.reading };
}
