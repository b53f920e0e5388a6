// A stored version as what changed from the version before it (issue 13): an autosave changes a cell or
// two, so its revision row holds those cells (with the totals they moved) and the narrative parts it
// rewrote, instead of a second copy of the whole report. The report's small fields (organ, signature,
// pending input…) travel whole, so a version never depends on how the one before it held them. Applying
// the deltas in order to the last full snapshot gives back every version (version-delta.test.ts).
import { z } from 'zod';
import { CELLS, getCell, setCell } from './cells';
import { emptyParts, ZCell, ZReport, type TCell, type TReport } from './model';
import { NARRATIVE_KEYS } from './narrative';
import { ZNarrativeKey } from './template-schema';

export const ZVersionDelta = z.object({
  /** Every field of the version but its tables (and its parts, when `parts` holds their changes). */
  fields: ZReport.omit({ tables: true }),
  /** Every cell whose stored value changed, computed totals included. */
  cells: z.record(z.string(), ZCell).optional(),
  /** The narrative parts rewritten, when the version before had parts too (the others are unchanged). */
  parts: z.partialRecord(ZNarrativeKey, z.string()).optional(),
});
export type TVersionDelta = z.infer<typeof ZVersionDelta>;

/** What turns `before` into `after`. */
export function deltaBetween(before: TReport, after: TReport): TVersionDelta {
  const { tables, parts, ...fields } = after;
  const cells: Record<string, TCell> = {};
  if (before.tables !== tables) {
    for (const { key } of CELLS) {
      const value = getCell(tables, key);
      if (value !== getCell(before.tables, key)) cells[key] = value;
    }
  }
  const hasCells = Object.keys(cells).length > 0;
  if (!parts) return { fields, ...(hasCells ? { cells } : {}) };
  if (!before.parts) return { fields: { ...fields, parts }, ...(hasCells ? { cells } : {}) };
  const rewritten = Object.fromEntries(NARRATIVE_KEYS.filter((k) => parts[k] !== before.parts?.[k]).map((k) => [k, parts[k]]));
  return { fields, ...(hasCells ? { cells } : {}), parts: rewritten };
}

/** `before` with the delta applied. */
export function applyDelta(before: TReport, delta: TVersionDelta): TReport {
  let tables = before.tables;
  for (const [key, value] of Object.entries(delta.cells ?? {})) tables = setCell(tables, key, value);
  return { ...delta.fields, tables, ...(delta.parts ? { parts: { ...emptyParts(), ...before.parts, ...delta.parts } } : {}) };
}
