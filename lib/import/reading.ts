// What the importer knows of each statutory cell (issue 14; docs/reading.md): a value, a blank, or unread with
// the reason and the candidates the text allows. Values and blanks carry their evidence — the source line and
// the characters they came from — and how they were read.

/**
 * `line`: 1-based line of the text as read; `start`/`end`: the characters read, as offsets in that line;
 * `text`: the line, or for a long line (a crawler's whole page) the part of it from offset `from`.
 */
export type Evidence = { line: number; start: number; end: number; text: string; from: number };

export type ReadMethod = 'separated' | 'digit-count' | 'sums';

export type CellReading =
  | { status: 'value'; value: string; method: ReadMethod; rules?: string[]; evidence: Evidence }
  /** Printed empty or 「/」 (evidence), or the row is missing from the print (`absent`, no evidence). */
  | { status: 'blank'; method: ReadMethod; evidence: Evidence | null; absent?: true }
  | { status: 'unread'; reason: string; candidates: string[]; evidence: Evidence | null };

export type Reading = { cells: Record<string, CellReading> };

/** Lines longer than this are shown around the characters read, CONTEXT characters either side. */
const MAX_LINE = 200;
const CONTEXT = 60;

/** A span of the whole (normalised) text: [start, end) offsets. */
export type Span = { start: number; end: number };

/** Offsets of the normalised text → line numbers and the line's own text, for evidence. */
export class SourceText {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  evidence(span: Span): Evidence {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= span.start) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.starts[lo];
    const lineEnd = lo + 1 < this.starts.length ? this.starts[lo + 1] - 1 : this.text.length;
    const start = span.start - lineStart;
    const end = Math.min(span.end, lineEnd) - lineStart;
    const from = lineEnd - lineStart > MAX_LINE ? Math.max(0, start - CONTEXT) : 0;
    const to = lineEnd - lineStart > MAX_LINE ? Math.min(lineEnd - lineStart, end + CONTEXT) : lineEnd - lineStart;
    return { line: lo + 1, start, end, text: this.text.slice(lineStart + from, lineStart + to), from };
  }
}

/** The most candidates listed for an unread cell; more are summed up as 「等」. */
export const MAX_CANDIDATES = 12;

export type ReadingCounts = { read: number; decoded: number; blank: number; unread: number };

/** Per file: cells read as printed, decoded by the digit count or the sums, blank, and unread. */
export function countReading(reading: Reading): ReadingCounts {
  const counts = { read: 0, decoded: 0, blank: 0, unread: 0 };
  // Object.keys, not values: a record of some 200 cells is a dictionary, which values walks several times slower.
  for (const name of Object.keys(reading.cells)) {
    const c = reading.cells[name];
    if (c.status === 'unread') counts.unread++;
    else if (c.status === 'blank') counts.blank++;
    else if (c.method === 'separated') counts.read++;
    else counts.decoded++;
  }
  return counts;
}
