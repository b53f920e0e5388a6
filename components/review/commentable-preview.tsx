'use client';
// The review page's preview as the place to comment (issue 15). A click, or Enter, on a paragraph, a value
// cell, a part heading or the signature opens a comment box there; selecting text in a paragraph anchors
// the comment to that text; a click on a highlighted quote shows the comments on it. The preview's markup
// is the server's (lib/render/report-preview.tsx: data-anchor, data-comments); this only reads it.
import { useRef, useState, type ReactNode } from 'react';
import { describeAnchor, describeQuote } from '@/lib/domain/comment-anchor';
import { quoteAt, type TTextQuote } from '@/lib/domain/text-quote';
import { CommentBox, type BoxComment } from './comment-box';
import styles from './comment-box.module.css';
import { selectedQuote } from './selected-quote';

type Range = { start: number; end: number };
/** An open comment where it is now: `place` its anchor, `range` its quoted stretch there. */
export type PreviewComment = BoxComment & { place: string; range: Range | null };

type Box = { anchor: string; quote: TTextQuote | null; top: number; left: number };

const BOX_WIDTH = 360;
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** The open comments a box shows: those on its place; for a quote, those whose quotes overlap it. */
function commentsAt(comments: readonly PreviewComment[], box: Box): PreviewComment[] {
  return comments.filter((c) => c.place === box.anchor && (!box.quote || (c.range !== null && overlaps(c.range, box.quote))));
}

export function CommentablePreview({ reportId, comments, canComment, children }: {
  reportId: string; comments: PreviewComment[]; canComment: boolean; children: ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const preview = useRef<HTMLDivElement>(null);
  // A drag that selected text opens its box on mouseup; the click that follows must not replace it.
  const selecting = useRef(false);
  const [box, setBox] = useState<Box | null>(null);

  const open = (anchor: string, quote: TTextQuote | null, rect: DOMRect) => {
    const outer = container.current!.getBoundingClientRect();
    setBox({ anchor, quote, top: rect.bottom - outer.top + 6, left: Math.max(0, Math.min(rect.left - outer.left, outer.width - BOX_WIDTH)) });
  };

  /** A click or Enter on an anchored element, or a click on a highlighted quote (its first comment's quote). */
  const openAt = (target: Element) => {
    const mark = target.closest<HTMLElement>('mark[data-comments]');
    const paragraph = mark?.closest<HTMLElement>('p[data-anchor]');
    const ids = mark?.dataset.comments?.split(' ') ?? [];
    const quoted = comments.find((c) => ids.includes(c.id) && c.range);
    if (paragraph && quoted?.range) {
      open(paragraph.dataset.anchor!, quoteAt(paragraph.textContent ?? '', quoted.range.start, quoted.range.end), mark!.getBoundingClientRect());
      return;
    }
    const anchored = target.closest<HTMLElement>('[data-anchor]');
    if (anchored && preview.current?.contains(anchored)) open(anchored.dataset.anchor!, null, anchored.getBoundingClientRect());
  };

  const close = () => {
    const anchor = box?.anchor;
    setBox(null);
    if (anchor) preview.current?.querySelector<HTMLElement>(`[data-anchor="${CSS.escape(anchor)}"]`)?.focus();
  };

  return (
    <div className={styles.container} ref={container}>
      {canComment && (
        <p className={styles.hint}>
          点击报告中的段落、表格单元格、标题或落款即可在该处批注；选中段落中的文字，批注就指向这段文字。
          也可用 Tab 键移到该处后按 Enter。已有批注之处以黄色标出，点击可查看。
        </p>
      )}
      <div
        ref={preview}
        onMouseDown={() => { selecting.current = false; }}
        onMouseUp={() => {
          const selected = selectedQuote(preview.current!);
          if (!selected) return;
          selecting.current = true;
          open(selected.anchor, selected.quote, selected.rect);
        }}
        onClick={(e) => { if (!selecting.current) openAt(e.target as Element); }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || !(e.target as Element).matches('[data-anchor]')) return;
          e.preventDefault();
          openAt(e.target as Element);
        }}
      >
        {children}
      </div>
      {box && (
        <CommentBox
          key={`${box.anchor}:${box.quote?.start ?? ''}:${box.quote?.end ?? ''}`}
          reportId={reportId}
          anchor={box.anchor}
          quote={box.quote}
          label={box.quote ? describeQuote(box.anchor, box.quote.text) : describeAnchor(box.anchor)}
          comments={commentsAt(comments, box)}
          canComment={canComment}
          position={{ top: box.top, left: box.left }}
          onClose={close}
        />
      )}
    </div>
  );
}
