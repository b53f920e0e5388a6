// Who may do what to an organ's reports. Enforced here, in every verb, never only in the UI.
import type { Queryable } from '../db/types';
import { ServerError, type Actor, type Role } from './context';
import { organAndAncestors } from './data/organs';

export type Access = { canView: boolean; roles: Role[]; viaSupervision: boolean };

/** Members of the organ act by their roles; members of an office above it may only look. */
export async function accessTo(q: Queryable, actor: Actor, organId: string): Promise<Access> {
  const own = actor.memberships.filter((m) => m.organId === organId).map((m) => m.role);
  if (own.length > 0) return { canView: true, roles: own, viaSupervision: false };
  const chain = await organAndAncestors(q, organId);
  const supervises = actor.memberships.some((m) => chain.includes(m.organId));
  return { canView: supervises, roles: [], viaSupervision: supervises };
}

/** Who may not see is not told it exists (404); who sees but holds none of the roles is refused (403). */
export const NOT_VISIBLE = '报告不存在或无权查看';

/** roles: any one of them in the organ; without roles, seeing is enough (an office above the organ too). */
export async function requireRole(q: Queryable, actor: Actor, organId: string, roles?: readonly Role[]): Promise<Access> {
  const access = await accessTo(q, actor, organId);
  if (!access.canView) throw new ServerError(404, NOT_VISIBLE);
  if (roles && !roles.some((r) => access.roles.includes(r))) throw new ServerError(403, '没有执行此操作的权限');
  return access;
}
