import { reportingCycle } from '@/lib/domain/reporting-cycle';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateReportForm } from '@/components/create-report-form';
import { countBySeverity, findBrokenRules } from '@/lib/domain/engine';
import { STATUS_LABEL } from '@/lib/domain/workflow';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { listReports } from '@/lib/server/verbs/list-reports';
import { findReportNotices } from '@/lib/server/verbs/report-notices';
import { ReportNoticeLine } from '@/components/report-notice';

export const metadata: Metadata = { title: '我的报告' };

export const dynamic = 'force-dynamic';

export default async function ReportsPage() {
  const ctx = await requireCtx();
  const records = await listReports(ctx);
  const notices = await findReportNotices(ctx.db, records);
  const clerkOrgans = ctx.actor.memberships.filter((m) => m.role === 'clerk').map((m) => ({ id: m.organId, name: m.organName }));
  return (
    <>
      <h1>我的报告</h1>
      <section className="card" aria-labelledby="list-heading">
        <h2 id="list-heading">年度报告</h2>
        {records.length === 0 ? (
          <p>还没有报告。</p>
        ) : (
          <table className="list">
            <thead>
              <tr><th scope="col">机关</th><th scope="col">年度</th><th scope="col">状态</th><th scope="col">校验</th><th scope="col">最后保存</th></tr>
            </thead>
            <tbody>
              {records.map((r) => {
                const { errors, warnings } = countBySeverity(findBrokenRules({ report: r.report }));
                return (
                  <tr key={r.id}>
                    <td>{r.organName}</td>
                    <td><Link href={`/reports/${r.id}`}>{r.year}年度报告</Link></td>
                    <td>{STATUS_LABEL[r.status]}<ReportNoticeLine notice={notices.get(r.id)} /></td>
                    <td>
                      {errors > 0 && <span className="badge error">错误 {errors}</span>}{' '}
                      {warnings > 0 && <span className="badge warning">警告 {warnings}</span>}
                      {errors + warnings === 0 && <span className="badge ok">通过</span>}
                    </td>
                    <td>{new Date(r.updatedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} {r.updatedBy}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {clerkOrgans.length > 0 && (
        <>
          <CreateReportForm
            organs={clerkOrgans}
            defaultYear={reportingCycle(new Date()).inProgress}
            existing={records.map((r) => ({ organId: r.organId, year: r.year }))}
          />
          <p className="card">
            已经发布的往年报告还不在系统里？<Link href="/reports/import">导入已发布的年度报告</Link>（Word、PDF、网页或文本），
            作为下一年度报告的起点。
          </p>
        </>
      )}
    </>
  );
}
