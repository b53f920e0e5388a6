// Verb: a report takes its Table 2 from the organ's register of the same year, or stops doing so
// (issue 16). Taking it writes the counted cells as a new report version; from then on every save of
// the report or of the register keeps them counted from the cases (register-report-link.ts).
import { z } from 'zod';
import { isEditable, STATUS_LABEL } from '../../domain/workflow';
import { countRegister } from '../../domain/register/table2';
import { ServerError, type Ctx } from '../context';
import { loadReport } from '../load-report';
import { parseInput } from '../parse-input';
import { findRegister } from '../data/register-records';
import { storeVersion } from '../data/store-version';
import { writeAudit } from '../data/audit';

const ZInput = z.object({ use: z.boolean() });

/** input: `{ use: true }` takes Table 2 from the register, `{ use: false }` stops. */
export async function linkReportToRegister(ctx: Ctx, reportId: string, input: unknown): Promise<{ version: number }> {
  const { use } = parseInput(ZInput, input, { use: '取自申请台账' });
  return ctx.db.transaction(async (tx) => {
    const { record: found } = await loadReport(tx, ctx, reportId, { roles: ['clerk'] });
    // The register is locked before the report, in the order a register save locks them: no deadlock.
    const register = await findRegister(tx, found.organId, found.year, true);
    const { record: current } = await loadReport(tx, ctx, reportId, { roles: ['clerk'], forUpdate: true });
    if (!isEditable(current.status)) throw new ServerError(409, `报告${STATUS_LABEL[current.status]}，不能修改`);
    if (current.rollup) throw new ServerError(409, '汇总报告的表格由本地区汇总生成，不能取自申请台账');
    if (!register) throw new ServerError(404, `${current.year}年度尚未建立申请台账`);
    await tx.query('UPDATE registers SET feeds_report = $1 WHERE id = $2', [use, register.id]);
    const detail = { registerId: register.id, registerVersion: register.version };
    if (!use) {
      await writeAudit(tx, { actor: ctx.actor.id, action: 'report.register-release', organId: current.organId, reportId, detail });
      return { version: current.version };
    }
    const { acceptedWarnings: _reviewers, ...report } = current.report;
    const applications = countRegister(register.cases, current.year).applications;
    const { version } = await storeVersion(tx, current, { ...report, tables: { ...report.tables, applications } }, ctx.actor.id, 'report.register-use', detail);
    return { version };
  });
}
