// Verb: the review steps a report went through (submit, return, approve, publish, comments, accepted
// warnings, imports), from the audit trail, for the history page.
import { REVIEW_STEP_LABEL } from '../../domain/activity';
import { getReport } from './get-report';
import type { Ctx } from '../context';

export type WorkflowEvent = { at: string; actor: string; action: string; reason: string | null };

export async function listWorkflowEvents(ctx: Ctx, reportId: string): Promise<WorkflowEvent[]> {
  await getReport(ctx, reportId); // authorises
  const rows = await ctx.db.query<{ at: Date | string; actor: string | null; action: string; detail: unknown }>(
    `SELECT a.at, u.display_name AS actor, a.action, a.detail FROM audit_log a LEFT JOIN users u ON u.id = a.actor
     WHERE a.report_id = $1 AND a.action = ANY($2::text[]) ORDER BY a.id`,
    [reportId, Object.keys(REVIEW_STEP_LABEL)],
  );
  return rows.map((r) => {
    const detail = (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as { reason?: string; publishedUrl?: string };
    return {
      at: new Date(r.at).toISOString(),
      actor: r.actor ?? '系统',
      action: REVIEW_STEP_LABEL[r.action],
      reason: detail.reason || detail.publishedUrl || null,
    };
  });
}
