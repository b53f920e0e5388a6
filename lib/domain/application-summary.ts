// The standard 「依申请公开」 paragraph of part 一, computed from Table 2 (spec §2, §4). It is worded so
// that NARRATIVE-NUMBER (rules/narrative-number.ts) reads each count and share back: if the table
// changes afterwards, the stale sentence is caught.
import { appKey, getCell, type CellKey } from './cells';
import type { TTables } from './model';
import { countOf } from './normalize';
import type { YearTimeliness } from './register/timeliness';
import { deriveTotals, sumCounts } from './totals';
import {
  APP_ENTRY_COLS, APP_TOTAL_COL, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL, RESULT_ROWS,
  partByKey, resultGroups,
} from './template';

const SUBHEADING = /^（[一二三四五六七八九十]+）/;

export type ApplicationSummary =
  | { ok: true; text: string }
  /** The table is not complete enough: these entry cells are empty or hold no valid count. */
  | { ok: false; missing: CellKey[] };

export type SummaryOptions = {
  /** Who received the applications: 「本机关」 by default, e.g. 「全区」 for a region-wide report. */
  subject?: string;
  /**
   * How many of the year's answers were late, counted from the register (issue 16). Without it the
   * paragraph says nothing about time limits: 「均在法定期限内予以答复」 is said only when the register
   * shows it, with every due date on a known holiday calendar.
   */
  timeliness?: YearTimeliness;
};

/** The sentence on time limits (条例 第三十三条), worded so that NARRATIVE-NUMBER reads no count in it. */
function timelinessSentence(t: YearTimeliness | undefined): string {
  if (!t || t.answered === 0) return '';
  if (t.late > 0) return `本年度有${t.late}件申请未在法定期限内答复。`;
  return t.provisional === 0 ? '办结的申请均在法定期限内予以答复。' : '';
}

/** 「予以公开」 from 「（一）予以公开」, 「部分公开」 from 「（二）部分公开（区分处理的，…）」. */
const outcomeName = (groupLabel: string) => groupLabel.replace(SUBHEADING, '').replace(/（.*）$/, '');

/** Share of the whole to one decimal, rounded half up in integer arithmetic: 5 of 57 → 「8.8」. */
function shareOf(part: number, whole: number): string {
  const tenths = Math.floor((part * 1000 * 2 + whole) / (whole * 2));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

const SUMMARY_OPENING = /^本年度，.{1,12}?新收政府信息公开申请\d+件/;

/** Whether a paragraph is one this module wrote (so generating again replaces it). */
export function isApplicationSummary(paragraph: string): boolean {
  return SUMMARY_OPENING.test(paragraph.trim());
}

/**
 * The standard paragraph, from the totals column of Table 2 with totals derived from the entered
 * cells: received (一), carried over (二), handled (三（七）), carried out (四), then each outcome
 * （一）…（六） with its count and its share of 三（七）总计 to one decimal.
 */
export function composeApplicationSummary(tables: TTables, options: SummaryOptions = {}): ApplicationSummary {
  const subject = options.subject ?? '本机关';
  const rows = [ROW_RECEIVED, ROW_CARRIED_IN, ...RESULT_ROWS, ROW_CARRIED_OUT];
  const missing = rows.flatMap((r) => APP_ENTRY_COLS.map((c) => appKey(r, c))).filter((k) => countOf(getCell(tables, k)) === null);
  if (missing.length > 0) return { ok: false, missing };

  const derived = deriveTotals(tables);
  const total = (rowIndexes: number[]) => sumCounts(rowIndexes.map((r) => getCell(derived, appKey(r, APP_TOTAL_COL)))) ?? 0;
  const received = total([ROW_RECEIVED]);
  const carriedIn = total([ROW_CARRIED_IN]);
  const handled = total([ROW_RESULT_TOTAL]);
  const carriedOut = total([ROW_CARRIED_OUT]);

  const outcomes = resultGroups().map((group) => {
    const count = total(group.rows);
    const share = handled > 0 ? `，占${shareOf(count, handled)}%` : '';
    return `${outcomeName(group.label)}${count}件${share}`;
  });

  const text =
    `本年度，${subject}新收政府信息公开申请${received}件，上年结转申请${carriedIn}件，` +
    `办结${handled}件，结转下年度继续办理${carriedOut}件。` +
    `其中，${outcomes.join('；')}。` +
    timelinessSentence(options.timeliness);
  return { ok: true, text };
}

/** The sub-heading of part 一 the paragraph belongs under: 「（二）依申请公开」. */
const applicationHeading = (partByKey('overview').subheadings ?? []).find((s) => s.includes('依申请公开'));

/**
 * Part 一 with the paragraph placed under 「（二）依申请公开」 (at the end of that sub-part), or
 * appended when there is no such sub-heading. A paragraph generated before is replaced, not repeated.
 */
export function insertApplicationSummary(overview: string, paragraph: string): string {
  const lines = overview === '' ? [] : overview.split('\n');
  const previous = lines.findIndex(isApplicationSummary);
  if (previous >= 0) {
    lines[previous] = paragraph;
    return lines.join('\n');
  }
  const heading = applicationHeading ? lines.findIndex((l) => l.trim().startsWith(applicationHeading)) : -1;
  if (heading < 0) {
    while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
    return [...lines, paragraph].join('\n');
  }
  let end = heading + 1;
  while (end < lines.length && !SUBHEADING.test(lines[end].trim())) end++;
  // Blank lines closing the sub-part stay after the new paragraph.
  while (end > heading + 1 && lines[end - 1].trim() === '') end--;
  lines.splice(end, 0, paragraph);
  return lines.join('\n');
}
