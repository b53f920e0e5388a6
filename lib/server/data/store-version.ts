// Writes a new version of a report: the row, its revision (whole or as its delta: revision-content.ts), and
// the audit entry — in one statement, so they are kept or lost together and a save pays the database's
// per-statement cost once.
import type { Queryable } from '../../db/types';
import { diffReports, summarizeChanges } from '../../domain/diff-reports';
import type { TReport } from '../../domain/model';
import { EDITABLE_STATUSES } from '../../domain/workflow';
import type { ReportRecord } from './report-records';
import { revisionColumns } from './revision-content';

export type StoredVersion = {
  version: number;
  savedAt: string;
  /** The row's transaction id after the write: it changes with any later write of the row, by anyone. */
  xmin: string;
};

/**
 * What must still hold of the row for a write made without reading it first (save-draft.ts): untouched since
 * this process wrote it (same xmin), still editable, and no register taking over its Table 2 since.
 */
export type Untouched = { xmin: string };

async function writeVersion(
  q: Queryable, current: ReportRecord, report: TReport, actorId: string, action: string, extra: Record<string, unknown>, untouched?: Untouched,
): Promise<StoredVersion | null> {
  const version = current.version + 1;
  const whole = JSON.stringify(report);
  const { data, delta } = revisionColumns(current.report, report, version, whole);
  const detail = JSON.stringify({ version, changes: summarizeChanges(diffReports(current.report, report)), ...extra });
  const params: unknown[] = [whole, version, actorId, current.id, current.version, data, delta, action, current.organId, detail];
  const guard = untouched
    ? `AND r.xmin = $11::text::xid AND r.status = ANY($12::text[])
       AND NOT EXISTS (SELECT 1 FROM registers g WHERE g.organ_id = r.organ_id AND g.year = r.year AND g.feeds_report)`
    : '';
  if (untouched) params.push(untouched.xmin, EDITABLE_STATUSES);
  // The revision and the audit row are inserted from the updated row: when the guard finds the row changed,
  // nothing at all is written.
  const [row] = await q.query<{ updated_at: Date | string; xmin: string }>(
    `WITH updated AS (
       UPDATE reports r SET data = $1::jsonb, version = $2, updated_at = now(), updated_by = $3
       WHERE r.id = $4 AND r.version = $5 ${guard}
       RETURNING r.updated_at, r.xmin::text AS xmin
     ), revision AS (
       INSERT INTO report_revisions (report_id, version, data, delta, saved_by) SELECT $4, $2, $6::jsonb, $7::jsonb, $3 FROM updated
     ), audit AS (
       INSERT INTO audit_log (actor, action, organ_id, report_id, detail) SELECT $3, $8, $9, $4, $10::jsonb FROM updated
     )
     SELECT updated_at, xmin FROM updated`,
    params,
  );
  return row ? { version, savedAt: new Date(row.updated_at).toISOString(), xmin: row.xmin } : null;
}

/** In the caller's transaction, on the row it read and locked (FOR UPDATE): the write cannot miss. */
export async function storeVersion(
  tx: Queryable, current: ReportRecord, report: TReport, actorId: string, action: string, extra: Record<string, unknown> = {},
): Promise<StoredVersion> {
  const stored = await writeVersion(tx, current, report, actorId, action, extra);
  if (!stored) throw new Error(`report ${current.id} changed under its lock`);
  return stored;
}

/** Without a lock or a read: written only when the row is still as `current` was left; null otherwise. */
export function storeVersionIfUntouched(
  q: Queryable, current: ReportRecord, report: TReport, actorId: string, action: string, extra: Record<string, unknown>, untouched: Untouched,
): Promise<StoredVersion | null> {
  return writeVersion(q, current, report, actorId, action, extra, untouched);
}
