// Verbs of the review workflow: submit, return, approve, confirm, publish (lib/domain/workflow.ts TRANSITIONS).
// Each checks role and state, moves the report, and records who, when and why in the same transaction.
import { z } from 'zod';
import { describePending } from '../../domain/region-readiness';
import { TRANSITIONS, STATUS_LABEL, type TransitionName } from '../../domain/workflow';
import type { Queryable } from '../../db/types';
import { writeAudit } from '../data/audit';
import { checkRecord } from '../data/check-record';
import { ServerError, type Ctx } from '../context';
import { loadReport } from '../load-report';
import { parseInput } from '../parse-input';
import { findReport, type ReportRecord } from '../data/report-records';
import { personText } from '../../domain/typed-text';
import { pendingUnitsOf } from './rollup-verbs';

const MAX_REASON = 2000;
const ZReason = personText('说明').trim().max(MAX_REASON, `说明不超过${MAX_REASON}字`);
const ZPublication = z.object({
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '发布日期须为 YYYY-MM-DD'),
  publishedUrl: z.string().trim().url('发布网址不正确').max(2000).refine((u) => /^https?:\/\//.test(u), '发布网址须以 http:// 或 https:// 开头'),
});

async function transition(
  ctx: Ctx, reportId: string, name: TransitionName, reason: string,
  apply: (tx: Queryable, record: ReportRecord) => Promise<Record<string, unknown>>,
): Promise<ReportRecord> {
  const t = TRANSITIONS[name];
  const why = parseInput(ZReason, reason, '说明');
  if (t.needsReason && !why) throw new ServerError(400, `请填写${t.label}的理由`);
  return ctx.db.transaction(async (tx) => {
    const { record } = await loadReport(tx, ctx, reportId, { roles: t.roles, forUpdate: true });
    if (!t.from.includes(record.status)) {
      throw new ServerError(409, `报告当前为「${STATUS_LABEL[record.status]}」，不能${t.label}`);
    }
    const detail = await apply(tx, record);
    await tx.query('UPDATE reports SET status = $1 WHERE id = $2', [t.to, reportId]);
    await writeAudit(tx, {
      actor: ctx.actor.id, action: `report.${name}`, organId: record.organId, reportId,
      detail: { from: record.status, to: t.to, version: record.version, reason: why, ...detail },
    });
    return (await findReport(tx, reportId))!;
  });
}

/** Who last did this to the report (its audit trail), or undefined if nobody did: for the four-eyes checks. */
async function lastActor(tx: Queryable, reportId: string, action: string): Promise<string | null | undefined> {
  const [row] = await tx.query<{ actor: string | null }>(
    'SELECT actor FROM audit_log WHERE report_id = $1 AND action = $2 ORDER BY id DESC LIMIT 1', [reportId, action],
  );
  return row ? row.actor : undefined;
}

/**
 * Clerk submits for review; only with zero error findings. Editing locks. A region report waits for its
 * units to be final (issue 15) unless the note says why it goes now; the units go into the audit row.
 */
export const submitReport = (ctx: Ctx, reportId: string, note = '') =>
  transition(ctx, reportId, 'submit', note, async (tx, record) => {
    const errors = (await checkRecord(tx, record)).filter((f) => f.severity === 'error');
    if (errors.length > 0) throw new ServerError(409, `还有${errors.length}项错误，改正后才能提交审核`);
    if (!record.rollup) return {};
    const pending = await pendingUnitsOf(tx, record);
    if (pending.length > 0 && !note.trim()) {
      throw new ServerError(409, `本地区汇总依赖的下级单位报告尚未审定：${describePending(pending)}。请待其审定后重新汇总再提交，或在「提交说明」中写明现在提交的理由。`);
    }
    return pending.length > 0 ? { pendingUnits: pending } : {};
  });

/** Supervisor returns with a reason; editing unlocks. */
export const returnReport = (ctx: Ctx, reportId: string, reason: string) =>
  transition(ctx, reportId, 'return', reason, async () => ({}));

/**
 * Supervisor approves: this version is frozen and prints without the 「草稿」 mark. Four eyes: not the user
 * who submitted it (one may hold both roles), so nobody approves their own work (issue 11).
 */
export const approveReport = (ctx: Ctx, reportId: string, note = '') =>
  transition(ctx, reportId, 'approve', note, async (tx, record) => {
    if ((await lastActor(tx, record.id, 'report.submit')) === ctx.actor.id) {
      throw new ServerError(403, '提交人不能审定自己提交的报告，请由本机关的另一位审核人审定');
    }
    await tx.query('UPDATE reports SET approved_version = version WHERE id = $1', [record.id]);
    return {};
  });

/**
 * A 审核人 confirms an imported published report (「已导入，待审核人确认」 → 已审定). Four eyes: whoever
 * imported it (a user may be both 填报人 and 审核人) cannot confirm it.
 */
export const confirmImport = (ctx: Ctx, reportId: string) =>
  transition(ctx, reportId, 'confirm', '', async (tx, record) => {
    const importer = await lastActor(tx, record.id, 'report.import');
    if (importer === undefined) throw new ServerError(409, '找不到这份报告的导入记录，不能确认');
    if (importer === ctx.actor.id) throw new ServerError(403, '导入人不能确认自己导入的报告，请由本机关的另一位审核人确认');
    await tx.query('UPDATE reports SET approved_version = version WHERE id = $1', [record.id]);
    return { importedBy: importer };
  });

/** Records where and when the approved report was published; LATE is judged on this date. */
export async function publishReport(ctx: Ctx, reportId: string, input: unknown): Promise<ReportRecord> {
  const publication = parseInput(ZPublication, input, { publishedOn: '发布日期', publishedUrl: '发布网址' });
  return transition(ctx, reportId, 'publish', '', async (tx, record) => {
    await tx.query('UPDATE reports SET published_on = $1, published_url = $2 WHERE id = $3', [
      publication.publishedOn, publication.publishedUrl, record.id,
    ]);
    return publication;
  });
}
