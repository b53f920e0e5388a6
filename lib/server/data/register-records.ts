// Reading and writing register rows (issue 16): the cases of one organ and year, versioned like
// reports (a revision per version) with the audit row in the same transaction.
import type { Queryable } from '../../db/types';
import { ZCases, type TCase } from '../../domain/register/case';
import { writeAudit } from './audit';
import { ServerError } from '../context';

export type RegisterRecord = {
  id: string;
  organId: string;
  organName: string;
  year: number;
  version: number;
  cases: TCase[];
  /** The organ's report of the same year takes its Table 2 from this register. */
  feedsReport: boolean;
  updatedAt: string;
  updatedBy: string;
};

type Row = {
  id: string; organ_id: string; organ_name: string; year: number; version: number; cases: unknown;
  feeds_report: boolean; updated_at: Date | string; updated_by: string;
};

const SELECT = `SELECT g.id, g.organ_id, o.name AS organ_name, g.year, g.version, g.cases, g.feeds_report, g.updated_at,
  u.display_name AS updated_by FROM registers g JOIN organs o ON o.id = g.organ_id JOIN users u ON u.id = g.updated_by`;

const toRecord = (r: Row): RegisterRecord => ({
  id: r.id, organId: r.organ_id, organName: r.organ_name, year: r.year, version: r.version,
  cases: ZCases.parse(typeof r.cases === 'string' ? JSON.parse(r.cases) : r.cases),
  feedsReport: r.feeds_report, updatedAt: new Date(r.updated_at).toISOString(), updatedBy: r.updated_by,
});

export async function findRegister(q: Queryable, organId: string, year: number, forUpdate = false): Promise<RegisterRecord | null> {
  const [row] = await q.query<Row>(`${SELECT} WHERE g.organ_id = $1 AND g.year = $2${forUpdate ? ' FOR UPDATE OF g' : ''}`, [organId, year]);
  return row ? toRecord(row) : null;
}

/**
 * The organ's register of the year when it feeds the report's Table 2, else null — without reading the
 * cases of one that does not (a report's save asks on every save).
 */
export async function findFeedingRegister(q: Queryable, organId: string, year: number): Promise<RegisterRecord | null> {
  const [row] = await q.query<{ feeds_report: boolean }>('SELECT feeds_report FROM registers WHERE organ_id = $1 AND year = $2', [organId, year]);
  return row?.feeds_report ? findRegister(q, organId, year) : null;
}

/** The cases of an earlier version, for merging a save based on it. */
export async function findRegisterRevision(q: Queryable, registerId: string, version: number): Promise<TCase[] | null> {
  const [row] = await q.query<{ cases: unknown }>('SELECT cases FROM register_revisions WHERE register_id = $1 AND version = $2', [registerId, version]);
  return row ? ZCases.parse(typeof row.cases === 'string' ? JSON.parse(row.cases) : row.cases) : null;
}

export async function insertRegister(
  tx: Queryable, input: { id: string; organId: string; year: number; cases: TCase[]; actorId: string; detail: Record<string, unknown> },
): Promise<void> {
  const json = JSON.stringify(input.cases);
  // Two clerks starting the same register at once: the second is told, not given a database error.
  const inserted = await tx.query(
    'INSERT INTO registers (id, organ_id, year, version, cases, updated_by) VALUES ($1, $2, $3, 1, $4, $5) ON CONFLICT (organ_id, year) DO NOTHING RETURNING id',
    [input.id, input.organId, input.year, json, input.actorId],
  );
  if (inserted.length === 0) throw new ServerError(409, `${input.year}年度的申请台账已存在`);
  await tx.query('INSERT INTO register_revisions (register_id, version, cases, saved_by) VALUES ($1, 1, $2, $3)', [input.id, json, input.actorId]);
  await writeAudit(tx, {
    actor: input.actorId, action: 'register.create', organId: input.organId,
    detail: { registerId: input.id, year: input.year, version: 1, cases: input.cases.length, ...input.detail },
  });
}

/** A new version of the register's cases: the row, its revision and the audit entry. */
export async function storeRegisterVersion(
  tx: Queryable, current: RegisterRecord, cases: TCase[], actorId: string, action: string, detail: Record<string, unknown>,
): Promise<{ version: number; savedAt: string }> {
  const version = current.version + 1;
  const json = JSON.stringify(cases);
  const [{ updated_at }] = await tx.query<{ updated_at: Date | string }>(
    'UPDATE registers SET cases = $1, version = $2, updated_at = now(), updated_by = $3 WHERE id = $4 AND version = $5 RETURNING updated_at',
    [json, version, actorId, current.id, current.version],
  );
  await tx.query('INSERT INTO register_revisions (register_id, version, cases, saved_by) VALUES ($1, $2, $3, $4)', [current.id, version, json, actorId]);
  await writeAudit(tx, {
    actor: actorId, action, organId: current.organId,
    detail: { registerId: current.id, year: current.year, version, cases: cases.length, ...detail },
  });
  return { version, savedAt: new Date(updated_at).toISOString() };
}
