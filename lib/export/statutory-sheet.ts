// A report's three statutory tables on one worksheet, as the report prints them (issue 15: exports a person
// can read): each table's title, its headings and row labels from the one table layout
// (lib/domain/table-layout.ts) with the same merged cells, and the figures as numbers.
import type ExcelJS from 'exceljs';
import { cellSpec, getCell } from '../domain/cells';
import type { TTables } from '../domain/model';
import { startColumns, TABLE_LAYOUTS, type LayoutCell } from '../domain/table-layout';
import { template, type TableKey } from '../domain/template';
import { neutralizeFormula } from './spreadsheet-text';

const TABLES: TableKey[] = ['active', 'applications', 'litigation'];
const TITLE: Record<TableKey, string> = {
  active: template.active.title, applications: template.applications.title, litigation: template.litigation.title,
};
const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Counts as whole numbers; amounts (万元) with their decimals as entered. */
const COUNT_FORMAT = '0';
const AMOUNT_FORMAT = '0.00####';

/** The widest of the three tables: the sheet's columns. */
export const STATUTORY_COLUMNS = Math.max(...TABLES.map((t) => TABLE_LAYOUTS[t].columnWidths.length));

function valueOf(cell: LayoutCell, tables: TTables): string | number | null {
  if (cell.role !== 'value') return neutralizeFormula(cell.text);
  const v = getCell(tables, cell.key);
  return typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}

/** Writes the three tables from `firstRow` on; returns the next free row. */
export function writeStatutoryTables(ws: ExcelJS.Worksheet, tables: TTables, firstRow: number): number {
  let top = firstRow;
  for (const key of TABLES) {
    const layout = TABLE_LAYOUTS[key];
    const title = ws.getCell(top, 1);
    title.value = TITLE[key];
    title.font = { bold: true, size: 12 };
    ws.mergeCells(top, 1, top, STATUTORY_COLUMNS);
    top++;
    const starts = startColumns(layout.rows);
    layout.rows.forEach((row, r) => {
      row.cells.forEach((cell, i) => {
        const [r0, c0] = [top + r, starts[r][i] + 1];
        const [r1, c1] = [r0 + cell.rowSpan - 1, c0 + cell.colSpan - 1];
        const target = ws.getCell(r0, c0);
        target.value = valueOf(cell, tables);
        target.alignment = { horizontal: cell.align, vertical: 'middle', wrapText: true };
        if (cell.role === 'header') target.font = { bold: true };
        if (cell.role === 'value') target.numFmt = cellSpec(cell.key).type === 'amount' ? AMOUNT_FORMAT : COUNT_FORMAT;
        for (let rr = r0; rr <= r1; rr++) for (let cc = c0; cc <= c1; cc++) ws.getCell(rr, cc).border = BORDER;
        if (r1 > r0 || c1 > c0) ws.mergeCells(r0, c0, r1, c1);
      });
    });
    top += layout.rows.length + 1; // a blank row between tables
  }
  return top;
}

/** Column widths that fit the row labels (Table 1's, Table 2's three label columns), then the figures. */
export function setStatutoryWidths(ws: ExcelJS.Worksheet): void {
  [16, 18, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let c = 4; c <= STATUTORY_COLUMNS; c++) ws.getColumn(c).width = 10;
}
