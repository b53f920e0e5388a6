'use server';
// Server actions of the report pages: thin adapters over the workflow and review verbs.
import { revalidatePath } from 'next/cache';
import { acceptWarning } from '@/lib/server/verbs/accept-warning';
import { addComment } from '@/lib/server/verbs/add-comment';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { approveReport, confirmImport, publishReport, returnReport, submitReport } from '@/lib/server/verbs/report-transitions';
import { resolveComment } from '@/lib/server/verbs/resolve-comment';
import { runAction } from '@/lib/server/http/run-action';
import type { ActionState } from '@/lib/views/action-state';

/** Runs the verb; once done, the report's editor and review pages show the change. */
const run = (reportId: string, ok: string, verb: () => Promise<unknown>): Promise<ActionState> =>
  runAction(async () => {
    await verb();
    revalidatePath(`/reports/${reportId}`);
    revalidatePath(`/reports/${reportId}/review`);
    return ok;
  });

const idOf = (form: FormData) => String(form.get('reportId') ?? '');

export async function submitAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  return run(idOf(form), '已提交审核', () => submitReport(ctx, idOf(form), String(form.get('note') ?? '')));
}

export async function decideAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  const reason = String(form.get('reason') ?? '');
  return form.get('decision') === 'approve'
    ? run(idOf(form), '已审定', () => approveReport(ctx, idOf(form), reason))
    : run(idOf(form), '已退回', () => returnReport(ctx, idOf(form), reason));
}

export async function confirmImportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  return run(idOf(form), '已确认，报告已审定', () => confirmImport(ctx, idOf(form)));
}

export async function publishAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  return run(idOf(form), '已登记发布', () =>
    publishReport(ctx, idOf(form), { publishedOn: form.get('publishedOn'), publishedUrl: form.get('publishedUrl') }));
}

/** The selected stretch a comment quotes, from the comment box's hidden fields; null for a whole place. */
const quoteOf = (form: FormData) => (form.get('quote') === null ? null : {
  text: form.get('quote'), start: Number(form.get('quoteStart')), end: Number(form.get('quoteEnd')),
  prefix: form.get('quotePrefix'), suffix: form.get('quoteSuffix'),
});

export async function commentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  return run(idOf(form), '批注已添加', () => addComment(ctx, idOf(form), { anchor: form.get('anchor'), quote: quoteOf(form), body: form.get('body') }));
}

export async function resolveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  return run(idOf(form), '已标记为已解决', () => resolveComment(ctx, idOf(form), String(form.get('commentId') ?? '')));
}

export async function acceptWarningAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await requireCtx();
  return run(idOf(form), '已接受该警告', () => acceptWarning(ctx, idOf(form), { finding: form.get('finding'), reason: form.get('reason') }));
}
