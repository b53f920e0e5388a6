'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { requireAccountCtx } from '@/lib/server/auth/current-actor';
import { changePassword } from '@/lib/server/auth/change-password';
import { landingPath } from '@/lib/server/auth/landing';
import { SESSION_COOKIE } from '@/lib/server/auth/sessions';
import { ServerError } from '@/lib/server/context';
import { runAction } from '@/lib/server/http/run-action';
import type { ActionState } from '@/lib/views/action-state';

export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = await requireAccountCtx();
  return runAction(async () => {
    const next = String(form.get('next') ?? '');
    if (next !== String(form.get('confirm') ?? '')) throw new ServerError(400, '两次输入的新密码不一致');
    await changePassword(ctx, String(form.get('current') ?? ''), next, (await cookies()).get(SESSION_COOKIE)?.value);
    if (ctx.actor.mustChangePassword) redirect(await landingPath(ctx.db, ctx.actor)); // the reset password is replaced: the app opens
    return '密码已修改，其他设备上的登录已退出';
  });
}
