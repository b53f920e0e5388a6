// Where a case counts in Table 2 of its register's year (spec §4, issue 16): its applicant column; 一 if
// received this year or 二 if carried over from last year; its result row if answered by 12月31日, or
// 四、结转下年度继续办理 if still open then. A case that cannot be placed whole is counted nowhere and
// listed with its reason, so Table 2 always balances and never counts a case half.
import { applicantColumnOf, resultRowOf, type TCase } from './case';
import { ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED } from '../template';

export type Placement = { ok: true; col: number; intakeRow: number; outcomeRow: number } | { ok: false; reasons: string[] };

export function placeCase(c: TCase, year: number): Placement {
  const reasons: string[] = [];
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const col = c.applicantType === null ? undefined : applicantColumnOf(c.applicantType);
  if (col === undefined) reasons.push('未填申请人类型');
  if (!c.receivedOn) reasons.push('未填收到日期');
  else if (c.carriedIn && c.receivedOn >= yearStart) reasons.push(`标为上年结转，但收到日期${c.receivedOn}在${year}年内`);
  else if (!c.carriedIn && (c.receivedOn < yearStart || c.receivedOn > yearEnd)) reasons.push(`收到日期${c.receivedOn}不在${year}年内（上年收到的申请请标为上年结转）`);
  if (c.answeredOn && c.receivedOn && c.answeredOn < c.receivedOn) reasons.push(`答复日期${c.answeredOn}早于收到日期${c.receivedOn}`);
  if (c.answeredOn && c.answeredOn < yearStart) reasons.push(`答复日期${c.answeredOn}在${year}年以前，不应列入本年台账`);
  const closed = c.answeredOn !== null && c.answeredOn <= yearEnd;
  const resultRow = c.result === null ? undefined : resultRowOf(c.result);
  if (closed && resultRow === undefined) reasons.push('已答复但未填办理结果');
  if (!c.answeredOn && c.result !== null) reasons.push('已填办理结果但未填答复日期');
  if (reasons.length > 0 || col === undefined) return { ok: false, reasons };
  return {
    ok: true,
    col,
    intakeRow: c.carriedIn ? ROW_CARRIED_IN : ROW_RECEIVED,
    outcomeRow: closed ? (resultRow as number) : ROW_CARRIED_OUT,
  };
}

/** Open at 12月31日 of `year`: not answered, or answered only in the next year. */
export const isOpenAtYearEnd = (c: TCase, year: number): boolean => c.answeredOn === null || c.answeredOn > `${year}-12-31`;
