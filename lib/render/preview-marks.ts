// Open review comments as the HTML preview marks them (issue 15: a reviewer sees at a glance what is still
// open): an outlined cell or paragraph, a count at a part's heading, a highlighted quoted stretch. Pure:
// the review page builds the marks, the preview only draws them.
import type { DocRun } from './document-model';

export type Range = { start: number; end: number };
export type QuoteMark = Range & { ids: string[] };

export type PreviewMarks = {
  /** Ids of open comments on a whole part, paragraph or cell (a quote that is lost counts for its paragraph). */
  anchors: Readonly<Record<string, readonly string[]>>;
  /** Quoted stretches of paragraphs, by paragraph anchor. */
  quotes: Readonly<Record<string, readonly QuoteMark[]>>;
};

/** Marks of open comments where they are now (`place` and `range` as found by locateAnchor). */
export function previewMarks(comments: readonly { id: string; place: string; range: Range | null }[]): PreviewMarks {
  const anchors: Record<string, string[]> = {};
  const quotes: Record<string, QuoteMark[]> = {};
  for (const c of comments) {
    if (c.range) (quotes[c.place] ??= []).push({ ...c.range, ids: [c.id] });
    else (anchors[c.place] ??= []).push(c.id);
  }
  return { anchors, quotes };
}

/** A piece of a paragraph's run, with the comments whose quotes cover it (none: plain text). */
export type MarkedPiece = { text: string; subheading: boolean; ids: string[] };

/** A paragraph's runs cut at every quote's edges, so overlapping quotes mark each piece with all of theirs. */
export function markRuns(runs: readonly DocRun[], marks: readonly QuoteMark[]): MarkedPiece[] {
  const pieces: MarkedPiece[] = [];
  let offset = 0;
  for (const run of runs) {
    const runEnd = offset + run.text.length;
    const cuts = new Set([offset, runEnd]);
    for (const m of marks) for (const at of [m.start, m.end]) if (at > offset && at < runEnd) cuts.add(at);
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [from, to] = [sorted[i], sorted[i + 1]];
      const ids = marks.filter((m) => m.start <= from && m.end >= to).flatMap((m) => m.ids);
      pieces.push({ text: run.text.slice(from - offset, to - offset), subheading: run.subheading, ids });
    }
    offset = runEnd;
  }
  return pieces;
}
