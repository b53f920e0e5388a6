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
export const SPLIT_LIMIT = 5_000;

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

type PieceOf = (i: number, j: number, k: number) => SplitCell | null;

/** The cell atoms[i..j) can make as cell k, or null; each answer worked out once per run. */
function piecesOf(atoms: Atom[], amount?: (cell: number) => boolean): PieceOf {
  const memo = new Map<number, SplitCell | null>();
  return (i, j, k) => {
    const key = (i * 32 + (j - i)) * 2 + (amount?.(k) ? 1 : 0);
    let piece = memo.get(key);
    if (piece === undefined) {
      piece = pieceOf(atoms, i, j, k, amount);
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
        if (found) pieces.push(found);
      }
    }
    return pieces;
  });
}

/**
 * Whether `cells` numbers cut from `digits` digits can add up to `needed`: their largest has at least
 * ⌈digits/cells⌉ digits, and at most one has more than one digit when they are as large as they can be.
 */
function canSum(digits: number, cells: number, needed: number): boolean {
  const longest = Math.ceil(digits / cells);
  if (longest >= 2 && needed < 10 ** (longest - 1)) return false;
  return needed < 10 ** (digits - cells + 1) + 9 * cells;
}

/** Every split of `run` into `n` cells that keeps the sums of `groups`, or why there is none to give. */
export function enumerateSplits(run: string, n: number, options: SplitOptions = {}): SplitsResult {
  const atoms = atomsOf(run);
  if (!atoms || atoms.length < n || atoms.length > n * MAX_DIGITS) return { ok: false, reason: 'none' };
  const limit = options.limit ?? SPLIT_LIMIT;
  const pieceAt = piecesOf(atoms, options.amount);
  const groupOf = new Map<number, SumGroup>();
  for (const g of options.groups ?? []) for (const c of [...g.parts, g.total]) groupOf.set(c, g);
  const splits: Split[] = [];
  const cells: SplitCell[] = Array(n);
  const totals = new Map<SumGroup, number | null>(); // the group's 总计 once placed; null: unknown (「/」)
  const sums = new Map<SumGroup, number>();
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
    const group = groupOf.get(k);
    const isTotal = group !== undefined && group.total === k;
    const total = group && !isTotal ? totals.get(group) : undefined;
    const bounded = typeof total === 'number';
    const before = group && bounded ? (sums.get(group) ?? 0) : 0;
    const needed = bounded ? (total as number) - before : -1;
    const key = needed < 1e9 ? (needed + 1) * 4096 + end * 32 + k : -1;
    if (key >= 0 && dead.has(key)) return false;
    if (bounded && group?.parts[0] === 0 && !canSum(end, k + 1, needed)) return false;
    let found = false;
    for (let len = 1; len <= Math.min(MAX_DIGITS, end - k); len++) {
      const piece = pieceAt(end - len, end, k);
      if (!piece) continue;
      const value = piece.value === null || !/^\d+$/.test(piece.value) ? null : Number(piece.value);
      if (bounded) {
        if (value === null) continue;
        if (value > needed) break; // longer pieces only grow
        if (k === group?.parts[0] && value !== needed) continue;
        sums.set(group as SumGroup, before + value);
      } else if (isTotal) {
        totals.set(group, value);
        sums.set(group, 0);
      }
      cells[k] = piece;
      if (walk(k - 1, end - len)) found = true;
      if (bounded) sums.set(group as SumGroup, before);
      else if (isTotal) totals.delete(group);
    }
    if (!found && key >= 0) dead.add(key);
    return found;
  };
  walk(n - 1, atoms.length);
  if (overflow) return { ok: false, reason: 'too-many' };
  return splits.length ? { ok: true, splits } : { ok: false, reason: 'none' };
}
