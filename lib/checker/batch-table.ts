// The batch checker's table (issue 6): one row per uploaded file, its findings or why it could not be
// read; filtering by rule, severity and readability; the table as CSV. Pure, so the page and tests share it.
import { csvDocument } from '../export/spreadsheet-text';
import type { ReadingCounts } from '../import/reading';
import type { Edition } from '../import/types';

export type CheckedFinding = { rule: string; severity: 'error' | 'warning'; message: string };
/**
 * `cells`: how many cells were read as printed, decoded, blank or unread (null for canonical data);
 * `undecidable`: the 「无法判断」 rules over unread cells, apart from the findings (issue 14).
 */
export type FileCheck =
  | {
    file: string; ok: true; organ: string; year: number; edition: Edition; findings: CheckedFinding[]; warnings: string[];
    cells: ReadingCounts | null; undecidable: string[];
  }
  | { file: string; ok: false; reason: string };

export type CheckFilter = { rule: string; severity: 'all' | 'error' | 'warning'; readable: 'all' | 'readable' | 'unreadable' };
export const NO_FILTER: CheckFilter = { rule: '', severity: 'all', readable: 'all' };

/** A file as the table shows it: the findings left by the filter (all of them when none is set). */
export type ShownCheck = { check: FileCheck; findings: CheckedFinding[] };

export const countsOf = (findings: CheckedFinding[]) => ({
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: findings.filter((f) => f.severity === 'warning').length,
});

/** Rule or severity narrows each file to its matching findings and hides files with none (and unreadable ones). */
export function filterChecks(checks: FileCheck[], filter: CheckFilter): ShownCheck[] {
  const narrowing = filter.rule !== '' || filter.severity !== 'all';
  const out: ShownCheck[] = [];
  for (const check of checks) {
    if (filter.readable === 'readable' && !check.ok) continue;
    if (filter.readable === 'unreadable' && check.ok) continue;
    if (!check.ok) {
      if (!narrowing) out.push({ check, findings: [] });
      continue;
    }
    const findings = check.findings.filter((f) =>
      (filter.rule === '' || f.rule === filter.rule) && (filter.severity === 'all' || f.severity === filter.severity));
    if (!narrowing || findings.length > 0) out.push({ check, findings });
  }
  return out;
}

/** Every rule that fired, in the order first met, for the filter's choices. */
export const rulesIn = (checks: FileCheck[]): string[] =>
  [...new Set(checks.flatMap((c) => (c.ok ? c.findings.map((f) => f.rule) : [])))];

export const SEVERITY_LABEL = { error: '错误', warning: '警告' } as const;
export const UNREADABLE = '无法读取';

export const CSV_HEADER = ['文件', '机关', '年度', '错误数', '警告数', '类别', '规则', '说明'];

/** One line per finding shown (a file without any gets one line); UTF-8 with a BOM so Excel and WPS read the Chinese. */
export function checksToCsv(shown: ShownCheck[]): string {
  const lines: (string | number)[][] = [CSV_HEADER];
  for (const { check, findings } of shown) {
    if (!check.ok) {
      lines.push([check.file, '', '', '', '', UNREADABLE, '', check.reason]);
      continue;
    }
    const { errors, warnings } = countsOf(check.findings);
    const head = [check.file, check.organ, check.year, errors, warnings];
    if (findings.length === 0) lines.push([...head, '', '', '未发现问题']);
    for (const f of findings) lines.push([...head, SEVERITY_LABEL[f.severity], f.rule, f.message]);
  }
  return csvDocument(lines);
}
