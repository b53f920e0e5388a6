// A printed row as the table readers hand it over — its cells where they were printed apart, or the run of
// digits they ran together into — made into candidate tuples, and after the sums have spoken, into one
// reading per cell (issue 14).
import { MAX_CANDIDATES, type CellReading, type ReadMethod, type SourceText, type Span } from './reading';
import { cellChoices, enumerateSplits, type SplitCell, type SplitOptions } from './run-splits';
import { cellKind } from './text-lines';

/** A printed cell: its text and where it lies in the whole text. */
export type Located = { text: string; span: Span };

export type RowInput =
  /** Cells printed apart; null where the row's cell could not be placed (too few numbers printed). */
  | { kind: 'cells'; cells: (Located | null)[]; why?: string }
  /** Digits printed without separators, from `span.start` of the whole text. */
  | { kind: 'run'; run: Located }
  /** The row is not in the print (an author who left it out). */
  | { kind: 'absent' }
  | { kind: 'unread'; reason: string; span: Span | null };

/** A candidate cell: a printed value (null text for a blank), or a cell that could not be placed. */
export type Slot = { value: string | null; span: Span } | { unread: string; span: Span | null };

/**
 * A row's candidates. `choices`: per cell, every value the text allows without any sum. `tuples`: the whole
 * row's splits that keep the row's own sums (null when not listed: Table 1, or beyond the bound).
 */
export type Candidates = {
  choices: Slot[][];
  tuples: Slot[][] | null;
  method: 'separated' | 'digit-count';
  unread?: { reason: string; span: Span | null };
  tooMany?: boolean;
};

const blankOrText = (text: string): string | null => (cellKind(text) === 'blank' ? null : text.trim());

const TOO_MANY_SPLITS = '可能的拆分过多';

/** A row's candidates: cells printed apart are one tuple; a run's splits are listed under `groups` when given. */
export function candidatesOf(input: RowInput, n: number, options: SplitOptions & { list?: boolean } = {}): Candidates {
  if (input.kind === 'absent') {
    const tuple = Array.from({ length: n }, () => ({ value: null, span: { start: 0, end: 0 } }));
    return { choices: tuple.map((s) => [s]), tuples: [tuple], method: 'separated' };
  }
  if (input.kind === 'unread') return { choices: [], tuples: [], method: 'separated', unread: { reason: input.reason, span: input.span } };
  if (input.kind === 'cells') {
    const why = input.why ?? `应有${n}个数，只读到${input.cells.filter(Boolean).length}个，无法确定缺的是哪一列`;
    const tuple: Slot[] = input.cells.map((c) => (c ? { value: blankOrText(c.text), span: c.span } : { unread: why, span: null }));
    return { choices: tuple.map((s) => [s]), tuples: [tuple], method: 'separated' };
  }
  const { run } = input;
  // Splits share their cells (a run's piece is worked out once), so each becomes one slot, shared as well.
  const slots = new Map<SplitCell, Slot>();
  const at = (c: SplitCell): Slot => {
    let slot = slots.get(c);
    if (!slot) {
      slot = { value: c.value, span: { start: run.span.start + c.start, end: run.span.start + c.end } };
      slots.set(c, slot);
    }
    return slot;
  };
  const choices = cellChoices(run.text, n, options.amount);
  if (!choices) {
    return { choices: [], tuples: [], method: 'digit-count', unread: { reason: `应有${n}个数，连写的「${run.text.trim()}」拆不出${n}个数`, span: run.span } };
  }
  const certain = choices.every((c) => c.length === 1);
  if (certain || !options.list) return { choices: choices.map((c) => c.map(at)), tuples: certain ? [choices.map((c) => at(c[0]))] : null, method: 'digit-count' };
  const split = enumerateSplits(run.text, n, options);
  return {
    choices: choices.map((c) => c.map(at)),
    tuples: split.ok ? split.splits.map((s) => s.map(at)) : split.reason === 'none' ? [] : null,
    method: 'digit-count',
    ...(split.ok || split.reason === 'none' ? {} : { tooMany: true }),
  };
}

const PLAIN_NUMBER = /^\d+$/;
const numberOf = (s: Slot) => ('value' in s && s.value !== null && PLAIN_NUMBER.test(s.value) ? Number(s.value) : null);

/**
 * The tuples' cells as numbers for the sums: unknown (null) where blank, unread or not a plain number. `cache`:
 * the numbers of slots already seen (a run's splits share their slots).
 */
export const asNumbers = (tuple: Slot[], cache: Map<Slot, number | null>): (number | null)[] =>
  tuple.map((s) => {
    let n = cache.get(s);
    if (n === undefined) cache.set(s, (n = numberOf(s)));
    return n;
  });

const valueOf = (s: Slot) => ('unread' in s ? undefined : s.value);

/** How the sums went: not used (Table 1), no assignment satisfied them (an author's error), or solved. */
export type SumsOutcome = { sums: 'none' | 'failed' | 'too-many' } | { sums: 'solved'; feasible: Slot[][]; rules: string[] };

const AMBIGUOUS: Record<SumsOutcome['sums'], (k: number) => string> = {
  none: (k) => `数字连写，有${k}种可能的值，无法确定各数的分界`,
  failed: () => '数字连写，各种拆分都与表内合计对不上（原表可能有误），只读取拆分唯一确定的数',
  'too-many': () => `${TOO_MANY_SPLITS}：数字连写，按表内合计求解的组合超出上限`,
  solved: (k) => `数字连写，符合表内合计的拆分仍有${k}种可能的值，无法确定`,
};

/**
 * One reading per cell. With the sums solved, only the tuples that survived them count; otherwise only what
 * the text alone determines is read (never a split that would hide an author's error).
 */
export function readingsOf(cands: Candidates, outcome: SumsOutcome, n: number, source: SourceText, absent: boolean): CellReading[] {
  if (absent) return Array.from({ length: n }, () => ({ status: 'blank', method: 'separated', evidence: null, absent: true }));
  if (cands.unread) {
    const { reason, span } = cands.unread;
    return Array.from({ length: n }, () => ({ status: 'unread', reason, candidates: [], evidence: span ? source.evidence(span) : null }));
  }
  if (cands.method === 'separated') return (cands.tuples as Slot[][])[0].map((slot) => printedReading(slot, source));
  const kind = cands.tooMany && outcome.sums !== 'solved' ? 'too-many' : outcome.sums;
  return Array.from({ length: n }, (_, c): CellReading => {
    const options = outcome.sums === 'solved' ? outcome.feasible.map((t) => t[c]) : cands.choices[c];
    const first = options[0];
    if ('unread' in first) return { status: 'unread', reason: first.unread, candidates: [], evidence: first.span ? source.evidence(first.span) : null };
    const values = [...new Set(options.map(valueOf))];
    if (values.length > 1) {
      const shown = values.filter((v): v is string => typeof v === 'string');
      const run = spanOfAll(options);
      return {
        status: 'unread',
        reason: AMBIGUOUS[kind](values.length),
        candidates: [...shown.slice(0, MAX_CANDIDATES), ...(values.includes(null) ? ['/'] : [])],
        evidence: run ? source.evidence(run) : null,
      };
    }
    const rawSame = new Set(cands.choices[c].map(valueOf)).size === 1;
    const method: ReadMethod = cands.method === 'separated' ? 'separated' : rawSame ? 'digit-count' : 'sums';
    const evidence = source.evidence(first.span as Span);
    if (first.value === null) return { status: 'blank', method, evidence };
    return { status: 'value', value: first.value, method, ...(method === 'sums' && outcome.sums === 'solved' ? { rules: outcome.rules } : {}), evidence };
  });
}

/** A cell printed apart from its neighbours: as printed. */
function printedReading(slot: Slot, source: SourceText): CellReading {
  if ('unread' in slot) return { status: 'unread', reason: slot.unread, candidates: [], evidence: slot.span ? source.evidence(slot.span) : null };
  const evidence = source.evidence(slot.span);
  return slot.value === null ? { status: 'blank', method: 'separated', evidence } : { status: 'value', value: slot.value, method: 'separated', evidence };
}

function spanOfAll(slots: Slot[]): Span | null {
  const spans = slots.map((s) => s.span).filter((s): s is Span => s !== null);
  if (!spans.length) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

const shownValues = (values: string[]) => values.map((c) => c || '空').join(' ');

/** A row printed as cells (pipe, tab or layout): its values as they fall, or a run when one cell holds them all. */
export function fromPrinted(values: string[], spans: Span[], n: number): RowInput {
  if (values.length === n) return { kind: 'cells', cells: values.map((text, i) => ({ text, span: spans[i] })) };
  if (values.length === 1 && n > 1 && /^\d+$/.test(values[0]) && values[0].length >= n) {
    return { kind: 'run', run: { text: values[0], span: spans[0] } };
  }
  const span = spans.length ? { start: spans[0].start, end: spans[spans.length - 1].end } : null;
  if (values.length > n) return { kind: 'unread', reason: `应有${n}个数，读到${values.length}个（${shownValues(values)}），无法确定各数所在的列`, span };
  return { kind: 'cells', cells: Array(n).fill(null), why: `应有${n}个数，只读到${values.length}个（${shownValues(values)}），无法确定各数所在的列` };
}

/**
 * A crawler's run after a row label. Always a run to split, even when its spaces happen to give exactly the
 * cells: crawlers drop and misplace spaces (「1 20 0 0 0 0 12」 for 12,0,0,0,0,0,12), so spaces decide nothing.
 */
export function fromRun(run: string | null, start: number, found: boolean): RowInput {
  if (!found) return { kind: 'absent' };
  if (run === null) return { kind: 'unread', reason: '找到了该行的标签，未找到其后的数字', span: null };
  return { kind: 'run', run: { text: run, span: { start, end: start + run.length } } };
}
