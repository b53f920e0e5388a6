// Cells that ran together without separators (a crawler's page text: 「行政规范性文件693665」 for three
// cells). They are read only when the split is certain: as many digits as cells, separators that give
// exactly the cells, or one split alone once numbers cannot start with 0. Anything else is ambiguous.

export type RunSplit =
  | { ok: true; values: string[] }
  | { ok: false; reason: 'ambiguous' | 'too-few' | 'too-many'; text: string };

/** Ways to cut a digit string into k numbers with no leading zeros, capped at 2 (one or several). */
function ways(digits: string, k: number, memo: Map<string, number>): number {
  if (k === 0) return digits.length === 0 ? 1 : 0;
  if (digits.length < k) return 0;
  const key = `${digits.length}:${k}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let total = 0;
  const maxLen = digits[0] === '0' ? 1 : digits.length - (k - 1);
  for (let len = 1; len <= maxLen && total < 2; len++) total += ways(digits.slice(len), k - 1, memo);
  const capped = Math.min(total, 2);
  memo.set(key, capped);
  return capped;
}

/** The one split of a digit string into k numbers (call when ways(...) === 1). */
function theSplit(digits: string, k: number): string[] {
  const out: string[] = [];
  let rest = digits;
  for (let left = k; left > 0; left--) {
    const maxLen = rest[0] === '0' ? 1 : rest.length - (left - 1);
    for (let len = 1; len <= maxLen; len++) {
      if (ways(rest.slice(len), left - 1, new Map()) === 1) {
        out.push(rest.slice(0, len));
        rest = rest.slice(len);
        break;
      }
    }
  }
  return out;
}

const VALUE_TOKEN = /^(?:\d+(?:\.\d+)?|\/|／)$/;

/**
 * Splits a run such as 「500000 5」 or 「1000001」 into n cells. Spaces are certain boundaries; a token with
 * a decimal point or 「/」 is one cell.
 */
export function splitRun(run: string, n: number): RunSplit {
  const text = run.normalize('NFKC').trim();
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.some((t) => !VALUE_TOKEN.test(t))) return { ok: false, reason: 'ambiguous', text };
  if (tokens.length === n) return { ok: true, values: tokens };
  if (tokens.length > n) return { ok: false, reason: 'too-many', text };
  const digitsTotal = tokens.reduce((sum, t) => sum + (/^\d+$/.test(t) ? t.length : 1), 0);
  if (digitsTotal < n) return { ok: false, reason: 'too-few', text };
  // Distribute the n cells over the tokens; the split is certain only if exactly one distribution works.
  const splittable = tokens.map((t) => /^\d+$/.test(t));
  const perToken = tokens.map((t, i) => (splittable[i] ? Array.from({ length: t.length }, (_, j) => ways(t, j + 1, new Map())) : [1]));
  // count[i][c]: ways for tokens i.. to make c cells (capped at 2)
  const count: number[][] = Array.from({ length: tokens.length + 1 }, () => Array(n + 1).fill(0));
  count[tokens.length][0] = 1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    for (let c = 0; c <= n; c++) {
      let total = 0;
      perToken[i].forEach((w, j) => {
        const cells = j + 1;
        if (w && cells <= c) total += w * count[i + 1][c - cells];
      });
      count[i][c] = Math.min(total, 2);
    }
  }
  if (count[0][n] !== 1) return { ok: false, reason: count[0][n] === 0 ? 'too-few' : 'ambiguous', text };
  const values: string[] = [];
  let c = n;
  tokens.forEach((t, i) => {
    const options = perToken[i];
    for (let j = 0; j < options.length; j++) {
      const cells = j + 1;
      if (options[j] === 1 && cells <= c && count[i + 1][c - cells] === 1) {
        values.push(...(splittable[i] ? theSplit(t, cells) : [t]));
        c -= cells;
        return;
      }
    }
  });
  return { ok: true, values };
}

export function describeRunFailure(split: Exclude<RunSplit, { ok: true }>, n: number): string {
  if (split.reason === 'ambiguous') {
    return `${n}个单元格的数字连写为「${split.text}」，之间没有分隔，无法确定各数的分界`;
  }
  return split.reason === 'too-many' ? `应有${n}个数，读到「${split.text}」多于${n}个` : `应有${n}个数，只读到「${split.text}」`;
}

export type Segment = { kind: 'run' | 'text'; text: string };

/** A run of text cut into number runs (digits, spaces, points, 「/」) and the text between them. */
export function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  for (const m of text.normalize('NFKC').matchAll(/(\d[\d\s./]*)|([^\d]+)/g)) {
    out.push(m[1] !== undefined ? { kind: 'run', text: m[1] } : { kind: 'text', text: m[2] });
  }
  return out;
}

/** The number prefix of a printed row label: 「2.其他法律…」 → 2. */
export const numberPrefix = (label: string): string | null => /^(\d+)[.、．]/.exec(label)?.[1] ?? null;

/**
 * For labelled rows in order, the number run printed after each label. `matches(i, text)` says whether a
 * text segment (with the row's own number prefix put back when the run before it carried it) is row i's
 * label. A run that ends with the next row's number prefix (「0000000」+「2.」) gives that prefix back.
 */
export function runsAfterLabels(
  text: string,
  labels: string[],
  matches: (row: number, text: string) => boolean,
): { row: number; run: string | null }[] {
  const segs = segmentsOf(text);
  const out: { row: number; run: string | null }[] = [];
  let at = 0;
  labels.forEach((label, row) => {
    const prefix = numberPrefix(label);
    let found = -1;
    for (let s = at; s < segs.length; s++) {
      if (segs[s].kind !== 'text') continue;
      const before = s > 0 && segs[s - 1].kind === 'run' ? segs[s - 1].text : '';
      const withPrefix = prefix && new RegExp(`${prefix}\\s*[.]?\\s*$`).test(before) ? `${prefix}.${segs[s].text}` : segs[s].text;
      if (matches(row, withPrefix)) {
        found = s;
        break;
      }
    }
    if (found < 0) {
      out.push({ row, run: null });
      return;
    }
    let runIdx = segs.findIndex((seg, i) => i > found && seg.kind === 'run');
    // The run belongs to this row only if the next row's label does not come first.
    const nextLabelFirst = segs.slice(found + 1, runIdx < 0 ? segs.length : runIdx).some((seg) => seg.kind === 'text' && row + 1 < labels.length && matches(row + 1, seg.text));
    if (nextLabelFirst) runIdx = -1;
    let run = runIdx >= 0 ? segs[runIdx].text : '';
    const nextPrefix = row + 1 < labels.length ? numberPrefix(labels[row + 1]) : null;
    const after = runIdx >= 0 ? segs[runIdx + 1]?.text ?? '' : '';
    if (nextPrefix) {
      const tail = new RegExp(`${nextPrefix}\\s*\\.\\s*$`);
      if (tail.test(run)) run = run.replace(tail, '');
      else if (/^[、]/.test(after) && run.trimEnd().endsWith(nextPrefix)) run = run.trimEnd().slice(0, -nextPrefix.length);
    }
    out.push({ row, run: runIdx >= 0 && run.trim() ? run.trim() : null });
    at = found + 1;
  });
  return out;
}
