// Verb: the supervising office's board — every unit below it with its report's state, findings,
// deadline, lateness and last activity for one year. The reports' contents are read only for versions
// whose findings are not known yet (finding-counts.ts), so a view of a thousand units stays cheap.
import { activityLabel } from '../../domain/activity';
import { dateInBeijing } from '../../domain/beijing-date';
import type { BoardRow, LastActivity } from '../../domain/board';
import { organDeadline } from '../../domain/rules/late';
import { ServerError, type Ctx } from '../context';
import { findingCounts } from '../data/finding-counts';
import { organsBelow } from '../data/organs';
import { findReportHeads, type ReportHead } from '../data/report-records';
import type { Queryable } from '../../db/types';

const DAY = 86_400_000;

/** Each report's latest audit row: who did what, when. */
async function lastActivities(q: Queryable, reportIds: string[]): Promise<Map<string, LastActivity>> {
  if (reportIds.length === 0) return new Map();
  const rows = await q.query<{ report_id: string; at: Date | string; action: string; actor: string | null }>(
    `SELECT DISTINCT ON (a.report_id) a.report_id, a.at, a.action, u.display_name AS actor
     FROM audit_log a LEFT JOIN users u ON u.id = a.actor
     WHERE a.report_id = ANY($1::text[]) ORDER BY a.report_id, a.at DESC, a.id DESC`,
    [reportIds],
  );
  return new Map(rows.map((r) => [r.report_id, { at: new Date(r.at).toISOString(), actor: r.actor ?? '系统', action: activityLabel(r.action) }]));
}

export async function progressBoard(ctx: Ctx, officeId: string, year: number, today = new Date()): Promise<BoardRow[]> {
  if (!ctx.actor.memberships.some((m) => m.organId === officeId && (m.role === 'supervisor' || m.role === 'admin'))) {
    throw new ServerError(403, '只有主管部门的审核人或管理员可以查看进度');
  }
  const units = await organsBelow(ctx.db, officeId);
  const heads = await findReportHeads(ctx.db, units.map((u) => u.id), [year, year - 1]);
  const byOrganYear = new Map<string, ReportHead>(heads.map((r) => [`${r.organId}:${r.year}`, r]));
  const todayIso = dateInBeijing(today);
  const planned = units.map((u) => {
    const deadline = organDeadline(year, u.level, u.deadlineOverride);
    return { unit: u, deadline, report: byOrganYear.get(`${u.id}:${year}`) ?? null, previous: byOrganYear.get(`${u.id}:${year - 1}`) ?? null };
  });
  const filed = planned.flatMap((p) => (p.report ? [{ report: p.report, previous: p.previous, deadline: p.unit.deadlineOverride ? p.deadline : null }] : []));
  const [counts, activities] = await Promise.all([
    findingCounts(ctx.db, filed),
    lastActivities(ctx.db, filed.map((f) => f.report.id)),
  ]);
  return planned.map(({ unit, deadline, report }) => {
    const published = report?.publishedOn ?? null;
    const found = report ? counts.get(report.id)! : { errors: 0, warnings: 0 };
    return {
      organId: unit.id,
      organName: unit.name,
      level: unit.level,
      reportId: report?.id ?? null,
      state: report?.status ?? 'not-started',
      errors: found.errors,
      warnings: found.warnings,
      deadline,
      daysLeft: Math.round((Date.parse(deadline) - Date.parse(todayIso)) / DAY),
      publishedOn: published,
      late: published ? published > deadline : todayIso > deadline,
      lastActivity: report ? activities.get(report.id) ?? null : null,
    };
  });
}
