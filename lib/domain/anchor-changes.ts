// Whether the place a review comment points at changed between two versions (issue 15: on a resubmitted
// report, each comment says whether its anchor changed). A part counts as changed when any of its
// paragraphs did; the signature part when the signature did. A comment on a quoted sentence is judged by the
// sentence's own words: found word for word (even moved, or with its paragraph changed elsewhere) it did not change.
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

/** Whether the place of a located comment changed, given the report's changes since the return. */
export function hasPlaceChanged(comment: { anchor: string; quote: unknown; verbatim: boolean }, changed: (anchor: string) => boolean): boolean {
  return comment.quote ? !comment.verbatim : changed(comment.anchor);
}
