'use client';
import { useActionState, type FormEvent } from 'react';
import { manageUserAction, type AdminState } from '@/app/admin/actions';
import { ActionOutcome } from '@/components/action-outcome';

export type UserRowData = {
  id: string; username: string; displayName: string; disabled: boolean; mustChangePassword: boolean;
  /** Disable and reset are offered only for accounts wholly in the admin's organs, never for their own. */
  canManageAccount: boolean;
  roles: { organId: string; organName: string; role: string; label: string }[];
};

/** Disabling and resetting end the user's sessions at once: asked twice. */
const confirmFirst = (question: string) => (e: FormEvent<HTMLFormElement>) => {
  if (!window.confirm(question)) e.preventDefault();
};

export function AdminUserRow({ user }: { user: UserRowData }) {
  const [state, action, pending] = useActionState<AdminState, FormData>(manageUserAction, {});
  const status = [user.disabled ? '已停用' : '正常', ...(user.mustChangePassword ? ['待修改密码'] : [])];
  return (
    <tr>
      <td>{user.username}</td>
      <td>{user.displayName}</td>
      <td>
        {user.roles.map((r) => (
          <form key={`${r.organId}-${r.role}`} action={action} className="role-line">
            <input type="hidden" name="op" value="remove-role" />
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="organId" value={r.organId} />
            <input type="hidden" name="role" value={r.role} />
            <span>{r.organName}：{r.label}</span>
            <button type="submit" className="link-button" disabled={pending} aria-label={`移除 ${user.username} 在${r.organName}的${r.label}角色`}>移除</button>
          </form>
        ))}
      </td>
      <td>{status.map((s) => <span key={s} className={`badge ${s === '正常' ? 'ok' : 'error'}`}>{s}</span>)}</td>
      <td>
        {user.canManageAccount && (
          <div className="row-actions">
            <form action={action} onSubmit={user.disabled ? undefined : confirmFirst(`停用「${user.username}」？其所有登录将立即退出。`)}>
              <input type="hidden" name="op" value={user.disabled ? 'enable' : 'disable'} />
              <input type="hidden" name="userId" value={user.id} />
              <button type="submit" className="button secondary" disabled={pending}>{user.disabled ? '启用' : '停用'}</button>
            </form>
            <form action={action} onSubmit={confirmFirst(`重置「${user.username}」的密码？其所有登录将立即退出，下次登录须修改密码。`)}>
              <input type="hidden" name="op" value="reset" />
              <input type="hidden" name="userId" value={user.id} />
              <button type="submit" className="button secondary" disabled={pending}>重置密码</button>
            </form>
          </div>
        )}
        <ActionOutcome state={state} />
        {state.data && (
          <p className="one-time-password">
            一次性密码：<code>{state.data.oneTimePassword}</code>
            <br />只显示这一次。请当面或通过安全渠道告知本人；登录后须立即修改。
          </p>
        )}
      </td>
    </tr>
  );
}
