// Verb: save a register (autosave), whole or as a patch of cases. Optimistic like saveDraft: a whole save
// must be based on the current version; a patch based on an older one is merged case by case against
// that version, and refused only when a case it touches was changed by someone else meanwhile.
import { z } from 'zod';
import { MAX_CASES, ZCase, ZCases, type TCase } from '../../domain/register/case';
import { ServerError, type Ctx } from '../context';
import { parseInput } from '../parse-input';
import { requireCaseAccess } from '../register-access';
import { findRegister, findRegisterRevision, storeRegisterVersion, type RegisterRecord } from '../data/register-records';
import { syncReportTable } from '../data/register-report-link';

const ZInput = z.union([
  z.object({ baseVersion: z.number().int().min(1), cases: ZCases }),
  z.object({
    baseVersion: z.number().int().min(1),
    patch: z.object({ upsert: z.array(ZCase).max(MAX_CASES), remove: z.array(z.string()).max(MAX_CASES) }),
  }),
]);

export type RegisterSaveResult =
  | { ok: true; version: number; savedAt: string }
  | { ok: false; conflict: { version: number; cases: TCase[]; caseIds: string[] } };

const sameCase = (a: TCase | undefined, b: TCase | undefined) => JSON.stringify(a) === JSON.stringify(b);

function changedIds(before: TCase[], after: TCase[]): Set<string> {
  const was = new Map(before.map((c) => [c.id, c]));
  const now = new Map(after.map((c) => [c.id, c]));
  return new Set([...was.keys(), ...now.keys()].filter((id) => !sameCase(was.get(id), now.get(id))));
}

function applyPatch(cases: TCase[], upsert: TCase[], remove: string[]): TCase[] {
  const replaced = new Map(upsert.map((c) => [c.id, c]));
  const removed = new Set(remove);
  const kept = cases.filter((c) => !removed.has(c.id)).map((c) => replaced.get(c.id) ?? c);
  const known = new Set(cases.map((c) => c.id));
  return [...kept, ...upsert.filter((c) => !known.has(c.id) && !removed.has(c.id))];
}

export async function saveRegister(ctx: Ctx, organId: string, year: number, input: unknown): Promise<RegisterSaveResult> {
  const data = parseInput(ZInput, input, { baseVersion: '所依据的版本', cases: '案件', patch: '修改' }, '台账数据无效');
  return ctx.db.transaction(async (tx) => {
    await requireCaseAccess(tx, ctx.actor, organId, true);
    const current = await findRegister(tx, organId, year, true);
    if (!current) throw new ServerError(404, `${year}年度尚未建立申请台账`);
    const next = await nextCases(tx, current, data);
    if (!Array.isArray(next)) return next;
    if (new Set(next.map((c) => c.id)).size !== next.length) throw new ServerError(400, '台账中有重复的案件编号');
    if (next.length > MAX_CASES) throw new ServerError(400, `台账不超过${MAX_CASES}件`);
    const changed = changedIds(current.cases, next);
    const saved = await storeRegisterVersion(tx, current, next, ctx.actor.id, 'register.save', { changedCases: changed.size });
    if (current.feedsReport) await syncReportTable(tx, current, next, ctx.actor.id);
    return { ok: true, ...saved };
  });
}

async function nextCases(tx: Parameters<typeof findRegisterRevision>[0], current: RegisterRecord, data: z.infer<typeof ZInput>): Promise<TCase[] | RegisterSaveResult> {
  const conflict = (caseIds: string[]): RegisterSaveResult => ({ ok: false, conflict: { version: current.version, cases: current.cases, caseIds } });
  if ('cases' in data) return data.baseVersion === current.version ? data.cases : conflict([]);
  const { upsert, remove } = data.patch;
  if (data.baseVersion !== current.version) {
    const base = await findRegisterRevision(tx, current.id, data.baseVersion);
    if (!base) return conflict([]);
    const theirs = changedIds(base, current.cases);
    const clashes = [...upsert.map((c) => c.id), ...remove].filter((id) => theirs.has(id));
    if (clashes.length > 0) return conflict(clashes);
  }
  return applyPatch(current.cases, upsert, remove);
}
