// Verb: the batch checker's one file — read a published report (any format the importer knows) and run
// the rules on it. For supervising offices (a supervisor or admin anywhere); nothing is stored.
import type { FileCheck } from '../../checker/batch-table';
import { judge } from '../../checker/judge';
import { formatImportError, importReport } from '../../import';
import { ServerError, type Ctx } from '../context';

export function requireSupervisingRole(ctx: Ctx): void {
  if (!ctx.actor.memberships.some((m) => m.role === 'supervisor' || m.role === 'admin')) {
    throw new ServerError(403, '只有审核人或管理员可以使用批量检查');
  }
}

export async function checkUploadedFile(ctx: Ctx, input: { bytes: Uint8Array; filename: string }): Promise<FileCheck> {
  requireSupervisingRole(ctx);
  const file = input.filename || '（未命名文件）';
  const imported = await importReport({ bytes: input.bytes, filename: input.filename });
  if (!imported.ok) return { file, ok: false, reason: imported.errors.map(formatImportError).join('；') };
  const { report, edition, warnings, reading } = imported;
  const judged = judge(report, reading);
  const findings = judged.findings.map(({ rule, severity, message }) => ({ rule, severity, message }));
  const undecidable = judged.undecidable.map((u) => u.message);
  return { file, ok: true, organ: report.organ, year: report.year, edition, findings, warnings, cells: judged.counts, undecidable };
}
