// A block pasted from Excel or WPS (spec §7): tab-separated rows, CRLF, LF or CR line ends, a cell
// quoted when it holds a tab, a line break or a quote ("" inside stands for "). Clerks often copy the
// row labels (and sometimes the header rows) along with the numbers; those are detected and dropped,
// and the labels then say which row each line is meant for, so a line too many never shifts a row.
import { getCell, type CellKey } from './cells';
import { foldLabel } from './fold-label';
import type { TTables } from './model';
import { normalizeCell } from './normalize';
import { template, type TableKey } from './template';
import { deriveTotals } from './totals';
import { stripUntypeable } from './typed-text';

export type PasteBlock = {
  /** Rows of cell texts, labels removed. Rows keep their own length (a ragged block stays ragged). */
  cells: string[][];
  /** How many leading columns held row labels and were dropped. */
  labelColumns: number;
  /** Each row's own label (the last label cell that is not blank), '' when it has none. */
  labels: string[];
  /** How many leading rows were column headers and were dropped. */
  headerRows: number;
  /** Control characters (NUL…) and broken characters removed: no save could keep them. */
  removed: number;
};

/** A paste of more than one cell: the text holds a tab or a line break (one trailing line end aside). */
export function isBlockPaste(text: string): boolean {
  return /[\t\r\n]/.test(stripFinalLineEnd(text));
}

function stripFinalLineEnd(text: string): string {
  return text.replace(/(?:\r\n|\n|\r)$/, '');
}

/** Splits tab-separated text with Excel's quoting into rows of cells; nothing is trimmed or judged. */
export function splitDelimited(text: string): string[][] {
  const source = stripFinalLineEnd(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    const { cell, next } = readCell(source, i);
    row.push(cell);
    if (next >= source.length) break;
    if (source[next] === '\t') {
      i = next + 1;
      continue;
    }
    // A line end: \r\n counts as one.
    rows.push(row);
    row = [];
    i = next + (source.startsWith('\r\n', next) ? 2 : 1);
  }
  rows.push(row);
  return rows;
}

/** Reads one cell starting at `start`; `next` is the index of the delimiter or line end after it. */
function readCell(source: string, start: number): { cell: string; next: number } {
  if (source[start] === '"') {
    let text = '';
    let i = start + 1;
    while (i < source.length) {
      const quote = source.indexOf('"', i);
      if (quote < 0) break;
      text += source.slice(i, quote);
      if (source[quote + 1] === '"') {
        text += '"';
        i = quote + 2;
        continue;
      }
      // Closing quote; anything up to the delimiter is kept as typed.
      const end = delimiterAfter(source, quote + 1);
      return { cell: text + source.slice(quote + 1, end), next: end };
    }
    // An opening quote that never closes is an ordinary character (text copied from elsewhere).
  }
  const end = delimiterAfter(source, start);
  return { cell: source.slice(start, end), next: end };
}

function delimiterAfter(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\t' || ch === '\n' || ch === '\r') return i;
  }
  return source.length;
}

const isBlankRow = (row: string[]) => row.every((cell) => cell.trim() === '');

/**
 * Excel copies a selection that ends on an empty row, or text that ends in \r\n\r\n, with blank or
 * tab-only lines at the end: they are no row of the table. The first row stays, so a paste of blanks
 * still clears the cells it covers.
 */
function withoutTrailingBlankRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 1 && isBlankRow(rows[end - 1])) end--;
  return rows.slice(0, end);
}

type Kind = 'empty' | 'value' | 'label';

/** A number as a cell may hold it (count, amount, or a negative/odd number still meant as a number). */
function kindOf(text: string): Kind {
  const n = normalizeCell(text, 'count');
  if (n.value === null) return 'empty';
  if (!n.problem || !normalizeCell(text, 'amount').problem) return 'value';
  const folded = text.normalize('NFKC').replace(/[\s,，、]/g, '');
  if (/^[+\-−]?\d+(?:\.\d+)?%?$/.test(folded)) return 'value';
  return 'label';
}

/**
 * Parses a pasted block into cell texts, dropping leading header rows and row-label columns.
 * A header row comes first, holds no number and puts a label over a column that holds numbers
 * further down. Label columns lead every row and hold only labels or blanks (merged cells copy
 * as blanks); a block made only of labels is kept whole, so nothing typed is ever dropped.
 */
export function readPasteBlock(pasted: string): PasteBlock {
  const { text, removed } = stripUntypeable(pasted);
  const rows = withoutTrailingBlankRows(splitDelimited(text));
  const kinds = rows.map((row) => row.map(kindOf));
  const numberColumns = new Set<number>();
  kinds.forEach((row) => row.forEach((k, c) => k === 'value' && numberColumns.add(c)));

  let headerRows = 0;
  while (headerRows < rows.length - 1) {
    const row = kinds[headerRows];
    const isHeader = !row.includes('value') && row.some((k, c) => k === 'label' && numberColumns.has(c));
    if (!isHeader) break;
    headerRows++;
  }

  const body = kinds.slice(headerRows);
  const width = Math.max(...body.map((row) => row.length));
  let labelColumns = 0;
  for (let c = 0; c < width; c++) {
    const column = body.map((row) => row[c] ?? 'empty');
    if (column.includes('value')) break;
    if (column.includes('label')) labelColumns = c + 1;
  }
  // Labels everywhere and no number: this is text the clerk meant to paste, keep it.
  if (labelColumns >= width) labelColumns = 0;

  const bodyRows = rows.slice(headerRows);
  return {
    cells: bodyRows.map((row) => row.slice(labelColumns)),
    labelColumns,
    labels: bodyRows.map((row) => row.slice(0, labelColumns).map((cell) => cell.trim()).filter(Boolean).pop() ?? ''),
    headerRows,
    removed,
  };
}

/** The cell texts of a pasted block, row labels and header rows dropped. */
export function parsePasteBlock(text: string): string[][] {
  return readPasteBlock(text).cells;
}

/**
 * Where each line of a block goes: a row of the table (in printed order, as the editor's grid has them),
 * beyond the table's last row, or nowhere (a heading line carried between the rows: no number, no row).
 */
export type RowTarget = number | 'outside' | 'heading';
export type RowPlacement = { ok: true; rows: RowTarget[]; byLabel: boolean } | { ok: false; message: string };

type TableRow = { label: string; computed: boolean };
const TABLE_ROWS: Readonly<Record<TableKey, readonly TableRow[]>> = {
  active: template.active.blocks.flatMap((b) => b.rows.map((r) => ({ label: r.label, computed: false }))),
  applications: template.applications.rows.map((r) => ({ label: r.label, computed: r.computed === true })),
  // Table 3 is one row of figures with no label of its own.
  litigation: [{ label: '', computed: false }],
};
const FOLDED_LABELS: Readonly<Record<TableKey, readonly string[]>> = {
  active: TABLE_ROWS.active.map((r) => foldLabel(r.label)),
  applications: TABLE_ROWS.applications.map((r) => foldLabel(r.label)),
  litigation: TABLE_ROWS.litigation.map((r) => foldLabel(r.label)),
};

/** What the clerk calls the tables (表二 is 「收到和处理政府信息公开申请情况」). */
export const TABLE_NAMES: Readonly<Record<TableKey, string>> = { active: '表一', applications: '表二', litigation: '表三' };

/**
 * A block without row labels fills the rows from the focused one down: every row when it has as many
 * lines as rows remain (a copy with （七）总计), else only the rows the clerk fills.
 */
export function positionalRows(table: TableKey, startRow: number, lines: number): RowTarget[] {
  const rows = TABLE_ROWS[table];
  const remaining = rows.map((_, r) => r).filter((r) => r >= startRow);
  const targets = lines === remaining.length ? remaining : remaining.filter((r) => !rows[r].computed);
  return Array.from({ length: lines }, (_, i) => targets[i] ?? 'outside');
}

/** The one row a pasted label names, or null: the printed label as folded, or else the one it shortens or ends. */
function rowOfLabel(table: TableKey, label: string): number | null {
  const folded = foldLabel(label);
  if (!folded) return null;
  const rows = FOLDED_LABELS[table];
  const exact = rows.flatMap((r, i) => (r === folded ? [i] : []));
  if (exact.length === 1) return exact[0];
  // 「（二）部分公开」 without its note, or 「（三）不予公开1.属于国家秘密」 copied as one cell.
  const loose = rows.flatMap((r, i) => (r && (r.startsWith(folded) || folded.endsWith(r)) ? [i] : []));
  return loose.length === 1 ? loose[0] : null;
}

/**
 * The row each line of a block goes to. When its labels name rows of the table, each line goes to the
 * row its label names, wherever the block was pasted; a line with numbers whose label names no row (or
 * the same row as an earlier line) refuses the whole paste, naming the line. Labels that name no row at
 * all (the clerk's own) leave the block to fill from the focused row down.
 */
export function placePasteRows(table: TableKey, startRow: number, block: Pick<PasteBlock, 'cells' | 'labels' | 'headerRows'>): RowPlacement {
  const matched = block.labels.map((label) => rowOfLabel(table, label));
  if (matched.every((row) => row === null)) return { ok: true, rows: positionalRows(table, startRow, block.cells.length), byLabel: false };
  const name = TABLE_NAMES[table];
  const lineOf = (i: number) => block.headerRows + i + 1;
  const rows: RowTarget[] = [];
  for (let i = 0; i < block.cells.length; i++) {
    const row = matched[i];
    const label = block.labels[i];
    if (row === null) {
      if (!block.cells[i].some((cell) => kindOf(cell) === 'value')) {
        rows.push('heading');
        continue;
      }
      const what = label ? `「${label}」不是${name}的行` : `没有行标题，对不上${name}的行`;
      return { ok: false, message: `第${lineOf(i)}行${what}，未粘贴` };
    }
    const earlier = matched.indexOf(row);
    if (earlier < i) return { ok: false, message: `第${lineOf(i)}行「${label}」与第${lineOf(earlier)}行是${name}的同一行，未粘贴` };
    rows.push(row);
  }
  return { ok: true, rows, byLabel: true };
}

/** A total the block carried that is not the sum of its row (or column) as pasted. */
export type TotalDisagreement = { key: CellKey; pasted: number; sum: number };

/**
 * The totals a block carried, checked against the sums once its values are in `tables`. The total cell
 * stays derived; a total that disagrees says the block is not what the clerk thinks it is.
 */
export function disagreeingTotals(tables: TTables, pastedTotals: readonly { key: CellKey; text: string }[]): TotalDisagreement[] {
  const derived = deriveTotals(tables);
  return pastedTotals.flatMap(({ key, text }) => {
    const pasted = normalizeCell(text, 'count');
    const sum = getCell(derived, key);
    if (pasted.problem || typeof pasted.value !== 'number' || typeof sum !== 'number' || pasted.value === sum) return [];
    return [{ key, pasted: pasted.value, sum }];
  });
}
