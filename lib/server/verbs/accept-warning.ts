// Verb: a supervisor accepts a warning with a written reason; it then shows as accepted everywhere.
import { z } from 'zod';
import { findingKey } from '../../domain/findings';
import { writeAudit } from '../data/audit';
import { checkRecord } from '../data/check-record';
import { ServerError, type Ctx } from '../context';
import { loadReport } from '../load-report';
import { parseInput } from '../parse-input';
import { personText } from '../../domain/typed-text';

const ZInput = z.object({
  finding: z.string().min(1),
  reason: personText('理由').trim().min(2, '请写明接受该警告的理由').max(2000, '理由不超过2000字'),
});

export async function acceptWarning(ctx: Ctx, reportId: string, input: unknown): Promise<void> {
  const { finding, reason } = parseInput(ZInput, input, { finding: '警告', reason: '理由' });
  await ctx.db.transaction(async (tx) => {
    const { record } = await loadReport(tx, ctx, reportId, { roles: ['supervisor'], forUpdate: true });
    const warning = (await checkRecord(tx, record)).find((f) => f.severity === 'warning' && findingKey(f) === finding);
    if (!warning) throw new ServerError(409, '该警告已不存在（报告可能已修改）');
    await tx.query(
      `INSERT INTO accepted_warnings (report_id, finding_key, rule, reason, accepted_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (report_id, finding_key) DO UPDATE SET reason = EXCLUDED.reason, accepted_by = EXCLUDED.accepted_by, accepted_at = now()`,
      [reportId, finding, warning.rule, reason, ctx.actor.id],
    );
    await writeAudit(tx, {
      actor: ctx.actor.id, action: 'warning.accept', organId: record.organId, reportId,
      detail: { rule: warning.rule, message: warning.message, reason },
    });
  });
}
