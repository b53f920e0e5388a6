// Verb: read a published report a clerk uploads for one of their organs and show what would be kept —
// numbers, findings (with the organ's report of the year before, when there is one) and what was odd —
// before anything is stored (importPublishedReport does that on 「确认导入」).
import type { TAnyReport } from '../../domain/edition-2019';
import { judge } from '../../checker/judge';
import type { Finding } from '../../domain/findings';
import { importReport, type Edition, type ImportError } from '../../import';
import type { Reading } from '../../import/reading';
import { requireRole } from '../authorize';
import { ServerError, type Ctx } from '../context';
import { digestOf, refusalOf } from '../data/imported-report';
import { findOrgan } from '../data/organs';
import { findReportsOfOrgans } from '../data/report-records';

export type ImportPreview =
  | { ok: false; errors: ImportError[] }
  | {
    ok: true;
    digest: string;
    edition: Edition;
    report: TAnyReport;
    organName: string;
    warnings: string[];
    findings: Finding[];
    /** Why it cannot be kept (2019 edition, the organ already has that year's report, a year not ended), or null. */
    refusal: string | null;
    /** The organ's report of that year, when it already has one: the refusal links to it. */
    existingReportId: string | null;
    /** Things the clerk should know before confirming, e.g. the file names another organ. */
    notes: string[];
    /** How each cell was read (null for canonical data); unread cells are filled by the clerk on confirming. */
    reading: Reading | null;
  };

export async function previewImport(ctx: Ctx, input: { organId: string; bytes: Uint8Array; filename: string }): Promise<ImportPreview> {
  await requireRole(ctx.db, ctx.actor, input.organId, ['clerk']);
  const organ = await findOrgan(ctx.db, input.organId);
  if (!organ) throw new ServerError(404, '机关不存在');
  const imported = await importReport({ bytes: input.bytes, filename: input.filename });
  if (!imported.ok) return { ok: false, errors: imported.errors };
  const { report, edition, warnings, reading } = imported;
  const around = await findReportsOfOrgans(ctx.db, [organ.id], [report.year, report.year - 1]);
  const existing = around.find((r) => r.year === report.year) ?? null;
  const exists = existing !== null;
  const previous = around.find((r) => r.year === report.year - 1);
  const notes: string[] = [];
  if (report.organ !== organ.name) notes.push(`文件中的机关为「${report.organ}」，将作为「${organ.name}」的报告保存。`);
  if (previous) notes.push(`已与本机关${previous.year}年度报告对照检查上年结转和规范性文件件数。`);
  return {
    ok: true,
    digest: digestOf(input.bytes),
    edition,
    report,
    organName: organ.name,
    warnings,
    findings: judge(report, reading, previous?.report).findings,
    refusal: refusalOf(report, organ, exists, new Date())?.message ?? null,
    existingReportId: existing?.id ?? null,
    notes,
    reading,
  };
}
