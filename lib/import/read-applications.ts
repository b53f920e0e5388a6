// Table 2 (spec §4, §9): 25 rows of 7 numbers in the 2021 edition, 23 when （六）其他处理 is one row. Each row
// is found by its label where it has one; rows printed without a label (OCR that set the labels apart, rows
// out of order) fill, in printed order, the gaps between labelled rows when their count fits the gap. What
// cannot be placed is unread; a row the print leaves out is blank (issue 14).
import { template2019 } from '../domain/edition-2019';
import { APP_COLS, template } from '../domain/template';
import { foldLabel } from '../domain/fold-label';
import { recognizeApplicationRows, SINGLE_OTHER_WORDS, SPLIT_OTHER_WORDS } from './labels';
import { fromPrinted, fromRun, type RowInput } from './row-cells';
import { runsAfterLabels } from './run-together';
import { SECTION_TITLES } from './sections';
import { isRunTogether, logicalRows, type LogicalRow, type Region } from './table-rows';
import type { ReadLog } from './types';

export type ApplicationsShape = 'full' | 'single-other';
export type ApplicationsRead = { rows: RowInput[]; shape: ApplicationsShape };

const TITLE = SECTION_TITLES.applications;
const ROWS_2021 = template.applications.rows.length; // 25
const ROWS_SINGLE_OTHER = ROWS_2021 - 2; // 23

const edition = (shape: ApplicationsShape) => (shape === 'full' ? '2021' : '2019');
const recognized = (label: string, shape: ApplicationsShape) => recognizeApplicationRows(label, edition(shape));
const rowLabel = (row: number, shape: ApplicationsShape) => (shape === 'full' ? template : template2019).applications.rows[row].label;

/** The 2019 habit (one （六） row) when the print names 其他处理 but none of the split （六） rows. */
function shapeOf(text: string, rows: number): ApplicationsShape {
  const folded = foldLabel(text);
  if (SPLIT_OTHER_WORDS.test(folded)) return 'full';
  return SINGLE_OTHER_WORDS.test(folded) || rows === ROWS_SINGLE_OTHER ? 'single-other' : 'full';
}

/** Crawler text: each row's numbers follow its label in one run; found by the rows' identifying words. */
function fromRunTogether(region: Region): ApplicationsRead {
  const text = region.text.replace(/\n/g, ' ');
  const shape = shapeOf(text, 0);
  const labels = Array.from({ length: shape === 'full' ? ROWS_2021 : ROWS_SINGLE_OTHER }, (_, r) => rowLabel(r, shape));
  const runs = runsAfterLabels(text, labels, (row, segment) => recognized(segment, shape).includes(row));
  return { shape, rows: runs.map((r) => fromRun(r.run, region.base + r.start, r.found)) };
}

/** The one row a printed label names: its own words first, then with the label lines printed above it. */
function rowOf(row: LogicalRow, shape: ApplicationsShape): number[] {
  const own = recognized(row.own, shape);
  if (own.length) return own;
  return recognized(row.label, shape);
}

function fromLines(region: Region, log: ReadLog): ApplicationsRead {
  const rows = logicalRows(region, () => APP_COLS, (label) => recognized(label, 'full').length > 0 || SINGLE_OTHER_WORDS.test(label));
  const shape = shapeOf(rows.map((r) => r.label).join(' '), rows.length);
  const count = shape === 'full' ? ROWS_2021 : ROWS_SINGLE_OTHER;
  const slots: (RowInput | null)[] = Array(count).fill(null);
  const twice = new Set<number>();
  // Printed rows in order, each with the template row it names (−1: none, or several).
  const placed: { row: LogicalRow; at: number }[] = [];
  for (const row of rows) {
    const named = rowOf(row, shape);
    // One merged set of values for rows named together (「（六）其他处理 1.… 2.… 3.…」 over 21 numbers).
    if (named.length > 1 && row.values.length === named.length * APP_COLS && named.every((r, i) => i === 0 || r === named[i - 1] + 1)) {
      named.forEach((r, i) => placed.push({ row: { ...row, values: row.values.slice(i * APP_COLS, (i + 1) * APP_COLS), spans: row.spans.slice(i * APP_COLS, (i + 1) * APP_COLS) }, at: r }));
      continue;
    }
    placed.push({ row, at: named.length === 1 ? named[0] : -1 });
  }
  for (const p of placed) {
    if (p.at < 0) continue;
    if (slots[p.at]) twice.add(p.at);
    slots[p.at] = fromPrinted(p.row.values, p.row.spans, APP_COLS);
  }
  for (const r of twice) slots[r] = { kind: 'unread', reason: '该行印了两次，数字不同时无法确定取哪一行', span: null };
  const unplaced = fillGaps(placed, slots);
  for (const p of unplaced) {
    log.warn(`${TITLE}：第${p.row.line}行的一行数字（${p.row.values.join(' ')}）没有可辨认的标签，无法确定属于哪一行，未读入`);
  }
  return { shape, rows: slots.map((s) => s ?? { kind: 'absent' }) };
}

/**
 * Rows without a label fill the free slots between the labelled rows around them, in order, when their
 * number is the number of free slots; returns the rows that could not be placed.
 */
function fillGaps(placed: { row: LogicalRow; at: number }[], slots: (RowInput | null)[]): { row: LogicalRow }[] {
  const unplaced: { row: LogicalRow }[] = [];
  let lastAnchor = -1;
  let pending: { row: LogicalRow }[] = [];
  const settle = (nextAnchor: number) => {
    const free = [];
    for (let r = lastAnchor + 1; r < nextAnchor; r++) if (!slots[r]) free.push(r);
    const full = pending.filter((p) => p.row.values.length === APP_COLS);
    if (nextAnchor > lastAnchor && full.length === free.length) {
      free.forEach((r, i) => {
        slots[r] = fromPrinted(full[i].row.values, full[i].row.spans, APP_COLS);
      });
      unplaced.push(...pending.filter((p) => p.row.values.length !== APP_COLS));
    } else {
      unplaced.push(...pending);
      if (pending.length) for (const r of free) slots[r] = { kind: 'unread', reason: '未找到该行的标签，附近有无法确定归属的一行数字', span: null };
    }
    pending = [];
  };
  for (const p of placed) {
    if (p.at < 0) {
      pending.push(p);
      continue;
    }
    settle(p.at);
    lastAnchor = p.at;
  }
  settle(slots.length);
  return unplaced;
}

export function readApplications(region: Region, log: ReadLog): ApplicationsRead {
  const runTogether = isRunTogether(region.text, (line) => recognizeApplicationRows(line, '2021').length);
  return runTogether ? fromRunTogether(region) : fromLines(region, log);
}
