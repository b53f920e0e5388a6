// Verb: the reports of the organs the actor belongs to.
import type { Ctx } from '../context';
import { findReportsOfOrgans, type ReportRecord } from '../data/report-records';

export async function listReports(ctx: Ctx): Promise<ReportRecord[]> {
  const organIds = [...new Set(ctx.actor.memberships.map((m) => m.organId))];
  return findReportsOfOrgans(ctx.db, organIds);
}
