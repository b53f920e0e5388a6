// The clerk fills the cells the importer could not read before the report is kept (issue 14): every unread
// cell needs a value, given by its cell name (spec §11) and normalised as the editor does (spec §7).
import { CELLS, setCell } from '../domain/cells';
import type { TReport } from '../domain/model';
import { normalizeCell } from '../domain/normalize';
import type { Reading } from './reading';

const BY_NAME = new Map(CELLS.map((c) => [c.name, c]));

export type Filled = { ok: true; report: TReport } | { ok: false; errors: string[] };

export function fillUnreadCells(report: TReport, reading: Reading | null, filled: Record<string, string>): Filled {
  const errors: string[] = [];
  let tables = report.tables;
  for (const [name, cell] of Object.entries(reading?.cells ?? {})) {
    if (cell.status !== 'unread') continue;
    const spec = BY_NAME.get(name);
    const given = filled[name]?.trim() ?? '';
    if (!spec) continue;
    if (!given) {
      errors.push(`${name}：未能从文件读取，请填写`);
      continue;
    }
    const normalized = normalizeCell(given, spec.type);
    if (normalized.problem || normalized.value === null) errors.push(`${name}：「${given}」${normalized.problem ?? '不是有效数值'}`);
    else tables = setCell(tables, spec.key, normalized.value);
  }
  return errors.length ? { ok: false, errors } : { ok: true, report: { ...report, tables } };
}
