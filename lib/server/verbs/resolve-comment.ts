// Verb: the clerk marks a comment resolved once the draft answers it.
import { writeAudit } from '../data/audit';
import { ServerError, type Ctx } from '../context';
import { isUuid } from '../data/ids';
import { loadReport } from '../load-report';

export async function resolveComment(ctx: Ctx, reportId: string, commentId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { record } = await loadReport(tx, ctx, reportId, { roles: ['clerk', 'supervisor'] });
    if (!isUuid(commentId)) throw new ServerError(404, '批注不存在或已处理');
    const rows = await tx.query(
      'UPDATE report_comments SET resolved_at = now(), resolved_by = $1 WHERE id = $2 AND report_id = $3 AND resolved_at IS NULL RETURNING id',
      [ctx.actor.id, commentId, reportId],
    );
    if (rows.length === 0) throw new ServerError(404, '批注不存在或已处理');
    await writeAudit(tx, { actor: ctx.actor.id, action: 'comment.resolve', organId: record.organId, reportId, detail: { id: commentId } });
  });
}
