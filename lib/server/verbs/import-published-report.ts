// Verb: keep an imported published report as the organ's report for its year (「确认导入」). The file is
// read again on the server — nothing the browser says about its content is trusted — and must be the one
// the clerk saw (same fingerprint). Stored as printed, totals included, as 「已导入，待审核人确认」: only a
// 审核人 other than the importer makes it 已审定 (confirmImport). The audit row says who imported it.
import { z } from 'zod';
import { formatImportError, importReport } from '../../import';
import { fillUnreadCells } from '../../import/fill-unread';
import { writeAudit } from '../data/audit';
import { requireRole } from '../authorize';
import { ServerError, type Ctx } from '../context';
import { asOrganReport, digestOf, EDITION_REFUSAL, isKeptEdition, refusalOf } from '../data/imported-report';
import { insertReport } from '../data/insert-report';
import { findOrgan } from '../data/organs';
import { parseInput } from '../parse-input';

const ZInput = z.object({
  organId: z.string().min(1, '请选择机关'),
  digest: z.string().regex(/^[0-9a-f]{64}$/, '请先读取文件，再确认导入'),
  filename: z.string().max(500),
  bytes: z.instanceof(Uint8Array),
  /** Values the clerk typed for the cells the importer could not read, by cell name (issue 14). */
  filled: z.record(z.string(), z.string()).default({}),
});

export async function importPublishedReport(ctx: Ctx, input: unknown): Promise<{ id: string; year: number }> {
  const { organId, digest, filename, bytes, filled } = parseInput(ZInput, input, {
    organId: '机关', digest: '文件指纹', filename: '文件名', bytes: '文件', filled: '补填的单元格',
  });
  await requireRole(ctx.db, ctx.actor, organId, ['clerk']);
  if (digestOf(bytes) !== digest) throw new ServerError(409, '文件与读取时的不一致（可能已被修改），请重新读取后再确认');
  const imported = await importReport({ bytes, filename });
  if (!imported.ok) throw new ServerError(400, `无法读取：${imported.errors.slice(0, 3).map(formatImportError).join('；')}`);
  const { edition, warnings } = imported;
  if (!isKeptEdition(imported.report)) throw new ServerError(400, EDITION_REFUSAL[imported.report.format]);
  const completed = fillUnreadCells(imported.report, imported.reading, filled);
  if (!completed.ok) throw new ServerError(400, completed.errors.join('；'));
  const { report } = completed;
  return ctx.db.transaction(async (tx) => {
    await requireRole(tx, ctx.actor, organId, ['clerk']);
    const organ = await findOrgan(tx, organId);
    if (!organ) throw new ServerError(404, '机关不存在');
    const [existing] = await tx.query<{ id: string }>('SELECT id FROM reports WHERE organ_id = $1 AND year = $2', [organId, report.year]);
    const refusal = refusalOf(report, organ, Boolean(existing), new Date());
    if (refusal) throw new ServerError(refusal.status, refusal.message);
    const id = await insertReport(tx, { organId, report: asOrganReport(report, organ), actorId: ctx.actor.id, status: 'imported', audit: false });
    await writeAudit(tx, {
      actor: ctx.actor.id, action: 'report.import', organId, reportId: id,
      detail: { year: report.year, status: 'imported', note: '导入已发布的报告', filename, digest, edition, printedOrgan: report.organ, warnings },
    });
    return { id, year: report.year };
  });
}
