// Verb: a supervisor (or the clerk) comments on a part, a paragraph, a quoted stretch of one, or a cell.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isQuoteInReport, ZCommentAnchor } from '../domain/comment-anchor';
import { writeAudit } from './audit';
import { requireRole } from './authorize';
import { ServerError, type Ctx } from './context';
import { findReport } from './report-records';
import { personText } from '../domain/typed-text';

export const MAX_COMMENT_CHARS = 2000;

const ZInput = z.object({
  body: personText('批注').trim().min(1, '批注内容不能为空').max(MAX_COMMENT_CHARS, `批注不超过${MAX_COMMENT_CHARS}字`),
}).and(ZCommentAnchor);

export async function addComment(ctx: Ctx, reportId: string, input: unknown): Promise<{ id: string }> {
  const parsed = ZInput.safeParse(input);
  // The quote's fields come from the comment box, never typed: any fault in them is one fault of the selection.
  if (!parsed.success) throw new ServerError(400, [...new Set(parsed.error.issues.map((i) => (i.path[0] === 'quote' ? '所选文字无效，请重新选择' : i.message)))].join('；'));
  const { anchor, quote, body } = parsed.data;
  return ctx.db.transaction(async (tx) => {
    const record = await findReport(tx, reportId);
    if (!record) throw new ServerError(404, '报告不存在或无权查看');
    await requireRole(tx, ctx.actor, record.organId, ['supervisor', 'clerk']);
    // Offsets are kept to re-find the sentence later, so they must be of the text the reviewer read.
    if (!isQuoteInReport({ anchor, quote }, record.report)) throw new ServerError(409, '所选文字与报告当前内容不一致，请刷新页面后重新选择');
    const id = randomUUID();
    await tx.query('INSERT INTO report_comments (id, report_id, anchor, quote, body, author) VALUES ($1, $2, $3, $4, $5, $6)', [
      id, reportId, anchor, quote === null ? null : JSON.stringify(quote), body, ctx.actor.id,
    ]);
    await writeAudit(tx, { actor: ctx.actor.id, action: 'comment.add', organId: record.organId, reportId, detail: { id, anchor, ...(quote ? { quote: quote.text } : {}) } });
    return { id };
  });
}
