'use client';
import { useActionState } from 'react';
import { runRollupAction, type RollupState } from '@/app/office/rollup/actions';

export type RollupCandidate = { reportId: string; organName: string; statusLabel: string; checked: boolean; note?: string };

/** The units to sum (approved ones ticked by default) and the button that (re-)runs the roll-up. */
export function RollupForm({ organId, year, candidates }: { organId: string; year: number; candidates: RollupCandidate[] }) {
  const [state, action, pending] = useActionState<RollupState, FormData>(runRollupAction, {});
  return (
    <form action={action} className="card" aria-labelledby="units-heading">
      <h2 id="units-heading">参与汇总的单位</h2>
      {state.error && <p role="alert" className="error-text">{state.error}</p>}
      <input type="hidden" name="organId" value={organId} />
      <input type="hidden" name="year" value={year} />
      {candidates.length === 0 ? <p>下级单位还没有{year}年度报告。</p> : (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {candidates.map((c) => (
            <li key={c.reportId}>
              <label>
                <input type="checkbox" name="unit" value={c.reportId} defaultChecked={c.checked} /> {c.organName}（{c.statusLabel}）
                {c.note && <strong className="error-text">　{c.note}</strong>}
              </label>
            </li>
          ))}
        </ul>
      )}
      <button className="button" type="submit" disabled={pending}>{pending ? '正在汇总…' : '重新汇总'}</button>
    </form>
  );
}
