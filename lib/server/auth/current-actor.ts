// The Next.js adapter for sessions: reads the cookie, resolves the actor, and builds a verb context.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { appDb } from '../data/app-db';
import { ServerError, type Ctx } from '../context';
import { clientAddress, trustedProxyCount } from './client-address';
import { actorForToken, SESSION_COOKIE, SESSION_HOURS } from './sessions';

export async function currentCtx(): Promise<Ctx | null> {
  const db = await appDb();
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const actor = await actorForToken(db, token);
  return actor ? { db, actor } : null;
}

/** For 我的账号 and its password form: the one place open to a user whose password was reset. */
export async function requireAccountCtx(): Promise<Ctx> {
  const ctx = await currentCtx();
  if (!ctx) redirect('/login');
  return ctx;
}

/** For pages and server actions: the context, or a redirect to sign in (or to set a new password first). */
export async function requireCtx(): Promise<Ctx> {
  const ctx = await requireAccountCtx();
  if (ctx.actor.mustChangePassword) redirect('/account');
  return ctx;
}

/** For route handlers: the context, or a 401 (403 until a reset password is changed) the handler turns into JSON. */
export async function requireApiCtx(): Promise<Ctx> {
  const ctx = await currentCtx();
  if (!ctx) throw new ServerError(401, '请先登录');
  if (ctx.actor.mustChangePassword) throw new ServerError(403, '管理员已重置您的密码，请先在「我的账号」中设置新密码');
  return ctx;
}

/** The address the sign-in back-off may trust (client-address.ts, README: NIANBAO_TRUSTED_PROXIES). */
export async function requestAddress(): Promise<string | null> {
  return clientAddress((await headers()).get('x-forwarded-for'), trustedProxyCount(process.env.NIANBAO_TRUSTED_PROXIES));
}

/** Secure behind HTTPS (directly or via a proxy that says so); plain HTTP on a test machine. */
export async function setSessionCookie(token: string): Promise<void> {
  const forwarded = (await headers()).get('x-forwarded-proto');
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: forwarded === 'https' || process.env.NIANBAO_SECURE_COOKIES === '1',
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export async function clearSessionCookie(): Promise<string | undefined> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  jar.delete(SESSION_COOKIE);
  return token;
}
