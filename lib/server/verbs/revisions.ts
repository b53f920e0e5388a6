// Verb: a report's saved revisions (who, when) and any one of them, for the history view.
import type { TReport } from '../../domain/model';
import { getReport } from './get-report';
import { ServerError, type Ctx } from '../context';
import { findRevision } from '../data/revision-content';

export type RevisionSummary = { version: number; savedAt: string; savedBy: string };

export async function listRevisions(ctx: Ctx, reportId: string): Promise<RevisionSummary[]> {
  await getReport(ctx, reportId); // authorises
  const rows = await ctx.db.query<{ version: number; saved_at: Date | string; saved_by: string }>(
    `SELECT r.version, r.saved_at, u.display_name AS saved_by FROM report_revisions r JOIN users u ON u.id = r.saved_by
     WHERE r.report_id = $1 ORDER BY r.version DESC`,
    [reportId],
  );
  return rows.map((r) => ({ version: r.version, savedAt: new Date(r.saved_at).toISOString(), savedBy: r.saved_by }));
}

export async function getRevision(ctx: Ctx, reportId: string, version: number): Promise<TReport> {
  await getReport(ctx, reportId);
  const revision = await findRevision(ctx.db, reportId, version);
  if (!revision) throw new ServerError(404, `没有第${version}版`);
  return revision;
}
