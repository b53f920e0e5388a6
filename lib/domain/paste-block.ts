// A block pasted from Excel or WPS (spec §7): tab-separated rows, CRLF, LF or CR line ends, a cell
// quoted when it holds a tab, a line break or a quote ("" inside stands for "). Clerks often copy the
// row labels (and sometimes the header rows) along with the numbers; those are detected and dropped.
import { normalizeCell } from './normalize';
import { stripUntypeable } from './typed-text';

export type PasteBlock = {
  /** Rows of cell texts, labels removed. Rows keep their own length (a ragged block stays ragged). */
  cells: string[][];
  /** How many leading columns held row labels and were dropped. */
  labelColumns: number;
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
  const rows = splitDelimited(text);
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

  return {
    cells: rows.slice(headerRows).map((row) => row.slice(labelColumns)),
    labelColumns,
    headerRows,
    removed,
  };
}

/** The cell texts of a pasted block, row labels and header rows dropped. */
export function parsePasteBlock(text: string): string[][] {
  return readPasteBlock(text).cells;
}
