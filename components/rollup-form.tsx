'use client';
import { useActionState } from 'react';
import { runRollupAction } from '@/app/office/rollup/actions';
import { ActionOutcome } from '@/components/action-outcome';
import type { ActionState } from '@/lib/views/action-state';

/** The 「含未审定」 switch and the button that (re-)runs the roll-up; final unit reports are always summed. */
export function RollupForm({ organId, year, includesNonFinal }: { organId: string; year: number; includesNonFinal: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(runRollupAction, {});
  return (
    <form action={action} className="card" aria-label="汇总">
      <ActionOutcome state={state} />
      <input type="hidden" name="organId" value={organId} />
      <input type="hidden" name="year" value={year} />
      <p>
        <label>
          <input type="checkbox" name="includeNonFinal" defaultChecked={includesNonFinal} /> 含未审定
        </label>
        <small>　默认只汇总已审定、已发布的报告；勾选后草稿、已提交和待确认的报告也计入，依赖它们的单元格标注「含未审定」。</small>
      </p>
      <button className="button" type="submit" disabled={pending}>{pending ? '正在汇总…' : '重新汇总'}</button>
    </form>
  );
}
