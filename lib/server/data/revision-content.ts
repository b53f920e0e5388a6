// A report's stored versions (issue 13): a revision row holds either the whole report (a snapshot: the
// first version, every SNAPSHOT_EVERY-th, and any whose delta would save little) or its delta from the
// version before (lib/domain/version-delta.ts). Every reader of old versions (history, diff, since-return,
// roll-up sources, a save's base) reads them here, so none of them knows which way a version was stored.
import type { Queryable } from '../../db/types';
import type { TReport } from '../../domain/model';
import { readStoredReport } from '../../domain/pending-input';
import { applyDelta, deltaBetween, ZVersionDelta } from '../../domain/version-delta';

/** A reader applies at most this many deltas to a snapshot. */
export const SNAPSHOT_EVERY = 16;

export type RevisionRow = { version: number; data: unknown; delta: unknown };

const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/** The rows of one report, in version order from a snapshot on, as whole reports by version. */
export function contentsOf(rows: readonly RevisionRow[]): Map<number, TReport> {
  const contents = new Map<number, TReport>();
  let previous: TReport | null = null;
  for (const row of rows) {
    if (row.data !== null) previous = readStoredReport(json(row.data));
    else if (previous) previous = applyDelta(previous, ZVersionDelta.parse(json(row.delta)));
    else throw new Error(`revision ${row.version} is a delta without a version before it`);
    contents.set(row.version, previous);
  }
  return contents;
}

/** One version of a report, or null when the report never had it. */
export async function findRevision(q: Queryable, reportId: string, version: number): Promise<TReport | null> {
  const rows = await q.query<RevisionRow>(
    `SELECT version, data, delta FROM report_revisions WHERE report_id = $1 AND version <= $2 AND version >= (
       SELECT coalesce(max(version), 0) FROM report_revisions WHERE report_id = $1 AND version <= $2 AND data IS NOT NULL
     ) ORDER BY version`,
    [reportId, version],
  );
  return contentsOf(rows).get(version) ?? null;
}

/**
 * What the revision row of a new version holds: the whole report as JSON, or the delta from the version
 * before. `whole` is the report's JSON, written to the report row anyway.
 */
export function revisionColumns(before: TReport, after: TReport, version: number, whole: string): { data: string | null; delta: string | null } {
  if (version % SNAPSHOT_EVERY === 0) return { data: whole, delta: null };
  const delta = JSON.stringify(deltaBetween(before, after));
  // A delta near the report's own size (a whole report replaced) saves nothing: keep the report.
  return delta.length * 2 > whole.length ? { data: whole, delta: null } : { data: null, delta };
}
