// Reading report rows: the stored canonical report plus the workflow facts around it.
import type { Queryable } from '../../db/types';
import type { TLevel, TReport } from '../../domain/model';
import { readStoredReport } from '../../domain/pending-input';
import { isUuid } from './ids';
import type { ReportStatus } from '../../domain/workflow';

/**
 * What a region's sums were made from: each unit report at its version and state then (a state is absent in
 * roll-ups stored before issue 15, and counts as not final), and whether the office included non-final ones.
 */
export type RollupSource = {
  units: { reportId: string; organ: string; version: number; status?: ReportStatus }[];
  includesNonFinal?: boolean;
  computedAt: string;
};

export type ReportRecord = {
  id: string;
  approvedVersion: number | null;
  publishedOn: string | null;
  publishedUrl: string | null;
  deadlineOverride: string | null;
  /** For a region's report: the unit reports (and versions) its tables were summed from. */
  rollup: RollupSource | null;
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
  r.updated_at, u.display_name AS updated_by, r.approved_version, r.published_on, r.published_url, o.deadline_override, r.rollup
  FROM reports r JOIN organs o ON o.id = r.organ_id JOIN users u ON u.id = r.updated_by`;

type Row = {
  id: string; organ_id: string; organ_name: string; level: TLevel; year: number; status: ReportStatus;
  version: number; data: unknown; updated_at: Date | string; updated_by: string;
  approved_version: number | null; published_on: string | null; published_url: string | null; deadline_override: string | null;
  rollup: RollupSource | string | null;
};
type Accepted = { report_id: string; finding_key: string; rule: string; reason: string; by: string };

function toRecord(r: Row, accepted: Accepted[]): ReportRecord {
  const data = typeof r.data === 'string' ? JSON.parse(r.data) : r.data;
  // The organ's name and level are the organ table's, accepted warnings the reviewers': the stored
  // copy of the report holds what the clerk wrote.
  const acceptedWarnings = accepted
    .filter((a) => a.report_id === r.id)
    .map((a) => ({ finding: a.finding_key, rule: a.rule, reason: a.reason, by: a.by }));
  const report = {
    ...readStoredReport(data), organ: r.organ_name, level: r.level, year: r.year,
    ...(acceptedWarnings.length ? { acceptedWarnings } : {}),
  };
  return {
    id: r.id, organId: r.organ_id, organName: r.organ_name, level: r.level, year: r.year, status: r.status,
    version: r.version, report, updatedAt: new Date(r.updated_at).toISOString(), updatedBy: r.updated_by,
    approvedVersion: r.approved_version, publishedOn: r.published_on, publishedUrl: r.published_url,
    deadlineOverride: r.deadline_override,
    rollup: typeof r.rollup === 'string' ? JSON.parse(r.rollup) : r.rollup,
  };
}

async function withAccepted(q: Queryable, rows: Row[]): Promise<ReportRecord[]> {
  if (rows.length === 0) return [];
  const accepted = await q.query<Accepted>(
    `SELECT a.report_id, a.finding_key, a.rule, a.reason, u.display_name AS by FROM accepted_warnings a
     JOIN users u ON u.id = a.accepted_by WHERE a.report_id = ANY($1::text[]) ORDER BY a.accepted_at`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => toRecord(r, accepted));
}

export type FindOptions = {
  /** Lock the row (SELECT … FOR UPDATE) as it is read. */
  forUpdate?: boolean;
  /**
   * Read the reviewers' accepted warnings beside the report (the default). A save keeps them in their own
   * table and never reads them, so it skips that query: its record has none.
   */
  accepted?: boolean;
};

export async function findReport(q: Queryable, id: string, { forUpdate = false, accepted = true }: FindOptions = {}): Promise<ReportRecord | null> {
  if (!isUuid(id)) return null;
  const rows = await q.query<Row>(`${SELECT} WHERE r.id = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`, [id]);
  if (!accepted) return rows[0] ? toRecord(rows[0], []) : null;
  const [record] = await withAccepted(q, rows);
  return record ?? null;
}

export async function findReportsOfOrgans(q: Queryable, organIds: string[], years?: number[]): Promise<ReportRecord[]> {
  if (organIds.length === 0) return [];
  const rows = years
    ? await q.query<Row>(`${SELECT} WHERE r.organ_id = ANY($1::text[]) AND r.year = ANY($2::int[]) ORDER BY o.name, r.year DESC`, [organIds, years])
    : await q.query<Row>(`${SELECT} WHERE r.organ_id = ANY($1::text[]) ORDER BY o.name, r.year DESC`, [organIds]);
  return withAccepted(q, rows);
}

/** Reports by id, in no particular order. */
export async function findReportsByIds(q: Queryable, ids: string[]): Promise<ReportRecord[]> {
  if (ids.length === 0) return [];
  return withAccepted(q, await q.query<Row>(`${SELECT} WHERE r.id = ANY($1::text[])`, [ids]));
}

/** A report's workflow facts without its content: enough to list it, cheap for a thousand units. */
export type ReportHead = Pick<ReportRecord, 'id' | 'organId' | 'year' | 'status' | 'version' | 'publishedOn'>;

export async function findReportHeads(q: Queryable, organIds: string[], years: number[]): Promise<ReportHead[]> {
  if (organIds.length === 0) return [];
  const rows = await q.query<{ id: string; organ_id: string; year: number; status: ReportStatus; version: number; published_on: string | null }>(
    'SELECT id, organ_id, year, status, version, published_on FROM reports WHERE organ_id = ANY($1::text[]) AND year = ANY($2::int[])',
    [organIds, years],
  );
  return rows.map((r) => ({ id: r.id, organId: r.organ_id, year: r.year, status: r.status, version: r.version, publishedOn: r.published_on }));
}

/** The same organ's report for the year before, for the cross-year rules. */
export async function findPreviousReport(q: Queryable, record: ReportRecord): Promise<ReportRecord | null> {
  const rows = await q.query<Row>(`${SELECT} WHERE r.organ_id = $1 AND r.year = $2`, [record.organId, record.year - 1]);
  const [previous] = await withAccepted(q, rows);
  return previous ?? null;
}
