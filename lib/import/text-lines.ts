// The text tokenizer: normalised lines, and a table region's lines as rows of cells. Three ways a table
// reaches us as text: markdown/pipe rows (PDF-to-Markdown, saved pages, our DOCX/HTML readers), one cell
// per line with tab indents and blank lines between rows (seeds 003/004, copied from a web page), and
// columns aligned by spaces (pdftotext -layout).

import { memoString } from '../domain/memo-string';
import type { Span } from './reading';

/** `offset`: where the line's text starts in the whole text, so cells keep their place as evidence. */
export type Line = { text: string; n: number; offset: number };

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/;
// One pass over the whole text: a line end (pdftotext starts a page with \f: no extra line after one, so line
// numbers stay the file's), a page break, an invisible character, a Unicode space, an ideographic space.
const TO_PLAIN = /(?:\r\n?|\n)\f|\r\n?|\f|[\u200B\u200C\u200D\u2060\uFEFF\u00AD]|[\u00A0\u1680\u2000-\u200A\u202F\u205F]|\u3000/g;

function plain(m: string): string {
  const c = m.charCodeAt(0);
  if (c === 0x0d || c === 0x0a || c === 0x0c) return '\n';
  if (c === 0x3000) return '  ';
  return ZERO_WIDTH.test(m) ? '' : ' ';
}

/** Line ends, page breaks and the many Unicode spaces made plain; tabs kept (they mark flattened cells). */
export function normalizeText(text: string): string {
  return text.replace(TO_PLAIN, plain);
}

// 「-3-」「— 5 —」「- 12 -」「第 3 页」「3/7」 alone on a line.
const PAGE_NUMBER = /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;

export const isPageNumberLine = (line: string) => PAGE_NUMBER.test(line);

/**
 * The lines of normalised text that starts at `base` of the whole text. Markdown heading and bold marks are
 * blanked out (not cut), so every character keeps its column for evidence.
 */
export function toLines(text: string, base = 0): Line[] {
  const lines: Line[] = [];
  let offset = base;
  text.split('\n').forEach((raw, i) => {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\s+$/, '');
    if (PAGE_NUMBER.test(line)) return;
    const unmarked = line
      .replace(/^(\s*)(#{1,6}\s+)/, (_, lead: string, mark: string) => lead + ' '.repeat(mark.length))
      .replace(/^(\s*)\*\*(.*)\*\*$/, (_, lead: string, body: string) => `${lead}  ${body}`);
    lines.push({ text: unmarked, n: i + 1, offset: start });
  });
  return lines;
}

export type CellKind = 'number' | 'blank' | 'text';

const VALUE = /^[+\-−－]?(?:\d+|\d{1,3}(?:[,，]\d{3})+)(?:[.．]\d+)?(?:件|个|条|次|万元)?$/;
const BLANK_MARKS = new Set(['', '/', '／', '-', '—', '－', '–', '——', '\\']);

const PRINTABLE_ASCII = /^[\t\n\r -~]*$/;

/** Remembered: a text is tokenised more than once (layout split, then rows), and cells repeat across rows. */
export const cellKind = memoString((raw: string): CellKind => {
  // NFKC leaves printable ASCII as it is: most cells are plain digits, and folding costs more than the rest of the test.
  const t = (PRINTABLE_ASCII.test(raw) ? raw : raw.normalize('NFKC')).replace(/\s+/g, '');
  if (BLANK_MARKS.has(t)) return 'blank';
  return VALUE.test(t) ? 'number' : 'text';
});

/** `afterBlank`: a blank line came before the row (a label line right under a row may be its continuation). */
export type RawRow = { cells: string[]; spans: Span[]; line: number; source: 'pipe' | 'tab' | 'layout'; afterBlank: boolean };

const isSeparatorRow = (t: string) => /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(t.trim());
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Joins text pieces the way CJK text is written: no space between CJK characters. */
export function joinText(pieces: string[]): string {
  let out = '';
  for (const p of pieces.map((x) => x.trim()).filter(Boolean)) {
    out = out && !CJK.test(out[out.length - 1]) && !CJK.test(p[0]) ? `${out} ${p}` : out + p;
  }
  return out;
}

type Cut = { text: string; span: Span };

/** A piece of a line, trimmed, with the whole-text span of what is left. */
function cut(line: Line, from: number, to: number): Cut {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = line.offset + from + lead;
  return { text, span: { start, end: start + text.length } };
}

function splitPipe(line: Line): Cut[] {
  const bars = [...line.text.matchAll(/\|/g)].map((m) => m.index);
  const first = line.text.trimStart().startsWith('|') ? bars.shift() ?? -1 : -1;
  const last = line.text.trimEnd().endsWith('|') ? bars.pop() ?? line.text.length : line.text.length;
  const edges = [first, ...bars, last];
  return edges.slice(1).map((end, i) => cut(line, edges[i] + 1, end));
}

/** A layout line: text separated by one space is one cell (「三 、本 年 度」), a wider gap starts a new cell; each number is a cell. */
function splitLayout(line: Line): Cut[] {
  const cells: Cut[] = [];
  for (const chunk of line.text.matchAll(/\S+(?:\s\S+)*/g)) {
    let pending: Cut[] = [];
    const flush = () => {
      if (!pending.length) return;
      cells.push({ text: joinText(pending.map((p) => p.text)), span: { start: pending[0].span.start, end: pending[pending.length - 1].span.end } });
      pending = [];
    };
    for (const token of chunk[0].matchAll(/\S+/g)) {
      const piece = cut(line, chunk.index + token.index, chunk.index + token.index + token[0].length);
      if (cellKind(piece.text) === 'text') {
        pending.push(piece);
        continue;
      }
      flush();
      cells.push(piece);
    }
    flush();
  }
  return cells;
}

const rowOf = (cuts: Cut[], line: Line, source: RawRow['source'], afterBlank: boolean): RawRow =>
  ({ cells: cuts.map((c) => c.text), spans: cuts.map((c) => c.span), line: line.n, source, afterBlank });

export function tokenizeTableLines(lines: Line[]): RawRow[] {
  const rows: RawRow[] = [];
  let group: RawRow | null = null;
  let blank = false;
  const close = () => {
    if (group && group.cells.length) rows.push(group);
    group = null;
  };
  for (const line of lines) {
    const { text } = line;
    if (text.trim() === '' && !text.includes('\t')) {
      close();
      blank = true;
      continue;
    }
    const afterBlank = blank;
    blank = false;
    if (text.includes('|')) {
      close();
      if (!isSeparatorRow(text)) rows.push(rowOf(splitPipe(line), line, 'pipe', afterBlank));
      continue;
    }
    if (text.startsWith('\t')) {
      group ??= rowOf([], line, 'tab', afterBlank);
      const piece = cut(line, 0, text.length);
      group.cells.push(piece.text);
      group.spans.push(piece.span);
      continue;
    }
    if (group) {
      // A label broken inside a cell (「商业\n企业」) continues the cell above it.
      const last = group.cells.length - 1;
      group.cells[last] = joinText([group.cells[last], text]);
      continue;
    }
    rows.push(rowOf(splitLayout(line), line, 'layout', afterBlank));
  }
  close();
  return rows;
}

export type Row = { label: string; values: string[]; spans: Span[]; line: number; source: RawRow['source']; afterBlank: boolean; texts: string[] };

/** Label (the text cells, joined) and values (the cells after the last text cell). */
export function toRow(raw: RawRow): Row {
  const isText = raw.cells.map((c) => cellKind(c) === 'text');
  const lastText = isText.lastIndexOf(true);
  const texts = raw.cells.filter((_, i) => isText[i]);
  return { label: joinText(texts), values: raw.cells.slice(lastText + 1), spans: raw.spans.slice(lastText + 1), line: raw.line, source: raw.source, afterBlank: raw.afterBlank, texts };
}

export const hasNumber = (row: Row) => row.values.some((v) => cellKind(v) === 'number');
