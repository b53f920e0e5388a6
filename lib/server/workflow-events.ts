// Verb: the review steps a report went through (submit, return, approve, publish, comments, accepted
// warnings, imports), from the audit trail, for the history page.
import { getReport } from './get-report';
import type { Ctx } from './context';

export type WorkflowEvent = { at: string; actor: string; action: string; reason: string | null };

const ACTION_LABEL: Record<string, string> = {
  'report.create': '创建', 'report.import': '导入已发布的报告', 'report.submit': '提交审核', 'report.return': '退回修改',
  'report.approve': '审定', 'report.publish': '登记发布', 'report.rollup': '汇总下级单位数据',
  'comment.add': '添加批注', 'comment.resolve': '批注已解决', 'warning.accept': '接受警告',
};

export async function listWorkflowEvents(ctx: Ctx, reportId: string): Promise<WorkflowEvent[]> {
  await getReport(ctx, reportId); // authorises
  const rows = await ctx.db.query<{ at: Date | string; actor: string | null; action: string; detail: unknown }>(
    `SELECT a.at, u.display_name AS actor, a.action, a.detail FROM audit_log a LEFT JOIN users u ON u.id = a.actor
     WHERE a.report_id = $1 AND a.action = ANY($2::text[]) ORDER BY a.id`,
    [reportId, Object.keys(ACTION_LABEL)],
  );
  return rows.map((r) => {
    const detail = (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as { reason?: string; publishedUrl?: string };
    return {
      at: new Date(r.at).toISOString(),
      actor: r.actor ?? '系统',
      action: ACTION_LABEL[r.action],
      reason: detail.reason || detail.publishedUrl || null,
    };
  });
}
