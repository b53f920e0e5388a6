'use server';
import { redirect } from 'next/navigation';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { ServerError } from '@/lib/server/context';
import { runRollup } from '@/lib/server/rollup-verbs';

export type RollupState = { error?: string };

export async function runRollupAction(_prev: RollupState, form: FormData): Promise<RollupState> {
  const ctx = await requireCtx();
  const organId = String(form.get('organId') ?? '');
  const year = Number(form.get('year'));
  try {
    await runRollup(ctx, organId, { year, includeNonFinal: form.get('includeNonFinal') === 'on' });
  } catch (e) {
    if (e instanceof ServerError) return { error: e.message };
    throw e;
  }
  redirect(`/office/rollup?organ=${organId}&year=${year}`);
}
