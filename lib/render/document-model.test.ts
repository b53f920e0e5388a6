import { describe, expect, it } from 'vitest';
import { template } from '@/lib/domain/template';
import { isHeadingRow } from '@/lib/domain/table-layout';
import { buildDocumentModel, formatReportDate, narrativeParagraphs, paragraphRuns, tableTexts, type DocTable } from './document-model';
import { SEEDS } from './test-support';

const model004 = buildDocumentModel(SEEDS['004'], { draft: true });
const tableOf = (key: DocTable['key']) => {
  for (const s of model004.sections) for (const b of s.blocks) if (b.kind === 'table' && b.table.key === key) return b.table;
  throw new Error(key);
};
/** The cell whose text is `text`, with its row index. */
const cellOf = (table: DocTable, text: string) => {
  for (const [r, row] of table.rows.entries()) for (const cell of row.cells) if (cell.text === text) return { r, cell };
  throw new Error(`no cell ${text}`);
};
describe('document model', () => {
  it('titles the report with the organ and 「<年>年政府信息公开工作年度报告」 from the template', () => {
    expect(model004.title).toEqual({ organ: '重庆市荣昌区人民政府', name: `2021${template.titleSuffix}` });
    expect(model004.draft).toBe(true);
    expect(buildDocumentModel(SEEDS['004'], { draft: false }).draft).toBe(false);
  });

  it('has the six parts in outline order with the template headings, the preamble first without one', () => {
    expect(model004.sections.map((s) => s.heading)).toEqual(template.parts.map((p) => p.heading));
    expect(model004.sections[0]).toMatchObject({ key: 'preamble', heading: null });
    expect(model004.sections.map((s) => s.heading).filter(Boolean)).toEqual([
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
    ]);
  });

  it.each([
    ['（一）主动公开。切实发挥', [['（一）主动公开。', true], ['切实发挥', false]]],
    ['（一）存在的主要问题', [['（一）存在的主要问题', true]]],
    ['(二)下步改进措施。一是', [['(二)下步改进措施。', true], ['一是', false]]],
    ['2021年，政务公开。', [['2021年，政务公开。', false]]],
    ['一是推进（一）项。', [['一是推进（一）项。', false]]],
  ])('splits 「%s」 into sub-heading and body runs', (text, runs) => {
    expect(paragraphRuns(text).map((r) => [r.text, r.subheading])).toEqual(runs);
  });

  it('splits narrative parts at line ends, dropping blank lines and typed indents', () => {
    expect(narrativeParagraphs('　　第一段。\n\n  第二段。 \r\n')).toEqual(['第一段。', '第二段。']);
    const overview = model004.sections.find((s) => s.key === 'overview')!;
    expect(overview.blocks).toHaveLength(5);
    expect(overview.blocks[0]).toMatchObject({ kind: 'paragraph', runs: [{ text: '（一）主动公开。', subheading: true }, { subheading: false }] });
  });

  it.each([
    ['2025-01-17', '2025年1月17日'],
    ['2022-12-31', '2022年12月31日'],
    [null, ''],
  ])('formats the date %s as 「%s」', (iso, text) => {
    expect(formatReportDate(iso)).toBe(text);
  });

  it('signs with the signature organ, falling back to the report organ', () => {
    expect(buildDocumentModel(SEEDS['003'], { draft: false }).signature).toEqual({ organ: '重庆市长寿区长寿湖镇人民政府', date: '2025年1月17日' });
    expect(model004.signature).toEqual({ organ: '重庆市荣昌区人民政府', date: '' });
    expect(buildDocumentModel({ ...SEEDS['004'], signature: undefined }, { draft: false }).signature.organ).toBe('重庆市荣昌区人民政府');
  });

  it('lays out Table 1 as four blocks: a full-width label row, a 信息内容 row, the data rows', () => {
    const t = tableOf('active');
    expect(t.rows.filter((r) => r.header)).toEqual([]); // no row repeats: each block has its own heading rows
    expect(t.rows[0].cells).toEqual([{ text: '第二十条第（一）项', rowSpan: 1, colSpan: 4, role: 'header', align: 'center' }]);
    expect(t.rows[1].cells.map((c) => [c.text, c.colSpan])).toEqual([['信息内容', 1], ['本年制发件数', 1], ['本年废止件数', 1], ['现行有效件数', 1]]);
    expect(t.rows[3].cells.map((c) => c.text)).toEqual(['行政规范性文件', '16', '24', '107']);
    expect(cellOf(t, '本年处理决定数量').cell.colSpan).toBe(3);
    expect(cellOf(t, '4618.24').cell.colSpan).toBe(3);
    expect(t.rows.map((r) => Boolean(r.keepWithNext))).toEqual([
      true, true, true, false, true, true, false, true, true, true, false, true, true, false,
    ]);
  });

  it('lays out Table 2 with the note, the two-level header and the merged result labels', () => {
    const t = tableOf('applications');
    expect(t.columnWidths).toHaveLength(10);
    expect(t.rows.slice(0, 3).every((r) => r.header && isHeadingRow(r))).toBe(true);
    expect(t.rows[0].cells.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      [template.applications.note, 3, 3], ['申请人情况', 1, 7],
    ]);
    expect(t.rows[1].cells.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([['自然人', 2, 1], ['法人或其他组织', 1, 5], ['总计', 2, 1]]);
    expect(t.rows[2].cells.map((c) => c.text)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    const section = cellOf(t, '三、本年度办理结果');
    expect(section.cell).toMatchObject({ rowSpan: 22, colSpan: 1, narrow: true, role: 'label' });
    expect(t.rows[section.r].cells[1]).toMatchObject({ text: '（一）予以公开', colSpan: 2 });
    expect([['（三）不予公开', 8], ['（四）无法提供', 3], ['（五）不予处理', 5], ['（六）其他处理', 3]].map(([g]) => [g, cellOf(t, g as string).cell.rowSpan])).toEqual([
      ['（三）不予公开', 8], ['（四）无法提供', 3], ['（五）不予处理', 5], ['（六）其他处理', 3],
    ]);
    for (const label of ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '四、结转下年度继续办理']) {
      expect(cellOf(t, label).cell.colSpan).toBe(3);
    }
    expect(cellOf(t, '（七）总计').cell.colSpan).toBe(2);
    expect(t.rows.at(-1)!.cells.map((c) => c.text)).toEqual(['四、结转下年度继续办理', '0', '0', '0', '0', '0', '0', '0']);
    expect(t.rows[3].cells.map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '34', '10', '0', '4', '0', '5', '53']);
  });

  it('lays out Table 3 as printed: 行政复议 over its five labels (two rows deep) | 行政诉讼 → its two groups', () => {
    const t = tableOf('litigation');
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    expect(t.rows.map((r) => r.cells.map((c) => [c.text, c.rowSpan, c.colSpan]))).toEqual([
      [['行政复议', 1, 5], ['行政诉讼', 1, 10]],
      [...results.map((l) => [l, 2, 1]), ['未经复议直接起诉', 1, 5], ['复议后起诉', 1, 5]],
      [...results, ...results].map((l) => [l, 1, 1]),
      SEEDS['004'].tables.litigation.map((v) => [String(v), 1, 1]),
    ]);
    expect(t.rows.map((r) => Boolean(r.header))).toEqual([true, true, true, false]);
  });

  it('takes every table label from the template', () => {
    const texts = new Set(['active', 'applications', 'litigation'].flatMap((k) => tableTexts(tableOf(k as DocTable['key']))));
    const labels = [
      ...template.active.blocks.flatMap((b) => [b.label, ...b.columns, ...b.rows.map((r) => r.label)]),
      template.active.headerLabel, template.applications.note, template.applications.headerLabel,
      ...template.applications.columns.map((c) => c.label),
      ...template.applications.rows.flatMap((r) => [r.label, r.group, r.section].filter((x): x is string => Boolean(x))),
      ...template.litigation.groups.flatMap((g) => g.path),
      ...template.litigation.columns.map((c) => c.label),
    ];
    for (const label of labels) expect(texts.has(label), label).toBe(true);
  });
});
