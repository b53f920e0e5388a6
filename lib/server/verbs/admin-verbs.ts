// Verbs of the admin page: an administrator adds organs below theirs, and users with their roles.
import type { Queryable } from '../../db/types';
import { insertOrgan, insertUser, NEW_ORGAN_FIELDS, NEW_USER_FIELDS, ZNewOrgan, ZNewUser } from '../data/accounts';
import { writeAudit } from '../data/audit';
import { ServerError, type Ctx, type Membership, type Role } from '../context';
import { findOrgan, organAndAncestors, organsBelow, type Organ } from '../data/organs';
import { parseInput } from '../parse-input';

/** Admins act on their own organ and the organs below it. */
export async function requireAdminOver(tx: Queryable, ctx: Ctx, organId: string): Promise<void> {
  const chain = await organAndAncestors(tx, organId);
  if (!ctx.actor.memberships.some((m) => m.role === 'admin' && chain.includes(m.organId))) {
    throw new ServerError(403, '只有本机关或上级机关的管理员可以执行此操作');
  }
}

export async function addOrgan(ctx: Ctx, input: unknown): Promise<{ id: string }> {
  const organ = parseInput(ZNewOrgan, input, NEW_ORGAN_FIELDS);
  if (!organ.parentId) throw new ServerError(400, '请选择上级机关');
  const parentId = organ.parentId;
  return ctx.db.transaction(async (tx) => {
    await requireAdminOver(tx, ctx, parentId);
    const id = await insertOrgan(tx, organ);
    await writeAudit(tx, { actor: ctx.actor.id, action: 'organ.add', organId: id, detail: { name: organ.name, level: organ.level } });
    return { id };
  });
}

export async function addUser(ctx: Ctx, input: unknown): Promise<{ id: string }> {
  const user = parseInput(ZNewUser, input, NEW_USER_FIELDS);
  return ctx.db.transaction(async (tx) => {
    await requireAdminOver(tx, ctx, user.organId);
    const id = await insertUser(tx, user);
    await writeAudit(tx, { actor: ctx.actor.id, action: 'user.add', organId: user.organId, detail: { username: user.username, roles: user.roles } });
    return { id };
  });
}

/** Organs the actor administers, with those below them: what the admin page lists. */
export async function administeredOrgans(ctx: Ctx): Promise<Organ[]> {
  const roots = [...new Set(ctx.actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organId))];
  const found = new Map<string, Organ>();
  for (const root of roots) {
    for (const organ of [await findOrgan(ctx.db, root), ...(await organsBelow(ctx.db, root))]) {
      if (organ) found.set(organ.id, organ);
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export type AdminUser = {
  id: string; username: string; displayName: string; disabled: boolean; mustChangePassword: boolean;
  /** Every role is in the given organs, so the account itself (disable, reset) is in this admin's hands. */
  manageable: boolean;
  roles: Membership[];
};

/** Users holding roles in the given organs, with those roles. */
export async function usersOfOrgans(ctx: Ctx, organIds: string[]): Promise<AdminUser[]> {
  if (organIds.length === 0) return [];
  const rows = await ctx.db.query<{
    user_id: string; username: string; display_name: string; disabled: boolean; must_change_password: boolean;
    manageable: boolean; organ_id: string; organ_name: string; role: Role;
  }>(
    `SELECT u.id AS user_id, u.username, u.display_name, u.disabled_at IS NOT NULL AS disabled, u.must_change_password,
       NOT EXISTS (SELECT 1 FROM memberships x WHERE x.user_id = u.id AND NOT x.organ_id = ANY($1::text[])) AS manageable,
       m.organ_id, o.name AS organ_name, m.role
     FROM memberships m JOIN users u ON u.id = m.user_id JOIN organs o ON o.id = m.organ_id
     WHERE m.organ_id = ANY($1::text[]) ORDER BY u.username, o.name, m.role`,
    [organIds],
  );
  const users = new Map<string, AdminUser>();
  for (const r of rows) {
    const user = users.get(r.user_id) ?? {
      id: r.user_id, username: r.username, displayName: r.display_name, disabled: r.disabled,
      mustChangePassword: r.must_change_password, manageable: r.manageable, roles: [],
    };
    user.roles.push({ organId: r.organ_id, organName: r.organ_name, role: r.role });
    users.set(r.user_id, user);
  }
  return [...users.values()];
}
