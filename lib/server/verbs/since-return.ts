// What the reviewer needs on a resubmitted report (issue 15): the version that was returned (from the
// return's audit row), what changed since then, and what the clerk said when submitting again.
import type { Queryable } from '../../db/types';
import { diffReports, type ReportChange } from '../../domain/diff-reports';
import type { PendingUnit } from '../../domain/region-readiness';
import type { ReportRecord } from '../data/report-records';
import { findRevision } from '../data/revision-content';

export type SinceReturn = {
  returnedVersion: number;
  returnedAt: string;
  returnedBy: string;
  reason: string;
  changes: ReportChange[];
};

export type SubmitNote = { reason: string; pendingUnits: PendingUnit[] };

type AuditRow = { at: Date | string; actor: string | null; action: string; detail: unknown };

const detailOf = (row: AuditRow) => (typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail) as Record<string, unknown>;

async function lastStep(q: Queryable, reportId: string, action: string): Promise<(AuditRow & { id: number }) | null> {
  const [row] = await q.query<AuditRow & { id: number }>(
    `SELECT a.id, a.at, u.display_name AS actor, a.action, a.detail FROM audit_log a LEFT JOIN users u ON u.id = a.actor
     WHERE a.report_id = $1 AND a.action = $2 ORDER BY a.id DESC LIMIT 1`,
    [reportId, action],
  );
  return row ?? null;
}

/** For a report under review again after a return: the changes since the returned version, or null. */
export async function changesSinceReturn(q: Queryable, record: ReportRecord): Promise<SinceReturn | null> {
  if (record.status !== 'submitted') return null;
  const returned = await lastStep(q, record.id, 'report.return');
  if (!returned) return null;
  const detail = detailOf(returned);
  const version = Number(detail.version);
  const before = await findRevision(q, record.id, version);
  if (!before) return null;
  return {
    returnedVersion: version,
    returnedAt: new Date(returned.at).toISOString(),
    returnedBy: returned.actor ?? '系统',
    reason: String(detail.reason ?? ''),
    changes: diffReports(before, record.report),
  };
}

/** The note of the latest submission, when it carried one (a region report submitted before its units were final). */
export async function lastSubmitNote(q: Queryable, reportId: string): Promise<SubmitNote | null> {
  const row = await lastStep(q, reportId, 'report.submit');
  if (!row) return null;
  const detail = detailOf(row);
  const reason = String(detail.reason ?? '');
  const pendingUnits = Array.isArray(detail.pendingUnits) ? (detail.pendingUnits as PendingUnit[]) : [];
  return reason || pendingUnits.length > 0 ? { reason, pendingUnits } : null;
}
