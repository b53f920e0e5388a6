import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import seed003 from '../domain/fixtures/seed-003.json';
import seed004 from '../domain/fixtures/seed-004.json';
import { readCanonical } from '../domain/canonical';
import type { TReport } from '../domain/model';
import { startColumns, TABLE_LAYOUTS } from '../domain/table-layout';
import { template } from '../domain/template';
import { toXlsx } from './xlsx';

const read = (data: unknown): TReport => {
  const r = readCanonical(data);
  if (!r.ok) throw new Error('bad fixture');
  return r.report;
};
const unit = read(seed004); // 重庆市荣昌区人民政府 2021
const town = read(seed003);
const region: TReport = { ...unit, organ: '某区人民政府', scope: 'region' };

async function book(reports: TReport[]) {
  const b = new ExcelJS.Workbook();
  await b.xlsx.load(new Uint8Array(await toXlsx(reports)).buffer as ArrayBuffer);
  return b;
}

/** Where a text stands on a sheet, and the merged range it heads (A1 notation), or the cell alone. */
function find(ws: ExcelJS.Worksheet, text: string): { row: number; col: number; range: string } {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      if (cell.value !== text || cell.isMerged && cell.master.address !== cell.address) continue;
      return { row: r, col: c, range: merges.find((m) => m.startsWith(`${cell.address}:`)) ?? cell.address };
    }
  }
  throw new Error(`「${text}」 is not on ${ws.name}`);
}

describe('a report laid out as printed, one sheet per report', () => {
  it('puts the region\'s roll-up first, then each unit, then the flat sheets', async () => {
    const names = (await book([town, region, unit])).worksheets.map((w) => w.name);
    expect(names[0]).toBe('本地区汇总');
    expect(new Set(names.slice(1, 3))).toEqual(new Set(['重庆市长寿区长寿湖镇人民政府', '重庆市荣昌区人民政府']));
    expect(names.slice(3)).toEqual(['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况']);
  });

  it('has the printed labels and merged cells: 三、 down 22 rows, （三） down 8, 行政复议 across 5', async () => {
    const ws = (await book([unit])).getWorksheet('重庆市荣昌区人民政府')!;
    const section = find(ws, '三、本年度办理结果');
    expect(section.range).toBe(`A${section.row}:A${section.row + 21}`); // 21 result rows and （七）总计
    const refused = find(ws, '（三）不予公开');
    expect(refused.range).toBe(`B${refused.row}:B${refused.row + 7}`);
    expect(find(ws, '行政复议').range).toMatch(/^A\d+:E\d+$/);
    // The figures as numbers beside their labels: 一、本年新收 总计 53, 行政事业性收费 4618.24 万元.
    const received = find(ws, '一、本年新收政府信息公开申请数量');
    expect(ws.getCell(received.row, 10).value).toBe(53);
    const fees = find(ws, '行政事业性收费');
    expect(ws.getCell(fees.row, 2).value).toBe(4618.24);
  });

  it('merges exactly where the one table layout spans rows or columns', async () => {
    const ws = (await book([unit])).getWorksheet('重庆市荣昌区人民政府')!;
    const merges = new Set((ws.model as { merges?: string[] }).merges ?? []);
    const expected = new Set<string>();
    for (const key of ['active', 'applications', 'litigation'] as const) {
      const layout = TABLE_LAYOUTS[key];
      const top = find(ws, template[key].title).row + 1; // the table starts under its title
      const starts = startColumns(layout.rows);
      layout.rows.forEach((row, r) => row.cells.forEach((cell, i) => {
        if (cell.rowSpan * cell.colSpan === 1) return;
        const [r0, c0] = [top + r, starts[r][i] + 1];
        expected.add(`${ws.getCell(r0, c0).address}:${ws.getCell(r0 + cell.rowSpan - 1, c0 + cell.colSpan - 1).address}`);
        if (cell.role !== 'value') expect(ws.getCell(r0, c0).value).toBe(cell.text);
      }));
    }
    // Every spanning cell of the three tables, plus the report's heading and the three table titles.
    expect([...merges].filter((m) => !expected.has(m))).toHaveLength(4);
    expect([...expected].filter((m) => !merges.has(m))).toEqual([]);
  });
});
