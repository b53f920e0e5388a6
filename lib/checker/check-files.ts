// The checker: findings for a set of report files (either edition, any importable format), with last
// year's report for the cross-year rules.
import type { TAnyReport } from '../domain/edition-2019';
import type { Finding } from '../domain/findings';
import type { Undecidable } from '../domain/partial-knowledge';
import type { ReadingCounts } from '../import/reading';
import { judge, type UnreadCell } from './judge';
import { loadReportFile } from './load-report-file';

/**
 * `findings`: rules judged on what was read; `undecidable`: rules that involve an unread cell (「无法判断」);
 * `unread`: those cells; `counts`: cells read as printed, decoded, blank and unread (null for canonical data).
 */
export type FileResult =
  | { file: string; ok: true; organ: string; year: number; findings: Finding[]; undecidable: Undecidable[]; unread: UnreadCell[]; counts: ReadingCounts | null }
  | { file: string; ok: false; reason: string };

export type CheckOutcome = { results: FileResult[]; exitCode: 0 | 1 | 2 };

export async function checkFiles(files: string[], previousFile?: string): Promise<CheckOutcome> {
  const results: FileResult[] = [];
  let previous: TAnyReport | undefined;
  if (previousFile) {
    const loaded = await loadReportFile(previousFile);
    if (!loaded.ok) return { results: [{ file: previousFile, ok: false, reason: loaded.reason }], exitCode: 2 };
    previous = loaded.report;
  }
  for (const file of files) {
    const loaded = await loadReportFile(file, previous);
    if (!loaded.ok) {
      results.push({ file, ok: false, reason: loaded.reason });
      continue;
    }
    const { report } = loaded;
    results.push({ file, ok: true, organ: report.organ, year: report.year, ...judge(report, loaded.reading, previous) });
  }
  const unreadable = results.some((r) => !r.ok);
  const hasError = results.some((r) => r.ok && r.findings.some((f) => f.severity === 'error'));
  return { results, exitCode: unreadable ? 2 : hasError ? 1 : 0 };
}
