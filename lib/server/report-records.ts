// Reading report rows: the stored canonical report plus the workflow facts around it.
import type { Queryable } from '../db/types';
import { ZReport, type TLevel, type TReport } from '../domain/model';
import type { ReportStatus } from '../domain/workflow';

export type ReportRecord = {
  id: string;
  organId: string;
  organName: string;
  level: TLevel;
  year: number;
  status: ReportStatus;
  version: number;
  report: TReport;
  updatedAt: string;
  updatedBy: string;
};

const SELECT = `SELECT r.id, r.organ_id, o.name AS organ_name, o.level, r.year, r.status, r.version, r.data,
  r.updated_at, u.display_name AS updated_by
  FROM reports r JOIN organs o ON o.id = r.organ_id JOIN users u ON u.id = r.updated_by`;

type Row = {
  id: string; organ_id: string; organ_name: string; level: TLevel; year: number; status: ReportStatus;
  version: number; data: unknown; updated_at: Date | string; updated_by: string;
};

function toRecord(r: Row): ReportRecord {
  const data = typeof r.data === 'string' ? JSON.parse(r.data) : r.data;
  // The organ's name and level are the organ table's; the stored copy only travels with exports.
  const report = { ...ZReport.parse(data), organ: r.organ_name, level: r.level, year: r.year };
  return {
    id: r.id, organId: r.organ_id, organName: r.organ_name, level: r.level, year: r.year, status: r.status,
    version: r.version, report, updatedAt: new Date(r.updated_at).toISOString(), updatedBy: r.updated_by,
  };
}

export async function findReport(q: Queryable, id: string, forUpdate = false): Promise<ReportRecord | null> {
  const [row] = await q.query<Row>(`${SELECT} WHERE r.id = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`, [id]);
  return row ? toRecord(row) : null;
}

export async function findReportsOfOrgans(q: Queryable, organIds: string[]): Promise<ReportRecord[]> {
  if (organIds.length === 0) return [];
  const rows = await q.query<Row>(`${SELECT} WHERE r.organ_id = ANY($1::text[]) ORDER BY o.name, r.year DESC`, [organIds]);
  return rows.map(toRecord);
}
