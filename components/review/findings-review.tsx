'use client';
// The findings beside the preview; a supervisor may accept a warning with a written reason.
import { acceptWarningAction } from '@/app/reports/[id]/workflow-actions';
import { ActionForm } from './action-form';

export type FindingView = { key: string; rule: string; severity: 'error' | 'warning'; message: string; accepted?: { reason: string; by: string } };

export function FindingsReview({ reportId, findings, canAccept }: { reportId: string; findings: FindingView[]; canAccept: boolean }) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section className="card" aria-labelledby="findings-heading">
      <h2 id="findings-heading">校验结果：错误 {errors} 项，警告 {findings.length - errors} 项</h2>
      {findings.length === 0 && <p className="badge ok">全部通过</p>}
      <ul style={{ paddingLeft: 18 }}>
        {findings.map((f) => (
          <li key={f.key} style={{ marginBottom: 10 }}>
            <span className={`badge ${f.severity}`}>{f.severity === 'error' ? '错误' : '警告'}</span> {f.message}
            <small> （{f.rule}）</small>
            {f.accepted && <div><span className="badge ok">已接受</span> {f.accepted.by}：{f.accepted.reason}</div>}
            {canAccept && f.severity === 'warning' && !f.accepted && (
              <details>
                <summary>接受此警告</summary>
                <ActionForm action={acceptWarningAction} reportId={reportId} label={`接受警告：${f.message}`}>
                  <input type="hidden" name="finding" value={f.key} />
                  <div className="field">
                    <label htmlFor={`accept-${f.key}`}>接受理由</label>
                    <textarea id={`accept-${f.key}`} name="reason" rows={2} maxLength={2000} required />
                  </div>
                  <button className="button secondary" type="submit">接受</button>
                </ActionForm>
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
