// Shared by the render tests: the seed reports, text extraction and caches, so each file renders once.
import { execFileSync } from 'node:child_process';
import { readCanonical } from '@/lib/domain/canonical';
import type { TReport } from '@/lib/domain/model';
import seed003 from '@/lib/domain/fixtures/seed-003.json';
import seed004 from '@/lib/domain/fixtures/seed-004.json';

function load(data: unknown): TReport {
  const read = readCanonical(data);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.report;
}

export const SEEDS: Record<'003' | '004', TReport> = { '003': load(seed003), '004': load(seed004) };

/** Memoises an async computation by key (renders are the slow part of these tests). */
export function cached<T>(make: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const memo = new Map<string, Promise<T>>();
  return (key) => {
    let hit = memo.get(key);
    if (!hit) memo.set(key, (hit = make(key)));
    return hit;
  };
}

/** poppler's pdftotext in content-stream order (-raw), one text line per output line. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** clreq (spec §8): no line starts with closing punctuation, none ends with opening punctuation. */
export const CLOSING = /^[，。、；：？！）》」』】〕…%％]/;
export const OPENING = /[（《「『【〔“]$/;
/** The non-empty text lines of pdftotext's output, trimmed. */
export const textLines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);

export const stripSpace = (s: string) => s.replace(/\s+/g, '');

/** Index just past each needle found in order in the haystack, or the first needle that is missing. */
export function findInOrder(haystack: string, needles: string[]): { missing: string | null; at: number } {
  let at = 0;
  for (const needle of needles) {
    const i = haystack.indexOf(needle, at);
    if (i < 0) return { missing: `${needle} (after …${haystack.slice(Math.max(0, at - 20), at)})`, at };
    at = i + needle.length;
  }
  return { missing: null, at };
}

const cells = (values: unknown[]) => values.map((v) => (v === null ? '' : String(v)));

/**
 * The texts of the three tables as printed (spec §3–§5), row by row, cell by cell where a cell starts:
 * written out from the spec's wording and the report's numbers, not from the document model.
 */
export function printedTableTexts(report: TReport): { active: string[]; applications: string[]; litigation: string[] } {
  const a = report.tables.active;
  const active = [
    '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数',
    '规章', ...cells(a.regulations), '行政规范性文件', ...cells(a.normativeDocuments),
    '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', ...cells([a.licensing]),
    '第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', ...cells([a.punishment]), '行政强制', ...cells([a.enforcement]),
    '第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', ...cells([a.feesWan]),
  ];
  const rowLabels: string[][] = [
    ['一、本年新收政府信息公开申请数量'], ['二、上年结转政府信息公开申请数量'],
    ['三、本年度办理结果', '（一）予以公开'], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
    ['（三）不予公开', '1.属于国家秘密'], ['2.其他法律行政法规禁止公开'], ['3.危及“三安全一稳定”'], ['4.保护第三方合法权益'],
    ['5.属于三类内部事务信息'], ['6.属于四类过程性信息'], ['7.属于行政执法案卷'], ['8.属于行政查询事项'],
    ['（四）无法提供', '1.本机关不掌握相关政府信息'], ['2.没有现成信息需要另行制作'], ['3.补正后申请内容仍不明确'],
    ['（五）不予处理', '1.信访举报投诉类申请'], ['2.重复申请'], ['3.要求提供公开出版物'], ['4.无正当理由大量反复申请'],
    ['5.要求行政机关确认或重新出具已获取信息'],
    ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], ['3.其他'],
    ['（七）总计'], ['四、结转下年度继续办理'],
  ];
  const applications = [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况',
    '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他',
    ...rowLabels.flatMap((labels, r) => [...labels, ...cells(report.tables.applications[r])]),
  ];
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const litigation = [
    '行政复议', '行政诉讼', ...results, '未经复议直接起诉', '复议后起诉', ...results, ...results, ...cells(report.tables.litigation),
  ];
  return { active, applications, litigation };
}
