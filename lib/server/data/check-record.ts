// The findings of a stored report, judged with what the server knows around it: last year's report,
// the organ's deadline, the publication date. Editor, review, submission and lists all use this.
import type { Queryable } from '../../db/types';
import { previousForRules } from '../../domain/carry-over';
import { findBrokenRules } from '../../domain/engine';
import type { Finding } from '../../domain/findings';
import { organDeadline } from '../../domain/rules/late';
import { registerApplications } from './register-report-link';
import { findPreviousReport, type ReportRecord } from './report-records';

export async function checkRecord(q: Queryable, record: ReportRecord): Promise<Finding[]> {
  const previous = await findPreviousReport(q, record);
  return findBrokenRules({
    report: record.report,
    // Last year's report as the cross-year rules take it (REGULATIONS-STOCK, CARRY-OVER-MISMATCH).
    previous: previous ? previousForRules(previous.report) : undefined,
    deadline: record.deadlineOverride ? organDeadline(record.year, record.level, record.deadlineOverride) : null,
    publishedOn: record.publishedOn,
    // Table 2 counted from the organ's register of the year (REGISTER-MISMATCH), when it keeps one.
    register: await registerApplications(q, record.organId, record.year),
  });
}
