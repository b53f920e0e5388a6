'use client';
// Review comments at their anchors, named in words; clerks mark them resolved. Comments are added where
// the reviewer reads, in the preview (commentable-preview.tsx).
import { resolveAction } from '@/app/reports/[id]/workflow-actions';
import { ActionForm } from './action-form';

export type CommentView = {
  id: string; anchor: string; anchorLabel: string; anchorHref: string | null; body: string;
  author: string; createdAt: string; resolvedAt: string | null; resolvedBy: string | null;
  /** Where it points now (a quoted sentence may have moved): the anchor, the quoted stretch, or that it is gone. */
  place: string; range: { start: number; end: number } | null; quoteLost: boolean;
};

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });

export function CommentsPanel({ reportId, comments, canResolve }: {
  reportId: string; comments: CommentView[]; canResolve: boolean;
}) {
  const open = comments.filter((c) => !c.resolvedAt);
  return (
    <section className="card" aria-labelledby="comments-heading">
      <h2 id="comments-heading">审核批注（未解决{open.length}条）</h2>
      {comments.length === 0 && <p>暂无批注。</p>}
      <ul style={{ paddingLeft: 18 }}>
        {comments.map((c) => (
          <li key={c.id} style={{ marginBottom: 10, opacity: c.resolvedAt ? 0.6 : 1 }}>
            <div>
              <strong>{c.anchorHref ? <a href={c.anchorHref}>{c.anchorLabel}</a> : c.anchorLabel}</strong>
              {c.resolvedAt ? <span className="badge ok">已解决（{c.resolvedBy}）</span> : <span className="badge warning">未解决</span>}
            </div>
            <div style={{ whiteSpace: 'pre-wrap' }}>{c.body}</div>
            <small>{c.author} · {when(c.createdAt)}</small>
            {canResolve && !c.resolvedAt && (
              <ActionForm action={resolveAction} reportId={reportId} label={`处理批注：${c.anchorLabel}`}>
                <input type="hidden" name="commentId" value={c.id} />
                <button type="submit" className="button secondary">标记已解决</button>
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
