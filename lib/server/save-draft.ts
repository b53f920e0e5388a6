// Verb: autosave of a draft. Optimistic concurrency: a save based on a stale version is refused with
// the current version, so two tabs or two clerks never overwrite each other silently.
import { z } from 'zod';
import { formatPath } from '../domain/canonical';
import { diffReports, summarizeChanges } from '../domain/diff-reports';
import { ZReport, type TReport } from '../domain/model';
import { deriveTotals } from '../domain/totals';
import { isEditable, STATUS_LABEL } from '../domain/workflow';
import { writeAudit } from './audit';
import { requireRole } from './authorize';
import { ServerError, type Ctx } from './context';
import { findReport, type ReportRecord } from './report-records';

/** A narrative part longer than this is refused: a whole report is rarely a tenth of it. */
export const MAX_PART_CHARS = 50_000;

const limitedPart = z.string().max(MAX_PART_CHARS, `每部分不超过${MAX_PART_CHARS}字`);
const ZInput = z.object({
  baseVersion: z.number().int().min(1),
  report: ZReport.extend({
    parts: z.object({ preamble: limitedPart, overview: limitedPart, problems: limitedPart, other: limitedPart }).optional(),
  }),
});

export type SaveResult =
  | { ok: true; version: number; savedAt: string; savedBy: string }
  | { ok: false; conflict: ReportRecord };

export class InvalidReport extends ServerError {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(400, `报告数据不完整：${issues.slice(0, 3).map((i) => `${i.path} ${i.message}`).join('；')}`);
  }
}

export async function saveDraft(ctx: Ctx, reportId: string, input: unknown): Promise<SaveResult> {
  const parsed = ZInput.safeParse(input);
  if (!parsed.success) throw new InvalidReport(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
  const { baseVersion } = parsed.data;
  return ctx.db.transaction(async (tx) => {
    const current = await findReport(tx, reportId, true);
    if (!current) throw new ServerError(404, '报告不存在或无权查看');
    await requireRole(tx, ctx.actor, current.organId, ['clerk']);
    if (!isEditable(current.status)) throw new ServerError(409, `报告${STATUS_LABEL[current.status]}，不能修改`);
    if (current.version !== baseVersion) return { ok: false, conflict: current };
    // The server owns identity and totals: never trust the client's copy of either.
    const { acceptedWarnings: _fromClient, ...entered } = parsed.data.report;
    const report: TReport = {
      ...entered,
      organ: current.organName, year: current.year, level: current.level, format: current.report.format,
      tables: deriveTotals(entered.tables),
    };
    const version = current.version + 1;
    const [{ updated_at }] = await tx.query<{ updated_at: Date | string }>(
      'UPDATE reports SET data = $1, version = $2, updated_at = now(), updated_by = $3 WHERE id = $4 RETURNING updated_at',
      [JSON.stringify(report), version, ctx.actor.id, reportId],
    );
    await tx.query('INSERT INTO report_revisions (report_id, version, data, saved_by) VALUES ($1, $2, $3, $4)', [
      reportId, version, JSON.stringify(report), ctx.actor.id,
    ]);
    await writeAudit(tx, {
      actor: ctx.actor.id, action: 'report.save', organId: current.organId, reportId,
      detail: { version, changes: summarizeChanges(diffReports(current.report, report)) },
    });
    return { ok: true, version, savedAt: new Date(updated_at).toISOString(), savedBy: ctx.actor.displayName };
  });
}
