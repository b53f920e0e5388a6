'use server';
import { redirect } from 'next/navigation';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { createReport } from '@/lib/server/verbs/create-report';
import { runAction } from '@/lib/server/http/run-action';
import type { ActionState } from '@/lib/views/action-state';

export async function createReportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  return runAction(async () => {
    const { id } = await createReport(ctx, { organId: form.get('organId'), year: form.get('year'), carryOver: form.get('carryOver') === 'on' });
    return redirect(`/reports/${id}`);
  });
}
