// What differs between two versions of a report: cells by name (old → new) and paragraphs by part.
// Used for the history view, the year-over-year comparison and the audit trail.
import { CELLS, getCell } from './cells';
import type { TCell, TReport } from './model';
import { NARRATIVE_KEYS, paragraphsOf, partName } from './narrative';
import type { NarrativeKey } from './template';

export type CellChange = { kind: 'cell'; key: string; name: string; from: TCell; to: TCell; computed: boolean };
export type ParagraphChange = { kind: 'paragraph'; part: NarrativeKey; partName: string; index: number; from: string | null; to: string | null };
export type SignatureChange = { kind: 'signature'; field: 'organ' | 'date'; from: string | null; to: string | null };
export type ReportChange = CellChange | ParagraphChange | SignatureChange;

export function diffReports(before: TReport, after: TReport, { withComputed = false } = {}): ReportChange[] {
  const changes: ReportChange[] = [];
  for (const cell of CELLS) {
    if (cell.computed && !withComputed) continue;
    const from = getCell(before.tables, cell.key);
    const to = getCell(after.tables, cell.key);
    if (from !== to) changes.push({ kind: 'cell', key: cell.key, name: cell.name, from, to, computed: cell.computed });
  }
  for (const part of NARRATIVE_KEYS) {
    const a = paragraphsOf(before.parts?.[part]);
    const b = paragraphsOf(after.parts?.[part]);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) changes.push({ kind: 'paragraph', part, partName: partName(part), index: i, from: a[i] ?? null, to: b[i] ?? null });
    }
  }
  for (const field of ['organ', 'date'] as const) {
    const from = before.signature?.[field] ?? null;
    const to = after.signature?.[field] ?? null;
    if (from !== to) changes.push({ kind: 'signature', field, from, to });
  }
  return changes;
}

/** A compact form for the audit trail: cell names with old → new, and which paragraphs changed. */
export function summarizeChanges(changes: ReportChange[]): Record<string, unknown>[] {
  return changes.map((c) =>
    c.kind === 'cell' ? { cell: c.name, from: c.from, to: c.to }
      : c.kind === 'paragraph' ? { part: c.part, paragraph: c.index + 1 }
        : { signature: c.field, from: c.from, to: c.to },
  );
}
