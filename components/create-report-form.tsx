'use client';
import { useActionState, useState } from 'react';
import { createReportAction } from '@/app/reports/actions';
import type { ActionState } from '@/lib/views/action-state';

export type OrganOption = { id: string; name: string };
/** A report the organ already has, so the form knows whether 「从上一年度报告开始」 can apply. */
export type ExistingReport = { organId: string; year: number };

export function CreateReportForm({ organs, defaultYear, existing = [] }: { organs: OrganOption[]; defaultYear: number; existing?: ExistingReport[] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(createReportAction, {});
  const [organId, setOrganId] = useState(organs[0]?.id ?? '');
  const [year, setYear] = useState(String(defaultYear));
  // null: follow the default (on when last year's report exists) until the clerk ticks or unticks it.
  const [carryChoice, setCarryChoice] = useState<boolean | null>(null);
  const hasPrevious = existing.some((r) => r.organId === organId && r.year === Number(year) - 1);
  const carryOver = hasPrevious && (carryChoice ?? true);
  return (
    <form action={action} className="card" aria-labelledby="create-report-heading">
      <h2 id="create-report-heading">新建年度报告</h2>
      {state.error && (
        <p role="alert" className="error-text">
          {state.error}
          {state.existingReportId && <>　<a href={`/reports/${state.existingReportId}`}>打开已有的报告</a></>}
        </p>
      )}
      <div className="field">
        <label htmlFor="organId">机关</label>
        <select id="organId" name="organId" value={organId} onChange={(e) => { setOrganId(e.target.value); setCarryChoice(null); }}>
          {organs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="year">报告年度</label>
        <input id="year" name="year" inputMode="numeric" value={year} onChange={(e) => { setYear(e.target.value); setCarryChoice(null); }} required />
      </div>
      <div className="field">
        <label>
          <input
            type="checkbox" name="carryOver" checked={carryOver} disabled={!hasPrevious}
            aria-describedby="carry-over-hint" onChange={(e) => setCarryChoice(e.target.checked)}
          />{' '}从上一年度报告开始
        </label>
        <small id="carry-over-hint">
          {hasPrevious
            ? `「二、上年结转」取${Number(year) - 1}年度报告的「四、结转下年度继续办理」，正文以上年报告为起稿，需要更新的年份会标出。`
            : '本机关没有上一年度的报告，将从空白报告开始。'}
        </small>
      </div>
      <button className="button" type="submit" disabled={pending}>{pending ? '正在创建…' : '创建'}</button>
    </form>
  );
}
