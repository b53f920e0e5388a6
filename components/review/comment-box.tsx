'use client';
// The comment box the preview opens at a paragraph, a quoted stretch, a cell, a heading or the signature
// (issue 15): the place named in words, the open comments already there, and a form to add one.
import { useEffect } from 'react';
import { commentAction } from '@/app/reports/[id]/workflow-actions';
import type { TTextQuote } from '@/lib/domain/text-quote';
import { ActionForm } from './action-form';
import styles from './comment-box.module.css';

export type BoxComment = { id: string; label: string; quoteLost: boolean; body: string; author: string };

export function CommentBox({ reportId, anchor, quote, label, comments, canComment, position, onClose }: {
  reportId: string; anchor: string; quote: TTextQuote | null; label: string; comments: BoxComment[]; canComment: boolean;
  position: { top: number; left: number }; onClose: () => void;
}) {
  // Esc closes the box wherever the focus is (after a submit the focus may have left the box).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div role="dialog" aria-label={`批注：${label}`} className={styles.box} style={position}>
      <p className={styles.anchor}>{label}</p>
      {comments.length > 0 && (
        <ul className={styles.list} aria-label="此处的未解决批注">
          {comments.map((c) => (
            <li key={c.id}>
              {c.label !== label && <div><small>{c.label}</small></div>}
              <div className={styles.body}>{c.body}</div>
              <small>{c.author}</small>
            </li>
          ))}
        </ul>
      )}
      {canComment ? (
        <ActionForm action={commentAction} reportId={reportId} label="添加批注">
          <input type="hidden" name="anchor" value={anchor} />
          {quote && (
            <>
              <input type="hidden" name="quote" value={quote.text} />
              <input type="hidden" name="quoteStart" value={quote.start} />
              <input type="hidden" name="quoteEnd" value={quote.end} />
              <input type="hidden" name="quotePrefix" value={quote.prefix} />
              <input type="hidden" name="quoteSuffix" value={quote.suffix} />
            </>
          )}
          <div className={styles.field}>
            <label htmlFor="comment-box-body">批注内容</label>
            {/* Opened by a click or Enter, the box takes the focus so typing, Tab and Esc work at once. */}
            <textarea id="comment-box-body" name="body" rows={3} maxLength={2000} required autoFocus />
          </div>
          <div className={styles.actions}>
            <button className="button" type="submit">添加批注</button>
            <button className="button secondary" type="button" onClick={onClose}>关闭</button>
          </div>
        </ActionForm>
      ) : (
        <button className="button secondary" type="button" onClick={onClose} autoFocus>关闭</button>
      )}
    </div>
  );
}
