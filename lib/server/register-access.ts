// Who sees a register (issue 16). Applicants' details are personal data: only the organ's own clerks
// and reviewers (supervisors) see the cases; an office above the organ, or an administrator, sees the
// counts alone. Enforced here, in every register verb.
import type { Queryable } from '../db/types';
import { accessTo } from './authorize';
import { ServerError, type Actor } from './context';

export type RegisterAccess = { seesCases: boolean; canEdit: boolean };

export async function registerAccess(q: Queryable, actor: Actor, organId: string): Promise<RegisterAccess> {
  const access = await accessTo(q, actor, organId);
  if (!access.canView) throw new ServerError(404, '台账不存在或无权查看');
  return {
    seesCases: access.roles.includes('clerk') || access.roles.includes('supervisor'),
    canEdit: access.roles.includes('clerk'),
  };
}

/** For verbs that read or change cases: refuses an office that may only see counts. */
export async function requireCaseAccess(q: Queryable, actor: Actor, organId: string, edit: boolean): Promise<RegisterAccess> {
  const access = await registerAccess(q, actor, organId);
  if (!access.seesCases) throw new ServerError(403, '申请台账含申请人个人信息，仅本机关填报人和审核人可以查看');
  if (edit && !access.canEdit) throw new ServerError(403, '没有修改申请台账的权限');
  return access;
}
