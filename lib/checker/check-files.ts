// The checker: findings for a set of report files (either edition, any importable format), with last
// year's report for the cross-year rules.
import { findBrokenRulesAnyEdition } from '../domain/edition-2019';
import type { Finding } from '../domain/findings';
import { loadReportFile } from './load-report-file';

export type FileResult =
  | { file: string; ok: true; organ: string; year: number; findings: Finding[] }
  | { file: string; ok: false; reason: string };

export type CheckOutcome = { results: FileResult[]; exitCode: 0 | 1 | 2 };

export async function checkFiles(files: string[], previousFile?: string): Promise<CheckOutcome> {
  const results: FileResult[] = [];
  let previous;
  if (previousFile) {
    const loaded = await loadReportFile(previousFile);
    if (!loaded.ok) return { results: [{ file: previousFile, ok: false, reason: loaded.reason }], exitCode: 2 };
    previous = loaded.report;
  }
  for (const file of files) {
    const loaded = await loadReportFile(file);
    if (!loaded.ok) {
      results.push({ file, ok: false, reason: loaded.reason });
      continue;
    }
    const { report } = loaded;
    results.push({ file, ok: true, organ: report.organ, year: report.year, findings: findBrokenRulesAnyEdition({ report, previous }) });
  }
  const unreadable = results.some((r) => !r.ok);
  const hasError = results.some((r) => r.ok && r.findings.some((f) => f.severity === 'error'));
  return { results, exitCode: unreadable ? 2 : hasError ? 1 : 0 };
}
