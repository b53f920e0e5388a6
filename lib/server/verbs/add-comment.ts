// Verb: a supervisor (or the clerk) comments on a part, a paragraph, a quoted stretch of one, or a cell.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isQuoteInReport, ZCommentAnchor } from '../../domain/comment-anchor';
import { ZTextQuote } from '../../domain/text-quote';
import { writeAudit } from '../data/audit';
import { ServerError, type Ctx } from '../context';
import { loadReport } from '../load-report';
import { parseInput } from '../parse-input';
import { personText } from '../../domain/typed-text';

export const MAX_COMMENT_CHARS = 2000;

const ZInput = z.object({
  body: personText('批注').trim().min(1, '批注内容不能为空').max(MAX_COMMENT_CHARS, `批注不超过${MAX_COMMENT_CHARS}字`),
}).and(ZCommentAnchor);

export async function addComment(ctx: Ctx, reportId: string, input: unknown): Promise<{ id: string }> {
  // The quote's fields come from the comment box, never typed: any fault in them is one fault of the selection.
  const quoted = (input as { quote?: unknown } | null)?.quote;
  if (quoted != null && !ZTextQuote.safeParse(quoted).success) throw new ServerError(400, '所选文字无效，请重新选择');
  const { anchor, quote, body } = parseInput(ZInput, input, { anchor: '批注位置', body: '批注内容', quote: '所选文字' });
  return ctx.db.transaction(async (tx) => {
    const { record } = await loadReport(tx, ctx, reportId, { roles: ['supervisor', 'clerk'] });
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
