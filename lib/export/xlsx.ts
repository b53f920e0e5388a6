// XLSX with one sheet per statutory table (exceljs: a maintained writer that Excel and WPS open).
import ExcelJS from 'exceljs';
import type { TReport } from '../domain/model';
import { flatSheets } from './flat-tables';
import { neutralizeFormula } from './spreadsheet-text';

/** A cell as written: amounts (decimal strings) as numbers, text made inert. */
const cellOut = (v: string | number | null) => (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : neutralizeFormula(v));

export async function toXlsx(reports: TReport[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '年报';
  for (const sheet of flatSheets(reports)) {
    const ws = book.addWorksheet(sheet.name.slice(0, 31));
    ws.addRow(sheet.header.map(cellOut));
    for (const row of sheet.rows) ws.addRow(row.map(cellOut));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
    ws.getColumn(1).width = 30;
    for (let c = 3; c <= sheet.header.length; c++) ws.getColumn(c).width = 14;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
