// Table 2 (spec §4, §9): 25 rows of 7 numbers in the 2021 edition, 23 when （六）其他处理 is one row.
// Rows are taken in printed order and checked against every label that can be recognised; a row that
// is short of numbers, a label out of place or a count of rows that fits neither edition is an error.
import type { TCell } from '../domain/model';
import { APP_COLS, template } from '../domain/template';
import { foldLabel } from '../domain/fold-label';
import { applicationRowName, recognizeApplicationRows } from './labels';
import { describeRunFailure, runsAfterLabels, splitRun } from './run-together';
import { SECTION_TITLES } from './sections';
import { isRunTogether, logicalRows, type LogicalRow } from './table-rows';
import { reportBlanks, toValues } from './cell-values';
import type { ReadLog } from './types';

export type ApplicationsShape = 'full' | 'single-other';
export type ApplicationsRead = { rows: TCell[][]; shape: ApplicationsShape };

const TITLE = SECTION_TITLES.applications;
const ROWS_2021 = template.applications.rows.length; // 25
const ROWS_SINGLE_OTHER = ROWS_2021 - 2; // 23
const COLUMNS = template.applications.columns.map((c) => c.label);

const where = (row: number, shape: ApplicationsShape) => `${TITLE} / ${applicationRowName(row, shape === 'full' ? '2021' : '2019')}`;
const recognized = (label: string, shape: ApplicationsShape) => recognizeApplicationRows(label, shape === 'full' ? '2021' : '2019');

function fromLines(region: string): LogicalRow[] {
  return logicalRows(region, () => APP_COLS, (label) => recognized(label, 'full').length > 0 || /其他处理/.test(label));
}

/** Crawler text: each row's numbers follow its label in one run; found by the rows' identifying words. */
function fromRunTogether(region: string, log: ReadLog): { rows: LogicalRow[]; shape: ApplicationsShape } | null {
  const text = region.replace(/\n/g, ' ');
  const shape: ApplicationsShape = /逾期不补正|收费通知|缴纳费用/.test(foldLabel(text)) ? 'full' : 'single-other';
  const labels = Array.from({ length: shape === 'full' ? ROWS_2021 : ROWS_SINGLE_OTHER }, (_, r) => rowLabel(r, shape));
  const runs = runsAfterLabels(text, labels, (row, segment) => recognized(segment, shape).includes(row));
  const missing = runs.filter((r) => r.run === null);
  for (const r of missing) log.error(where(r.row, shape), '未找到该行的标签或数字（表格文字连在一起）');
  if (missing.length) return null;
  return { shape, rows: runs.map((r) => ({ label: labels[r.row], values: [r.run ?? ''], line: 0 })) };
}

const rowLabel = (row: number, shape: ApplicationsShape) =>
  shape === 'full' || row < 20 ? template.applications.rows[row].label : row === 20 ? '（六）其他处理' : template.applications.rows[row + 2].label;

export function readApplications(region: string, log: ReadLog): ApplicationsRead | null {
  const runTogether = isRunTogether(region, (line) => recognizeApplicationRows(line, '2021').length);
  const built = runTogether ? fromRunTogether(region, log) : { rows: fromLines(region), shape: null };
  if (!built) return null;
  const rows = built.rows;
  const shape: ApplicationsShape | null =
    built.shape ?? (rows.length === ROWS_2021 ? 'full' : rows.length === ROWS_SINGLE_OTHER ? 'single-other' : null);
  if (!shape) {
    describeMisfit(rows, log);
    return null;
  }
  const blanks: string[] = [];
  const out: TCell[][] = [];
  let ok = true;
  rows.forEach((row, i) => {
    const place = where(i, shape);
    const labels = recognized(row.label, shape);
    if (labels.length > 0 && !labels.includes(i)) {
      log.error(place, `此处的数字前印的是「${applicationRowName(labels[0], shape === 'full' ? '2021' : '2019')}」，行的次序与标准表不符`);
      ok = false;
      return;
    }
    let cells = row.values;
    if (runTogether) {
      const split = splitRun(row.values[0] ?? '', APP_COLS);
      if (!split.ok) {
        log.error(place, describeRunFailure(split, APP_COLS));
        ok = false;
        return;
      }
      cells = split.values;
    }
    if (cells.length !== APP_COLS) {
      const shown = cells.map((c) => c || '空').join(' ');
      log.error(place, cells.length < APP_COLS ? `应有${APP_COLS}个数，只读到${cells.length}个（${shown}）` : `应有${APP_COLS}个数，读到${cells.length}个（${shown}）`);
      ok = false;
      return;
    }
    out.push(toValues(cells, COLUMNS.map((c) => `${applicationRowName(i, shape === 'full' ? '2021' : '2019')} / ${c}`), blanks));
  });
  if (!ok) return null;
  reportBlanks(blanks, TITLE, log);
  return { rows: out, shape };
}

/** Neither 25 nor 23 rows: say which rows were found short, which labels were not found. */
function describeMisfit(rows: LogicalRow[], log: ReadLog): void {
  const found = new Set<number>();
  for (const row of rows) {
    const labels = recognizeApplicationRows(row.label, '2021');
    labels.forEach((l) => found.add(l));
    if (row.values.length !== APP_COLS) {
      const name = labels.length === 1 ? `${TITLE} / ${applicationRowName(labels[0], '2021')}` : `${TITLE} / 「${row.label.slice(-24) || '无标签'}」处`;
      const shown = row.values.map((c) => c || '空').join(' ');
      log.error(name, row.values.length < APP_COLS ? `应有${APP_COLS}个数，只读到${row.values.length}个（${shown}）` : `应有${APP_COLS}个数，读到${row.values.length}个（${shown}）`);
    }
  }
  log.error(TITLE, `读到${rows.length}行数字，标准表应有${ROWS_2021}行（「（六）其他处理」印作一行时为${ROWS_SINGLE_OTHER}行），无法确定各行的归属`);
}
