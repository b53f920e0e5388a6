// Writes a new version of a report: the row, its revision, and the audit entry, in the caller's transaction.
import type { Queryable } from '../db/types';
import { diffReports, summarizeChanges } from '../domain/diff-reports';
import type { TReport } from '../domain/model';
import { writeAudit } from './audit';
import type { ReportRecord } from './report-records';

export async function storeVersion(
  tx: Queryable, current: ReportRecord, report: TReport, actorId: string, action: string, extra: Record<string, unknown> = {},
): Promise<{ version: number; savedAt: string }> {
  const version = current.version + 1;
  const [{ updated_at }] = await tx.query<{ updated_at: Date | string }>(
    'UPDATE reports SET data = $1, version = $2, updated_at = now(), updated_by = $3 WHERE id = $4 AND version = $5 RETURNING updated_at',
    [JSON.stringify(report), version, actorId, current.id, current.version],
  );
  await tx.query('INSERT INTO report_revisions (report_id, version, data, saved_by) VALUES ($1, $2, $3, $4)', [
    current.id, version, JSON.stringify(report), actorId,
  ]);
  await writeAudit(tx, {
    actor: actorId, action, organId: current.organId, reportId: current.id,
    detail: { version, changes: summarizeChanges(diffReports(current.report, report)), ...extra },
  });
  return { version, savedAt: new Date(updated_at).toISOString() };
}
