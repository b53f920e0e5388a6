// The findings of a stored report, judged with what the server knows around it: last year's report,
// the organ's deadline, the publication date. Editor, review, submission and lists all use this.
import type { Queryable } from '../db/types';
import { findBrokenRules } from '../domain/engine';
import type { Finding } from '../domain/findings';
import { organDeadline } from '../domain/rules/late';
import { findPreviousReport, type ReportRecord } from './report-records';

export async function checkRecord(q: Queryable, record: ReportRecord): Promise<Finding[]> {
  const previous = await findPreviousReport(q, record);
  return findBrokenRules({
    report: record.report,
    previous: previous?.report,
    deadline: record.deadlineOverride ? organDeadline(record.year, record.level, record.deadlineOverride) : null,
    publishedOn: record.publishedOn,
  });
}
