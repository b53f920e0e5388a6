// Verb: the reports of an organ (or its whole subtree) for a year, as the actor may see them, for export.
// Pending input (text typed where a number belongs) never leaves as data: only the tables' values do.
import type { TReport } from '../../domain/model';
import { withoutPendingInput } from '../../domain/pending-input';
import { accessTo } from '../authorize';
import { ServerError, type Ctx } from '../context';
import { organsBelow } from '../data/organs';
import { findReportsOfOrgans } from '../data/report-records';

export async function reportsForExport(ctx: Ctx, organId: string, year: number, subtree: boolean): Promise<TReport[]> {
  const access = await accessTo(ctx.db, ctx.actor, organId);
  if (!access.canView) throw new ServerError(404, '机关不存在或无权查看');
  const organIds = [organId, ...(subtree ? (await organsBelow(ctx.db, organId)).map((o) => o.id) : [])];
  const records = await findReportsOfOrgans(ctx.db, organIds, [year]);
  return records.map((r) => withoutPendingInput(r.report));
}
