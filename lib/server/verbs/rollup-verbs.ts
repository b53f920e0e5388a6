// Verbs of the region roll-up: the office's report whose tables are the sums of its units' reports, its
// drill-down, and whether units changed since it was summed. Only final (approved or published) unit
// reports are summed unless the office switches 「含未审定」 on; then the cells that depend on a non-final
// unit are marked (issue 15). A roll-up runs only for an organ with units below it, into a report it
// created itself: the organ's own report of the year is never converted or overwritten (issue 11).
import { z } from 'zod';
import { MAX_YEAR } from '../../domain/model';
import { createNewDraft } from '../../domain/new-draft';
import { findPendingUnits, type PendingUnit } from '../../domain/region-readiness';
import { rollUp, type Rollup } from '../../domain/rollup';
import { isEditable, isFinal, STATUS_LABEL, type ReportStatus } from '../../domain/workflow';
import type { Queryable } from '../../db/types';
import { ServerError, type Ctx } from '../context';
import { insertReport } from '../data/insert-report';
import { findOrgan, organsBelow, type Organ } from '../data/organs';
import { parseInput } from '../parse-input';
import { findReport, findReportsOfOrgans, type ReportRecord, type RollupSource } from '../data/report-records';
import { findRevision } from '../data/revision-content';
import { storeVersion } from '../data/store-version';

/** A unit below the office: its report of the year (if any) and how it stands in the stored sums. */
export type RollupUnitView = {
  organ: Organ;
  record: ReportRecord | null;
  /** Its state when summed; undefined when it is not in the stored sums. */
  summedAs?: ReportStatus | null;
  changedSince: boolean;
};

export type RollupView = {
  region: ReportRecord | null;
  /** Why this organ's region cannot be summed for the year (no units below it, or its own report holds the year), or null. */
  refusal: string | null;
  units: RollupUnitView[];
  /** Units that are missing or not final, or were summed while not final: they hold the region report back. */
  pending: PendingUnit[];
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
  const existing = row ? await findReport(q, row.id, { forUpdate }) : null;
  // Reports are one per organ and year (migration 1): the organ's own report leaves no room for a region report.
  const own = existing && !existing.rollup ? existing : null;
  const refusal = units.length === 0
    ? `${office.name}下没有下级单位，不能汇总：本地区汇总只为有下级单位的机关生成。`
    : own
      ? `${office.name}${year}年度已有本机关填写的报告（${STATUS_LABEL[own.status]}），汇总不会改动它，因此不能生成本地区汇总报告。`
      : null;
  return { office, units, region: own ? null : existing, refusal };
}

/** Every unit below the office with its report of the year and its place in the region's stored sums. */
async function unitViews(q: Queryable, organs: Organ[], year: number, source: RollupSource | null): Promise<RollupUnitView[]> {
  const reports = new Map((await findReportsOfOrgans(q, organs.map((o) => o.id), [year])).map((r) => [r.organId, r]));
  const summed = new Map((source?.units ?? []).map((u) => [u.reportId, u]));
  return organs.map((organ) => {
    const record = reports.get(organ.id) ?? null;
    const s = record ? summed.get(record.id) : undefined;
    return { organ, record, summedAs: s ? (s.status ?? null) : undefined, changedSince: Boolean(s && record && s.version !== record.version) };
  });
}

/** The units a region report waits for (lib/domain/region-readiness.ts): for the page and the submit gate. */
export async function pendingUnitsOf(q: Queryable, region: ReportRecord): Promise<PendingUnit[]> {
  const units = await unitViews(q, await organsBelow(q, region.organId), region.year, region.rollup);
  return findPendingUnits(units.map((u) => ({ organ: u.organ.name, status: u.record?.status ?? null, summedAs: u.summedAs })));
}

function staleReasons(units: RollupUnitView[], source: RollupSource | null): string[] {
  if (!source) return [];
  const reasons: string[] = [];
  for (const { record, summedAs, changedSince } of units) {
    if (!record) continue;
    const name = record.organName;
    if (changedSince) reasons.push(`${name}的报告在汇总后有变化`);
    else if (summedAs !== undefined && isFinal(record.status) && !(summedAs && isFinal(summedAs))) reasons.push(`${name}的报告汇总时未审定，现已变为「${STATUS_LABEL[record.status]}」`);
    if (summedAs === undefined && (isFinal(record.status) || source.includesNonFinal)) reasons.push(`${name}的报告${STATUS_LABEL[record.status]}，尚未汇总`);
  }
  return reasons;
}

export async function viewRollup(ctx: Ctx, officeId: string, year: number): Promise<RollupView> {
  requireOffice(ctx, officeId);
  const { region, units: organs, refusal } = await regionOf(ctx.db, officeId, year);
  const source = region?.rollup ?? null;
  const units = await unitViews(ctx.db, organs, year, source);
  const reasons = staleReasons(units, source);
  const pending = findPendingUnits(units.map((u) => ({ organ: u.organ.name, status: u.record?.status ?? null, summedAs: u.summedAs })));
  return { region, refusal, units, pending, reasons, outOfDate: reasons.length > 0, computed: source ? await summedSources(ctx.db, source) : null };
}

/** The roll-up as it was summed: each unit at the version and state recorded, so the drill-down matches the stored sums. */
async function summedSources(q: Queryable, source: RollupSource): Promise<Rollup> {
  const units = [];
  for (const u of source.units) {
    const revision = await findRevision(q, u.reportId, u.version);
    if (!revision) throw new Error(`roll-up source ${u.reportId} v${u.version} has no revision`);
    units.push({ organ: u.organ, tables: revision.tables, isFinal: u.status !== undefined && isFinal(u.status) });
  }
  return rollUp(units);
}

const ZRun = z.object({ year: z.number().int().min(2021).max(MAX_YEAR, '年份不正确'), includeNonFinal: z.boolean().default(false) });

/** Sums the units' final reports (and, with 「含未审定」, the others too) into the office's region report. */
export async function runRollup(ctx: Ctx, officeId: string, input: unknown): Promise<ReportRecord> {
  requireOffice(ctx, officeId);
  const { year, includeNonFinal } = parseInput(ZRun, input, { year: '年度', includeNonFinal: '含未审定' }, '汇总参数不正确');
  return ctx.db.transaction(async (tx) => {
    const { office, units: organs, region: existing, refusal } = await regionOf(tx, officeId, year, true);
    if (refusal) throw new ServerError(409, refusal);
    const units = await findReportsOfOrgans(tx, organs.map((u) => u.id), [year]);
    const chosen = includeNonFinal ? units : units.filter((u) => isFinal(u.status));
    let region = existing;
    if (!region) {
      const draft = { ...createNewDraft(office.name, year, office.level), scope: 'region' as const };
      region = (await findReport(tx, await insertReport(tx, { organId: officeId, report: draft, actorId: ctx.actor.id })))!;
    }
    if (!isEditable(region.status)) throw new ServerError(409, `本地区报告${STATUS_LABEL[region.status]}，不能重新汇总`);
    const { tables } = rollUp(chosen.map((r) => ({ organ: r.organName, tables: r.report.tables, isFinal: isFinal(r.status) })));
    const { acceptedWarnings: _reviewers, ...stored } = region.report;
    const source: RollupSource = {
      units: chosen.map((r) => ({ reportId: r.id, organ: r.organName, version: r.version, status: r.status })),
      includesNonFinal: includeNonFinal,
      computedAt: new Date().toISOString(),
    };
    const nonFinal = chosen.filter((r) => !isFinal(r.status)).map((r) => r.organName);
    await storeVersion(tx, region, { ...stored, scope: 'region', tables }, ctx.actor.id, 'report.rollup', { units: source.units.length, nonFinal });
    await tx.query('UPDATE reports SET rollup = $1 WHERE id = $2', [JSON.stringify(source), region.id]);
    return (await findReport(tx, region.id))!;
  });
}
