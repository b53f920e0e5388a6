// Verb: a clerk starts an organ's report for a year (2021 edition for years ≥ 2021).
import { z } from 'zod';
import { deriveTotals } from '../domain/totals';
import { createNewDraft } from '../domain/new-draft';
import { template } from '../domain/template';
import { requireRole } from './authorize';
import { ServerError, type Ctx } from './context';
import { insertReport } from './insert-report';
import { findOrgan } from './organs';

const ZInput = z.object({
  organId: z.string().min(1, '请选择机关'),
  year: z.coerce.number({ error: '年份须为数字' }).int('年份须为整数').min(template.firstYear, `仅支持${template.firstYear}年及以后的年度报告（2021年版格式）`).max(2100, '年份不正确'),
});

export async function createReport(ctx: Ctx, input: unknown): Promise<{ id: string }> {
  const parsed = ZInput.safeParse(input);
  if (!parsed.success) throw new ServerError(400, parsed.error.issues.map((i) => i.message).join('；'));
  const { organId, year } = parsed.data;
  return ctx.db.transaction(async (tx) => {
    await requireRole(tx, ctx.actor, organId, ['clerk']);
    const organ = await findOrgan(tx, organId);
    if (!organ) throw new ServerError(404, '机关不存在');
    const [existing] = await tx.query<{ id: string }>('SELECT id FROM reports WHERE organ_id = $1 AND year = $2', [organId, year]);
    if (existing) throw new ServerError(409, `${organ.name}${year}年度报告已存在`);
    const report = createNewDraft(organ.name, year, organ.level);
    const id = await insertReport(tx, { organId, report: { ...report, tables: deriveTotals(report.tables) }, actorId: ctx.actor.id });
    return { id };
  });
}
