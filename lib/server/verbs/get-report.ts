// Verb: one report, if the actor may see it (own organ, or an office above it, read-only).
import type { Access } from '../authorize';
import type { Ctx } from '../context';
import { loadReport } from '../load-report';
import type { ReportRecord } from '../data/report-records';

export const getReport = (ctx: Ctx, id: string): Promise<{ record: ReportRecord; access: Access }> => loadReport(ctx.db, ctx, id);
