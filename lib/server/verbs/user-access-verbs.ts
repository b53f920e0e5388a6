// Verbs of the admin page that take access back: disable (and re-enable) a user, remove a role, reset a
// password. Scope is the rule of admin-verbs.ts: an admin acts on their own organ and the organs below it;
// an account as a whole is theirs only when every role it holds is in such an organ. An admin cannot lock
// themselves out (disable themselves, drop their own last admin role). Each change is audited in its transaction.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { Queryable } from '../../db/types';
import { ZRole } from '../data/accounts';
import { requireAdminOver } from './admin-verbs';
import { writeAudit } from '../data/audit';
import { hashPassword } from '../auth/password';
import { endUserSessions } from '../auth/sessions';
import { ServerError, type Ctx, type Role } from '../context';
import { parseInput } from '../parse-input';

const ZUserRef = z.object({ userId: z.string().min(1, '请选择用户') });
const ZRoleRef = ZUserRef.extend({ organId: z.string().min(1, '请选择机关'), role: ZRole });
const USER_REF = { userId: '用户' };
const ROLE_REF = { ...USER_REF, organId: '机关', role: '角色' };

type Target = { id: string; username: string; disabled: boolean };

/** Locks the user's row (so two admins do not interleave) and checks the whole account is in the actor's scope. */
async function requireAdminOverUser(tx: Queryable, ctx: Ctx, userId: string): Promise<Target> {
  const [user] = await tx.query<{ id: string; username: string; disabled: boolean }>(
    'SELECT id, username, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1 FOR UPDATE', [userId],
  );
  if (!user) throw new ServerError(404, '用户不存在');
  const organs = await tx.query<{ organ_id: string }>('SELECT DISTINCT organ_id FROM memberships WHERE user_id = $1', [userId]);
  if (organs.length === 0) throw new ServerError(403, '只有本机关或上级机关的管理员可以执行此操作');
  for (const { organ_id } of organs) await requireAdminOver(tx, ctx, organ_id);
  return user;
}

export async function disableUser(ctx: Ctx, input: unknown): Promise<{ username: string }> {
  const { userId } = parseInput(ZUserRef, input, USER_REF);
  if (userId === ctx.actor.id) throw new ServerError(409, '不能停用自己的账号');
  return ctx.db.transaction(async (tx) => {
    const user = await requireAdminOverUser(tx, ctx, userId);
    if (!user.disabled) {
      await tx.query('UPDATE users SET disabled_at = now() WHERE id = $1', [userId]);
      const sessionsEnded = await endUserSessions(tx, userId);
      await writeAudit(tx, { actor: ctx.actor.id, action: 'user.disable', detail: { userId, username: user.username, sessionsEnded } });
    }
    return { username: user.username };
  });
}

export async function enableUser(ctx: Ctx, input: unknown): Promise<{ username: string }> {
  const { userId } = parseInput(ZUserRef, input, USER_REF);
  return ctx.db.transaction(async (tx) => {
    const user = await requireAdminOverUser(tx, ctx, userId);
    if (user.disabled) {
      await tx.query('UPDATE users SET disabled_at = NULL WHERE id = $1', [userId]);
      await writeAudit(tx, { actor: ctx.actor.id, action: 'user.enable', detail: { userId, username: user.username } });
    }
    return { username: user.username };
  });
}

/** Takes one role back. The last role of an account stays (disable the account instead), so it keeps an admin. */
export async function removeRole(ctx: Ctx, input: unknown): Promise<{ username: string; role: Role }> {
  const ref = parseInput(ZRoleRef, input, ROLE_REF);
  return ctx.db.transaction(async (tx) => {
    await requireAdminOver(tx, ctx, ref.organId);
    const roles = await tx.query<{ organ_id: string; role: string; username: string }>(
      `SELECT m.organ_id, m.role, u.username FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.user_id = $1 ORDER BY m.organ_id, m.role FOR UPDATE OF m`, [ref.userId],
    );
    if (!roles.some((r) => r.organ_id === ref.organId && r.role === ref.role)) throw new ServerError(404, '该用户在此机关没有这个角色');
    if (roles.length === 1) throw new ServerError(409, '这是该用户唯一的角色；要收回全部权限，请停用该账号');
    if (ref.userId === ctx.actor.id && ref.role === 'admin' && roles.filter((r) => r.role === 'admin').length === 1) {
      throw new ServerError(409, '不能移除自己的最后一个管理员角色');
    }
    await tx.query('DELETE FROM memberships WHERE user_id = $1 AND organ_id = $2 AND role = $3', [ref.userId, ref.organId, ref.role]);
    await writeAudit(tx, { actor: ctx.actor.id, action: 'user.remove-role', organId: ref.organId, detail: { ...ref, username: roles[0].username } });
    return { username: roles[0].username, role: ref.role };
  });
}

// No 0/O, 1/l/I: read out or copied by hand without mistakes. 12 of 31 symbols ≈ 59 bits.
const OTP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const OTP_LENGTH = 12;

/**
 * Sets a one-time password, shown to the admin once and never stored in clear; the user must replace it at
 * the next sign-in (current-actor.ts keeps them on 我的账号 until then). Their sessions end.
 */
export async function resetPassword(ctx: Ctx, input: unknown): Promise<{ username: string; oneTimePassword: string }> {
  const { userId } = parseInput(ZUserRef, input, USER_REF);
  if (userId === ctx.actor.id) throw new ServerError(409, '请在「我的账号」中修改自己的密码');
  const oneTimePassword = Array.from({ length: OTP_LENGTH }, () => OTP_ALPHABET[randomInt(OTP_ALPHABET.length)]).join('');
  const hash = await hashPassword(oneTimePassword); // slow: outside the transaction
  return ctx.db.transaction(async (tx) => {
    const user = await requireAdminOverUser(tx, ctx, userId);
    await tx.query('UPDATE users SET password_hash = $1, must_change_password = true WHERE id = $2', [hash, userId]);
    const sessionsEnded = await endUserSessions(tx, userId);
    await writeAudit(tx, { actor: ctx.actor.id, action: 'user.reset-password', detail: { userId, username: user.username, sessionsEnded } });
    return { username: user.username, oneTimePassword };
  });
}
