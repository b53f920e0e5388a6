// DOCX as offices write it: tables as tables, merged cells (「三、本年度办理结果」 down 21 rows, group labels
// down their sub-rows, header cells across columns), built here with the docx package and read back.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import seed004 from '../domain/fixtures/seed-004.json';
import type { TCell } from '../domain/model';
import { template } from '../domain/template';
import { docxToText } from './docx-reader';
import { importReport } from './import-report';

type Fixture = typeof seed004;
const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)), ...span });
const show = (v: TCell) => (v === null ? '' : String(v));

function activeTable(f: Fixture): Table {
  const rows: TableRow[] = [];
  for (const block of template.active.blocks) {
    rows.push(new TableRow({ children: [cell(block.label, { columnSpan: 4 })] }));
    const span = 3 / block.columns.length;
    rows.push(new TableRow({ children: [cell('信息内容'), ...block.columns.map((c) => cell(c, { columnSpan: span }))] }));
    for (const row of block.rows) {
      const held = f.tables.active[row.key];
      const values = Array.isArray(held) ? held : [held];
      rows.push(new TableRow({ children: [cell(row.label), ...values.map((v) => cell(show(v), { columnSpan: span }))] }));
    }
  }
  return new Table({ rows });
}

/** Table 2 as printed: three label columns with merges; labels broken over two lines where the page is narrow. */
function applicationsTable(f: Fixture): Table {
  const rows: TableRow[] = [
    new TableRow({ children: [cell(template.applications.note, { columnSpan: 3, rowSpan: 3 }), cell('申请人情况', { columnSpan: 7 })] }),
    new TableRow({ children: [cell('自然人', { rowSpan: 2 }), cell('法人或其他组织', { columnSpan: 5 }), cell('总计', { rowSpan: 2 })] }),
    new TableRow({ children: ['商业\n企业', '科研\n机构', '社会公益组织', '法律服务机构', '其他'].map((t) => cell(t)) }),
  ];
  const groupStart = new Map<string, number>();
  template.applications.rows.forEach((r, i) => r.group && !groupStart.has(r.group) && groupStart.set(r.group, i));
  template.applications.rows.forEach((r, i) => {
    const values = f.tables.applications[i].map((v) => cell(show(v)));
    const labels: TableCell[] = [];
    if (!r.section) labels.push(cell(r.label, { columnSpan: 3 }));
    else {
      if (i === 2) labels.push(cell(r.section, { rowSpan: 22 }));
      if (r.group) {
        if (groupStart.get(r.group) === i) labels.push(cell(r.group, { rowSpan: template.applications.rows.filter((x) => x.group === r.group).length }));
        labels.push(cell(r.label));
      } else labels.push(cell(r.label, { columnSpan: 2 }));
    }
    rows.push(new TableRow({ children: [...labels, ...values] }));
  });
  return new Table({ rows });
}

function litigationTable(f: Fixture): Table {
  const heads = ['结果\n维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总计'];
  return new Table({
    rows: [
      new TableRow({ children: [cell('行政复议', { columnSpan: 5 }), cell('行政诉讼', { columnSpan: 10 })] }),
      new TableRow({ children: [...heads.map((h) => cell(h, { rowSpan: 2 })), cell('未经复议直接起诉', { columnSpan: 5 }), cell('复议后起诉', { columnSpan: 5 })] }),
      new TableRow({ children: [...heads, ...heads].map((h) => cell(h)) }),
      new TableRow({ children: f.tables.litigation.map((v) => cell(show(v))) }),
    ],
  });
}

export async function buildDocx(f: Fixture): Promise<Buffer> {
  const p = (text: string) => new Paragraph(text);
  const lines = (text: string) => text.split('\n').map(p);
  const doc = new Document({
    sections: [{
      children: [
        p(f.organ), p(`${f.year}年政府信息公开工作年度报告`), ...lines(f.parts.preamble),
        p('一、总体情况'), ...lines(f.parts.overview),
        p('二、主动公开政府信息情况'), activeTable(f),
        p('三、收到和处理政府信息公开申请情况'), applicationsTable(f),
        p('四、政府信息公开行政复议、行政诉讼情况'), litigationTable(f),
        p('五、存在的主要问题及改进情况'), ...lines(f.parts.problems),
        p('六、其他需要报告的事项'), ...lines(f.parts.other),
        p(f.organ), p('2022年1月28日'),
      ],
    }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

describe('DOCX', () => {
  it('reads seed 004 typed into Word with merged cells: every cell, the parts, the signature', async () => {
    const result = await importReport({ bytes: await buildDocx(seed004), filename: '荣昌区2021年报.docx' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.report.tables).toEqual(seed004.tables);
    expect(result.report.parts).toEqual(seed004.parts);
    expect(result.report.signature).toEqual({ organ: '重庆市荣昌区人民政府', date: '2022-01-28' });
    expect(result.warnings).toEqual([]);
  });

  it('reads 「/」 and empty cells as empty, with a warning naming them', async () => {
    const f = structuredClone(seed004);
    f.tables.applications[4][1] = '/' as unknown as number;
    f.tables.litigation[14] = null as unknown as number;
    const result = await importReport({ bytes: await buildDocx(f), filename: 'r.docx' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.report.tables.applications[4][1]).toBeNull();
    expect(result.report.tables.litigation[14]).toBeNull();
    expect(result.warnings).toEqual([
      '三、收到和处理政府信息公开申请情况：1个单元格在文件中为空或印作「/」，读作空（未填）：三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 商业企业',
      '四、政府信息公开行政复议、行政诉讼情况：1个单元格在文件中为空或印作「/」，读作空（未填）：行政诉讼 / 复议后起诉 / 总计',
    ]);
  });

  it('leaves a row that lost a cell unread, naming its cells, and reads the rest', async () => {
    const f = structuredClone(seed004);
    (f.tables.applications[13] as unknown[]).pop();
    const result = await importReport({ bytes: await buildDocx(f), filename: 'r.docx' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const row = '三、本年度办理结果 / （四）无法提供 / 2.没有现成信息需要另行制作';
    const unread = Object.entries(result.reading?.cells ?? {}).filter(([, c]) => c.status === 'unread');
    expect(unread.map(([name]) => name)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((c) => `${row} / ${c}`));
    expect(unread[0][1]).toMatchObject({ reason: '应有7个数，只读到6个（0 0 0 0 0 0），无法确定各数所在的列' });
    expect(result.report.tables.applications[13]).toEqual(Array(7).fill(null));
    expect(result.report.tables.applications.filter((_, r) => r !== 13)).toEqual(seed004.tables.applications.filter((_, r) => r !== 13));
  });

  it('refuses a file that is a zip but no Word document, and a truncated one', async () => {
    const bytes = await buildDocx(seed004);
    const truncated = await importReport({ bytes: bytes.subarray(0, bytes.length / 2), filename: 'r.docx' });
    expect(truncated.ok ? [] : truncated.errors.map((e) => e.message)).toEqual(['不是有效的 Word 文档（.docx 无法解压，文件可能已损坏或不完整）']);
    expect(docxToText(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)]))).toEqual({ ok: false, message: '不是有效的 Word 文档（.docx 中没有 word/document.xml）' });
  });
});
