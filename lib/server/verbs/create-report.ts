// Verb: a clerk starts an organ's report for a year (2021 edition for years ≥ 2021) — blank, or carried
// over from the organ's report of the year before (二、上年结转 from its 四, its words as starting text).
import { z } from 'zod';
import { carryOverFrom } from '../../domain/carry-over';
import { deriveTotals } from '../../domain/totals';
import { MAX_YEAR } from '../../domain/model';
import { createNewDraft } from '../../domain/new-draft';
import { template } from '../../domain/template';
import { requireRole } from '../authorize';
import { ReportExists, ServerError, type Ctx } from '../context';
import { insertReport } from '../data/insert-report';
import { findOrgan } from '../data/organs';
import { parseInput } from '../parse-input';
import { findReportsOfOrgans } from '../data/report-records';

const ZInput = z.object({
  organId: z.string().min(1, '请选择机关'),
  year: z.coerce.number({ error: '年份须为数字' }).int('年份须为整数').min(template.firstYear, `仅支持${template.firstYear}年及以后的年度报告（2021年版格式）`).max(MAX_YEAR, '年份不正确'),
  /** Start from last year's report of the organ. */
  carryOver: z.boolean().default(false),
});

export async function createReport(ctx: Ctx, input: unknown): Promise<{ id: string }> {
  const { organId, year, carryOver } = parseInput(ZInput, input, { organId: '机关', year: '报告年度', carryOver: '从上一年度报告开始' });
  return ctx.db.transaction(async (tx) => {
    await requireRole(tx, ctx.actor, organId, ['clerk']);
    const organ = await findOrgan(tx, organId);
    if (!organ) throw new ServerError(404, '机关不存在');
    const [existing] = await tx.query<{ id: string }>('SELECT id FROM reports WHERE organ_id = $1 AND year = $2', [organId, year]);
    if (existing) throw new ReportExists(`${organ.name}${year}年度报告已存在`, existing.id);
    let report = createNewDraft(organ.name, year, organ.level);
    let carriedFrom: { carriedFrom: string; carriedFromVersion: number } | undefined;
    if (carryOver) {
      const [previous] = await findReportsOfOrgans(tx, [organId], [year - 1]);
      if (!previous) throw new ServerError(409, `${organ.name}没有${year - 1}年度报告，不能从上一年度报告开始`);
      report = carryOverFrom(previous.report, organ.name, year, organ.level);
      carriedFrom = { carriedFrom: previous.id, carriedFromVersion: previous.version };
    }
    const id = await insertReport(tx, {
      organId, report: { ...report, tables: deriveTotals(report.tables) }, actorId: ctx.actor.id, auditDetail: carriedFrom,
    });
    return { id };
  });
}
