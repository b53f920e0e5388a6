// Verb: autosave of a draft. Optimistic concurrency: a save based on a stale version is refused with
// the current version, so two tabs or two clerks never overwrite each other silently. A save is kept
// whole or refused whole: one that changes a region's read-only tables is refused with the reason, never
// answered 200 with the tables dropped (issue 11).
import { z } from 'zod';
import { formatPath } from '../domain/canonical';
import { readOnlyTablesRefusal, withClerkContent } from '../domain/clerk-content';
import { MAX_PART_CHARS, ZParts, ZReport, type TParts } from '../domain/model';
import { deriveTotals } from '../domain/totals';
import { isEditable, STATUS_LABEL } from '../domain/workflow';
import { requireRole } from './authorize';
import { ServerError, type Ctx } from './context';
import { tablesWithRegister } from './register-report-link';
import { findReport, type ReportRecord } from './report-records';
import { storeVersion } from './store-version';


const limited = (part: keyof TParts) => ZParts.shape[part].max(MAX_PART_CHARS, `每部分不超过${MAX_PART_CHARS}字`);
const ZInput = z.object({
  baseVersion: z.number().int().min(1),
  report: ZReport.extend({
    parts: z.object({ preamble: limited('preamble'), overview: limited('overview'), problems: limited('problems'), other: limited('other') }).optional(),
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
    // Only the clerk's content is taken (Table 2 of a report fed by the register is counted from its cases, issue 16); identity, scope, title and totals are the server's, accepted
    // warnings the reviewers' (kept in their own table), a region's tables the roll-up's.
    const sent = parsed.data.report;
    const { acceptedWarnings: _reviewers, ...stored } = current.report;
    const refusal = current.rollup ? readOnlyTablesRefusal(stored, sent) : null;
    if (refusal) throw new ServerError(409, refusal);
    const report = withClerkContent(stored, { ...sent, tables: current.rollup ? stored.tables : await tablesWithRegister(tx, current, deriveTotals(sent.tables)) });
    const { version, savedAt } = await storeVersion(tx, current, report, ctx.actor.id, 'report.save');
    return { ok: true, version, savedAt, savedBy: ctx.actor.displayName };
  });
}
