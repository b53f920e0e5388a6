// Writes a new version of a report: the row, its revision (whole or as its delta: revision-content.ts), and
// the audit entry, in the caller's transaction.
import type { Queryable } from '../../db/types';
import { diffReports, summarizeChanges } from '../../domain/diff-reports';
import type { TReport } from '../../domain/model';
import { writeAudit } from './audit';
import type { ReportRecord } from './report-records';
import { revisionColumns } from './revision-content';

export async function storeVersion(
  tx: Queryable, current: ReportRecord, report: TReport, actorId: string, action: string, extra: Record<string, unknown> = {},
): Promise<{ version: number; savedAt: string }> {
  const version = current.version + 1;
  const whole = JSON.stringify(report);
  const { data, delta } = revisionColumns(current.report, report, version, whole);
  // The row and its revision in one statement: a save's cost is mostly the database's per statement.
  const [{ updated_at }] = await tx.query<{ updated_at: Date | string }>(
    `WITH revision AS (INSERT INTO report_revisions (report_id, version, data, delta, saved_by) VALUES ($4, $2, $6, $7, $3))
     UPDATE reports SET data = $1, version = $2, updated_at = now(), updated_by = $3 WHERE id = $4 AND version = $5 RETURNING updated_at`,
    [whole, version, actorId, current.id, current.version, data, delta],
  );
  await writeAudit(tx, {
    actor: actorId, action, organId: current.organId, reportId: current.id,
    detail: { version, changes: summarizeChanges(diffReports(current.report, report)), ...extra },
  });
  return { version, savedAt: new Date(updated_at).toISOString() };
}
