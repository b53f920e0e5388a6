// Verb: sign in with username and password. The attempt is counted before the password is checked
// (throttle.ts), and an unknown name costs the same scrypt check as a known one, so neither racing nor
// timing tells a guesser more than one answer per counted attempt.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/types';
import { ZSignInName } from '../data/accounts';
import { writeAudit } from '../data/audit';
import { ServerError } from '../context';
import { parseInput } from '../parse-input';
import { hashPassword, verifyPassword } from './password';
import { createSession } from './sessions';
import { countAttempt, dropQuietBuckets, forgetAttempts, throttleBuckets } from './throttle';

export type SignedIn = { token: string; userId: string; mustChangePassword: boolean };

/** What unknown names (and users without a password) are checked against: nobody knows its password. */
const NOBODYS_HASH = hashPassword(randomBytes(24).toString('base64url'));

type UserRow = { id: string; password_hash: string | null; disabled_at: string | null; must_change_password: boolean };

/** `address` is the client's address when the deployment can vouch for it (client-address.ts), else null. */
export async function signIn(db: Db, username: string, password: string, address: string | null): Promise<SignedIn> {
  const name = parseInput(ZSignInName, username, '用户名');
  const buckets = throttleBuckets(name, address);
  await countAttempt(db, buckets);
  const [user] = await db.query<UserRow>(
    'SELECT id, password_hash, disabled_at, must_change_password FROM users WHERE username = $1', [name],
  );
  const ok = await verifyPassword(password, user?.password_hash ?? (await NOBODYS_HASH));
  if (!user || !user.password_hash || !ok) {
    await writeAudit(db, { actor: user?.id ?? null, action: 'auth.sign-in-failed', detail: { username: name, address } });
    await dropQuietBuckets(db);
    throw new ServerError(401, '用户名或密码不正确');
  }
  // Told only to whoever knows the password; the attempt stays counted.
  if (user.disabled_at) throw new ServerError(403, '该账号已停用，请联系管理员');
  return db.transaction(async (tx) => {
    await forgetAttempts(tx, buckets);
    const token = await createSession(tx, user.id);
    await writeAudit(tx, { actor: user.id, action: 'auth.sign-in', detail: { address } });
    return { token, userId: user.id, mustChangePassword: user.must_change_password };
  });
}
