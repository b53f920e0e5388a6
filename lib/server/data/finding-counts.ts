// The number of errors and open warnings of many reports at once, for the office's board.
// Findings are a pure function of the report's version, last year's report's version, the deadline, the
// publication date and the accepted warnings. The board asks for every unit's on each view, so the counts
// are kept per that key in this process and only a report that changed is read and checked again.
import type { Queryable } from '../../db/types';
import { findBrokenRules } from '../../domain/engine';
import { findReportsByIds, type ReportHead } from './report-records';

export type FindingCounts = { errors: number; warnings: number };
export type CountRequest = { report: ReportHead; previous: ReportHead | null; deadline: string | null };

/** Enough for a thousand-unit district over several years; the oldest entries go first. */
const MAX_ENTRIES = 20_000;
const kept = new Map<string, FindingCounts>();

function remember(key: string, counts: FindingCounts): void {
  if (kept.size >= MAX_ENTRIES) kept.delete(kept.keys().next().value!);
  kept.set(key, counts);
}

export async function findingCounts(q: Queryable, requests: CountRequest[]): Promise<Map<string, FindingCounts>> {
  const ids = requests.map((r) => r.report.id);
  const accepted = ids.length === 0 ? [] : await q.query<{ report_id: string; finding_key: string }>(
    'SELECT report_id, finding_key FROM accepted_warnings WHERE report_id = ANY($1::text[]) ORDER BY report_id, finding_key', [ids],
  );
  const acceptedOf = (id: string) => accepted.filter((a) => a.report_id === id).map((a) => a.finding_key);
  const keyOf = ({ report, previous, deadline }: CountRequest) => JSON.stringify([
    report.id, report.version, previous?.id ?? null, previous?.version ?? null, deadline, report.publishedOn, acceptedOf(report.id),
  ]);
  const keys = new Map(requests.map((r) => [r.report.id, keyOf(r)]));
  const missing = requests.filter((r) => !kept.has(keys.get(r.report.id)!));
  const computed = new Map<string, FindingCounts>();
  if (missing.length > 0) {
    const records = new Map((await findReportsByIds(q, missing.flatMap((r) => [r.report.id, ...(r.previous ? [r.previous.id] : [])]))).map((r) => [r.id, r]));
    for (const request of missing) {
      const record = records.get(request.report.id)!; // reports are never deleted
      const findings = findBrokenRules({
        report: record.report, previous: request.previous ? records.get(request.previous.id)?.report : undefined,
        deadline: request.deadline, publishedOn: record.publishedOn,
      });
      const counts = {
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning' && !f.accepted).length,
      };
      computed.set(record.id, counts);
      // A save between the two queries means the record read is newer than the key: shown, not kept.
      if (record.version === request.report.version) remember(keys.get(record.id)!, counts);
    }
  }
  return new Map(requests.map((r) => [r.report.id, computed.get(r.report.id) ?? kept.get(keys.get(r.report.id)!)!]));
}
