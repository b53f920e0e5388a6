'use client';
// 提交审核 inside the editor, beside the live findings: the count it shows is the summary's own, so the
// page never shows a count from its load. Asking to submit turns every empty cell's VALUE-MISSING red;
// with errors left the request is not sent (the server refuses it anyway, with the same count). The last
// keystrokes are saved (and acknowledged) first, so the submitted version holds them; a refused save stops it.
import { memo, useState, type MouseEvent } from 'react';
import { submitAction } from '@/app/reports/[id]/workflow-actions';
import { ActionForm } from '@/components/review/action-form';
import { RegionSubmitNote } from '@/components/review/region-submit-note';
import { useEditor } from './editor-context';
import { useErrorCount } from './findings-summary';
import { focusElement } from './focus';
import styles from './editor.module.css';

type Flush = { kind: 'saving' } | { kind: 'refused'; reason: string };

export const SubmitPanel = memo(function SubmitPanel({ reportId, pendingUnits }: { reportId: string; pendingUnits: string }) {
  const { analysis, autosave } = useEditor();
  const errors = useErrorCount();
  const [isRefused, setRefused] = useState(false);
  const [flush, setFlush] = useState<Flush | null>(null);
  const onClick = async (e: MouseEvent<HTMLButtonElement>) => {
    analysis.revealMissing();
    if (errors > 0) {
      e.preventDefault();
      setRefused(true);
      focusElement('findings-summary-heading', { block: 'start' });
      return;
    }
    if (!autosave.hasUnsavedChanges()) return;
    e.preventDefault();
    const form = e.currentTarget.form;
    setFlush({ kind: 'saving' });
    const problem = await autosave.saveAll();
    if (problem) {
      setFlush({ kind: 'refused', reason: problem });
      return;
    }
    setFlush(null);
    form?.requestSubmit();
  };
  return (
    <ActionForm action={submitAction} reportId={reportId} label="提交审核" className={styles.submit}>
      {errors > 0 && (
        <p className={isRefused ? styles.messageProblem : styles.hint} role={isRefused ? 'alert' : undefined}>
          还有{errors}项错误，改正后才能提交审核。
        </p>
      )}
      {flush?.kind === 'saving' && <p className={styles.hint} role="status">正在保存最后的修改，保存后提交…</p>}
      {flush?.kind === 'refused' && (
        <p className={styles.messageProblem} role="alert">最后的修改未能保存（{flush.reason}），未提交审核。</p>
      )}
      {pendingUnits && <RegionSubmitNote pendingUnits={pendingUnits} />}
      <button className={styles.buttonPrimary} type="submit" onClick={onClick} disabled={flush?.kind === 'saving'}>提交审核</button>
    </ActionForm>
  );
});
