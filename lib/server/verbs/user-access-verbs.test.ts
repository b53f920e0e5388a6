// Access can be taken back (issue 11 item 5): disable, remove a role, reset a password — in scope, audited,
// effective on the very next request, and never locking the acting admin out.
import { describe, expect, it } from 'vitest';
import { insertUser } from '../data/accounts';
import { changePassword } from '../auth/change-password';
import { actorForToken } from '../auth/sessions';
import { signIn } from '../auth/sign-in';
import { requireRole } from '../authorize';
import type { Role } from '../context';
import { DEMO_PASSWORD } from '../data/seed-demo';
import { ctxFor, TEST_DATABASES } from '../data/test-databases';
import { useDemoWorld } from '../data/demo-world.test-support';
import { disableUser, enableUser, removeRole, resetPassword } from './user-access-verbs';

describe.each(TEST_DATABASES)('taking access back on $name', (database) => {
  const w = useDemoWorld(database);
  let n = 0;
  async function freshUser(roles: Role[], organ = () => w.townId): Promise<{ id: string; username: string }> {
    const username = `staff-${++n}`;
    const id = await w.db.transaction((tx) => insertUser(tx, { username, displayName: '工作人员', password: DEMO_PASSWORD, organId: organ(), roles }));
    return { id, username };
  }
  const auditOf = async (action: string, userId: string) =>
    w.db.query<{ actor: string; detail: Record<string, unknown> }>(`SELECT actor, detail FROM audit_log WHERE action = $1 AND detail->>'userId' = $2`, [action, userId]);

  it('disabling a user ends their live sessions at once and stops sign-in; enabling lets them back', async () => {
    const user = await freshUser(['clerk']);
    const { token } = await signIn(w.db, user.username, DEMO_PASSWORD, null);
    const other = await signIn(w.db, user.username, DEMO_PASSWORD, null);
    expect(await actorForToken(w.db, token)).not.toBeNull();
    await disableUser(w.office, { userId: user.id });
    expect(await actorForToken(w.db, token)).toBeNull();
    expect(await actorForToken(w.db, other.token)).toBeNull();
    await expect(signIn(w.db, user.username, DEMO_PASSWORD, null)).rejects.toMatchObject({ status: 403, message: '该账号已停用，请联系管理员' });
    expect(await auditOf('user.disable', user.id)).toEqual([{ actor: w.office.actor.id, detail: { userId: user.id, username: user.username, sessionsEnded: 2 } }]);
    await enableUser(w.office, { userId: user.id });
    await w.db.query('DELETE FROM sign_in_throttle'); // the refused sign-in above counted as an attempt
    const back = await signIn(w.db, user.username, DEMO_PASSWORD, null);
    expect((await actorForToken(w.db, back.token))?.username).toBe(user.username);
    expect(await auditOf('user.enable', user.id)).toHaveLength(1);
  });

  it('a removed role takes effect on the next request; a user’s only role stays (disable instead)', async () => {
    const user = await freshUser(['clerk', 'supervisor']);
    const { token } = await signIn(w.db, user.username, DEMO_PASSWORD, null);
    const before = (await actorForToken(w.db, token))!;
    await expect(requireRole(w.db, before, w.townId, ['supervisor'])).resolves.toBeTruthy();
    await removeRole(w.office, { userId: user.id, organId: w.townId, role: 'supervisor' });
    const after = (await actorForToken(w.db, token))!;
    expect(after.memberships.map((m) => m.role)).toEqual(['clerk']);
    await expect(requireRole(w.db, after, w.townId, ['supervisor'])).rejects.toMatchObject({ status: 403 });
    expect(await auditOf('user.remove-role', user.id)).toHaveLength(1);
    await expect(removeRole(w.office, { userId: user.id, organId: w.townId, role: 'clerk' })).rejects.toMatchObject({ status: 409 });
    await expect(removeRole(w.office, { userId: user.id, organId: w.townId, role: 'admin' })).rejects.toMatchObject({ status: 404 });
  });

  it('a reset password is shown once, ends the sessions, and must be changed at the next sign-in', async () => {
    const user = await freshUser(['clerk']);
    const { token } = await signIn(w.db, user.username, DEMO_PASSWORD, null);
    const { oneTimePassword } = await resetPassword(w.office, { userId: user.id });
    expect(oneTimePassword).toMatch(/^[a-z2-9]{12}$/);
    expect(await actorForToken(w.db, token)).toBeNull();
    await expect(signIn(w.db, user.username, DEMO_PASSWORD, null)).rejects.toMatchObject({ status: 401 });
    const fresh = await signIn(w.db, user.username, oneTimePassword, null);
    expect(fresh.mustChangePassword).toBe(true);
    const ctx = { db: w.db, actor: (await actorForToken(w.db, fresh.token))! };
    expect(ctx.actor.mustChangePassword).toBe(true);
    await expect(changePassword(ctx, oneTimePassword, oneTimePassword, fresh.token)).rejects.toMatchObject({ status: 400 });
    await changePassword(ctx, oneTimePassword, 'my-own-password', fresh.token);
    expect((await actorForToken(w.db, fresh.token))?.mustChangePassword).toBe(false);
    const [audit] = await auditOf('user.reset-password', user.id);
    expect(audit.actor).toBe(w.office.actor.id);
    expect(JSON.stringify(audit.detail)).not.toContain(oneTimePassword);
    const [stored] = await w.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [user.id]);
    expect(stored.password_hash).not.toContain(oneTimePassword);
  });

  it('acts only on accounts wholly within the admin’s organs, and never locks the admin out', async () => {
    const clerk = await freshUser(['clerk']);
    // An administrator of the town: below the district office, so the office's account is not theirs.
    const townAdmin = await ctxFor(w.db, (await freshUser(['admin'])).username);
    await expect(disableUser(townAdmin, { userId: w.office.actor.id })).rejects.toMatchObject({ status: 403 });
    await expect(resetPassword(townAdmin, { userId: w.office.actor.id })).rejects.toMatchObject({ status: 403 });
    await expect(removeRole(townAdmin, { userId: w.office.actor.id, organId: w.districtId, role: 'supervisor' })).rejects.toMatchObject({ status: 403 });
    // A clerk of the town who also works in the district office is not the town admin's to disable either.
    const both = await freshUser(['clerk']);
    await w.db.query(`INSERT INTO memberships (user_id, organ_id, role) VALUES ($1, $2, 'clerk')`, [both.id, w.districtId]);
    await expect(disableUser(townAdmin, { userId: both.id })).rejects.toMatchObject({ status: 403 });
    await expect(disableUser(townAdmin, { userId: clerk.id })).resolves.toEqual({ username: clerk.username });
    // Non-admins: refused whatever the target.
    await expect(disableUser(await ctxFor(w.db, 'clerk'), { userId: both.id })).rejects.toMatchObject({ status: 403 });
    // No self lock-out.
    await expect(disableUser(w.office, { userId: w.office.actor.id })).rejects.toMatchObject({ status: 409, message: '不能停用自己的账号' });
    await expect(resetPassword(w.office, { userId: w.office.actor.id })).rejects.toMatchObject({ status: 409 });
    await expect(removeRole(w.office, { userId: w.office.actor.id, organId: w.districtId, role: 'admin' })).rejects.toMatchObject({
      status: 409, message: '不能移除自己的最后一个管理员角色',
    });
    expect((await ctxFor(w.db, 'office')).actor.memberships.map((m) => m.role)).toEqual(['admin', 'supervisor']);
  });
});
