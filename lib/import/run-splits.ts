// The ways a run of digits printed without separators (「220000325」) can be cut into a row's cells (issue 14):
// integers without leading zeros, a decimal only in an amount cell, 「/」 as a printed blank. Spaces inside a
// run are ignored: crawlers drop some and misplace others (「20 0 0 0 02」 for 2,0,0,0,0,0,2). The search is
// bounded; beyond the bound the run is 「可能的拆分过多」 rather than a hang.

/** One cell of a split: its printed text (null for 「/」) and where it lies in the run's source text. */
export type SplitCell = { value: string | null; start: number; end: number };
export type Split = SplitCell[];
export type SplitsResult =
  | { ok: true; splits: Split[] }
  | { ok: false; reason: 'too-many' | 'none' };

export type SplitOptions = {
  /** Which cells are amounts (may hold a decimal); counts otherwise. */
  amount?: (cell: number) => boolean;
  /** Most splits kept, and most search steps taken, before giving up. */
  limit?: number;
};

/** Counts above this many digits are not read (no office handles 10¹⁵ requests); it bounds the search. */
const MAX_DIGITS = 15;
export const SPLIT_LIMIT = 20_000;

type Atom = { kind: 'digit' | 'slash' | 'decimal'; text: string; start: number; end: number };

function atomsOf(run: string): Atom[] | null {
  const atoms: Atom[] = [];
  const re = /(\d+[.．]\d+)|(\d)|([/／])|(\s+)|(.)/g;
  for (const m of run.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) atoms.push({ kind: 'decimal', text: m[1].replace('．', '.'), start, end });
    else if (m[2] !== undefined) atoms.push({ kind: 'digit', text: m[2], start, end });
    else if (m[3] !== undefined) atoms.push({ kind: 'slash', text: '/', start, end });
    else if (m[5] !== undefined) return null;
  }
  return atoms;
}

/** Every split of `run` into `n` cells that the options accept, or why there is none to give. */
export function enumerateSplits(run: string, n: number, options: SplitOptions = {}): SplitsResult {
  const atoms = atomsOf(run.normalize('NFKC').length === run.length ? run.normalize('NFKC') : run);
  if (!atoms || atoms.length < n) return { ok: false, reason: 'none' };
  const limit = options.limit ?? SPLIT_LIMIT;
  const splits: Split[] = [];
  let steps = 0;
  let overflow = false;
  const cells: SplitCell[] = [];
  const walk = (i: number) => {
    if (overflow) return;
    if (++steps > limit * 20) {
      overflow = true;
      return;
    }
    const k = cells.length;
    if (k === n) {
      if (i === atoms.length) {
        splits.push([...cells]);
        if (splits.length > limit) overflow = true;
      }
      return;
    }
    const left = atoms.length - i;
    const cellsLeft = n - k;
    if (left < cellsLeft || left > cellsLeft * MAX_DIGITS) return;
    const atom = atoms[i];
    const place = (cell: SplitCell, next: number) => {
      cells.push(cell);
      walk(next);
      cells.pop();
    };
    if (atom.kind === 'slash') return place({ value: null, start: atom.start, end: atom.end }, i + 1);
    if (atom.kind === 'decimal') {
      if (options.amount?.(k)) place({ value: atom.text, start: atom.start, end: atom.end }, i + 1);
      return;
    }
    let text = '';
    for (let j = i; j < atoms.length && atoms[j].kind === 'digit' && j - i < MAX_DIGITS; j++) {
      text += atoms[j].text;
      place({ value: text, start: atom.start, end: atoms[j].end }, j + 1);
      if (text === '0') break; // no leading zeros
    }
  };
  walk(0);
  if (overflow) return { ok: false, reason: 'too-many' };
  return splits.length ? { ok: true, splits } : { ok: false, reason: 'none' };
}

/** A cell's value as a number for the sums; null for a printed blank. */
export const numberOf = (value: string | null): number | null => (value === null ? null : Number(value));
