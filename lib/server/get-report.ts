// Verb: one report, if the actor may see it (own organ, or an office above it, read-only).
import type { Access } from './authorize';
import { accessTo } from './authorize';
import { ServerError, type Ctx } from './context';
import { findReport, type ReportRecord } from './report-records';

export async function getReport(ctx: Ctx, id: string): Promise<{ record: ReportRecord; access: Access }> {
  const record = await findReport(ctx.db, id);
  const access = record ? await accessTo(ctx.db, ctx.actor, record.organId) : null;
  if (!record || !access?.canView) throw new ServerError(404, '报告不存在或无权查看');
  return { record, access };
}
