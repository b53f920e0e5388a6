// Sessions live in the database (any app instance honours them); the cookie holds a random token,
// the table only its hash.
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/types';
import type { Actor, Membership, Role } from '../context';

export const SESSION_COOKIE = 'nianbao_session';
export const SESSION_HOURS = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(q: Queryable, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await q.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '${SESSION_HOURS} hours')`, [
    hashToken(token), userId,
  ]);
  return token;
}

export async function endSession(q: Queryable, token: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}

/** Ends every session of a user at once (disabled, or password reset): their next request is signed out. */
export async function endUserSessions(q: Queryable, userId: string): Promise<number> {
  return (await q.query('DELETE FROM sessions WHERE user_id = $1 RETURNING 1', [userId])).length;
}

/** The user with their roles as they stand now, read afresh on every request; a disabled user is nobody. */
export async function loadActor(q: Queryable, userId: string): Promise<Actor | null> {
  const [user] = await q.query<{ id: string; username: string; display_name: string; must_change_password: boolean }>(
    'SELECT id, username, display_name, must_change_password FROM users WHERE id = $1 AND disabled_at IS NULL', [userId],
  );
  if (!user) return null;
  const memberships = await q.query<{ organ_id: string; organ_name: string; role: Role }>(
    `SELECT m.organ_id, o.name AS organ_name, m.role FROM memberships m JOIN organs o ON o.id = m.organ_id
     WHERE m.user_id = $1 ORDER BY o.name, m.role`, [userId],
  );
  return {
    id: user.id, username: user.username, displayName: user.display_name, mustChangePassword: user.must_change_password,
    memberships: memberships.map((m): Membership => ({ organId: m.organ_id, organName: m.organ_name, role: m.role })),
  };
}

export async function actorForToken(q: Queryable, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  const [row] = await q.query<{ user_id: string }>('SELECT user_id FROM sessions WHERE token_hash = $1 AND expires_at > now()', [
    hashToken(token),
  ]);
  return row ? loadActor(q, row.user_id) : null;
}
