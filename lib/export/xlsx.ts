// The office's XLSX (exceljs: a maintained writer that Excel and WPS open), for people first (issue 15):
// the region's roll-up and each unit's report laid out as printed, one sheet each, then the flat sheets
// (one row per report, one sheet per statutory table) for analysis.
import ExcelJS from 'exceljs';
import type { TReport } from '../domain/model';
import { flatSheets } from './flat-tables';
import { neutralizeFormula } from './spreadsheet-text';
import { setStatutoryWidths, STATUTORY_COLUMNS, writeStatutoryTables } from './statutory-sheet';

/** A cell as written: amounts (decimal strings) as numbers, text made inert. */
const cellOut = (v: string | number | null) => (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : neutralizeFormula(v));

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique in the book. */
function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, '·').slice(0, 31) || '报告';
  let name = clean;
  for (let n = 2; taken.has(name); n++) name = `${clean.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name);
  return name;
}

function addReportSheet(book: ExcelJS.Workbook, report: TReport, name: string): void {
  const ws = book.addWorksheet(name, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const heading = ws.getCell(1, 1);
  heading.value = neutralizeFormula(`${report.organ}${report.year}年政府信息公开工作年度报告`);
  heading.font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, STATUTORY_COLUMNS);
  writeStatutoryTables(ws, report.tables, 3);
  setStatutoryWidths(ws);
}

export async function toXlsx(reports: TReport[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '年报';
  const taken = new Set<string>();
  const regions = reports.filter((r) => r.scope === 'region');
  const units = reports.filter((r) => r.scope !== 'region').sort((a, b) => a.organ.localeCompare(b.organ, 'zh-CN'));
  for (const region of regions) addReportSheet(book, region, sheetName(regions.length > 1 ? `本地区汇总·${region.organ}` : '本地区汇总', taken));
  for (const unit of units) addReportSheet(book, unit, sheetName(unit.organ, taken));
  for (const sheet of flatSheets(reports)) {
    const ws = book.addWorksheet(sheetName(sheet.name, taken));
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
