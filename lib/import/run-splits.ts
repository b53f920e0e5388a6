// The ways a run of digits printed without separators (「220000325」) can be cut into a row's cells (issue 14):
// integers without leading zeros, a decimal only in an amount cell, 「/」 as a printed blank. Spaces inside a
// run are ignored: crawlers drop some and misplace others (「20 0 0 0 02」 for 2,0,0,0,0,0,2). What each cell
// can be is found without listing the splits (reachability both ways); the splits themselves are listed only
// under the row's own sums, searched from the end so each 总计 bounds its parts, and within a bound.

/** One cell of a split: its printed text (null for 「/」) and where it lies in the run's source text. */
export type SplitCell = { value: string | null; start: number; end: number };
export type Split = SplitCell[];
export type SplitsResult = { ok: true; splits: Split[] } | { ok: false; reason: 'too-many' | 'none' };

/** A sum the split must keep: the cells `parts` add up to the cell `total`, which comes after them. */
export type SumGroup = { parts: number[]; total: number };

export type SplitOptions = {
  /** Which cells are amounts (may hold a decimal); counts otherwise. */
  amount?: (cell: number) => boolean;
  groups?: SumGroup[];
  /** Most splits kept, and most search steps taken (×20), before giving up. */
  limit?: number;
};

/** Counts above this many digits are not read (no office handles 10¹⁵ requests); it bounds the search. */
const MAX_DIGITS = 15;
const SPLIT_LIMIT = 5_000;

type Atom = { kind: 'digit' | 'slash' | 'decimal'; text: string; start: number; end: number };

function atomsOf(run: string): Atom[] | null {
  const folded = run.normalize('NFKC');
  const text = folded.length === run.length ? folded : run;
  const atoms: Atom[] = [];
  for (const m of text.matchAll(/(\d+[.．]\d+)|(\d)|([/／])|(\s+)|(.)/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) atoms.push({ kind: 'decimal', text: m[1].replace('．', '.'), start, end });
    else if (m[2] !== undefined) atoms.push({ kind: 'digit', text: m[2], start, end });
    else if (m[3] !== undefined) atoms.push({ kind: 'slash', text: '/', start, end });
    else if (m[5] !== undefined) return null;
  }
  return atoms;
}

/** A piece with its value as a count for the sums (−1: a blank or a decimal, no count). */
type Piece = { cell: SplitCell; count: number };
type PieceOf = (i: number, j: number, k: number) => Piece | null;

/** The cell atoms[i..j) can make as cell k, or null; each answer worked out once per run. */
function piecesOf(atoms: Atom[], amount?: (cell: number) => boolean): PieceOf {
  const memo = new Map<number, Piece | null>();
  return (i, j, k) => {
    const key = (i * 32 + (j - i)) * 2 + (amount?.(k) ? 1 : 0);
    let piece = memo.get(key);
    if (piece === undefined) {
      const cell = pieceOf(atoms, i, j, k, amount);
      piece = cell ? { cell, count: cell.value !== null && /^\d+$/.test(cell.value) ? Number(cell.value) : -1 } : null;
      memo.set(key, piece);
    }
    return piece;
  };
}

function pieceOf(atoms: Atom[], i: number, j: number, k: number, amount?: (cell: number) => boolean): SplitCell | null {
  const first = atoms[i];
  if (first.kind !== 'digit') {
    if (j !== i + 1) return null;
    if (first.kind === 'decimal' && !amount?.(k)) return null;
    return { value: first.kind === 'slash' ? null : first.text, start: first.start, end: first.end };
  }
  if (j - i > MAX_DIGITS || (first.text === '0' && j - i > 1)) return null;
  let text = '';
  for (let a = i; a < j; a++) {
    if (atoms[a].kind !== 'digit') return null;
    text += atoms[a].text;
  }
  return { value: text, start: first.start, end: atoms[j - 1].end };
}

/**
 * For each cell, every piece it takes in some split of `run` into `n` cells (no sums applied); null when there
 * is no split at all. A cell with one piece is certain by its digits alone.
 */
export function cellChoices(run: string, n: number, amount?: (cell: number) => boolean): SplitCell[][] | null {
  const atoms = atomsOf(run);
  if (!atoms || atoms.length < n || atoms.length > n * MAX_DIGITS) return null;
  const m = atoms.length;
  if (m === n) {
    // As many atoms as cells: one split, if every atom makes its cell.
    const only = atoms.map((_, k) => pieceOf(atoms, k, k + 1, k, amount));
    return only.every((p) => p !== null) ? only.map((p) => [p as SplitCell]) : null;
  }
  const piece = piecesOf(atoms, amount);
  const span = (k: number, i: number) => Math.min(m - i, MAX_DIGITS, m - i - (n - k - 1));
  // forward[k][i]: k cells can end exactly at atom i; backward[k][i]: cells k.. can fill atoms i..m.
  const forward = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
  const backward = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
  forward[0][0] = 1;
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < m; i++) {
      if (!forward[k][i]) continue;
      for (let len = 1; len <= span(k, i); len++) if (piece(i, i + len, k)) forward[k + 1][i + len] = 1;
    }
  }
  if (!forward[n][m]) return null;
  backward[n][m] = 1;
  for (let k = n - 1; k >= 0; k--) {
    for (let i = 0; i < m; i++) {
      for (let len = 1; len <= span(k, i); len++) {
        if (backward[k + 1][i + len] && piece(i, i + len, k)) {
          backward[k][i] = 1;
          break;
        }
      }
    }
  }
  return Array.from({ length: n }, (_, k) => {
    const pieces: SplitCell[] = [];
    for (let i = 0; i < m; i++) {
      if (!forward[k][i]) continue;
      for (let len = 1; len <= span(k, i); len++) {
        const found = backward[k + 1][i + len] ? piece(i, i + len, k) : null;
        if (found) pieces.push(found.cell);
      }
    }
    return pieces;
  });
}

const POW10 = Array.from({ length: 31 }, (_, i) => 10 ** i);

/**
 * Whether `cells` numbers cut from `digits` digits can add up to `needed`: their largest has at least
 * ⌈digits/cells⌉ digits, and at most one has more than one digit when they are as large as they can be.
 */
function canSum(digits: number, cells: number, needed: number): boolean {
  const longest = Math.ceil(digits / cells);
  if (longest >= 2 && needed < POW10[Math.min(longest - 1, 30)]) return false;
  return needed < POW10[Math.min(digits - cells + 1, 30)] + 9 * cells;
}

/** Every split of `run` into `n` cells that keeps the sums of `groups`, or why there is none to give. */
export function enumerateSplits(run: string, n: number, options: SplitOptions = {}): SplitsResult {
  const atoms = atomsOf(run);
  if (!atoms || atoms.length < n || atoms.length > n * MAX_DIGITS) return { ok: false, reason: 'none' };
  const limit = options.limit ?? SPLIT_LIMIT;
  const pieceAt = piecesOf(atoms, options.amount);
  const groups = options.groups ?? [];
  // Per cell: its group's index, whether it is the group's 总计, whether it is the group's first part.
  const groupOf = new Int8Array(n).fill(-1);
  const isTotal = new Uint8Array(n);
  const isFirst = new Uint8Array(n);
  groups.forEach((g, i) => {
    for (const c of g.parts) groupOf[c] = i;
    groupOf[g.total] = i;
    isTotal[g.total] = 1;
    isFirst[g.parts[0]] = 1;
  });
  const fromStart = groups.map((g) => g.parts[0] === 0);
  const splits: Split[] = [];
  const cells: SplitCell[] = Array(n);
  // What each group's parts still need once its 总计 is placed; NaN: not placed or unknown (「/」).
  const needs = new Float64Array(groups.length).fill(NaN);
  let steps = 0;
  let overflow = false;
  // States from which no split completes: the cell, where it ends, and what its group still needs.
  const dead = new Set<number>();
  // From the last cell back: each 总计 is placed before its parts and bounds them.
  const walk = (k: number, end: number): boolean => {
    if (overflow) return false;
    if (++steps > limit * 20) {
      overflow = true;
      return false;
    }
    if (k < 0) {
      if (end !== 0) return false;
      splits.push([...cells]);
      if (splits.length > limit) overflow = true;
      return true;
    }
    if (end < k + 1 || end > (k + 1) * MAX_DIGITS) return false;
    const g = groupOf[k];
    const total = g >= 0 && isTotal[k] === 1;
    const needed = g >= 0 && !total ? needs[g] : NaN;
    const bounded = !Number.isNaN(needed);
    const key = !bounded ? end * 32 + k : needed < 1e9 ? (needed + 1) * 4096 + end * 32 + k : -1;
    if (key >= 0 && dead.has(key)) return false;
    if (bounded && fromStart[g] && !canSum(end, k + 1, needed)) return false;
    let found = false;
    const longest = Math.min(MAX_DIGITS, end - k);
    for (let len = 1; len <= longest; len++) {
      const piece = pieceAt(end - len, end, k);
      if (!piece) continue;
      const value = piece.count;
      if (bounded) {
        if (value < 0) continue;
        if (value > needed) break; // longer pieces only grow
        if (isFirst[k] === 1 && value !== needed) continue;
        needs[g] = needed - value;
      } else if (total) {
        needs[g] = value < 0 ? NaN : value;
      }
      cells[k] = piece.cell;
      if (walk(k - 1, end - len)) found = true;
      if (bounded || total) needs[g] = bounded ? needed : NaN;
    }
    if (!found && key >= 0) dead.add(key);
    return found;
  };
  walk(n - 1, atoms.length);
  if (overflow) return { ok: false, reason: 'too-many' };
  return splits.length ? { ok: true, splits } : { ok: false, reason: 'none' };
}
