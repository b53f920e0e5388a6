// Verb: a clerk starts an organ's report for a year (2021 edition for years ≥ 2021).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { deriveTotals } from '../domain/totals';
import { createNewDraft } from '../domain/new-draft';
import { template } from '../domain/template';
import { writeAudit } from './audit';
import { requireRole } from './authorize';
import { ServerError, type Ctx } from './context';
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
    const id = randomUUID();
    const report = { ...createNewDraft(organ.name, year, organ.level) };
    report.tables = deriveTotals(report.tables);
    await tx.query(
      `INSERT INTO reports (id, organ_id, year, format, status, version, data, updated_by) VALUES ($1, $2, $3, $4, 'draft', 1, $5, $6)`,
      [id, organId, year, report.format, JSON.stringify(report), ctx.actor.id],
    );
    await tx.query('INSERT INTO report_revisions (report_id, version, data, saved_by) VALUES ($1, 1, $2, $3)', [
      id, JSON.stringify(report), ctx.actor.id,
    ]);
    await writeAudit(tx, { actor: ctx.actor.id, action: 'report.create', organId, reportId: id, detail: { year } });
    return { id };
  });
}
