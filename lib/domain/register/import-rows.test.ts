// Reading register rows after the file is opened: header under title rows, blank lines, every problem named.
import { describe, expect, it } from 'vitest';
import { findHeader, mappingProblems, readRows, type Sheet } from './import-rows';

const sheet: Sheet = {
  rows: [
    { rowNumber: 1, cells: ['某镇2025年政府信息公开申请登记台账', null, null, null, null] },
    { rowNumber: 2, cells: ['序号', '收到日期', '申请人性质', '答复结果', '答复日期'] },
    { rowNumber: 3, cells: [1, '2025/3/4', '个人', '予以公开', '2025年3月20日'] },
    { rowNumber: 4, cells: [null, null, null, null, null] },
    { rowNumber: 5, cells: [2, 45720, '个体户', '不予公开', null] },
    { rowNumber: 6, cells: [3, '2024-12-30', '企业', null, null] },
  ],
};

describe('findHeader and readRows', () => {
  it('finds the header under the title and proposes a field per column', () => {
    expect(findHeader(sheet)).toEqual({ index: 1, mapping: [null, 'receivedOn', 'applicantType', 'result', 'answeredOn'] });
  });

  it('reads good rows, skips blank ones, lists each problem and the unknown values', () => {
    const { rows, blankRows, unknownValues } = readRows(sheet, 1, [null, 'receivedOn', 'applicantType', 'result', 'answeredOn'], 2025);
    expect(blankRows).toEqual([4]);
    expect(rows.map((r) => [r.rowNumber, r.problems])).toEqual([
      [3, []],
      [5, [
        '申请人类型「个体户」无法归入自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之一',
        expect.stringMatching(/^办理结果「不予公开」须写明具体情形：1\.属于国家秘密/),
      ]],
      [6, []],
    ]);
    expect(rows[0].case).toMatchObject({ receivedOn: '2025-03-04', applicantType: '自然人', result: '（一）予以公开', answeredOn: '2025-03-20', carriedIn: false });
    // Received in 2024 but listed in the 2025 register: a carry-over.
    expect(rows[2].case).toMatchObject({ receivedOn: '2024-12-30', applicantType: '商业企业', carriedIn: true });
    expect(unknownValues).toEqual({ applicantType: ['个体户'], result: ['不予公开'] });
  });

  it('takes the clerk\'s own value mapping for what no rule recognised', () => {
    const { rows } = readRows(sheet, 1, [null, 'receivedOn', 'applicantType', 'result', 'answeredOn'], 2025, {
      applicantType: { 个体户: '商业企业' }, result: { 不予公开: '（三）不予公开 / 4.保护第三方合法权益' },
    });
    expect(rows[1].problems).toEqual([]);
    expect(rows[1].case).toMatchObject({ receivedOn: '2025-03-04', applicantType: '商业企业', result: '（三）不予公开 / 4.保护第三方合法权益' });
  });

  it('judges a mapping as a whole', () => {
    expect(mappingProblems([null, 'receivedOn', 'receivedOn', null])).toEqual(['没有指定「申请人类型」所在的列', '「收到日期」指定了2列']);
  });
});
