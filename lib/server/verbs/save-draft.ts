// Verb: autosave of a draft, as a patch against the version the edit was based on (issue 13). When other
// saves came in meanwhile (two tabs, two clerks), the patch is merged with them: only a cell, paragraph or
// date changed on both sides is a conflict, and then nothing is stored and every conflict is answered.
// A save is kept whole or refused whole: one that changes a region's read-only tables is refused with the
// reason, never answered 200 with the tables dropped (issue 11). A whole report is still accepted (the
// command line, older pages): it is turned into the patch of what it changed against its base.
import { z } from 'zod';
import { readOnlyTablesRefusal, withClerkContent, type ReadOnlyTables } from '../../domain/clerk-content';
import { ZReport, type TReport } from '../../domain/model';
import { splitPendingInput, withPendingInCells } from '../../domain/pending-input';
import { isEmptyPatch, mergePatch, patchBetween, ZReportPatch, ZSavedParts, type MergeConflict, type TReportPatch } from '../../domain/report-patch';
import { deriveTotals } from '../../domain/totals';
import { isEditable, STATUS_LABEL } from '../../domain/workflow';
import type { Queryable } from '../../db/types';
import { ServerError, type Ctx } from '../context';
import { requireRole } from '../authorize';
import { loadReport } from '../load-report';
import { parseInput } from '../parse-input';
import { rememberSaved, takeSaved } from '../data/last-saved';
import { findFeedingRegister, type RegisterRecord } from '../data/register-records';
import { tablesFromRegister } from '../data/register-report-link';
import { findReport, type ReportRecord } from '../data/report-records';
import { findRevision } from '../data/revision-content';
import { storeVersion, storeVersionIfUntouched, type StoredVersion } from '../data/store-version';

const ZInput = z.union([
  z.object({ baseVersion: z.number().int().min(1), patch: ZReportPatch }),
  z.object({ baseVersion: z.number().int().min(1), report: ZReport.extend({ parts: ZSavedParts.optional() }) }),
]);

export type SaveResult =
  | { ok: true; version: number; savedAt: string; savedBy: string; merged: false }
  /** Saves by others came in after the base: the stored report is theirs and this patch together. */
  | { ok: true; version: number; savedAt: string; savedBy: string; merged: true; report: TReport; mergedWith: string }
  | { ok: false; conflicts: MergeConflict[]; current: ReportRecord }
  /** The version the edit says it was based on does not exist (a forged or corrupted save): nothing merged. */
  | { ok: false; unknownBase: string; current: ReportRecord };

const READ_ONLY_ROLLUP: ReadOnlyTables = { tables: ['active', 'applications', 'litigation'], source: '本地区汇总' };
const READ_ONLY_REGISTER: ReadOnlyTables = { tables: ['applications'], source: '申请台账统计' };

async function revisionAt(tx: Queryable, current: ReportRecord, version: number): Promise<TReport | null> {
  if (version === current.version) return current.report;
  return version < current.version ? findRevision(tx, current.id, version) : null;
}

/**
 * The report to store once the patch is merged (and its typed text split off as pending input): the clerk's
 * content in the stored report (identity, scope, title and accepted warnings are not the clerk's), totals
 * derived, Table 2 counted from a register that feeds it.
 */
function contentToStore(current: ReportRecord, content: TReport, register: RegisterRecord | null): TReport {
  const tables = current.rollup ? current.report.tables : tablesFromRegister(register, current.year, deriveTotals(content.tables));
  return withClerkContent(current.report, { ...content, tables });
}

const auditOfPatch = (baseVersion: number, patch: TReportPatch) => ({
  patch: { baseVersion, cells: patch.cells ?? {}, parts: Object.keys(patch.parts ?? {}), ...(patch.signature ? { signature: patch.signature } : {}) },
});

const remember = (ctx: Ctx, current: ReportRecord, report: TReport, stored: StoredVersion) =>
  rememberSaved(ctx.db, {
    record: { ...current, report, version: stored.version, updatedAt: stored.savedAt, updatedBy: ctx.actor.displayName },
    xmin: stored.xmin,
  });

/**
 * The common autosave: a patch on the version this process saved last, by a clerk of the organ. Written in
 * one statement on condition that nobody wrote the row since; undefined when that cannot be known or the
 * condition failed, and the full save decides.
 */
async function saveOnLastSaved(ctx: Ctx, reportId: string, baseVersion: number, patch: TReportPatch): Promise<SaveResult | undefined> {
  const last = takeSaved(ctx.db, reportId);
  if (!last || last.record.version !== baseVersion || last.record.rollup || isEmptyPatch(patch)) return undefined;
  const current = last.record;
  // The actor's roles come with the request (its session), so this is the same check the full save makes.
  await requireRole(ctx.db, ctx.actor, current.organId, ['clerk']);
  const base = withPendingInCells(current.report);
  const merge = mergePatch(base, base, patch);
  if (!merge.ok) return undefined;
  const report = contentToStore(current, splitPendingInput(merge.report), null);
  const stored = await storeVersionIfUntouched(ctx.db, current, report, ctx.actor.id, 'report.save', auditOfPatch(baseVersion, patch), last);
  if (!stored) return undefined;
  remember(ctx, current, report, stored);
  return { ok: true, version: stored.version, savedAt: stored.savedAt, savedBy: ctx.actor.displayName, merged: false };
}

export async function saveDraft(ctx: Ctx, reportId: string, input: unknown): Promise<SaveResult> {
  const parsed = parseInput(ZInput, input, { baseVersion: '所依据的版本', patch: '修改', report: '报告' }, '报告数据不完整');
  const { baseVersion } = parsed;
  const quick = 'patch' in parsed ? await saveOnLastSaved(ctx, reportId, baseVersion, parsed.patch) : undefined;
  if (quick) return quick;
  return ctx.db.transaction(async (tx) => {
    const { record: current } = await loadReport(tx, ctx, reportId, { roles: ['clerk'], forUpdate: true, accepted: false });
    if (!isEditable(current.status)) throw new ServerError(409, `报告${STATUS_LABEL[current.status]}，不能修改`);
    // Cells are compared as the clerk typed them: pending input (text that is no value yet) in its cell.
    // A refused save answers with the report as the page shows it, the reviewers' accepted warnings included.
    const shown = async () => (await findReport(tx, current.id))!;
    const baseStored = await revisionAt(tx, current, baseVersion);
    if (!baseStored) return { ok: false, unknownBase: `所依据的第${baseVersion}版不存在（当前为第${current.version}版），请刷新页面后再修改`, current: await shown() };
    const base = withPendingInCells(baseStored);
    const patch: TReportPatch = 'patch' in parsed ? parsed.patch : patchBetween(base, withPendingInCells(parsed.report));
    // Identity, scope, title and totals are the server's, accepted warnings the reviewers' (kept in their
    // own table, not read here), a region's tables the roll-up's, a register-fed Table 2 the register's (issue 16).
    const stored = current.report;
    const merge = mergePatch(base, withPendingInCells(stored), patch);
    if (!merge.ok) return { ok: false, conflicts: merge.conflicts, current: await shown() };
    const register = current.rollup ? null : await findFeedingRegister(tx, current.organId, current.year);
    const readOnly = current.rollup ? READ_ONLY_ROLLUP : register ? READ_ONLY_REGISTER : null;
    const content = splitPendingInput(merge.report);
    const refusal = readOnly ? readOnlyTablesRefusal(stored, content, readOnly) : null;
    if (refusal) throw new ServerError(409, refusal);
    const stamp = { savedAt: current.updatedAt, savedBy: current.updatedBy };
    if (isEmptyPatch(patch)) return { ok: true, version: current.version, ...stamp, merged: false };
    const report = contentToStore(current, content, register);
    const merged = baseVersion !== current.version;
    const written = await storeVersion(tx, current, report, ctx.actor.id, 'report.save', {
      ...auditOfPatch(baseVersion, patch), ...(merged ? { mergedWith: current.version } : {}),
    });
    // Remembered before the commit: should the commit fail, the row keeps its old xmin, so the next save
    // misses this copy and is done the full way.
    remember(ctx, current, report, written);
    const saved = { version: written.version, savedAt: written.savedAt, savedBy: ctx.actor.displayName };
    return merged ? { ok: true, ...saved, merged: true, report, mergedWith: current.updatedBy } : { ok: true, ...saved, merged: false };
  });
}
