import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportEditor } from '@/components/editor/report-editor';
import { CommentsPanel } from '@/components/review/comments-panel';
import { StaleYearPanel } from '@/components/stale-year-panel';
import { YearOverYearTable } from '@/components/year-over-year-table';
import { WorkflowBar } from '@/components/review/workflow-bar';
import { staleYearSentences } from '@/lib/domain/carry-over';
import { isEditable } from '@/lib/domain/workflow';
import { yearOverYear } from '@/lib/domain/year-over-year';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { commentViews } from '@/lib/server/verbs/report-page-data';
import { describePending } from '@/lib/domain/region-readiness';
import { findPreviousReport } from '@/lib/server/data/report-records';
import { pendingUnitsOf } from '@/lib/server/verbs/rollup-verbs';
import { ReportRegisterSwitch } from '@/components/register/register-actions';
import { countRegister } from '@/lib/domain/register/table2';
import { timelinessOfYear } from '@/lib/domain/register/timeliness';
import { findRegister } from '@/lib/server/data/register-records';
import { findReportNotices } from '@/lib/server/verbs/report-notices';
import { ReportNoticeBanner } from '@/components/report-notice';
import { loadOr404, reportPageMetadata } from './load';

export const generateMetadata = ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => reportPageMetadata(params, '编辑');

export const dynamic = 'force-dynamic';

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx();
  const { id } = await params;
  const { record, access, comments } = await loadOr404(ctx, id);
  const canEdit = access.roles.includes('clerk') && isEditable(record.status);
  const previous = await findPreviousReport(ctx.db, record);
  const pendingUnits = record.rollup ? describePending(await pendingUnitsOf(ctx.db, record)) : '';
  // The organ's register of the year (issue 16): its cases are for the organ's own clerks and reviewers.
  const seesRegister = access.roles.includes('clerk') || access.roles.includes('supervisor');
  const register = seesRegister ? await findRegister(ctx.db, record.organId, record.year) : null;
  const registerHref = `/register/${record.organId}/${record.year}`;
  const views = commentViews(comments, record.report, true);
  const openNotes = views.filter((c) => !c.resolvedAt)
    .map(({ id, anchor, anchorLabel, body, author }) => ({ id, anchor, anchorLabel, body, author }));
  const notice = (await findReportNotices(ctx.db, [record])).get(record.id);
  return (
    <>
      <p><Link href="/reports">← 我的报告</Link></p>
      <ReportNoticeBanner notice={notice} commentsHref="#comments-heading" />
      <WorkflowBar
        reportId={record.id}
        status={record.status}
        roles={access.roles}
        // No count of errors here: 提交审核 and the live count are in the editor, where the findings are.
        showReviewLink={access.roles.includes('supervisor') || access.viaSupervision}
        showDecision={false}
        pendingUnits={pendingUnits}
      />
      <YearOverYearTable rows={yearOverYear(record.report, previous?.report)} year={record.year} hasPrevious={Boolean(previous)} />
      {comments.length > 0 && (
        <CommentsPanel reportId={record.id} comments={views} canResolve={access.roles.includes('clerk')} />
      )}
      {record.report.parts && (
        <StaleYearPanel sentences={staleYearSentences(record.report)} parts={record.report.parts} year={record.year} />
      )}
      {record.rollup && (
        <p className="card">本报告为本地区汇总报告：表格数字由<Link href={`/office/rollup?organ=${record.organId}&year=${record.year}`}>本地区汇总</Link>生成，不能在此修改；文字部分由本机关填写。
          {record.rollup.includesNonFinal && <strong>汇总含未审定单位的数据，依赖它们的单元格见本地区汇总页的「含未审定」标注。</strong>}
        </p>
      )}
      {seesRegister && !record.rollup && (
        <p className="card">
          <Link href={registerHref}>{register ? `${record.year}年度申请台账（${register.cases.length}件）` : `建立${record.year}年度申请台账`}</Link>
          {register?.feedsReport ? '：表二各数字由台账统计，点击数字可查看对应案件。' : register ? '：与表二不一致之处列为警告（REGISTER-MISMATCH）。' : ''}
          {' '}{canEdit && register && <ReportRegisterSwitch reportId={record.id} feeds={register.feedsReport} />}
        </p>
      )}
      <ReportEditor
        // A new state (submitted, returned…) remounts the editor with its new editability.
        key={`${record.id}:${record.status}:${register?.feedsReport ? 'register' : 'typed'}`}
        reportId={record.id}
        previous={previous?.report}
        organName={record.organName}
        readOnly={!canEdit}
        tablesReadOnly={Boolean(record.rollup)}
        applicationsFromRegister={register?.feedsReport ? registerHref : undefined}
        registerApplications={register ? countRegister(register.cases, record.year).applications : undefined}
        registerTimeliness={register ? timelinessOfYear(register.cases, record.year) : undefined}
        notes={openNotes}
        submit={canEdit ? { pendingUnits } : undefined}
        initial={{ report: record.report, version: record.version, savedAt: record.updatedAt, savedBy: record.updatedBy }}
      />
    </>
  );
}
