// Verb: autosave of a draft, as a patch against the version the edit was based on (issue 13). When other
// saves came in meanwhile (two tabs, two clerks), the patch is merged with them: only a cell, paragraph or
// date changed on both sides is a conflict, and then nothing is stored and every conflict is answered.
// A save is kept whole or refused whole: one that changes a region's read-only tables is refused with the
// reason, never answered 200 with the tables dropped (issue 11). A whole report is still accepted (the
// command line, older pages): it is turned into the patch of what it changed against its base.
import { z } from 'zod';
import { readOnlyTablesRefusal, withClerkContent, type ReadOnlyTables } from '../../domain/clerk-content';
import { MAX_PART_CHARS, ZParts, ZReport, type TParts, type TReport } from '../../domain/model';
import { splitPendingInput, withPendingInCells } from '../../domain/pending-input';
import { isEmptyPatch, mergePatch, patchBetween, ZReportPatch, type MergeConflict, type TReportPatch } from '../../domain/report-patch';
import { deriveTotals } from '../../domain/totals';
import { isEditable, STATUS_LABEL } from '../../domain/workflow';
import type { Queryable } from '../../db/types';
import { ServerError, type Ctx } from '../context';
import { loadReport } from '../load-report';
import { parseInput } from '../parse-input';
import { findRegister } from '../data/register-records';
import { tablesFromRegister } from '../data/register-report-link';
import { findReport, type ReportRecord } from '../data/report-records';
import { findRevision } from '../data/revision-content';
import { storeVersion } from '../data/store-version';

const limited = (part: keyof TParts) => ZParts.shape[part].max(MAX_PART_CHARS, `每部分不超过${MAX_PART_CHARS}字`);
const ZInput = z.union([
  z.object({ baseVersion: z.number().int().min(1), patch: ZReportPatch }),
  z.object({
    baseVersion: z.number().int().min(1),
    report: ZReport.extend({
      parts: z.object({ preamble: limited('preamble'), overview: limited('overview'), problems: limited('problems'), other: limited('other') }).optional(),
    }),
  }),
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

export async function saveDraft(ctx: Ctx, reportId: string, input: unknown): Promise<SaveResult> {
  const parsed = parseInput(ZInput, input, { baseVersion: '所依据的版本', patch: '修改', report: '报告' }, '报告数据不完整');
  const { baseVersion } = parsed;
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
    const content = splitPendingInput(merge.report);
    const register = current.rollup ? null : await findRegister(tx, current.organId, current.year);
    const readOnly = current.rollup ? READ_ONLY_ROLLUP : register?.feedsReport ? READ_ONLY_REGISTER : null;
    const refusal = readOnly ? readOnlyTablesRefusal(stored, content, readOnly) : null;
    if (refusal) throw new ServerError(409, refusal);
    const stamp = { savedAt: current.updatedAt, savedBy: current.updatedBy };
    if (isEmptyPatch(patch)) return { ok: true, version: current.version, ...stamp, merged: false };
    const report = withClerkContent(stored, { ...content, tables: current.rollup ? stored.tables : tablesFromRegister(register, current.year, deriveTotals(content.tables)) });
    const merged = baseVersion !== current.version;
    const { version, savedAt } = await storeVersion(tx, current, report, ctx.actor.id, 'report.save', {
      patch: { baseVersion, cells: patch.cells ?? {}, parts: Object.keys(patch.parts ?? {}), ...(patch.signature ? { signature: patch.signature } : {}) },
      ...(merged ? { mergedWith: current.version } : {}),
    });
    const saved = { version, savedAt, savedBy: ctx.actor.displayName };
    return merged ? { ok: true, ...saved, merged: true, report, mergedWith: current.updatedBy } : { ok: true, ...saved, merged: false };
  });
}
