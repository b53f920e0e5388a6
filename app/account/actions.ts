'use server';
import { redirect } from 'next/navigation';
import { requireAccountCtx } from '@/lib/server/auth/current-actor';
import { changePassword } from '@/lib/server/auth/change-password';
import { landingPath } from '@/lib/server/auth/landing';
import { SESSION_COOKIE } from '@/lib/server/auth/sessions';
import { ServerError } from '@/lib/server/context';
import { cookies } from 'next/headers';

export type PasswordState = { error?: string; ok?: string };

export async function changePasswordAction(_prev: PasswordState, form: FormData): Promise<PasswordState> {
  const ctx = await requireAccountCtx();
  const next = String(form.get('next') ?? '');
  if (next !== String(form.get('confirm') ?? '')) return { error: '两次输入的新密码不一致' };
  try {
    await changePassword(ctx, String(form.get('current') ?? ''), next, (await cookies()).get(SESSION_COOKIE)?.value);
  } catch (e) {
    if (e instanceof ServerError) return { error: e.message };
    throw e;
  }
  if (ctx.actor.mustChangePassword) redirect(await landingPath(ctx.db, ctx.actor)); // the reset password is replaced: the app opens
  return { ok: '密码已修改，其他设备上的登录已退出' };
}
