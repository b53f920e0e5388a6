// CARRY-OVER-MISMATCH and REGULATIONS-STOCK (spec §6): warnings judged only when last year's report is known.
// Clean: this year's 二 = [4,0,0,0,0,0 | 4] = last year's 四; 行政规范性文件 18 + 3 − 1 = 20.
import { describe, expect, it } from 'vitest';
import { appKey, setCell } from '../cells';
import type { TReport } from '../model';
import { ROW_CARRIED_OUT } from '../template';
import { check, cleanPrevious, cleanReport, findingsOf } from '../test-support';
import { deriveTotals } from '../totals';

function previousWith(edit: (p: TReport) => TReport['tables']): TReport {
  const p = cleanPrevious();
  return { ...p, tables: edit(p) };
}

describe('CARRY-OVER-MISMATCH', () => {
  it('holds when this year\'s 二 equals last year\'s 四 in every column', () => {
    expect(check({ report: cleanReport(), previous: cleanPrevious() })).toEqual([]);
  });

  it('fires per column when last year carried 3 (not 4) natural-person applications over', () => {
    const previous = previousWith((p) => deriveTotals(setCell(p.tables, appKey(ROW_CARRIED_OUT, 0), 3)));
    const found = findingsOf({ report: cleanReport(), previous }, 'CARRY-OVER-MISMATCH');
    expect(found.map((f) => ({ severity: f.severity, message: f.message, cells: f.cells, left: f.left, right: f.right, difference: f.difference })))
      .toEqual([
        {
          severity: 'warning', message: '自然人：本年“二、上年结转”=4，上年“四、结转下年度继续办理”=3，相差1',
          cells: ['二、上年结转政府信息公开申请数量 / 自然人'], left: '4', right: '3', difference: '1',
        },
        {
          severity: 'warning', message: '总计：本年“二、上年结转”=4，上年“四、结转下年度继续办理”=3，相差1',
          cells: ['二、上年结转政府信息公开申请数量 / 总计'], left: '4', right: '3', difference: '1',
        },
      ]);
  });

  it('is not judged without last year\'s report', () => {
    // The same report that mismatches last year above finds nothing alone.
    expect(findingsOf(cleanReport(), 'CARRY-OVER-MISMATCH')).toEqual([]);
  });

  it('skips a column where last year\'s 四 is empty', () => {
    const previous = previousWith((p) => setCell(p.tables, appKey(ROW_CARRIED_OUT, 0), null));
    expect(findingsOf({ report: cleanReport(), previous }, 'CARRY-OVER-MISMATCH')).toEqual([]);
  });
});

describe('REGULATIONS-STOCK', () => {
  it('holds when 现行有效 = last year\'s 现行有效 + 制发 − 废止 (18+3−1 = 20; 规章 0+0−0 = 0)', () => {
    expect(findingsOf({ report: cleanReport(), previous: cleanPrevious() }, 'REGULATIONS-STOCK')).toEqual([]);
  });

  it('fires when last year had 19 in force: 19+3−1 = 21 ≠ 20', () => {
    const previous = previousWith((p) => setCell(p.tables, 'active.normativeDocuments.2', 19));
    const found = findingsOf({ report: cleanReport(), previous }, 'REGULATIONS-STOCK');
    expect(found.map((f) => ({ severity: f.severity, message: f.message, cells: f.cells, left: f.left, right: f.right, difference: f.difference })))
      .toEqual([{
        severity: 'warning',
        message: '行政规范性文件：现行有效件数=20，上年现行有效19+本年制发3−本年废止1=21，相差1',
        cells: ['第二十条第（一）项 / 行政规范性文件 / 本年制发件数', '第二十条第（一）项 / 行政规范性文件 / 本年废止件数', '第二十条第（一）项 / 行政规范性文件 / 现行有效件数'],
        left: '20', right: '21', difference: '-1',
      }]);
  });

  it('fires for 规章 too: 0 last year + 2 issued − 0 = 2, printed 0', () => {
    const report = cleanReport();
    const edited = { ...report, tables: setCell(report.tables, 'active.regulations.0', 2) };
    const found = findingsOf({ report: edited, previous: cleanPrevious() }, 'REGULATIONS-STOCK');
    expect(found.map((f) => f.message)).toEqual(['规章：现行有效件数=0，上年现行有效0+本年制发2−本年废止0=2，相差2']);
  });

  it('is not judged without last year\'s report', () => {
    const report = cleanReport();
    const edited = { ...report, tables: setCell(report.tables, 'active.regulations.0', 2) };
    expect(findingsOf(edited, 'REGULATIONS-STOCK')).toEqual([]);
  });
});
