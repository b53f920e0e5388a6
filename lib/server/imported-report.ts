// What the two import verbs (preview, then confirm) share: the file's fingerprint, which reports may be
// kept, and the report as it is stored for an organ.
import { createHash } from 'node:crypto';
import { is2019, type TAnyReport } from '../domain/edition-2019';
import { importYearRefusal } from '../domain/import-year';
import type { TReport } from '../domain/model';
import type { Organ } from './organs';

/** The confirm step names the file it read by this, so what is stored is what was shown. */
export const digestOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export const EDITION_2019_REFUSAL =
  '这是2019年版格式的报告（2019、2020年度），只能查看和检查，不能导入保存：本系统保存的年度报告为2021年版格式。';

const existingRefusal = (organName: string, year: number) =>
  `${organName}${year}年度报告已存在，不能再导入。如需替换，请先与管理员联系。`;

/** Why this report cannot be kept for the organ, or null: the preview shows it, the confirm step refuses with it. */
export function refusalOf(report: TAnyReport, organ: Organ, exists: boolean, now: Date): string | null {
  if (is2019(report)) return EDITION_2019_REFUSAL;
  if (exists) return existingRefusal(organ.name, report.year);
  return importYearRefusal(report.year, now);
}

/**
 * The organ's own name and level (as every stored report has), everything else as printed — totals
 * included: an imported report keeps what was published. Accepted warnings belong to reviewers here.
 */
export function asOrganReport(report: TReport, organ: Organ): TReport {
  const { acceptedWarnings: _theirs, ...printed } = report;
  return { ...printed, organ: organ.name, level: organ.level };
}
