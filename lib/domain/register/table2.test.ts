// Table 2 counted from a register equals a hand count; carry-over across two years (issue 16).
import { describe, expect, it } from 'vitest';
import { appKey } from '../cells';
import { findBrokenRules } from '../engine';
import { createEmptyReport } from '../model';
import { appRow } from '../test-support';
import { ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL } from '../template';
import { emptyCase, RESULT_KEYS, type TCase } from './case';
import { casesCarriedInto } from './next-year';
import { casesInCell, countRegister } from './table2';
import { timelinessOfYear } from './timeliness';

const resultKey = (fragment: string) => RESULT_KEYS.find((k) => k.includes(fragment)) as string;
let n = 0;
const kase = (fields: Partial<TCase>): TCase => ({ ...emptyCase(`c${++n}`), ...fields });

const OPEN = resultKey('予以公开');
const NO_INFO = resultKey('不掌握');
const SECRET = resultKey('国家秘密');

/** Register 2025: written so the hand count below can be read off line by line. */
const REGISTER_2025: TCase[] = [
  kase({ receivedOn: '2025-01-20', applicantType: '自然人', result: OPEN, answeredOn: '2025-02-21' }), // on time (due 02-21)
  kase({ receivedOn: '2025-03-03', applicantType: '自然人', result: OPEN, answeredOn: '2025-04-15' }), // late (due 03-31)
  kase({ receivedOn: '2025-05-06', applicantType: '自然人', result: NO_INFO, answeredOn: '2025-05-20' }),
  kase({ receivedOn: '2025-06-02', applicantType: '商业企业', result: SECRET, answeredOn: '2025-06-10' }),
  kase({ receivedOn: '2025-12-15', applicantType: '商业企业' }), // open at 12-31
  kase({ receivedOn: '2025-12-22', applicantType: '法律服务机构', result: OPEN, answeredOn: '2026-01-08' }), // answered next year: open at 12-31
  kase({ receivedOn: '2024-12-20', applicantType: '自然人', carriedIn: true, result: OPEN, answeredOn: '2025-01-10' }), // 二, closed in 2025
  kase({ receivedOn: '2025-07-01', applicantType: null, content: '未填类型' }), // unplaced
];

describe('countRegister', () => {
  const { applications, unplaced } = countRegister(REGISTER_2025, 2025);
  const at = (row: number, col: number) => applications[row][col];

  it('equals the hand count, cell by cell', () => {
    // 自然人: 一 = 3 (01-20, 03-03, 05-06), 二 = 1; 予以公开 3 (two new, one carried), 不掌握 1; 四 0.
    expect([at(ROW_RECEIVED, 0), at(ROW_CARRIED_IN, 0), at(appRow('（一）予以公开'), 0), at(appRow('（四）无法提供', '1.'), 0), at(ROW_CARRIED_OUT, 0)])
      .toEqual([3, 1, 3, 1, 0]);
    // 商业企业: 一 = 2; 国家秘密 1; 四 1 (12-15 open).
    expect([at(ROW_RECEIVED, 1), at(ROW_CARRIED_IN, 1), at(appRow('（三）不予公开', '1.'), 1), at(ROW_CARRIED_OUT, 1)]).toEqual([2, 0, 1, 1]);
    // 法律服务机构: 一 = 1, answered only in 2026 → 四 = 1, nothing in 三.
    expect([at(ROW_RECEIVED, 4), at(appRow('（一）予以公开'), 4), at(ROW_CARRIED_OUT, 4)]).toEqual([1, 0, 1]);
    // 总计 column and 三（七）: 一 6, 二 1, 三（七） 5, 四 2 → 6+1 = 5+2.
    expect([at(ROW_RECEIVED, 6), at(ROW_CARRIED_IN, 6), at(ROW_RESULT_TOTAL, 6), at(ROW_CARRIED_OUT, 6)]).toEqual([6, 1, 5, 2]);
  });

  it('lists the case it cannot place, with its reason, and still balances', () => {
    expect(unplaced).toEqual([{ caseId: REGISTER_2025[7].id, index: 7, reasons: ['未填申请人类型'] }]);
    const report = { ...createEmptyReport('某镇人民政府', 2025), tables: { ...createEmptyReport('', 2025).tables, applications } };
    const tableErrors = findBrokenRules({ report }).filter((f) => ['APP-BALANCE', 'APP-ROW-TOTAL', 'APP-RESULT-TOTAL'].includes(f.rule));
    expect(tableErrors).toEqual([]);
  });

  it('drills down from a cell to its cases', () => {
    const ids = (row: number, col: number) => casesInCell(REGISTER_2025, 2025, appKey(row, col)).map((c) => c.receivedOn);
    expect(ids(appRow('（一）予以公开'), 0)).toEqual(['2025-01-20', '2025-03-03', '2024-12-20']);
    expect(ids(ROW_CARRIED_OUT, 6)).toEqual(['2025-12-15', '2025-12-22']);
    expect(ids(ROW_RESULT_TOTAL, 1)).toEqual(['2025-06-02']);
  });

  it('counts late answers of the year: one of five', () => {
    expect(timelinessOfYear(REGISTER_2025, 2025)).toEqual({ answered: 5, late: 1, provisional: 0 });
  });
});

describe('carry-over across two years', () => {
  it('2026 starts with the cases open at 2025-12-31; 2026 二 equals 2025 四 per column', () => {
    const carried = casesCarriedInto(REGISTER_2025, 2025);
    expect(carried.map((c) => [c.receivedOn, c.carriedIn, c.answeredOn])).toEqual([
      ['2025-12-15', true, null], ['2025-12-22', true, '2026-01-08'],
    ]);
    const register2026 = [
      ...carried,
      kase({ receivedOn: '2026-03-02', applicantType: '科研机构', result: OPEN, answeredOn: '2026-03-20' }),
    ];
    const y2025 = countRegister(REGISTER_2025, 2025).applications;
    const y2026 = countRegister(register2026, 2026).applications;
    expect(y2026[ROW_CARRIED_IN]).toEqual(y2025[ROW_CARRIED_OUT]);
    // 2026: 一 = 1 (科研机构), 二 = 2, 三 = 2 (the 01-08 answer and the new one), 四 = 1 (12-15 still open).
    expect([y2026[ROW_RECEIVED][6], y2026[ROW_CARRIED_IN][6], y2026[ROW_RESULT_TOTAL][6], y2026[ROW_CARRIED_OUT][6]]).toEqual([1, 2, 2, 1]);
    // And the next year again carries only what is still open.
    expect(casesCarriedInto(register2026, 2026).map((c) => c.receivedOn)).toEqual(['2025-12-15']);
  });
});
