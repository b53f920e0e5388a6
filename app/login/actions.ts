'use server';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/server/auth/sign-in';
import { landingPath } from '@/lib/server/auth/landing';
import { endSession, loadActor } from '@/lib/server/auth/sessions';
import { clearSessionCookie, requestAddress, setSessionCookie } from '@/lib/server/auth/current-actor';
import { appDb } from '@/lib/server/app-db';
import { ServerError } from '@/lib/server/context';

export type SignInState = { error?: string; username?: string };

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const username = String(form.get('username') ?? '');
  const password = String(form.get('password') ?? '');
  if (!username || !password) return { error: '请输入用户名和密码', username };
  let destination: string;
  try {
    const db = await appDb();
    const { token, userId, mustChangePassword } = await signIn(db, username, password, await requestAddress());
    await setSessionCookie(token);
    const actor = await loadActor(db, userId);
    destination = mustChangePassword || !actor ? '/account' : await landingPath(db, actor);
  } catch (e) {
    if (e instanceof ServerError) return { error: e.message, username };
    throw e;
  }
  redirect(destination);
}

export async function signOutAction(): Promise<void> {
  const token = await clearSessionCookie();
  if (token) await endSession(await appDb(), token);
  redirect('/login');
}
