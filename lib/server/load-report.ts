// How every verb gets the report it acts on: found (an id that is no UUID finds nothing, ids.ts), then 404
// to whoever may not see it and 403 unless the actor holds one of the roles the verb needs in the report's
// organ (authorize.ts). With forUpdate the row is locked (SELECT … FOR UPDATE) as it is read, so the checks
// and the write that follows see one version: a save or a transition in between waits.
import type { Queryable } from '../db/types';
import { NOT_VISIBLE, requireRole, type Access } from './authorize';
import { ServerError, type Ctx, type Role } from './context';
import { findReport, type ReportRecord } from './data/report-records';

export type LoadOptions = {
  /** Any one of these in the report's organ; none given: seeing the report is enough. */
  roles?: readonly Role[];
  forUpdate?: boolean;
  /** Without the reviewers' accepted warnings (report-records.ts): a save never reads them. */
  accepted?: boolean;
};

export async function loadReport(q: Queryable, ctx: Ctx, id: string, options: LoadOptions = {}): Promise<{ record: ReportRecord; access: Access }> {
  const record = await findReport(q, id, { forUpdate: options.forUpdate, accepted: options.accepted });
  if (!record) throw new ServerError(404, NOT_VISIBLE);
  return { record, access: await requireRole(q, ctx.actor, record.organId, options.roles) };
}
