// The report as this process last saved it, per database (issue 13). A clerk's autosaves follow each other
// on one report; the next one can apply its patch to this copy and write without reading or locking the row.
// It is only a hint: the write is made on condition that the row's xmin is still the one this save left, so
// a write by anyone else since (a transition, a roll-up, the register, another app instance, another tab
// through another process) makes it miss, and the save is done the full way.
import type { ReportRecord } from './report-records';

export type LastSaved = { record: ReportRecord; xmin: string };

/** Enough for every clerk of a large office typing at once; the oldest is dropped first. */
const LIMIT = 512;

// Per database object: tests and tools open several databases in one process, some copied from one seed
// (same report ids, possibly the same xmin values).
const byDatabase = new WeakMap<object, Map<string, LastSaved>>();

function entriesOf(db: object): Map<string, LastSaved> {
  let entries = byDatabase.get(db);
  if (!entries) byDatabase.set(db, (entries = new Map()));
  return entries;
}

export function rememberSaved(db: object, saved: LastSaved): void {
  const entries = entriesOf(db);
  entries.delete(saved.record.id); // re-inserted last: the map's order is the order of use
  entries.set(saved.record.id, saved);
  const oldest = entries.keys().next();
  if (entries.size > LIMIT && !oldest.done) entries.delete(oldest.value);
}

/** Taken out: whoever uses it puts back what it wrote, or nothing when its write missed. */
export function takeSaved(db: object, reportId: string): LastSaved | undefined {
  const entries = entriesOf(db);
  const saved = entries.get(reportId);
  entries.delete(reportId);
  return saved;
}
