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
 * `unread`: those cells; `counts`: cells read as printed, decoded, blank and unread (null for canonical data);
 * `notes`: what the reader should know about how the file was judged (a previous report not used).
 */
export type FileResult =
  | {
    file: string; ok: true; organ: string; year: number; findings: Finding[]; undecidable: Undecidable[]; unread: UnreadCell[];
    counts: ReadingCounts | null; notes: string[];
  }
  | { file: string; ok: false; reason: string };

export type CheckOutcome = { results: FileResult[]; exitCode: 0 | 1 | 2 };

const organKey = (organ: string) => organ.replace(/\s+/g, '');

/**
 * Why last year's report given cannot serve this one, or null. It must be the year before and the same organ,
 * whose name a print may give with or without the region above it (「洪泽区人民政府」,「淮安市洪泽区人民政府」).
 * Another organ's or year's 四 would decide this year's run-together 二 and judge the cross-year rules wrongly.
 */
function previousMismatch(report: TAnyReport, previous: TAnyReport): string | null {
  const [mine, theirs] = [organKey(report.organ), organKey(previous.organ)];
  const sameOrgan = mine.endsWith(theirs) || theirs.endsWith(mine);
  if (previous.year === report.year - 1 && sameOrgan) return null;
  return `所给上年报告为「${previous.organ}」${previous.year}年度，不是本报告（「${report.organ}」${report.year}年度）同一机关的上一年度，未用于读取和跨年度核对`;
}

export async function checkFiles(files: string[], previousFile?: string): Promise<CheckOutcome> {
  const results: FileResult[] = [];
  let previous: TAnyReport | undefined;
  if (previousFile) {
    const loaded = await loadReportFile(previousFile);
    if (!loaded.ok) return { results: [{ file: previousFile, ok: false, reason: loaded.reason }], exitCode: 2 };
    previous = loaded.report;
  }
  for (const file of files) {
    let loaded = await loadReportFile(file, previous);
    const mismatch = loaded.ok && previous ? previousMismatch(loaded.report, previous) : null;
    if (mismatch) loaded = await loadReportFile(file);
    if (!loaded.ok) {
      results.push({ file, ok: false, reason: loaded.reason });
      continue;
    }
    const { report } = loaded;
    const used = mismatch ? undefined : previous;
    results.push({ file, ok: true, organ: report.organ, year: report.year, ...judge(report, loaded.reading, used), notes: mismatch ? [mismatch] : [] });
  }
  const unreadable = results.some((r) => !r.ok);
  const hasError = results.some((r) => r.ok && r.findings.some((f) => f.severity === 'error'));
  return { results, exitCode: unreadable ? 2 : hasError ? 1 : 0 };
}
