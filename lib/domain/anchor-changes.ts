// Whether the place a review comment points at changed between two versions (issue 15: on a resubmitted
// report, each comment says whether its anchor changed). A part counts as changed when any of its
// paragraphs did; the signature part when the signature did.
import { cellAnchor, paragraphAnchor, partAnchor } from './comment-anchor';
import type { ReportChange } from './diff-reports';

/** The anchors each change touches: a cell, or a paragraph and its part, or the signature. */
function anchorsOf(change: ReportChange): string[] {
  if (change.kind === 'cell') return [cellAnchor(change.key)];
  if (change.kind === 'paragraph') return [paragraphAnchor(change.part, change.index), partAnchor(change.part)];
  return [partAnchor('signature')];
}

/** A predicate over anchors: did the report change there? */
export function changedAnchors(changes: ReportChange[]): (anchor: string) => boolean {
  const touched = new Set(changes.flatMap(anchorsOf));
  return (anchor) => touched.has(anchor);
}
