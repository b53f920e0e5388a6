// A published report as text → the canonical form of its edition (spec §10). Text from a PDF, a web page,
// a PDF-to-Markdown conversion or a crawler; our DOCX and HTML readers hand their text here too.
import { template2019, ZReport2019, type TAnyReport } from '../domain/edition-2019';
import { template } from '../domain/template';
import { foldLabel } from '../domain/fold-label';
import { zhCN } from 'zod/locales';
import { ZReportInput, type TParts } from '../domain/model';
import { ZReportPre2019 } from '../domain/pre-2019';
import { splitPendingInput } from '../domain/pending-input';
import { detectLevel, detectScope, detectTitle, yearFromPeriod, type TitleInfo } from './organ-year';
import { isWrapped, toParagraphs } from './paragraphs';
import { isActive2019 } from './read-active';
import { pre2019Year, readPre2019 } from './read-pre-2019';
import { readTables } from './read-tables';
import { SourceText, type Reading } from './reading';
import { splitSignature } from './signature';
import { splitSections } from './sections';
import { normalizeText } from './text-lines';
import { ReadLog, type Edition } from './types';

export const MAX_TEXT_CHARS = 2_000_000;
const zhErrors = zhCN().localeError;

/** A crawler's page text: metadata lines, then the page after 「正文」; breadcrumbs before the report itself. */
function bodyStart(text: string): number {
  const marker = /^=+\s*正文\s*=+\s*$/m.exec(text);
  return marker ? marker.index + marker[0].length : 0;
}

function stripPageChrome(preamble: string): string {
  const arrow = preamble.lastIndexOf('-->');
  const cut = arrow >= 0 && /当前位置|首页/.test(preamble.slice(0, arrow)) ? preamble.slice(arrow + 3) : preamble;
  return cut.replace(/^\s*(?:正文|\(\s*\d{4}年\d{1,2}月\d{1,2}日\s*\)|（\s*\d{4}年\d{1,2}月\d{1,2}日\s*）)\s*$/gm, '');
}

/** The metadata lines of a saved page (「索引号 | …」「发布机构 | …」) are no part of the preamble. */
const stripMetadataLines = (text: string) =>
  text.split('\n').filter((l) => !/^\s*(?:名称|索引号|发布机构|公开日期|标题|单位|来源|采集时间|文号|栏目|主题分类)\s*[|:：]/.test(l)).join('\n');

/** Words only the statutory tables print (spec §3–§5, §9): a block label of Table 1, Table 2's first row, Table 3's first column. */
const TABLE_MARKS = [
  ...new Set([...template.active.blocks, ...template2019.active.blocks].map((b) => b.label)),
  template.applications.rows[0].label,
  template.litigation.columns[0].label,
];
const FOLDED_MARKS = TABLE_MARKS.map(foldLabel);
const hasStatutoryTable = (text: string) => {
  const folded = foldLabel(text);
  return FOLDED_MARKS.some((mark) => folded.includes(mark));
};

export type TextRead = { report: TAnyReport; edition: Edition; reading: Reading };

/**
 * Reads a report's text. Refused only when it is not a report: no statutory table, no year or no organ
 * (issue 14); any cell that cannot be read is unread in `reading` and null in the tables.
 * `previous`: last year's report, whose 四 helps decide this year's 二 in run-together text.
 */
export function importText(input: string, log: ReadLog, previous?: TAnyReport): TextRead | null {
  if (input.length > MAX_TEXT_CHARS) {
    log.error('', `文字过长（${input.length}字），不像一份年度报告，未读取`);
    return null;
  }
  const text = normalizeText(input);
  if (!text.trim()) {
    log.error('', '文件中没有文字');
    return null;
  }
  const start = bodyStart(text);
  const probe = splitSections(text, start, new ReadLog());
  const firstHeading = Object.values(probe.headings).reduce((min, h) => Math.min(min, h?.start ?? Infinity), Infinity);
  const title = detectTitle(text, 0, Number.isFinite(firstHeading) ? firstHeading : Math.min(text.length, 4000));
  // The headings' warnings speak of the statutory outline: kept only once the report is known to have it.
  const headingLog = new ReadLog();
  const sections = splitSections(text, Math.max(start, title && title.end <= firstHeading ? title.end : start), headingLog);
  const { regions, bases } = sections;
  const noHeadings = !sections.headings.applications && !sections.headings.active;
  if (noHeadings || !hasStatutoryTable(`${regions.active}\n${regions.applications}\n${regions.litigation}`)) {
    // A report from before the statutory tables is read without them (pre-2019.ts); anything else is no report.
    const oldYear = pre2019Year(text, start, title);
    if (oldYear !== null) return fromPre2019(text, Math.max(start, title?.end ?? start), title, oldYear, log);
    log.error('', noHeadings
      ? '未找到「二、主动公开政府信息情况」和「三、收到和处理政府信息公开申请情况」，不像一份政府信息公开工作年度报告'
      : `未找到法定统计表（「${template.active.blocks[0].label}」「${template.applications.rows[0].label}」「${template.litigation.columns[0].label}」等表格文字），不像按2019年版或2021年版格式编制的年度报告`);
    return null;
  }
  for (const warning of headingLog.warnings) log.warn(warning);

  // Narrative parts, and the signature at the end of 六.
  const { body: otherText, organ: signedBy, date, trailing } = splitSignature(regions.other);
  if (trailing.length) log.warn(`落款日期之后的文字未读入：${trailing.join(' ').slice(0, 60)}`);
  const narrative = { preamble: stripMetadataLines(stripPageChrome(regions.preamble)), overview: regions.overview, problems: regions.problems, other: otherText };
  const wrapped = isWrapped(Object.values(narrative));
  const parts: TParts = {
    preamble: toParagraphs(narrative.preamble, wrapped).join('\n'),
    overview: toParagraphs(narrative.overview, wrapped).join('\n'),
    problems: toParagraphs(narrative.problems, wrapped).join('\n'),
    other: toParagraphs(narrative.other, wrapped).join('\n'),
  };

  let year = title?.year ?? null;
  if (year === null) {
    year = yearFromPeriod(parts.preamble);
    if (year !== null) log.warn(`标题中未找到年度，按统计期限读作${year}年度`);
  }
  const organ = title?.organ || signedBy || '';
  if (year === null) log.error('标题', '未找到报告年度（「YYYY年政府信息公开工作年度报告」）');
  if (!organ) log.error('标题', '未找到机关名称（标题或落款）');
  if (year === null || !organ || log.errors.length) return null;

  const region = (key: 'active' | 'applications' | 'litigation') => ({ text: regions[key], base: bases[key] });
  const tables = readTables(
    { active: region('active'), applications: region('applications'), litigation: region('litigation') },
    isActive2019(regions.active) ? '2019' : '2021',
    new SourceText(text),
    log,
    previous,
  );

  if (title && !title.organ && signedBy) log.warn(`标题中未找到机关名称，按落款读作「${signedBy}」`);
  const level = detectLevel(organ);
  const scope = detectScope(`${parts.preamble}\n${parts.overview}`);
  const common = {
    year,
    organ,
    ...(level ? { level } : {}),
    scope,
    ...(title ? { title: title.title } : {}),
    parts,
    signature: { organ: signedBy ?? organ, date },
  };

  const { active, applications, litigation, reading } = tables;
  if (tables.format === 'national-2019') {
    const read = validated(ZReport2019.safeParse({ format: tables.format, ...common, tables: { active, applications, litigation } }, { error: zhErrors }), tables.format, log);
    return read ? { ...read, reading } : null;
  }
  // Text read where a number belongs is kept as pending input, beside the tables (pending-input.ts).
  const parsed = ZReportInput.safeParse({ format: tables.format, ...common, tables: { active, applications, litigation } }, { error: zhErrors });
  const read = validated(parsed.success ? { success: true, data: splitPendingInput(parsed.data) } : parsed, tables.format, log);
  return read ? { ...read, reading } : null;
}

function fromPre2019(text: string, from: number, title: TitleInfo | null, year: number, log: ReadLog): TextRead | null {
  const read = readPre2019(text, from, title, year, log);
  if (!read) return null;
  const report = validated(ZReportPre2019.safeParse(read.report, { error: zhErrors }), read.report.format, log);
  return report ? { ...report, reading: read.reading } : null;
}

/** The report as the model takes it; what the model refuses (a year such as 1899) is an error, not a crash. */
function validated(
  parsed: { success: true; data: TAnyReport } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
  edition: Edition,
  log: ReadLog,
): Omit<TextRead, 'reading'> | null {
  if (parsed.success) return { report: parsed.data, edition };
  for (const issue of parsed.error.issues) log.error(issue.path.join('.'), `读出的值不合要求：${issue.message}`);
  return null;
}
