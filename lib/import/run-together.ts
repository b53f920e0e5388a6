// Cells that ran together without separators (a crawler's page text: 「行政规范性文件693665」 for three
// cells): the number run printed after each row's label. How a run splits is run-splits.ts's business.

export type Segment = { kind: 'run' | 'text'; text: string; start: number };

/** A run of text cut into number runs (digits, spaces, points, 「/」) and the text between them, with offsets. */
export function segmentsOf(text: string): Segment[] {
  const folded = text.normalize('NFKC');
  const source = folded.length === text.length ? folded : text; // offsets must stay the text's own
  const out: Segment[] = [];
  for (const m of source.matchAll(/(\d[\d\s./]*)|([^\d]+)/g)) {
    out.push(m[1] !== undefined ? { kind: 'run', text: m[1], start: m.index } : { kind: 'text', text: m[2], start: m.index });
  }
  return out;
}

/** A run that the next paragraph's year ran into (「…0000001」+「2025年，…」): the year is not the table's. */
export function withoutTrailingYear(run: string, after: string): string {
  if (!/^\s*年/.test(after)) return run;
  return run.replace(/\s*(?:19|20)\d{2}\s*$/, '');
}

/** The number prefix of a printed row label: 「2.其他法律…」 → 2. */
export const numberPrefix = (label: string): string | null => /^(\d+)[.、．]/.exec(label)?.[1] ?? null;

/** A row's run: null when its label (`found`) or its numbers were not found; `start`: its offset in the text. */
export type LabelledRun = { row: number; run: string | null; start: number; found: boolean };

/**
 * For labelled rows in order, the number run printed after each label. `matches(i, text)` says whether a
 * text segment (with the row's own number prefix put back when the run before it carried it) is row i's
 * label. A run that ends with the next row's number prefix (「0000000」+「2.」) gives that prefix back.
 */
export function runsAfterLabels(
  text: string,
  labels: string[],
  matches: (row: number, text: string) => boolean,
): LabelledRun[] {
  const segs = segmentsOf(text);
  const out: LabelledRun[] = [];
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
      out.push({ row, run: null, start: 0, found: false });
      return;
    }
    let runIdx = segs.findIndex((seg, i) => i > found && seg.kind === 'run');
    // The run belongs to this row only if the next row's label does not come first.
    const nextLabelFirst = segs.slice(found + 1, runIdx < 0 ? segs.length : runIdx).some((seg) => seg.kind === 'text' && row + 1 < labels.length && matches(row + 1, seg.text));
    if (nextLabelFirst) runIdx = -1;
    const after = runIdx >= 0 ? segs[runIdx + 1]?.text ?? '' : '';
    let run = runIdx >= 0 ? withoutTrailingYear(segs[runIdx].text, after) : '';
    const nextPrefix = row + 1 < labels.length ? numberPrefix(labels[row + 1]) : null;
    if (nextPrefix) {
      const tail = new RegExp(`${nextPrefix}\\s*\\.\\s*$`);
      if (tail.test(run)) run = run.replace(tail, '');
      else if (/^[、]/.test(after) && run.trimEnd().endsWith(nextPrefix)) run = run.trimEnd().slice(0, -nextPrefix.length);
    }
    const lead = run.length - run.trimStart().length;
    out.push({ row, run: runIdx >= 0 && run.trim() ? run.trim() : null, start: runIdx >= 0 ? segs[runIdx].start + lead : 0, found: true });
    at = found + 1;
  });
  return out;
}
