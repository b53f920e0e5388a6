'use server';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/server/auth/sign-in';
import { landingPath } from '@/lib/server/auth/landing';
import { endSession, loadActor } from '@/lib/server/auth/sessions';
import { clearSessionCookie, requestAddress, setSessionCookie } from '@/lib/server/auth/current-actor';
import { appDb } from '@/lib/server/data/app-db';
import { ServerError } from '@/lib/server/context';
import { runAction } from '@/lib/server/http/run-action';
import type { ActionState } from '@/lib/views/action-state';

/** A refused sign-in keeps the name typed, so only the password is typed again. */
export type SignInState = ActionState<{ username: string }>;

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const username = String(form.get('username') ?? '');
  const password = String(form.get('password') ?? '');
  return runAction(async () => {
    if (!username || !password) throw new ServerError(400, '请输入用户名和密码');
    const db = await appDb();
    const { token, userId, mustChangePassword } = await signIn(db, username, password, await requestAddress());
    await setSessionCookie(token);
    const actor = await loadActor(db, userId);
    return redirect(mustChangePassword || !actor ? '/account' : await landingPath(db, actor));
  }, { username });
}

export async function signOutAction(): Promise<void> {
  const token = await clearSessionCookie();
  if (token) await endSession(await appDb(), token);
  redirect('/login');
}
