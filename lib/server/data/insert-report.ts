// Inserts a new report (version 1) with its first revision and audit row, in the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/types';
import type { TReport } from '../../domain/model';
import type { ReportStatus } from '../../domain/workflow';
import { writeAudit } from './audit';

export async function insertReport(
  tx: Queryable,
  input: { organId: string; report: TReport; actorId: string; status?: ReportStatus; audit?: boolean; auditDetail?: Record<string, unknown> },
): Promise<string> {
  const id = randomUUID();
  const { organId, report, actorId, status = 'draft' } = input;
  await tx.query(
    'INSERT INTO reports (id, organ_id, year, format, status, version, data, updated_by) VALUES ($1, $2, $3, $4, $5, 1, $6, $7)',
    [id, organId, report.year, report.format, status, JSON.stringify(report), actorId],
  );
  await tx.query('INSERT INTO report_revisions (report_id, version, data, saved_by) VALUES ($1, 1, $2, $3)', [id, JSON.stringify(report), actorId]);
  if (input.audit !== false) {
    await writeAudit(tx, { actor: actorId, action: 'report.create', organId, reportId: id, detail: { year: report.year, scope: report.scope ?? 'organ', ...input.auditDetail } });
  }
  return id;
}
