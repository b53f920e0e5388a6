// Access can be taken back (issue 11 item 5): disable, remove a role, reset a password — in scope, audited,
// effective on the very next request, and never locking the acting admin out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/types';
import { insertUser } from '../data/accounts';
import { changePassword } from '../auth/change-password';
import { actorForToken } from '../auth/sessions';
import { signIn } from '../auth/sign-in';
import { requireRole } from '../authorize';
import type { Ctx, Role } from '../context';
import { DEMO_PASSWORD } from '../data/seed-demo';
import { ctxFor, openDemoWorld, TEST_DATABASES } from '../data/test-databases';
import { disableUser, enableUser, removeRole, resetPassword } from './user-access-verbs';

describe.each(TEST_DATABASES)('taking access back on $name', (database) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let office: Ctx;
  let townId: string;
  let districtId: string;
  let n = 0;
  async function freshUser(roles: Role[], organ = () => townId): Promise<{ id: string; username: string }> {
    const username = `staff-${++n}`;
    const id = await db.transaction((tx) => insertUser(tx, { username, displayName: '工作人员', password: DEMO_PASSWORD, organId: organ(), roles }));
    return { id, username };
  }
  const auditOf = async (action: string, userId: string) =>
    db.query<{ actor: string; detail: Record<string, unknown> }>(`SELECT actor, detail FROM audit_log WHERE action = $1 AND detail->>'userId' = $2`, [action, userId]);

  beforeAll(async () => {
    ({ db, dispose, office, townId, districtId } = await openDemoWorld(database));
  }, 60_000);
  afterAll(async () => dispose?.());

  it('disabling a user ends their live sessions at once and stops sign-in; enabling lets them back', async () => {
    const user = await freshUser(['clerk']);
    const { token } = await signIn(db, user.username, DEMO_PASSWORD, null);
    const other = await signIn(db, user.username, DEMO_PASSWORD, null);
    expect(await actorForToken(db, token)).not.toBeNull();
    await disableUser(office, { userId: user.id });
    expect(await actorForToken(db, token)).toBeNull();
    expect(await actorForToken(db, other.token)).toBeNull();
    await expect(signIn(db, user.username, DEMO_PASSWORD, null)).rejects.toMatchObject({ status: 403, message: '该账号已停用，请联系管理员' });
    expect(await auditOf('user.disable', user.id)).toEqual([{ actor: office.actor.id, detail: { userId: user.id, username: user.username, sessionsEnded: 2 } }]);
    await enableUser(office, { userId: user.id });
    await db.query('DELETE FROM sign_in_throttle'); // the refused sign-in above counted as an attempt
    const back = await signIn(db, user.username, DEMO_PASSWORD, null);
    expect((await actorForToken(db, back.token))?.username).toBe(user.username);
    expect(await auditOf('user.enable', user.id)).toHaveLength(1);
  });

  it('a removed role takes effect on the next request; a user’s only role stays (disable instead)', async () => {
    const user = await freshUser(['clerk', 'supervisor']);
    const { token } = await signIn(db, user.username, DEMO_PASSWORD, null);
    const before = (await actorForToken(db, token))!;
    await expect(requireRole(db, before, townId, ['supervisor'])).resolves.toBeTruthy();
    await removeRole(office, { userId: user.id, organId: townId, role: 'supervisor' });
    const after = (await actorForToken(db, token))!;
    expect(after.memberships.map((m) => m.role)).toEqual(['clerk']);
    await expect(requireRole(db, after, townId, ['supervisor'])).rejects.toMatchObject({ status: 403 });
    expect(await auditOf('user.remove-role', user.id)).toHaveLength(1);
    await expect(removeRole(office, { userId: user.id, organId: townId, role: 'clerk' })).rejects.toMatchObject({ status: 409 });
    await expect(removeRole(office, { userId: user.id, organId: townId, role: 'admin' })).rejects.toMatchObject({ status: 404 });
  });

  it('a reset password is shown once, ends the sessions, and must be changed at the next sign-in', async () => {
    const user = await freshUser(['clerk']);
    const { token } = await signIn(db, user.username, DEMO_PASSWORD, null);
    const { oneTimePassword } = await resetPassword(office, { userId: user.id });
    expect(oneTimePassword).toMatch(/^[a-z2-9]{12}$/);
    expect(await actorForToken(db, token)).toBeNull();
    await expect(signIn(db, user.username, DEMO_PASSWORD, null)).rejects.toMatchObject({ status: 401 });
    const fresh = await signIn(db, user.username, oneTimePassword, null);
    expect(fresh.mustChangePassword).toBe(true);
    const ctx = { db, actor: (await actorForToken(db, fresh.token))! };
    expect(ctx.actor.mustChangePassword).toBe(true);
    await expect(changePassword(ctx, oneTimePassword, oneTimePassword, fresh.token)).rejects.toMatchObject({ status: 400 });
    await changePassword(ctx, oneTimePassword, 'my-own-password', fresh.token);
    expect((await actorForToken(db, fresh.token))?.mustChangePassword).toBe(false);
    const [audit] = await auditOf('user.reset-password', user.id);
    expect(audit.actor).toBe(office.actor.id);
    expect(JSON.stringify(audit.detail)).not.toContain(oneTimePassword);
    const [stored] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [user.id]);
    expect(stored.password_hash).not.toContain(oneTimePassword);
  });

  it('acts only on accounts wholly within the admin’s organs, and never locks the admin out', async () => {
    const clerk = await freshUser(['clerk']);
    // An administrator of the town: below the district office, so the office's account is not theirs.
    const townAdmin = await ctxFor(db, (await freshUser(['admin'])).username);
    await expect(disableUser(townAdmin, { userId: office.actor.id })).rejects.toMatchObject({ status: 403 });
    await expect(resetPassword(townAdmin, { userId: office.actor.id })).rejects.toMatchObject({ status: 403 });
    await expect(removeRole(townAdmin, { userId: office.actor.id, organId: districtId, role: 'supervisor' })).rejects.toMatchObject({ status: 403 });
    // A clerk of the town who also works in the district office is not the town admin's to disable either.
    const both = await freshUser(['clerk']);
    await db.query(`INSERT INTO memberships (user_id, organ_id, role) VALUES ($1, $2, 'clerk')`, [both.id, districtId]);
    await expect(disableUser(townAdmin, { userId: both.id })).rejects.toMatchObject({ status: 403 });
    await expect(disableUser(townAdmin, { userId: clerk.id })).resolves.toEqual({ username: clerk.username });
    // Non-admins: refused whatever the target.
    await expect(disableUser(await ctxFor(db, 'clerk'), { userId: both.id })).rejects.toMatchObject({ status: 403 });
    // No self lock-out.
    await expect(disableUser(office, { userId: office.actor.id })).rejects.toMatchObject({ status: 409, message: '不能停用自己的账号' });
    await expect(resetPassword(office, { userId: office.actor.id })).rejects.toMatchObject({ status: 409 });
    await expect(removeRole(office, { userId: office.actor.id, organId: districtId, role: 'admin' })).rejects.toMatchObject({
      status: 409, message: '不能移除自己的最后一个管理员角色',
    });
    expect((await ctxFor(db, 'office')).actor.memberships.map((m) => m.role)).toEqual(['admin', 'supervisor']);
  });
});
