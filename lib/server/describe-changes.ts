// What one save changed, for the audit trail: cells by name with old → new, and the parts touched.
import { CELLS, getCell } from '../domain/cells';
import type { TReport } from '../domain/model';
import { NARRATIVE_KEYS } from '../domain/narrative';

export type Change = { cell: string; from: unknown; to: unknown } | { part: string };

export function describeChanges(before: TReport, after: TReport): Change[] {
  const changes: Change[] = [];
  for (const cell of CELLS) {
    if (cell.computed) continue;
    const from = getCell(before.tables, cell.key);
    const to = getCell(after.tables, cell.key);
    if (from !== to) changes.push({ cell: cell.name, from, to });
  }
  for (const part of NARRATIVE_KEYS) {
    if ((before.parts?.[part] ?? '') !== (after.parts?.[part] ?? '')) changes.push({ part });
  }
  if (JSON.stringify(before.signature) !== JSON.stringify(after.signature)) changes.push({ part: 'signature' });
  return changes;
}
