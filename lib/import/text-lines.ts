// The text tokenizer: normalised lines, and a table region's lines as rows of cells. Three ways a table
// reaches us as text: markdown/pipe rows (PDF-to-Markdown, saved pages, our DOCX/HTML readers), one cell
// per line with tab indents and blank lines between rows (seeds 003/004, copied from a web page), and
// columns aligned by spaces (pdftotext -layout).

export type Line = { text: string; n: number };

/** Line ends, page breaks and the many Unicode spaces made plain; tabs kept (they mark flattened cells). */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F]/g, ' ')
    .replace(/\u3000/g, '  ');
}

// 「-3-」「— 5 —」「- 12 -」「第 3 页」「3/7」 alone on a line.
const PAGE_NUMBER = /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;

export const isPageNumberLine = (line: string) => PAGE_NUMBER.test(line);

export function toLines(text: string): Line[] {
  return normalizeText(text)
    .split('\n')
    .map((raw, i) => ({ text: raw.replace(/\s+$/, ''), n: i + 1 }))
    .filter((l) => !PAGE_NUMBER.test(l.text))
    .map((l) => ({ ...l, text: l.text.replace(/^(\s*)#{1,6}\s+/, '$1').replace(/^(\s*)\*\*(.*)\*\*$/, '$1$2') }));
}

export type CellKind = 'number' | 'blank' | 'text';

const VALUE = /^[+\-−－]?(?:\d+|\d{1,3}(?:[,，]\d{3})+)(?:[.．]\d+)?(?:件|个|条|次|万元)?$/;
const BLANK_MARKS = new Set(['', '/', '／', '-', '—', '－', '–', '——', '\\']);

export function cellKind(raw: string): CellKind {
  const t = raw.normalize('NFKC').replace(/\s+/g, '');
  if (BLANK_MARKS.has(t)) return 'blank';
  return VALUE.test(t) ? 'number' : 'text';
}

/** `afterBlank`: a blank line came before the row (a label line right under a row may be its continuation). */
export type RawRow = { cells: string[]; line: number; source: 'pipe' | 'tab' | 'layout'; afterBlank: boolean };

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

function splitPipe(text: string): string[] {
  let t = text.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').map((c) => c.trim());
}

/** A layout line: text separated by one space is one cell (「三 、本 年 度」), a wider gap starts a new cell; each number is a cell. */
function splitLayout(text: string): string[] {
  const cells: string[] = [];
  for (const chunk of text.trim().split(/\s{2,}/)) {
    let pending: string[] = [];
    for (const token of chunk.split(/\s+/)) {
      if (cellKind(token) === 'text') {
        pending.push(token);
        continue;
      }
      if (pending.length) cells.push(joinText(pending));
      pending = [];
      cells.push(token);
    }
    if (pending.length) cells.push(joinText(pending));
  }
  return cells;
}

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
      if (!isSeparatorRow(text)) rows.push({ cells: splitPipe(text), line: line.n, source: 'pipe', afterBlank });
      continue;
    }
    if (text.startsWith('\t')) {
      group ??= { cells: [], line: line.n, source: 'tab', afterBlank };
      group.cells.push(text.trim());
      continue;
    }
    if (group) {
      // A label broken inside a cell (「商业\n企业」) continues the cell above it.
      const last = group.cells.length - 1;
      group.cells[last] = joinText([group.cells[last], text]);
      continue;
    }
    rows.push({ cells: splitLayout(text), line: line.n, source: 'layout', afterBlank });
  }
  close();
  return rows;
}

export type Row = { label: string; values: string[]; line: number; source: RawRow['source']; afterBlank: boolean; texts: string[] };

/** Label (the text cells, joined) and values (the cells after the last text cell). */
export function toRow(raw: RawRow): Row {
  let lastText = -1;
  raw.cells.forEach((c, i) => {
    if (cellKind(c) === 'text') lastText = i;
  });
  const label = joinText(raw.cells.filter((c) => cellKind(c) === 'text'));
  return { label, values: raw.cells.slice(lastText + 1), line: raw.line, source: raw.source, afterBlank: raw.afterBlank, texts: raw.cells.filter((c) => cellKind(c) === 'text') };
}

export const hasNumber = (row: Row) => row.values.some((v) => cellKind(v) === 'number');
