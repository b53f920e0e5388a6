'use client';
// A small form bound to one report server action, showing its outcome where the user is looking.
import { useActionState, type ReactNode } from 'react';
import { ActionOutcome } from '@/components/action-outcome';
import type { ActionState } from '@/lib/views/action-state';

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function ActionForm({ action, reportId, children, label, className }: {
  action: Action; reportId: string; children: ReactNode; label: string; className?: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} aria-label={label} className={className}>
      <input type="hidden" name="reportId" value={reportId} />
      <ActionOutcome state={state} />
      <fieldset disabled={pending} style={{ border: 0, padding: 0, margin: 0 }}>{children}</fieldset>
    </form>
  );
}
