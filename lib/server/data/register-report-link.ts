// How a report and its organ's register of the same year meet (issue 16). A report that takes Table 2
// from the register gets its cells counted from the cases on every save, whatever the client sent;
// any other report is compared with the register by REGISTER-MISMATCH.
import type { Queryable } from '../../db/types';
import type { TCell, TTables } from '../../domain/model';
import type { TCase } from '../../domain/register/case';
import { countRegister } from '../../domain/register/table2';
import { isEditable } from '../../domain/workflow';
import { findRegister, type RegisterRecord } from './register-records';
import { findReport, findReportsOfOrgans } from './report-records';
import { storeVersion } from './store-version';

/** The report's tables with Table 2 from the organ's register of the year (null: none) when the report takes it from there. */
export function tablesFromRegister(register: RegisterRecord | null, year: number, tables: TTables): TTables {
  if (!register?.feedsReport) return tables;
  return { ...tables, applications: countRegister(register.cases, year).applications };
}

/** Table 2 counted from the organ's register of the year, for REGISTER-MISMATCH; undefined without one. */
export async function registerApplications(q: Queryable, organId: string, year: number): Promise<TCell[][] | undefined> {
  const register = await findRegister(q, organId, year);
  return register ? countRegister(register.cases, year).applications : undefined;
}

/**
 * After the register changed: a still-editable report that takes Table 2 from it gets the new counts as
 * a new version, in the same transaction. A submitted or approved report keeps what was reviewed.
 */
export async function syncReportTable(tx: Queryable, at: { organId: string; year: number }, cases: TCase[], actorId: string): Promise<void> {
  const [found] = await findReportsOfOrgans(tx, [at.organId], [at.year]);
  // Locked, so a save of the report in between waits rather than racing this version.
  const record = found ? await findReport(tx, found.id, { forUpdate: true }) : null;
  if (!record || !isEditable(record.status)) return;
  const applications = countRegister(cases, at.year).applications;
  if (JSON.stringify(applications) === JSON.stringify(record.report.tables.applications)) return;
  const { acceptedWarnings: _reviewers, ...report } = record.report;
  await storeVersion(tx, record, { ...report, tables: { ...report.tables, applications } }, actorId, 'report.register-sync');
}
