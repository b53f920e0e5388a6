// Verb: start an organ's register for a year. It starts with last year's cases still open at 12月31日
// (issue 16: next year's register starts with them), each marked as carried over.
import { randomUUID } from 'node:crypto';
import { isReportYear, MAX_YEAR, MIN_YEAR } from '../../domain/model';
import { casesCarriedInto } from '../../domain/register/next-year';
import { ServerError, type Ctx } from '../context';
import { requireCaseAccess } from '../register-access';
import { findRegister, insertRegister } from '../data/register-records';

export async function createRegister(ctx: Ctx, organId: string, year: number): Promise<{ version: number; carried: number }> {
  return ctx.db.transaction(async (tx) => {
    await requireCaseAccess(tx, ctx.actor, organId, true);
    // The years a report may have: a register serves the report of its year.
    if (!isReportYear(year)) throw new ServerError(400, `「年度」须为${MIN_YEAR}至${MAX_YEAR}之间的整数`);
    if (await findRegister(tx, organId, year, true)) throw new ServerError(409, `${year}年度的申请台账已存在`);
    const previous = await findRegister(tx, organId, year - 1);
    const cases = previous ? casesCarriedInto(previous.cases, year - 1) : [];
    await insertRegister(tx, { id: randomUUID(), organId, year, cases, actorId: ctx.actor.id, detail: { carriedFrom: previous?.version ?? null } });
    return { version: 1, carried: cases.length };
  });
}
