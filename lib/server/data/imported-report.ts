// What the two import verbs (preview, then confirm) share: the file's fingerprint, which reports may be
// kept, and the report as it is stored for an organ.
import { createHash } from 'node:crypto';
import type { TAnyReport } from '../../domain/edition-2019';
import { importYearRefusal } from '../../domain/import-year';
import type { TReport } from '../../domain/model';
import type { Organ } from './organs';

/** The confirm step names the file it read by this, so what is stored is what was shown. */
export const digestOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Why a report of another format than the 2021 edition (the one the app keeps) cannot be kept. A report from
 * before the statutory tables has none the clerk could fill meaningfully: its old 统计表 has other rows.
 */
export const EDITION_REFUSAL: Record<Exclude<TAnyReport['format'], 'national-2021'>, string> = {
  'national-2019': '这是2019年版格式的报告（2019、2020年度），只能查看和检查，不能导入保存：本系统保存的年度报告为2021年版格式。',
  'pre-2019':
    '这是2019年以前格式的报告（2018年度及以前），没有法定统计表：其「政府信息公开情况统计表」的栏目与现行表格不同，无法补填，只能查看和检查，不能导入保存。',
};

/** Whether the report is of the edition the app keeps; any other's refusal is EDITION_REFUSAL. */
export const isKeptEdition = (report: TAnyReport): report is TReport => report.format === 'national-2021';

const existingRefusal = (organName: string, year: number) =>
  `${organName}${year}年度报告已存在，不能再导入。如需替换，请先与管理员联系。`;

export type ImportRefusal = { message: string; status: 400 | 409 };

/**
 * Why this report cannot be kept for the organ, or null: the preview shows it, the confirm step refuses with
 * it. What the file itself rules out (its edition, a year not over) comes before what the organ already has:
 * a clerk who picked this year's file learns that, not that the year's report exists.
 */
export function refusalOf(report: TAnyReport, organ: Organ, exists: boolean, now: Date): ImportRefusal | null {
  if (!isKeptEdition(report)) return { message: EDITION_REFUSAL[report.format], status: 400 };
  const year = importYearRefusal(report.year, now);
  if (year) return { message: year, status: 400 };
  return exists ? { message: existingRefusal(organ.name, report.year), status: 409 } : null;
}

/**
 * The organ's own name and level (as every stored report has), everything else as printed — totals
 * included: an imported report keeps what was published. Accepted warnings belong to reviewers here.
 */
export function asOrganReport(report: TReport, organ: Organ): TReport {
  const { acceptedWarnings: _theirs, ...printed } = report;
  return { ...printed, organ: organ.name, level: organ.level };
}
