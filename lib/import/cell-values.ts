// Printed cells → cell values (spec §10): numbers as counts (text that is no valid count kept for
// VALUE-FORMAT), 「/」 and blanks as null — and one warning that names them.
import type { TCell } from '../domain/model';
import { normalizeCell } from '../domain/normalize';
import { cellKind } from './text-lines';
import type { ReadLog } from './types';

export function toValues(raw: string[], names: string[], blanks: string[]): TCell[] {
  return raw.map((cell, i) => {
    if (cellKind(cell) === 'blank') {
      blanks.push(names[i]);
      return null;
    }
    return normalizeCell(cell, 'count').value;
  });
}

export function reportBlanks(blanks: string[], title: string, log: ReadLog): void {
  if (blanks.length === 0) return;
  const shown = blanks.slice(0, 6).join('、');
  log.warn(`${title}：${blanks.length}个单元格在文件中为空或印作「/」，读作空（未填）：${shown}${blanks.length > 6 ? '等' : ''}`);
}
