// NARRATIVE-NUMBER (spec §6): counts and shares stated in the narrative agree with the tables.
// Shares are of 三（七）总计 unless the sentence names another whole (「占新收申请的…」), with 0.1 percentage
// point of tolerance for inconsistent rounding.
import { readCells, sumAt } from '../cell-readings';
import { appKey, cellIndex, litKey, type CellKey } from '../cells';
import type { Hit, RuleCheck } from '../findings';
import type { TParts } from '../model';
import { forEachMatch, parseNumber, partName, sentencesWithDigits } from '../narrative';
import {
  type NarrativeKey,
  APP_TOTAL_COL, LIT_COLS, LIT_TOTAL_COL, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL, resultGroups,
} from '../template';

const PERCENT_TOLERANCE = 0.1;
const groups = resultGroups();
const groupTotals = (...labels: string[]): CellKey[] =>
  groups.filter((g) => labels.some((l) => g.label.startsWith(l))).flatMap((g) => g.rows.map((r) => appKey(r, APP_TOTAL_COL)));
const litTotal = (g: number) => litKey(g * LIT_COLS + LIT_TOTAL_COL);

/** `indices`: the cells' positions in CELLS, for adding them up; `whole` matches the wording alone. */
type Category = { pattern: string; label: string; cells: CellKey[]; isShareOfResults: boolean; whole: RegExp; indices: number[] };

// Longest wording first, so 「予以公开及部分公开」 is not read as 「部分公开」.
const CATEGORIES: Category[] = ([
  { pattern: '予以公开(?:及|和|与)部分公开', label: '（一）予以公开+（二）部分公开', cells: groupTotals('（一）', '（二）'), isShareOfResults: true },
  { pattern: '部分公开', label: '（二）部分公开', cells: groupTotals('（二）'), isShareOfResults: true },
  { pattern: '予以公开', label: '（一）予以公开', cells: groupTotals('（一）'), isShareOfResults: true },
  { pattern: '不予公开', label: '（三）不予公开', cells: groupTotals('（三）'), isShareOfResults: true },
  { pattern: '无法提供', label: '（四）无法提供', cells: groupTotals('（四）'), isShareOfResults: true },
  { pattern: '不予处理', label: '（五）不予处理', cells: groupTotals('（五）'), isShareOfResults: true },
  { pattern: '其他处理', label: '（六）其他处理', cells: groupTotals('（六）'), isShareOfResults: true },
  { pattern: '行政复议(?:和|及|、)行政诉讼', label: '行政复议和行政诉讼总计', cells: [0, 1, 2].map(litTotal), isShareOfResults: false },
  { pattern: '行政复议', label: '行政复议总计', cells: [litTotal(0)], isShareOfResults: false },
  { pattern: '行政诉讼', label: '行政诉讼总计', cells: [litTotal(1), litTotal(2)], isShareOfResults: false },
  { pattern: '(?:办结|答复)(?:依申请公开|政府信息公开申请)?', label: '三（七）总计', cells: [appKey(ROW_RESULT_TOTAL, APP_TOTAL_COL)], isShareOfResults: false },
  { pattern: '上年度?结转', label: '二、上年结转', cells: [appKey(ROW_CARRIED_IN, APP_TOTAL_COL)], isShareOfResults: false },
  { pattern: '结转下(?:一)?年度?', label: '四、结转下年度', cells: [appKey(ROW_CARRIED_OUT, APP_TOTAL_COL)], isShareOfResults: false },
] as Omit<Category, 'whole' | 'indices'>[]).map((c) => ({ ...c, whole: new RegExp(`^(?:${c.pattern})$`), indices: c.cells.map(cellIndex) }));

const UNIT = '(?:件|条|个|宗|起)';
const NUM = '(\\d+)';
const SHARE = '(?:\\s*[，,（(]?\\s*占(?:比)?([^，。；\\d]{0,6}?)(\\d+(?:\\.\\d{1,2})?)\\s*[%％])?';

/**
 * What a share is of, from the words between 「占」 and the figure. Results handled (（七）总计) when they say
 * nothing more (「占比」「占总数的」) or name them; the applications when they name those — then 一 alone, 一+二
 * and （七） are all read that way in published reports, so any of them holds; anything else (「占去年同期的」)
 * is a whole the tables do not give, and the share is not judged.
 */
type ShareOf = 'results' | 'applications' | 'other';
const NAMES_RESULTS = /办结|答复|办理|处理总/;
const NAMES_APPLICATIONS = /申请|新收|收到|受理/;
const SAYS_NOTHING_MORE = /^(?:比|比例|比重|的|总数|总量|全部|所有|合计|总计|约|为)*$/;
const shareOf = (words: string): ShareOf =>
  NAMES_RESULTS.test(words) || SAYS_NOTHING_MORE.test(words) ? 'results' : NAMES_APPLICATIONS.test(words) ? 'applications' : 'other';
const categoryRe = new RegExp(`(${CATEGORIES.map((c) => c.pattern).join('|')})[^，。；：\\d]{0,6}?[，,：:]?\\s*(?:共|为)?${NUM}\\s*${UNIT}${SHARE}`, 'g');
// 「收到/受理…申请57件（含上年度结转申请4件）」: new applications, or new plus carried over.
// 「受理」 alone is used both ways in published reports, so either reading is accepted for it.
const receivedRe = new RegExp(`(收到|受理|新收)[^，。；\\d]{0,16}?申请(?:数量)?(?:共|为)?\\s*${NUM}\\s*${UNIT}(\\s*[（(]含上年[^）)]{0,20}[）)])?`, 'g');


const oneDecimal = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

/** A number the narrative states: about a table category, or about the applications received. */
type Statement =
  | { kind: 'category'; part: NarrativeKey; quote: string; category: Category; stated: number; share?: { figure: string; of: ShareOf } }
  | { kind: 'received'; part: NarrativeKey; quote: string; verb: string; includesCarried: boolean; stated: number };

/** The narrative's statements, read once per version of the parts (the editor re-checks them per keystroke). */
const statementsCache = new WeakMap<TParts, Statement[]>();
function statementsOf(parts: TParts): Statement[] {
  const cached = statementsCache.get(parts);
  if (cached) return cached;
  const out: Statement[] = [];
  for (const { part, text } of sentencesWithDigits(parts)) {
    forEachMatch(categoryRe, text, (m) => {
      const category = CATEGORIES.find((c) => c.whole.test(m[1]));
      if (category) out.push({ kind: 'category', part, quote: m[0], category, stated: parseNumber(m[2]), ...(m[4] === undefined ? {} : { share: { figure: m[4], of: shareOf(m[3]) } }) });
    });
    forEachMatch(receivedRe, text, (m) => {
      out.push({ kind: 'received', part, quote: m[0], verb: m[1], includesCarried: m[3] !== undefined, stated: parseNumber(m[2]) });
    });
  }
  statementsCache.set(parts, out);
  return out;
}

const WITH_CARRIED = [appKey(ROW_RECEIVED, APP_TOTAL_COL), appKey(ROW_CARRIED_IN, APP_TOTAL_COL)];
const RESULT_TOTAL = appKey(ROW_RESULT_TOTAL, APP_TOTAL_COL);
/** Every cell NARRATIVE-NUMBER reads. */
export const NARRATIVE_NUMBER_CELLS: readonly CellKey[] = [...new Set([...CATEGORIES.flatMap((c) => c.cells), ...WITH_CARRIED, RESULT_TOTAL])];
const AT = { received: [cellIndex(WITH_CARRIED[0])], withCarried: WITH_CARRIED.map(cellIndex), resultTotal: cellIndex(RESULT_TOTAL) };

export const checkNarrativeNumber: RuleCheck = ({ report }) => {
  if (!report.parts) return [];
  const { counts } = readCells(report.tables);
  const resultTotal = counts[AT.resultTotal];
  const hits: Hit[] = [];
  for (const s of statementsOf(report.parts)) {
    const { part, quote, stated } = s;
    if (s.kind === 'category') {
      const { category } = s;
      const actual = sumAt(counts, category.indices);
      if (actual === null) continue;
      if (stated !== actual) {
        hits.push({ part, quote, cells: category.cells, left: stated, right: actual,
          vars: { part: partName(part), quote, detail: `叙述为${stated}件，表格${category.label}为${actual}件，相差${Math.abs(stated - actual)}` } });
        continue;
      }
      if (s.share === undefined || s.share.of === 'other' || !category.isShareOfResults || !resultTotal) continue;
      const { figure } = s.share;
      const statedShare = parseNumber(figure);
      const holds = (whole: number | null) => whole !== null && whole > 0 && Math.abs(statedShare - (actual / whole) * 100) <= PERCENT_TOLERANCE + 1e-9;
      if (holds(resultTotal)) continue;
      if (s.share.of === 'applications' && (holds(sumAt(counts, AT.received)) || holds(sumAt(counts, AT.withCarried)))) continue;
      const share = (actual / resultTotal) * 100;
      hits.push({ part, quote, cells: [...category.cells, RESULT_TOTAL],
        left: `${figure}%`, right: `${oneDecimal(share)}%`,
        vars: { part: partName(part), quote, detail: `占比应为${actual}÷${resultTotal}=${oneDecimal(share)}%，叙述为${figure}%` } });
      continue;
    }
    const cells = s.includesCarried ? WITH_CARRIED : WITH_CARRIED.slice(0, 1);
    const actual = sumAt(counts, s.includesCarried ? AT.withCarried : AT.received);
    if (actual === null || actual === stated) continue;
    if (s.verb === '受理' && !s.includesCarried && sumAt(counts, AT.withCarried) === stated) continue;
    const label = s.includesCarried ? '一、本年新收+二、上年结转' : '一、本年新收';
    hits.push({ part, quote, cells, left: stated, right: actual,
      vars: { part: partName(part), quote, detail: `叙述为${stated}件，表格${label}为${actual}件，相差${Math.abs(stated - actual)}` } });
  }
  return hits;
};
