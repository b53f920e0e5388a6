import { describe, expect, it } from 'vitest';
import { applicationHeaderRows, applicationRowHeads, litigationHeaderRows, runsOf } from './table-layout';

const labels = (cells: { label: string; colSpan: number; rowSpan: number }[]) => cells.map((c) => `${c.label}:${c.colSpan}×${c.rowSpan}`);

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

describe('Table 2 layout (spec §4)', () => {
  it('has the two-level 申请人情况 header', () => {
    const [upper, lower] = applicationHeaderRows();
    expect(labels(upper)).toEqual(['自然人:1×2', '法人或其他组织:5×1', '总计:1×2']);
    expect(labels(lower)).toEqual(['商业企业:1×1', '科研机构:1×1', '社会公益组织:1×1', '法律服务机构:1×1', '其他:1×1']);
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
  ])('row %i starts with %j', (r, expected) => {
    expect(labels(applicationRowHeads(r))).toEqual(expected);
  });
});

describe('Table 3 layout (spec §5)', () => {
  it('has 行政复议 over its five columns and 行政诉讼 over its two groups', () => {
    const rows = litigationHeaderRows().map(labels);
    expect(rows[0]).toEqual(['行政复议:5×1', '行政诉讼:10×1']);
    expect(rows[1]).toEqual(['结果维持:1×2', '结果纠正:1×2', '其他结果:1×2', '尚未审结:1×2', '总计:1×2', '未经复议直接起诉:5×1', '复议后起诉:5×1']);
    expect(rows[2]).toHaveLength(10);
  });
});
