// The statutory tables of many reports as flat rows — one row per unit, one column per cell, headed
// by the cell names of spec §11 — for spreadsheets and CSV.
import { CELLS, getCell } from '../domain/cells';
import type { TCell, TReport } from '../domain/model';
import { template, type TableKey } from '../domain/template';
import { csvDocument } from './spreadsheet-text';

export type FlatSheet = { name: string; header: string[]; rows: (string | number | null)[][] };

const SHEET_NAMES: Record<TableKey, string> = {
  active: template.active.title.replace(/^[一二三四五六]、/, ''),
  applications: template.applications.title.replace(/^[一二三四五六]、/, ''),
  litigation: template.litigation.title.replace(/^[一二三四五六]、/, ''),
};

const cellOut = (v: TCell): string | number | null => v;

export function flatSheets(reports: TReport[]): FlatSheet[] {
  return (['active', 'applications', 'litigation'] as const).map((table) => {
    const cells = CELLS.filter((c) => c.table === table);
    return {
      name: SHEET_NAMES[table],
      header: ['机关', '年度', ...cells.map((c) => c.name)],
      rows: reports.map((r) => [r.organ, r.year, ...cells.map((c) => cellOut(getCell(r.tables, c.key)))]),
    };
  });
}

/** One CSV with every table's cells side by side, text that a spreadsheet would run made inert. */
export function toCsv(reports: TReport[]): string {
  const sheets = flatSheets(reports);
  const header = ['机关', '年度', ...sheets.flatMap((s) => s.header.slice(2))];
  const rows = reports.map((_, i) => [...sheets[0].rows[i].slice(0, 2), ...sheets.flatMap((s) => s.rows[i].slice(2))]);
  return csvDocument([header, ...rows]);
}
