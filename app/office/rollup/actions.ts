'use server';
import { redirect } from 'next/navigation';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { runRollup } from '@/lib/server/verbs/rollup-verbs';
import { runAction } from '@/lib/server/http/run-action';
import type { ActionState } from '@/lib/views/action-state';

export async function runRollupAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  const organId = String(form.get('organId') ?? '');
  const year = Number(form.get('year'));
  return runAction(async () => {
    await runRollup(ctx, organId, { year, includeNonFinal: form.get('includeNonFinal') === 'on' });
    return redirect(`/office/rollup?organ=${organId}&year=${year}`);
  });
}
