'use client';
import { useActionState } from 'react';
import { createReportAction, type CreateReportState } from '@/app/reports/actions';

export type OrganOption = { id: string; name: string };

export function CreateReportForm({ organs, defaultYear }: { organs: OrganOption[]; defaultYear: number }) {
  const [state, action, pending] = useActionState<CreateReportState, FormData>(createReportAction, {});
  return (
    <form action={action} className="card" aria-labelledby="create-report-heading">
      <h2 id="create-report-heading">新建年度报告</h2>
      {state.error && <p role="alert" className="error-text">{state.error}</p>}
      <div className="field">
        <label htmlFor="organId">机关</label>
        <select id="organId" name="organId" defaultValue={organs[0]?.id}>
          {organs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="year">报告年度</label>
        <input id="year" name="year" inputMode="numeric" defaultValue={defaultYear} required />
      </div>
      <button className="button" type="submit" disabled={pending}>{pending ? '正在创建…' : '创建'}</button>
    </form>
  );
}
