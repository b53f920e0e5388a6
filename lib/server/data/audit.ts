// The audit trail: one row per change, written in the same transaction as the change itself.
import type { Queryable } from '../../db/types';

export type AuditEntry = {
  actor: string | null;
  action: string;
  organId?: string | null;
  reportId?: string | null;
  detail?: Record<string, unknown>;
};

export async function writeAudit(tx: Queryable, e: AuditEntry): Promise<void> {
  await tx.query('INSERT INTO audit_log (actor, action, organ_id, report_id, detail) VALUES ($1, $2, $3, $4, $5)', [
    e.actor, e.action, e.organId ?? null, e.reportId ?? null, JSON.stringify(e.detail ?? {}),
  ]);
}
