'use server';
import { revalidatePath } from 'next/cache';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { addOrgan, addUser } from '@/lib/server/verbs/admin-verbs';
import { ROLE_LABEL, ServerError } from '@/lib/server/context';
import { runAction } from '@/lib/server/http/run-action';
import { disableUser, enableUser, removeRole, resetPassword } from '@/lib/server/verbs/user-access-verbs';
import type { ActionState } from '@/lib/views/action-state';

/** oneTimePassword: shown once, in the answer to the reset; never stored in clear. */
export type AdminState = ActionState<{ oneTimePassword: string }>;

/** Every change on the admin page shows at once in its lists. */
const changing = (run: () => Promise<string | AdminState>): Promise<AdminState> =>
  runAction(async () => {
    const done = await run();
    revalidatePath('/admin');
    return done;
  });

export async function addOrganAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  const ctx = await requireCtx();
  return changing(async () => {
    await addOrgan(ctx, {
      name: form.get('name'), level: form.get('level'), parentId: form.get('parentId') || null,
      deadlineOverride: form.get('deadlineOverride') || null,
    });
    return `已添加机关「${String(form.get('name'))}」`;
  });
}

export async function addUserAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  const ctx = await requireCtx();
  return changing(async () => {
    await addUser(ctx, {
      username: form.get('username'), displayName: form.get('displayName'), password: form.get('password'),
      organId: form.get('organId'), roles: form.getAll('roles'),
    });
    return `已添加用户「${String(form.get('username'))}」`;
  });
}

/** The row controls of one user on the admin page: `op` says which (the verbs check scope and self-lock-out). */
export async function manageUserAction(_prev: AdminState, form: FormData): Promise<AdminState> {
  const ctx = await requireCtx();
  const userId = form.get('userId');
  return changing(async () => {
    switch (form.get('op')) {
      case 'disable':
        return `已停用「${(await disableUser(ctx, { userId })).username}」，其登录已全部退出`;
      case 'enable':
        return `已启用「${(await enableUser(ctx, { userId })).username}」`;
      case 'remove-role': {
        const { username, role } = await removeRole(ctx, { userId, organId: form.get('organId'), role: form.get('role') });
        return `已移除「${username}」的${ROLE_LABEL[role]}角色`;
      }
      case 'reset': {
        const { username, oneTimePassword } = await resetPassword(ctx, { userId });
        return { ok: `已重置「${username}」的密码，其登录已全部退出`, data: { oneTimePassword } };
      }
      default:
        throw new ServerError(400, '未知的操作');
    }
  });
}
