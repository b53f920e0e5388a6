// A report from before the statutory tables (reporting years up to 2018, pre-2019.ts): free-form parts under
// numbered headings, often followed by the old 政府信息公开情况统计表. The organ and the year come from the
// title; the old parts are mapped into the canonical ones (docs/reading.md); the old 统计表 is not read — its
// rows are not the statutory rows — so every statutory cell is unread with the reason.
import { CELLS } from '../domain/cells';
import { createEmptyReport, type TParts } from '../domain/model';
import { PRE_2019_BEFORE_YEAR, PRE_2019_FORMAT, PRE_2019_REASON, type TReportPre2019 } from '../domain/pre-2019';
import { detectLevel, detectScope, yearFromPeriod, type TitleInfo } from './organ-year';
import { isWrapped, toParagraphs } from './paragraphs';
import type { Reading } from './reading';
import { SECTION_TITLES } from './sections';
import { splitSignature } from './signature';
import type { ReadLog } from './types';

/** A top-level heading on a line of its own: 「一、工作开展情况」「六、存在的主要问题和改进措施」. */
const OLD_HEADING = /^[ \t\u3000]*([一二三四五六七八九十]{1,2})[ \t\u3000]*[、.．][ \t\u3000]*([^\n。；;，,]{2,30}?)[ \t\u3000]*$/gm;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Where the old 统计表 starts: 「附表：」 or its title 「政府信息公开情况统计表」 on a line of its own. */
const OLD_TABLE = /^[ \t\u3000]*(?:附表[ \t]*[:：]?|[^\n。，,]{0,24}统计表)[ \t\u3000]*$/m;

/** The canonical part an old part goes into: its problems into 五, its other matters into 六, the rest into 一. */
type OldPartKey = 'overview' | 'problems' | 'other';
const partOf = (heading: string): OldPartKey => (/问题/.test(heading) ? 'problems' : /其他需要报告/.test(heading) ? 'other' : 'overview');

type OldPart = { heading: string; key: OldPartKey; text: string };

/** The year of a report written before the statutory tables, or null when the report is not one. */
export function pre2019Year(text: string, from: number, title: TitleInfo | null): number | null {
  const year = title?.year ?? yearFromPeriod(text.slice(from, from + 3000));
  return year !== null && year < PRE_2019_BEFORE_YEAR ? year : null;
}

/** The headings 一、二、三… in order (a numbered line out of sequence is text), and the text under each. */
function oldParts(body: string): { preamble: string; parts: OldPart[] } {
  const found: { heading: string; start: number; end: number }[] = [];
  for (const m of body.matchAll(OLD_HEADING)) {
    if (m[1] !== NUMERALS[found.length]) continue;
    found.push({ heading: `${m[1]}、${m[2].replace(/\s+/g, '')}`, start: m.index, end: m.index + m[0].length });
  }
  const parts = found.map((h, i) => ({ heading: h.heading, key: partOf(h.heading), text: body.slice(h.end, found[i + 1]?.start ?? body.length) }));
  return { preamble: body.slice(0, found[0]?.start ?? body.length), parts };
}

/**
 * Reads the report whose year `pre2019Year` found. Parts under 一、工作开展情况, 二、主动公开…, 四、…收费及减免…
 * go into 一、总体情况, each starting with its old heading; 存在的主要问题… into 五 and 其他需要报告的事项 into 六.
 */
export function readPre2019(text: string, from: number, title: TitleInfo | null, year: number, log: ReadLog): { report: TReportPre2019; reading: Reading } | null {
  const table = OLD_TABLE.exec(text.slice(from));
  const end = table ? from + table.index : text.length;
  const { body, organ: signedBy, date } = splitSignature(text.slice(from, end));
  const { preamble, parts } = oldParts(body);
  const organ = title?.organ || signedBy || '';
  if (!organ) {
    log.error('标题', '未找到机关名称（标题或落款）');
    return null;
  }

  const wrapped = isWrapped([preamble, ...parts.map((p) => p.text)]);
  const paragraphsOf = (key: OldPartKey) =>
    parts.filter((p) => p.key === key).flatMap((p) => [...(key === 'overview' ? [p.heading] : []), ...toParagraphs(p.text, wrapped)]);
  const narrative: TParts = {
    preamble: toParagraphs(preamble, wrapped).join('\n'),
    overview: paragraphsOf('overview').join('\n'),
    problems: paragraphsOf('problems').join('\n'),
    other: paragraphsOf('other').join('\n'),
  };

  log.warn(`这是2019年以前格式的报告（${year}年度），没有法定统计表：表格各单元格未能读取（${PRE_2019_REASON}）`);
  if (parts.length) log.warn(`正文按旧格式的${parts.length}个部分读入：${parts.map((p) => `「${p.heading}」→「${SECTION_TITLES[p.key]}」`).join('，')}`);
  if (table) log.warn(`「${table[0].trim()}」起为2019年以前的统计表，其栏目与法定表格不同，未读入`);
  if (title && !title.organ && signedBy) log.warn(`标题中未找到机关名称，按落款读作「${signedBy}」`);

  const level = detectLevel(organ);
  const report: TReportPre2019 = {
    format: PRE_2019_FORMAT,
    year,
    organ,
    ...(level ? { level } : {}),
    scope: detectScope(`${narrative.preamble}\n${narrative.overview}`),
    ...(title ? { title: title.title } : {}),
    tables: createEmptyReport(organ, year).tables,
    parts: narrative,
    signature: { organ: signedBy ?? organ, date },
  };
  const cells = Object.fromEntries(CELLS.map((c) => [c.name, { status: 'unread' as const, reason: PRE_2019_REASON, candidates: [], evidence: null }]));
  return { report, reading: { cells } };
}
