// What every server verb receives: the database and who is acting. Adapters (pages, route handlers,
// server actions, the CLI) build it; verbs never read cookies or headers themselves.
import type { Db } from '../db/types';

export type Role = 'clerk' | 'supervisor' | 'admin';
export const ROLE_LABEL: Record<Role, string> = { clerk: '填报人', supervisor: '审核人', admin: '管理员' };

export type Membership = { organId: string; organName: string; role: Role };
/** mustChangePassword: an administrator reset the password; until it is changed only 我的账号 is open. */
export type Actor = { id: string; username: string; displayName: string; mustChangePassword: boolean; memberships: Membership[] };
export type Ctx = { db: Db; actor: Actor };

/** A failure the user should see, with the HTTP status an adapter answers with. */
export class ServerError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    message: string,
  ) {
    super(message);
  }
}

/** The organ already has a report for that year: the message comes with the way to it. */
export class ReportExists extends ServerError {
  constructor(message: string, readonly reportId: string) {
    super(409, message);
  }
}
