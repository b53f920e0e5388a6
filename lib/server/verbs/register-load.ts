// Verb: a register as its reader may see it (issue 16): the cases for the organ's own clerks and
// reviewers, Table 2's counts alone for an office above it.
import type { TCell } from '../../domain/model';
import { countRegister, type Unplaced } from '../../domain/register/table2';
import { timelinessOfYear, type YearTimeliness } from '../../domain/register/timeliness';
import type { TCase } from '../../domain/register/case';
import { ServerError, type Ctx } from '../context';
import { findOrgan } from '../data/organs';
import { registerAccess } from '../register-access';
import { findRegister } from '../data/register-records';

type Common = { organId: string; organName: string; year: number; applications: TCell[][]; timeliness: YearTimeliness };
export type RegisterCasesView = Common & {
  kind: 'cases';
  canEdit: boolean;
  exists: boolean;
  version: number;
  cases: TCase[];
  unplaced: Unplaced[];
  feedsReport: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Last year's register exists: a new register starts with its open cases. */
  previousExists: boolean;
};
/** What a supervising office sees: counts, never a case. */
export type RegisterCountsView = Common & { kind: 'counts'; exists: boolean; unplacedCount: number };
export type RegisterView = RegisterCasesView | RegisterCountsView;

export async function loadRegister(ctx: Ctx, organId: string, year: number): Promise<RegisterView> {
  if (!Number.isInteger(year)) throw new ServerError(400, '请指定年度');
  const access = await registerAccess(ctx.db, ctx.actor, organId);
  const organ = await findOrgan(ctx.db, organId);
  if (!organ) throw new ServerError(404, '台账不存在或无权查看');
  const record = await findRegister(ctx.db, organId, year);
  const cases = record?.cases ?? [];
  const { applications, unplaced } = countRegister(cases, year);
  const common: Common = { organId, organName: organ.name, year, applications, timeliness: timelinessOfYear(cases, year) };
  if (!access.seesCases) return { ...common, kind: 'counts', exists: record !== null, unplacedCount: unplaced.length };
  const previousExists = !record && (await findRegister(ctx.db, organId, year - 1)) !== null;
  return {
    ...common, kind: 'cases', canEdit: access.canEdit, exists: record !== null, version: record?.version ?? 0, cases, unplaced,
    feedsReport: record?.feedsReport ?? false, updatedAt: record?.updatedAt ?? null, updatedBy: record?.updatedBy ?? null, previousExists,
  };
}
