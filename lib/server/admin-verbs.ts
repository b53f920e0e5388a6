// Verbs of the admin page: an administrator adds organs below theirs and users, and grants roles.
import { z } from 'zod';
import type { Queryable } from '../db/types';
import { grantRoles, insertOrgan, insertUser, parseOrThrow, ZNewOrgan, ZNewUser, ZRole } from './accounts';
import { writeAudit } from './audit';
import { ServerError, type Ctx } from './context';
import { findOrgan, organAndAncestors, organsBelow, type Organ } from './organs';

/** Admins act on their own organ and the organs below it. */
async function requireAdminOver(tx: Queryable, ctx: Ctx, organId: string): Promise<void> {
  const chain = await organAndAncestors(tx, organId);
  if (!ctx.actor.memberships.some((m) => m.role === 'admin' && chain.includes(m.organId))) {
    throw new ServerError(403, '只有本机关或上级机关的管理员可以执行此操作');
  }
}

export async function addOrgan(ctx: Ctx, input: unknown): Promise<{ id: string }> {
  const organ = parseOrThrow(ZNewOrgan, input);
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
  const user = parseOrThrow(ZNewUser, input);
  return ctx.db.transaction(async (tx) => {
    await requireAdminOver(tx, ctx, user.organId);
    const id = await insertUser(tx, user);
    await writeAudit(tx, { actor: ctx.actor.id, action: 'user.add', organId: user.organId, detail: { username: user.username, roles: user.roles } });
    return { id };
  });
}

const ZGrant = z.object({ userId: z.string().min(1), organId: z.string().min(1), roles: z.array(ZRole).min(1, '至少选择一个角色') });

export async function grantUserRoles(ctx: Ctx, input: unknown): Promise<void> {
  const grant = parseOrThrow(ZGrant, input);
  await ctx.db.transaction(async (tx) => {
    await requireAdminOver(tx, ctx, grant.organId);
    await grantRoles(tx, grant.userId, grant.organId, grant.roles);
    await writeAudit(tx, { actor: ctx.actor.id, action: 'user.grant', organId: grant.organId, detail: grant });
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

/** Users holding roles in the given organs. */
export async function usersOfOrgans(ctx: Ctx, organIds: string[]) {
  if (organIds.length === 0) return [];
  return ctx.db.query<{ user_id: string; username: string; display_name: string; organ_id: string; organ_name: string; role: string }>(
    `SELECT u.id AS user_id, u.username, u.display_name, m.organ_id, o.name AS organ_name, m.role
     FROM memberships m JOIN users u ON u.id = m.user_id JOIN organs o ON o.id = m.organ_id
     WHERE m.organ_id = ANY($1::text[]) ORDER BY o.name, u.username, m.role`,
    [organIds],
  );
}
