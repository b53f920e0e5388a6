'use client';
import { useActionState } from 'react';
import { changePasswordAction } from '@/app/account/actions';
import { ActionOutcome } from '@/components/action-outcome';
import type { ActionState } from '@/lib/views/action-state';

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="card" style={{ maxWidth: 420 }} aria-labelledby="pw-heading">
      <h2 id="pw-heading">修改密码</h2>
      <ActionOutcome state={state} />
      <div className="field"><label htmlFor="pw-current">当前密码</label><input id="pw-current" name="current" type="password" required autoComplete="current-password" /></div>
      <div className="field"><label htmlFor="pw-next">新密码（至少8位）</label><input id="pw-next" name="next" type="password" required autoComplete="new-password" /></div>
      <div className="field"><label htmlFor="pw-confirm">再次输入新密码</label><input id="pw-confirm" name="confirm" type="password" required autoComplete="new-password" /></div>
      <button className="button" type="submit" disabled={pending}>修改密码</button>
    </form>
  );
}
