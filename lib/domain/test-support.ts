// Shared helpers for the domain tests: a clean, balanced full report whose arithmetic is written out,
// and builders that keep Table 2 balanced. Pure (no fs), so tests anywhere may import it.
import { findBrokenRules } from './engine';
import type { Finding, RuleInput } from './findings';
import type { TCell, TReport, TTables } from './model';
import { deriveTotals } from './totals';
import {
  APP_COLS, APP_ENTRY_COLS, LIT_CELLS, RESULT_ROWS, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, template,
} from './template';

/** Row index in Table 2 by its printed label, e.g. appRow('（一）予以公开') or appRow('（三）不予公开', '4.'). */
export function appRow(labelOrGroup: string, subLabel?: string): number {
  const i = template.applications.rows.findIndex((r) =>
    subLabel === undefined ? r.label.startsWith(labelOrGroup) : r.group === labelOrGroup && r.label.startsWith(subLabel),
  );
  if (i < 0) throw new Error(`no row ${labelOrGroup} ${subLabel ?? ''}`);
  return i;
}

/** What a clerk enters in Table 2: the 21 result rows, 二 and 四, each over the six applicant columns. */
export type EnteredApplications = {
  /** RESULT_ROWS.length rows × 6 applicant columns. */
  results: number[][];
  carriedIn: number[];
  carriedOut: number[];
};

/**
 * Table 2 balanced by construction: 一 = 三（七）+ 四 − 二 per applicant column, then every 总计 derived.
 * Throws if that would make 一 negative (the caller picks 二 ≤ 三（七）+ 四).
 */
export function balancedApplications(e: EnteredApplications): TCell[][] {
  const rows: TCell[][] = Array.from({ length: template.applications.rows.length }, () => Array<TCell>(APP_COLS).fill(null));
  RESULT_ROWS.forEach((r, i) => APP_ENTRY_COLS.forEach((c) => (rows[r][c] = e.results[i][c])));
  for (const c of APP_ENTRY_COLS) {
    const resultTotal = e.results.reduce((sum, row) => sum + row[c], 0);
    const received = resultTotal + e.carriedOut[c] - e.carriedIn[c];
    if (received < 0) throw new Error(`column ${c}: 二 exceeds 三（七）+四`);
    rows[ROW_RECEIVED][c] = received;
    rows[ROW_CARRIED_IN][c] = e.carriedIn[c];
    rows[ROW_CARRIED_OUT][c] = e.carriedOut[c];
  }
  return rows;
}

export function tablesFrom(applications: TCell[][], active: TTables['active'], litigation: TCell[]): TTables {
  return deriveTotals({ active, applications, litigation });
}

const zeros = (n: number) => Array<number>(n).fill(0);

/**
 * The clean report's Table 2 (2024, a town). Columns 自然人 and 商业企业; the others are 0.
 *   自然人:   （一）20 （二）5 （三）4. 2 （四）1. 6 （五）2. 1 （六）3. 2 → 三（七）= 36; 二 = 4, 四 = 3 → 一 = 36+3−4 = 35
 *   商业企业: （一）4 → 三（七）= 4; 二 = 0, 四 = 1 → 一 = 4+1−0 = 5
 *   总计:     一 40, 二 4, 三（七）40, 四 4 → 40+4 = 40+4
 *   shares of 三（七）总计 40: （一）24 = 60%, （一）+（二）29 = 72.5%, （四）6 = 15%, （五）1 = 2.5%, （六）2 = 5%
 */
export function cleanEntered(): EnteredApplications {
  const results = RESULT_ROWS.map(() => zeros(6));
  const set = (row: number, col: number, v: number) => (results[RESULT_ROWS.indexOf(row)][col] = v);
  set(appRow('（一）予以公开'), 0, 20);
  set(appRow('（一）予以公开'), 1, 4);
  set(appRow('（二）部分公开'), 0, 5);
  set(appRow('（三）不予公开', '4.'), 0, 2);
  set(appRow('（四）无法提供', '1.'), 0, 6);
  set(appRow('（五）不予处理', '2.'), 0, 1);
  set(appRow('（六）其他处理', '3.'), 0, 2);
  return { results, carriedIn: [4, 0, 0, 0, 0, 0], carriedOut: [3, 1, 0, 0, 0, 0] };
}

/** 行政复议 1+1+0+0 = 2; 未经复议直接起诉 1+0+0+1 = 2; 复议后起诉 0 (总计 derived). */
export const CLEAN_LITIGATION: TCell[] = [1, 1, 0, 0, null, 1, 0, 0, 1, null, 0, 0, 0, 0, null];

/** 行政规范性文件: issued 3, repealed 1, in force 20 (last year 18: 18+3−1 = 20). */
export function cleanActive(): TTables['active'] {
  return {
    regulations: [0, 0, 0],
    normativeDocuments: [3, 1, 20],
    licensing: 110,
    punishment: 10,
    enforcement: 0,
    feesWan: '4618.24',
  };
}

export const CLEAN_PARTS: NonNullable<TReport['parts']> = {
  preamble: '本年度报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据统计期限为2024年1月1日至12月31日。',
  overview: [
    '（一）主动公开。本年度我镇主动公开政府信息98条。',
    '（二）依申请公开。本年度共收到政府信息公开申请44件（含上年度结转申请4件），其中予以公开24件，占60%；无法提供6件，占15%；其他处理2件，占5%。',
    '（三）政府信息管理。持续规范信息发布审核。',
    '（四）平台建设。依托区政府门户网站公开政务信息。',
    '（五）监督保障。成立政务公开领导小组。',
  ].join('\n'),
  problems: '政务公开内容质量有待提升。下一步将加强业务培训。',
  other: '本机关本年度未收取信息处理费。',
};

/** A complete 2024 town report with no finding at all. */
export function cleanReport(overrides: Partial<TReport> = {}): TReport {
  return {
    format: 'national-2021',
    year: 2024,
    organ: '某市某区某镇人民政府',
    level: 'town',
    tables: tablesFrom(balancedApplications(cleanEntered()), cleanActive(), CLEAN_LITIGATION),
    parts: { ...CLEAN_PARTS },
    signature: { organ: '某市某区某镇人民政府', date: '2025-01-17' },
    ...overrides,
  };
}

/** Last year's report that the clean report follows on from: 四 = this year's 二, 18 normative documents in force. */
export function cleanPrevious(): TReport {
  const entered = cleanEntered();
  const carriedOut = [4, 0, 0, 0, 0, 0];
  const active = { ...cleanActive(), normativeDocuments: [2, 0, 18] as TTables['active']['normativeDocuments'] };
  return cleanReport({ year: 2023, tables: tablesFrom(balancedApplications({ ...entered, carriedOut }), active, CLEAN_LITIGATION) });
}

export function cleanTables(): TTables {
  return cleanReport().tables;
}

/** A tables-only report (no parts, no signature): what the narrative and date rules cannot judge. */
export function tablesOnlyReport(tables: TTables, year = 2024): TReport {
  return { format: 'national-2021', year, organ: '某局', tables };
}

export function emptyLitigation(): TCell[] {
  return Array<TCell>(LIT_CELLS).fill(null);
}

export function withParts(report: TReport, parts: Partial<NonNullable<TReport['parts']>>): TReport {
  return { ...report, parts: { ...CLEAN_PARTS, ...report.parts, ...parts } };
}

export function check(input: TReport | RuleInput): Finding[] {
  return findBrokenRules('tables' in input ? { report: input } : input);
}

export function findingsOf(input: TReport | RuleInput, rule: string): Finding[] {
  return check(input).filter((f) => f.rule === rule);
}

export const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);
