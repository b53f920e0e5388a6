// Verb: the supervising office's board — every unit below it with its report's state, findings,
// deadline and lateness for one year. One query for the units, one for their reports.
import { findBrokenRules } from '../domain/engine';
import { organDeadline } from '../domain/rules/late';
import type { ReportStatus } from '../domain/workflow';
import { ServerError, type Ctx } from './context';
import { organsBelow } from './organs';
import { findReportsOfOrgans, type ReportRecord } from './report-records';
import type { TLevel } from '../domain/model';

export type BoardState = ReportStatus | 'not-started';
export type BoardRow = {
  organId: string;
  organName: string;
  level: TLevel;
  reportId: string | null;
  state: BoardState;
  errors: number;
  warnings: number;
  deadline: string;
  /** Days from today to the deadline; negative once it has passed. */
  daysLeft: number;
  late: boolean;
};

const DAY = 86_400_000;

export async function progressBoard(ctx: Ctx, officeId: string, year: number, today = new Date()): Promise<BoardRow[]> {
  if (!ctx.actor.memberships.some((m) => m.organId === officeId && (m.role === 'supervisor' || m.role === 'admin'))) {
    throw new ServerError(403, '只有主管部门的审核人或管理员可以查看进度');
  }
  const units = await organsBelow(ctx.db, officeId);
  const all = await findReportsOfOrgans(ctx.db, units.map((u) => u.id), [year, year - 1]);
  const byOrganYear = new Map<string, ReportRecord>(all.map((r) => [`${r.organId}:${r.year}`, r]));
  const todayIso = today.toISOString().slice(0, 10);
  return units.map((u) => {
    const record = byOrganYear.get(`${u.id}:${year}`);
    const previous = byOrganYear.get(`${u.id}:${year - 1}`);
    const deadline = organDeadline(year, u.level, u.deadlineOverride);
    const findings = record
      ? findBrokenRules({ report: record.report, previous: previous?.report, deadline: u.deadlineOverride ? deadline : null, publishedOn: record.publishedOn })
      : [];
    const published = record?.publishedOn ?? null;
    return {
      organId: u.id,
      organName: u.name,
      level: u.level,
      reportId: record?.id ?? null,
      state: record?.status ?? 'not-started',
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning' && !f.accepted).length,
      deadline,
      daysLeft: Math.round((Date.parse(deadline) - Date.parse(todayIso)) / DAY),
      late: published ? published > deadline : todayIso > deadline,
    };
  });
}
