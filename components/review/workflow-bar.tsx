'use client';
// The report's workflow state and the next steps the signed-in user may take.
import Link from 'next/link';
import { confirmImportAction, decideAction, publishAction, submitAction } from '@/app/reports/[id]/workflow-actions';
import { STATUS_LABEL, type ReportStatus } from '@/lib/domain/workflow';
import { RegionSubmitNote } from './region-submit-note';
import { ActionForm } from './action-form';

export type WorkflowBarProps = {
  reportId: string;
  status: ReportStatus;
  roles: string[];
  /** Errors of the saved report; without it 提交审核 is left to the editor, which shows the live count. */
  errors?: number;
  showReviewLink: boolean;
  showDecision: boolean;
  /** For a region report: the units it waits for (「甲镇（草稿）、…」), or empty; submitting then needs a reason. */
  pendingUnits?: string;
};

export function WorkflowBar({ reportId, status, roles, errors, showReviewLink, showDecision, pendingUnits = '' }: WorkflowBarProps) {
  const isClerk = roles.includes('clerk');
  const isSupervisor = roles.includes('supervisor');
  return (
    <section className="card" aria-label="审核流程">
      <p>
        状态：<strong className="badge">{STATUS_LABEL[status]}</strong>　
        <Link href={`/reports/${reportId}/preview`}>预览与下载</Link>　
        <Link href={`/reports/${reportId}/history`}>修改记录</Link>
        {showReviewLink && <>　<Link href={`/reports/${reportId}/review`}>审核</Link></>}
      </p>
      {isClerk && errors !== undefined && (status === 'draft' || status === 'returned') && (
        <ActionForm action={submitAction} reportId={reportId} label="提交审核">
          {errors > 0 && <p>还有{errors}项错误，改正后才能提交审核。</p>}
          {pendingUnits && <RegionSubmitNote pendingUnits={pendingUnits} />}
          <button className="button" type="submit" disabled={errors > 0}>提交审核</button>
        </ActionForm>
      )}
      {showDecision && isSupervisor && status === 'submitted' && (
        <ActionForm action={decideAction} reportId={reportId} label="审核意见">
          <div className="field">
            <label htmlFor="decision-reason">审核意见（退回时必填）</label>
            {/* Required for 退回 only: 审定 skips the check (formNoValidate); the server checks again. */}
            <textarea id="decision-reason" name="reason" rows={3} maxLength={2000} required aria-describedby="decision-keys" />
          </div>
          <button className="button" type="submit" name="decision" value="approve" formNoValidate>审定</button>{' '}
          <button className="button secondary" type="submit" name="decision" value="return">退回修改</button>
          <p id="decision-keys"><small>键盘：在审核意见框中按 Tab 依次到「审定」「退回修改」，按回车或空格执行；退回须先填写审核意见。</small></p>
        </ActionForm>
      )}
      {status === 'imported' && (
        <p>这份报告是导入的已发布报告，须由本机关的另一位审核人核对后确认，才算已审定，才能登记发布。</p>
      )}
      {isSupervisor && status === 'imported' && (
        <ActionForm action={confirmImportAction} reportId={reportId} label="确认导入的报告">
          <button className="button" type="submit">确认无误，转为已审定</button>
        </ActionForm>
      )}
      {showDecision && isSupervisor && status === 'imported' && (
        <ActionForm action={decideAction} reportId={reportId} label="退回导入的报告">
          <div className="field">
            <label htmlFor="import-return-reason">退回理由（必填）</label>
            <textarea id="import-return-reason" name="reason" rows={2} maxLength={2000} required />
          </div>
          <button className="button secondary" type="submit" name="decision" value="return">退回修改</button>
        </ActionForm>
      )}
      {(isClerk || isSupervisor) && status === 'approved' && (
        <ActionForm action={publishAction} reportId={reportId} label="登记发布">
          <div className="field"><label htmlFor="published-on">发布日期</label><input id="published-on" name="publishedOn" type="date" required /></div>
          <div className="field"><label htmlFor="published-url">发布网址</label><input id="published-url" name="publishedUrl" type="url" required placeholder="https://" /></div>
          <button className="button" type="submit">登记发布</button>
        </ActionForm>
      )}
    </section>
  );
}
