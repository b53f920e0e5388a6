// Verb: the notices of reports the caller already sees (lib/domain/report-notice.ts): the reason from the
// latest return's audit row while the report stays returned, and the review comments still open.
import type { Queryable } from '../../db/types';
import type { ReportNotice } from '../../domain/report-notice';
import type { ReportStatus } from '../../domain/workflow';

type ReportRef = { id: string; status: ReportStatus };

/** Notices of reports the caller may already see; a report neither returned nor commented has none. */
export async function findReportNotices(q: Queryable, reports: readonly ReportRef[]): Promise<Map<string, ReportNotice>> {
  const notices = new Map<string, ReportNotice>();
  if (reports.length === 0) return notices;
  const returnedIds = reports.filter((r) => r.status === 'returned').map((r) => r.id);
  const returns = returnedIds.length === 0 ? [] : await q.query<{ report_id: string; at: Date | string; actor: string | null; detail: unknown }>(
    `SELECT DISTINCT ON (a.report_id) a.report_id, a.at, u.display_name AS actor, a.detail
     FROM audit_log a LEFT JOIN users u ON u.id = a.actor
     WHERE a.report_id = ANY($1::text[]) AND a.action = 'report.return' ORDER BY a.report_id, a.id DESC`,
    [returnedIds],
  );
  const open = await q.query<{ report_id: string; n: number }>(
    `SELECT report_id, count(*)::int AS n FROM report_comments
     WHERE report_id = ANY($1::text[]) AND resolved_at IS NULL GROUP BY report_id`,
    [reports.map((r) => r.id)],
  );
  const noticeOf = (id: string) => {
    const notice = notices.get(id) ?? { returned: null, openComments: 0 };
    notices.set(id, notice);
    return notice;
  };
  for (const row of returns) {
    const detail = (typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail) as { reason?: unknown };
    noticeOf(row.report_id).returned = { reason: String(detail.reason ?? ''), by: row.actor ?? '系统', at: new Date(row.at).toISOString() };
  }
  for (const row of open) noticeOf(row.report_id).openComments = Number(row.n);
  return notices;
}
