import { describe, expect, it } from 'vitest';
import seed from '@/lib/domain/fixtures/seed-004.json';
import { appKey, cellSpec, getCell, litKey, setCell } from '@/lib/domain/cells';
import { createEmptyReport, type TReport } from '@/lib/domain/model';
import { firstEntryCell, GRIDS, moveFrom, planFillBlanks, planPaste } from './grid';

const seedTables = (seed as TReport).tables;
const table2 = seedTables.applications.map((row) => row.map(String));

describe('GRIDS', () => {
  it('lays out the three tables as printed', () => {
    expect(GRIDS.active.rows.map((r) => r.length)).toEqual([3, 3, 1, 1, 1, 1]);
    expect(GRIDS.active.rows[2]).toEqual(['active.licensing']);
    expect(GRIDS.applications.rows).toHaveLength(25);
    expect(GRIDS.applications.rows.every((r) => r.length === 7)).toBe(true);
    expect(GRIDS.litigation.rows).toEqual([Array.from({ length: 15 }, (_, i) => litKey(i))]);
  });

  it('starts each table at its first entry cell', () => {
    expect(firstEntryCell('active')).toBe('active.regulations.0');
    expect(firstEntryCell('applications')).toBe(appKey(0, 0));
    expect(firstEntryCell('litigation')).toBe(litKey(0));
  });
});

describe('moveFrom', () => {
  it.each([
    ['right within a row', appKey(0, 0), 'right', appKey(0, 1)],
    ['right stops before the 总计 column', appKey(0, 5), 'right', null],
    ['left at the first column', appKey(0, 0), 'left', null],
    ['down skips the computed （七）总计 row', appKey(22, 3), 'down', appKey(24, 3)],
    ['up skips it too', appKey(24, 0), 'up', appKey(22, 0)],
    ['down at the last row', appKey(24, 0), 'down', null],
    ['Table 3: right skips a group total', litKey(3), 'right', litKey(5)],
    ['Table 1: down from a wide row keeps to the one column below', 'active.normativeDocuments.2', 'down', 'active.licensing'],
    ['Table 1: up from 行政许可 keeps its column', 'active.licensing', 'up', 'active.normativeDocuments.0'],
    ['from a computed cell a move still lands on an entry cell', appKey(23, 6), 'down', null],
  ] as const)('%s', (_name, from, move, to) => {
    expect(moveFrom(from, move)).toBe(to);
  });
});

describe('planPaste', () => {
  const keys = (plan: ReturnType<typeof planPaste>) => plan.writes.map((w) => w.key);

  it('a copy of the whole printed Table 2 (25 × 7, totals included): totals are dropped, not written', () => {
    const plan = planPaste(appKey(0, 0), table2);
    expect(plan.writes).toHaveLength(24 * 6);
    expect(plan.onComputed).toHaveLength(25 + 6); // the 总计 column, and （七）总计 row but for its own 总计 cell
    expect(plan.outside).toBe(0);
    expect(plan.writes.find((w) => w.key === appKey(24, 0))?.text).toBe('0'); // 四 lands on 四
    expect(plan.writes.find((w) => w.key === appKey(22, 1))?.text).toBe('0');
  });

  it('a copy of the entered numbers only (24 × 6): computed row and column are skipped', () => {
    const entered = table2.filter((_, r) => r !== 23).map((row) => row.slice(0, 6));
    const plan = planPaste(appKey(0, 0), entered);
    expect(plan).toMatchObject({ onComputed: [], outside: 0 });
    expect(plan.writes).toHaveLength(24 * 6);
    expect(plan.writes.find((w) => w.key === appKey(24, 0))?.text).toBe(entered[23][0]);
  });

  it('a small block fills from the focused cell on', () => {
    const plan = planPaste(appKey(4, 2), [['1', '2'], ['3', '4']]);
    expect(plan.writes).toEqual([
      { key: appKey(4, 2), text: '1' },
      { key: appKey(4, 3), text: '2' },
      { key: appKey(5, 2), text: '3' },
      { key: appKey(5, 3), text: '4' },
    ]);
  });

  it('values beyond the table are counted, not written', () => {
    const plan = planPaste(appKey(24, 4), [['1', '2', '3', '4'], ['5']]);
    expect(keys(plan)).toEqual([appKey(24, 4), appKey(24, 5)]);
    // Four values from 法律服务机构 do not fit the three remaining columns, so the block is taken as
    // entered numbers: 总计 is skipped and two values fall outside, as does the row below 四.
    expect(plan.onComputed).toHaveLength(0);
    expect(plan.outside).toBe(3);
  });

  it('Table 3: fifteen values (totals included) or twelve (entered only)', () => {
    const fifteen = planPaste(litKey(0), [seedTables.litigation.map(String)]);
    expect(fifteen.writes).toHaveLength(12);
    expect(fifteen.onComputed).toHaveLength(3);
    const twelve = planPaste(litKey(0), [['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']]);
    expect(twelve.writes.map((w) => w.key)).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13].map(litKey));
  });

  it('Table 1: a ragged block follows the rows of each block', () => {
    const plan = planPaste('active.regulations.0', [['0', '0', '0'], ['16', '24', '107'], ['122133'], ['200940'], ['2259'], ['4618.24']]);
    expect(plan.writes.map((w) => `${w.key}=${w.text}`)).toEqual([
      'active.regulations.0=0', 'active.regulations.1=0', 'active.regulations.2=0',
      'active.normativeDocuments.0=16', 'active.normativeDocuments.1=24', 'active.normativeDocuments.2=107',
      'active.licensing=122133', 'active.punishment=200940', 'active.enforcement=2259', 'active.feesWan=4618.24',
    ]);
  });
});

describe('planFillBlanks', () => {
  it('fills every empty or 「/」 entry cell with 0, amounts as the decimal string "0", never a total', () => {
    let tables = createEmptyReport('某机关', 2024).tables;
    tables = setCell(tables, appKey(0, 0), 5);
    tables = setCell(tables, appKey(1, 0), '/');
    tables = setCell(tables, appKey(2, 0), 'abc');
    const fills = (['active', 'applications', 'litigation'] as const).flatMap((t) => planFillBlanks(tables, t));
    const filled = new Map(fills.map((f) => [f.key, f.value]));
    expect(filled.has(appKey(0, 0))).toBe(false);
    expect(filled.get(appKey(1, 0))).toBe(0);
    expect(filled.has(appKey(2, 0))).toBe(false); // text is not blank: it is kept and marked
    expect(filled.has(appKey(0, 6))).toBe(false);
    expect(filled.has(appKey(23, 0))).toBe(false);
    expect(filled.get('active.feesWan')).toBe('0');
    // 10 in Table 1, 24 × 6 in Table 2 less the two typed into, 12 in Table 3
    expect(fills).toHaveLength(10 + 144 - 2 + 12);
  });

  it('fills one table at a time: Table 2 alone is 24 × 6 entry cells less the two typed into', () => {
    let tables = createEmptyReport('某机关', 2024).tables;
    tables = setCell(tables, appKey(0, 0), 5);
    tables = setCell(tables, appKey(1, 0), 7);
    const fills = planFillBlanks(tables, 'applications');
    expect(fills).toHaveLength(144 - 2);
    expect(fills.every((f) => cellSpec(f.key).table === 'applications')).toBe(true);
    expect(planFillBlanks(tables, 'litigation')).toHaveLength(12);
  });

  it('leaves a complete table alone', () => {
    expect(planFillBlanks(seedTables, 'applications')).toEqual([]);
    expect(getCell(seedTables, appKey(0, 0))).toBe(34);
  });
});
