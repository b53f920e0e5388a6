import { describe, expect, it } from 'vitest';
import { CELLS, cellSpec } from './cells';
import { runsOf, startColumns, TABLE_LAYOUTS, type LayoutCell, type TableLayout } from './table-layout';

const texts = (cells: LayoutCell[]) => cells.map((c) => (c.role === 'value' ? `=${c.key}` : `${c.text}:${c.colSpan}×${c.rowSpan}`));

/** Columns covered by each row, counting cells merged down from above: every row must fill the grid. */
function coveredColumns(layout: TableLayout): number[] {
  const covered = layout.rows.map(() => 0);
  layout.rows.forEach((row, r) => {
    for (const cell of row.cells) for (let dr = 0; dr < cell.rowSpan; dr++) covered[r + dr] += cell.colSpan;
  });
  return covered;
}

describe('runsOf', () => {
  it('groups equal neighbours, lone undefined keys apart', () => {
    expect(runsOf(['a', 'a', undefined, undefined, 'b'], (x) => x)).toEqual([
      { key: 'a', start: 0, length: 2 },
      { key: undefined, start: 2, length: 1 },
      { key: undefined, start: 3, length: 1 },
      { key: 'b', start: 4, length: 1 },
    ]);
  });
});

describe('table layouts', () => {
  it.each(Object.values(TABLE_LAYOUTS))('$key fills every row to its column count, widths summing to 100', (layout) => {
    expect(coveredColumns(layout)).toEqual(layout.rows.map(() => layout.columnWidths.length));
    expect(layout.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
  });

  it('has a value cell for every statutory cell, once, in the catalogue order', () => {
    const keys = Object.values(TABLE_LAYOUTS).flatMap((l) => l.rows.flatMap((r) => r.cells.flatMap((c) => (c.role === 'value' ? [c.key] : []))));
    expect(keys).toEqual(CELLS.map((c) => c.key));
  });

  it('places cells after the columns taken by cells merged down from above', () => {
    const rows = [{ cells: [{ rowSpan: 2, colSpan: 1 }, { rowSpan: 1, colSpan: 2 }] }, { cells: [{ rowSpan: 1, colSpan: 1 }, { rowSpan: 1, colSpan: 1 }] }];
    expect(startColumns(rows)).toEqual([[0, 1], [1, 2]]);
  });
});

describe('Table 2 layout (spec §4)', () => {
  const { rows, columnWidths } = TABLE_LAYOUTS.applications;

  it('has the note over the label columns and the two-level 申请人情况 header', () => {
    expect(rows.slice(0, 3).every((r) => r.header)).toBe(true);
    expect(texts(rows[0].cells)).toEqual([expect.stringMatching(/^（本列数据的勾稽关系为.*:3×3$/), '申请人情况:7×1']);
    expect(texts(rows[1].cells)).toEqual(['自然人:1×2', '法人或其他组织:5×1', '总计:1×2']);
    expect(texts(rows[2].cells)).toEqual(['商业企业:1×1', '科研机构:1×1', '社会公益组织:1×1', '法律服务机构:1×1', '其他:1×1']);
  });

  it.each([
    [0, ['一、本年新收政府信息公开申请数量:3×1']],
    [2, ['三、本年度办理结果:1×22', '（一）予以公开:2×1']],
    [3, ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）:2×1']],
    [4, ['（三）不予公开:1×8', '1.属于国家秘密:1×1']],
    [5, ['2.其他法律行政法规禁止公开:1×1']],
    [12, ['（四）无法提供:1×3', '1.本机关不掌握相关政府信息:1×1']],
    [20, ['（六）其他处理:1×3', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请:1×1']],
    [23, ['（七）总计:2×1']],
    [24, ['四、结转下年度继续办理:3×1']],
  ])('data row %i starts with %j, then its seven values', (r, labels) => {
    const row = rows[3 + r];
    expect(texts(row.cells)).toEqual([...labels, ...Array.from({ length: 7 }, (_, c) => `=applications.${r}.${c}`)]);
  });

  it('sets 「三、本年度办理结果」 narrow, in a first column about two characters wide (6.5% of 156 mm ≈ 28.7 pt)', () => {
    expect(rows[5].cells[0]).toMatchObject({ role: 'label', narrow: true, align: 'center' });
    expect(columnWidths[0]).toBeCloseTo(6.5, 6);
  });

  it('marks the （七）总计 row as totals', () => {
    expect(rows.filter((r) => r.total).map((r) => r.cells[0])).toMatchObject([{ text: '（七）总计' }]);
  });
});

describe('Table 1 layout (spec §3)', () => {
  const { rows } = TABLE_LAYOUTS.active;
  it('has four blocks: a title row, a 信息内容 row and the data rows', () => {
    expect(rows.filter((r) => r.startsBlock).map((r) => texts(r.cells))).toEqual(
      ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'].map((t) => [`${t}:4×1`]),
    );
    expect(texts(rows[1].cells)).toEqual(['信息内容:1×1', '本年制发件数:1×1', '本年废止件数:1×1', '现行有效件数:1×1']);
    expect(texts(rows[2].cells)).toEqual(['规章:1×1', '=active.regulations.0', '=active.regulations.1', '=active.regulations.2']);
    const fees = rows.at(-1)!.cells;
    expect(fees[1]).toMatchObject({ key: 'active.feesWan', colSpan: 3 });
    expect(cellSpec('active.feesWan').type).toBe('amount');
  });
});

describe('Table 3 layout (spec §5), as printed (seed 003)', () => {
  it('has 行政复议 over its five labels, which run two rows deep, and 行政诉讼 over its two groups', () => {
    const rows = TABLE_LAYOUTS.litigation.rows.map((r) => texts(r.cells));
    expect(rows[0]).toEqual(['行政复议:5×1', '行政诉讼:10×1']);
    expect(rows[1]).toEqual(['结果维持:1×2', '结果纠正:1×2', '其他结果:1×2', '尚未审结:1×2', '总计:1×2', '未经复议直接起诉:5×1', '复议后起诉:5×1']);
    expect(rows[2]).toHaveLength(10);
    expect(rows[3]).toEqual(Array.from({ length: 15 }, (_, i) => `=litigation.${i}`));
  });
});
