// Verbs of the region roll-up: the office's report whose tables are the sums of chosen unit reports
// (approved ones by default), its drill-down, and whether units changed since it was summed. A roll-up runs
// only for an organ with units below it, into a report it created itself: the organ's own report of the
// year (a clerk's draft, an import) is never converted or overwritten (issue 11).
import { z } from 'zod';
import { MAX_YEAR } from '../domain/model';
import { readStoredReport } from '../domain/pending-input';
import { createNewDraft } from '../domain/new-draft';
import { rollUp, type Rollup } from '../domain/rollup';
import { isEditable, isFinal, STATUS_LABEL } from '../domain/workflow';
import type { Queryable } from '../db/types';
import { ServerError, type Ctx } from './context';
import { insertReport } from './insert-report';
import { findOrgan, organsBelow, type Organ } from './organs';
import { findReport, findReportsOfOrgans, type ReportRecord, type RollupSource } from './report-records';
import { storeVersion } from './store-version';

export type RollupView = {
  region: ReportRecord | null;
  /** Why this organ's region cannot be summed for the year (no units below it, or its own report holds the year), or null. */
  refusal: string | null;
  /** Unit reports of the year below the office, with whether each is in the stored sums. */
  candidates: { record: ReportRecord; included: boolean; changedSince: boolean }[];
  outOfDate: boolean;
  reasons: string[];
  computed: Rollup | null;
};

function requireOffice(ctx: Ctx, officeId: string): void {
  if (!ctx.actor.memberships.some((m) => m.organId === officeId && (m.role === 'supervisor' || m.role === 'admin'))) {
    throw new ServerError(403, '只有主管部门的审核人或管理员可以汇总');
  }
}

type Region = {
  office: Organ;
  units: Organ[];
  /** The organ's report of the year, when it is one a roll-up made. */
  region: ReportRecord | null;
  refusal: string | null;
};

/** The office, its units, and its report of the year: a roll-up's, or one that forbids a roll-up. */
async function regionOf(q: Queryable, officeId: string, year: number, forUpdate = false): Promise<Region> {
  const office = await findOrgan(q, officeId);
  if (!office) throw new ServerError(404, '机关不存在');
  const units = await organsBelow(q, officeId);
  const [row] = await q.query<{ id: string }>('SELECT id FROM reports WHERE organ_id = $1 AND year = $2', [officeId, year]);
  const existing = row ? await findReport(q, row.id, forUpdate) : null;
  // Reports are one per organ and year (migration 1): the organ's own report leaves no room for a region report.
  const own = existing && !existing.rollup ? existing : null;
  const refusal = units.length === 0
    ? `${office.name}下没有下级单位，不能汇总：本地区汇总只为有下级单位的机关生成。`
    : own
      ? `${office.name}${year}年度已有本机关填写的报告（${STATUS_LABEL[own.status]}），汇总不会改动它，因此不能生成本地区汇总报告。`
      : null;
  return { office, units, region: own ? null : existing, refusal };
}

export async function viewRollup(ctx: Ctx, officeId: string, year: number): Promise<RollupView> {
  requireOffice(ctx, officeId);
  const { region, units: organs, refusal } = await regionOf(ctx.db, officeId, year);
  const units = await findReportsOfOrgans(ctx.db, organs.map((u) => u.id), [year]);
  const stored = new Map((region?.rollup?.units ?? []).map((u) => [u.reportId, u.version]));
  const candidates = units.map((record) => ({
    record,
    included: stored.has(record.id),
    changedSince: stored.has(record.id) && stored.get(record.id) !== record.version,
  }));
  const reasons: string[] = [];
  for (const c of candidates) {
    if (c.changedSince) reasons.push(`${c.record.organName}的报告在汇总后有变化`);
    if (!c.included && region?.rollup && isFinal(c.record.status)) reasons.push(`${c.record.organName}的报告${STATUS_LABEL[c.record.status]}，尚未汇总`);
  }
  return { region, refusal, candidates, reasons, outOfDate: reasons.length > 0, computed: region?.rollup ? await summedSources(ctx.db, region.rollup) : null };
}

/** The roll-up as it was summed: each unit at the version recorded, so the drill-down matches the stored sums. */
async function summedSources(q: Queryable, source: RollupSource): Promise<Rollup> {
  const units = [];
  for (const u of source.units) {
    const [row] = await q.query<{ data: unknown }>('SELECT data FROM report_revisions WHERE report_id = $1 AND version = $2', [u.reportId, u.version]);
    const data = typeof row.data === 'string' ? JSON.parse(row.data) : row.data;
    units.push({ organ: u.organ, tables: readStoredReport(data).tables });
  }
  return rollUp(units);
}

const ZRun = z.object({ year: z.number().int().min(2021).max(MAX_YEAR, '年份不正确'), unitReportIds: z.array(z.string()).optional() });

/** Sums the chosen unit reports (default: the approved and published ones) into the office's region report. */
export async function runRollup(ctx: Ctx, officeId: string, input: unknown): Promise<ReportRecord> {
  requireOffice(ctx, officeId);
  const parsed = ZRun.safeParse(input);
  if (!parsed.success) throw new ServerError(400, '汇总参数不正确');
  const { year, unitReportIds } = parsed.data;
  return ctx.db.transaction(async (tx) => {
    const { office, units: organs, region: existing, refusal } = await regionOf(tx, officeId, year, true);
    if (refusal) throw new ServerError(409, refusal);
    const units = await findReportsOfOrgans(tx, organs.map((u) => u.id), [year]);
    const chosen = unitReportIds ? units.filter((u) => unitReportIds.includes(u.id)) : units.filter((u) => isFinal(u.status));
    if (unitReportIds && chosen.length !== unitReportIds.length) throw new ServerError(400, '所选报告不属于本地区或年度不符');
    let region = existing;
    if (!region) {
      const draft = { ...createNewDraft(office.name, year, office.level), scope: 'region' as const };
      region = (await findReport(tx, await insertReport(tx, { organId: officeId, report: draft, actorId: ctx.actor.id })))!;
    }
    if (!isEditable(region.status)) throw new ServerError(409, `本地区报告${STATUS_LABEL[region.status]}，不能重新汇总`);
    const { tables } = rollUp(chosen.map((r) => ({ organ: r.organName, tables: r.report.tables })));
    const { acceptedWarnings: _reviewers, ...stored } = region.report;
    const source = {
      units: chosen.map((r) => ({ reportId: r.id, organ: r.organName, version: r.version })),
      computedAt: new Date().toISOString(),
    };
    await storeVersion(tx, region, { ...stored, scope: 'region', tables }, ctx.actor.id, 'report.rollup', { units: source.units.length });
    await tx.query('UPDATE reports SET rollup = $1 WHERE id = $2', [JSON.stringify(source), region.id]);
    return (await findReport(tx, region.id))!;
  });
}
