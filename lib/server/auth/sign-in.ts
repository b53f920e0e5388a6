// Verb: sign in with username and password. Repeated failures for a username slow it down
// (the wait doubles per failure after a few), tracked in the database so every instance agrees.
import type { Db } from '../../db/types';
import { ServerError } from '../context';
import { writeAudit } from '../audit';
import { verifyPassword } from './password';
import { createSession } from './sessions';

const FREE_FAILURES = 3;
const MAX_WAIT_SECONDS = 15 * 60;

export function waitAfterFailures(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(MAX_WAIT_SECONDS, 2 ** (failures - FREE_FAILURES) * 5);
}

export async function signIn(db: Db, username: string, password: string): Promise<{ token: string; userId: string }> {
  const name = username.trim();
  const [failure] = await db.query<{ failures: number; wait_left: number }>(
    `SELECT failures, EXTRACT(EPOCH FROM (last_failure_at - now()))::float8 AS wait_left FROM sign_in_failures WHERE username = $1`,
    [name],
  );
  if (failure) {
    const left = waitAfterFailures(failure.failures) + Number(failure.wait_left);
    if (left > 0) throw new ServerError(429, `登录失败次数过多，请${Math.ceil(left)}秒后再试`);
  }
  const [user] = await db.query<{ id: string; password_hash: string | null }>('SELECT id, password_hash FROM users WHERE username = $1', [name]);
  const ok = await verifyPassword(password, user?.password_hash ?? null);
  if (!user || !ok) {
    await db.query(
      `INSERT INTO sign_in_failures (username, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (username) DO UPDATE SET failures = sign_in_failures.failures + 1, last_failure_at = now()`,
      [name],
    );
    await writeAudit(db, { actor: user?.id ?? null, action: 'auth.sign-in-failed', detail: { username: name } });
    throw new ServerError(401, '用户名或密码不正确');
  }
  return db.transaction(async (tx) => {
    await tx.query('DELETE FROM sign_in_failures WHERE username = $1', [name]);
    const token = await createSession(tx, user.id);
    await writeAudit(tx, { actor: user.id, action: 'auth.sign-in' });
    return { token, userId: user.id };
  });
}
