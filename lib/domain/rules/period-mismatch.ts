// PERIOD-MISMATCH (spec §6): the stated statistical period, or the year in the title, is not the reporting year.
import type { Hit, RuleCheck } from '../findings';
import { maskCitations } from '../narrative';

const PERIOD = /((?:19|20)\d{2})年1月1日(?:起)?\s*(?:至|到|——|—|－|-|~|～)\s*(?:((?:19|20)\d{2})年)?12月31日/g;
const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;

export const checkPeriodMismatch: RuleCheck = ({ report }) => {
  const hits: Hit[] = [];
  if (report.title) {
    const m = TITLE_YEAR.exec(report.title);
    if (m && Number(m[1]) !== report.year) {
      hits.push({ vars: { where: '标题', quote: report.title, stated: m[1] } });
    }
  }
  const preamble = report.parts?.preamble ?? '';
  for (const m of maskCitations(preamble).matchAll(PERIOD)) {
    const stated = [m[1], m[2]].filter((y): y is string => y !== undefined && Number(y) !== report.year);
    if (stated.length === 0) continue;
    const quote = preamble.slice(m.index, m.index + m[0].length);
    hits.push({ part: 'preamble', quote, vars: { where: '统计期限', quote, stated: [...new Set(stated)].join('、') } });
  }
  return hits;
};
