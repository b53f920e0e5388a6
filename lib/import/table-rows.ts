// A table region's rows as the table readers see them: a label (the text printed before the numbers,
// including label lines that stood alone above them) and the row's value cells. Cells printed one per
// line are gathered into rows of the expected width.
import type { Span } from './reading';
import { cellKind, hasNumber, tokenizeTableLines, toLines, toRow, joinText, type Row } from './text-lines';

/** `spans`: where each value was printed in the whole text; `own`: the label printed on the row itself. */
export type LogicalRow = { label: string; own: string; values: string[]; spans: Span[]; line: number };

/** A label that starts a row of its own: 「2.」「1、」「（三）」「四、」. */
const ROW_MARKER = /^\s*(?:\d+\s*[.、．]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+\s*、)/;

/** A table's region of the whole text: its text and where it starts. */
export type Region = { text: string; base: number };

/** Whether the region is a crawler's run of text (many row labels on one line, cells not separated). */
export function isRunTogether(region: string, keyCount: (line: string) => number): boolean {
  // A markdown row is never a crawler's run, however many labels a merged cell names.
  return region.split('\n').some((line) => line.length > 80 && !line.includes('|') && keyCount(line) >= 3);
}

/**
 * Builds rows from the region's lines. `expected(label)` is how many values a row with that label has
 * (undefined: not known). A row of one loose value continues the row above while that row is short of
 * its width — text printed one cell per line.
 */
export function logicalRows(
  region: Region,
  expected: (label: string) => number | undefined,
  isDataLabel: (label: string) => boolean,
  trimToWidth = true,
): LogicalRow[] {
  const rows: Row[] = tokenizeTableLines(toLines(region.text, region.base)).map(toRow);
  const out: LogicalRow[] = [];
  let pending: string[] = [];
  let open: (LogicalRow & { want: number | undefined }) | null = null;
  const closeOpen = () => {
    if (open) out.push({ label: open.label, own: open.own, values: open.values, spans: open.spans, line: open.line });
    open = null;
  };
  let continuing = false; // the previous line was a row of numbers, or a continuation of its label
  for (const row of rows) {
    const isData = hasNumber(row) || (row.values.length > 0 && isDataLabel(row.label));
    if (!isData) {
      closeOpen();
      const last = out[out.length - 1];
      // pdftotext centres a label on its row: words under the numbers (「禁止公开」) are still that row's,
      // up to a cell that starts a label of its own (「4.保护第三方合法权」).
      if (continuing && last && row.source === 'layout' && !row.afterBlank) {
        const own = row.texts.findIndex((t) => ROW_MARKER.test(t));
        const tail = own < 0 ? row.texts : row.texts.slice(0, own);
        last.label = joinText([last.label, ...tail]);
        if (own < 0) continue;
        pending.push(joinText(row.texts.slice(own)));
        continuing = false;
        continue;
      }
      continuing = false;
      if (row.label) pending.push(row.label);
      continue;
    }
    continuing = row.source === 'layout';
    // Cells printed one per line, or a row broken by blank lines: numbers without a label continue the
    // row above while it is short of its width.
    const continues = !row.label && (row.source === 'tab' || row.values.length === 1);
    if (continues && open && open.want !== undefined && open.values.length + row.values.length <= open.want) {
      open.values.push(...row.values);
      open.spans.push(...row.spans);
      continue;
    }
    closeOpen();
    const label = joinText([...pending, row.label]);
    pending = [];
    const want = expected(label);
    const next = { label, own: row.label, values: [...row.values], spans: [...row.spans], line: row.line, want };
    // A row short of its width stays open when its cells come one per line (or in tab groups).
    const short = want !== undefined && row.values.length < want && (row.values.length === 1 || row.source === 'tab');
    if (short) open = next;
    else out.push({ label, own: row.label, values: next.values, spans: next.spans, line: next.line });
  }
  closeOpen();
  if (!trimToWidth) return out;
  return out.map((r) => {
    const values = trimTrailingBlanks(r.values, expected(r.label));
    return { ...r, values, spans: r.spans.slice(0, values.length) };
  });
}

/** Empty cells a converter adds at the end of a row beyond the table's width (「| 34 |  |」). */
export function trimTrailingBlanks(values: string[], width: number | undefined): string[] {
  if (width === undefined) return values;
  let end = values.length;
  while (end > width && cellKind(values[end - 1]) === 'blank' && values[end - 1].trim() === '') end--;
  return values.slice(0, end);
}
