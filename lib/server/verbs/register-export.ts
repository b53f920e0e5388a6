// Verb: the register as an XLSX for the organ's own clerks and reviewers; every export is audited
// (issue 16: the cases hold applicants' personal data).
import ExcelJS from 'exceljs';
import { FIELD_LABEL } from '../../domain/register/classify';
import { timelinessOf } from '../../domain/register/working-days';
import { writeAudit } from '../data/audit';
import { ServerError, type Ctx } from '../context';
import { requireCaseAccess } from '../register-access';
import { findRegister } from '../data/register-records';

const TIMELINESS_LABEL = { 'on-time': '按期', late: '逾期', open: '办理中', overdue: '已超期', unknown: '' } as const;

export async function exportRegister(ctx: Ctx, organId: string, year: number): Promise<{ filename: string; bytes: Uint8Array }> {
  const register = await ctx.db.transaction(async (tx) => {
    await requireCaseAccess(tx, ctx.actor, organId, false);
    const found = await findRegister(tx, organId, year);
    if (!found) throw new ServerError(404, `${year}年度尚未建立申请台账`);
    await writeAudit(tx, { actor: ctx.actor.id, action: 'register.export', organId, detail: { registerId: found.id, year, version: found.version, cases: found.cases.length } });
    return found;
  });
  const book = new ExcelJS.Workbook();
  book.creator = '年报';
  const ws = book.addWorksheet(`${year}年申请台账`);
  const f = FIELD_LABEL;
  ws.addRow(['序号', f.receivedOn, f.applicant, f.applicantType, f.content, f.result, f.answeredOn, f.extendedOn, '答复期限', '是否按期', f.carriedIn, f.note]);
  const asOf = `${year}-12-31`;
  register.cases.forEach((c, i) => {
    const t = timelinessOf(c, asOf);
    ws.addRow([
      i + 1, c.receivedOn ?? '', c.applicant, c.applicantType ?? '', c.content, c.result ?? '', c.answeredOn ?? '', c.extendedOn ?? '',
      'due' in t ? t.due.due : '', TIMELINESS_LABEL[t.state], c.carriedIn ? '是' : '否', c.note,
    ]);
  });
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return { filename: `${register.organName}${year}年政府信息公开申请台账.xlsx`, bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}
