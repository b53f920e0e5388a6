// Review comments anchored to a part, a paragraph (or a quoted stretch of one) or a table cell: reading them.
import { ZTextQuote, type TTextQuote } from '../../domain/text-quote';
import type { Queryable } from '../../db/types';

export type CommentAnchor = string; // 'cell:<cellKey>' | 'part:<partKey>' | 'paragraph:<partKey>:<index>'
export type ReviewComment = {
  id: string; anchor: CommentAnchor; quote: TTextQuote | null; body: string; author: string; createdAt: string;
  resolvedAt: string | null; resolvedBy: string | null;
};

export async function findComments(q: Queryable, reportId: string): Promise<ReviewComment[]> {
  const rows = await q.query<{
    id: string; anchor: string; quote: unknown; body: string; author: string; created_at: Date | string; resolved_at: Date | string | null; resolved_by: string | null;
  }>(
    `SELECT c.id, c.anchor, c.quote, c.body, a.display_name AS author, c.created_at, c.resolved_at, r.display_name AS resolved_by
     FROM report_comments c JOIN users a ON a.id = c.author LEFT JOIN users r ON r.id = c.resolved_by
     WHERE c.report_id = $1 ORDER BY c.created_at, c.id`,
    [reportId],
  );
  return rows.map((r) => ({
    // A quote that does not parse is shown as a comment on its paragraph rather than failing the page.
    id: r.id, anchor: r.anchor, quote: ZTextQuote.safeParse(r.quote).data ?? null, body: r.body, author: r.author,
    createdAt: new Date(r.created_at).toISOString(),
    resolvedAt: r.resolved_at ? new Date(r.resolved_at).toISOString() : null, resolvedBy: r.resolved_by,
  }));
}
