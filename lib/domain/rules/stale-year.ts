// STALE-YEAR (spec §6): a sentence written about an earlier year as if it were the reporting year,
// typically copied from last year's report: 「2023年，我局……」, 「截至2023年底……」. Years inside
// 《》 titles and 〔2017〕 citations, comparisons (较2023年) and spans (2023年以来) are not stale.
import type { Hit, RuleCheck } from '../findings';
import { forEachMatch, maskCitations, partName, sentencesWithDigits } from '../narrative';

// A year opening its sentence (after an optional sub-heading marker), or 截至/截止 a year's end.
const OPENING = /^(?:（[一二三四五六七八九十]+）[^，。]{0,12}?[。.．]?\s*)?(?:在|于)?((?:19|20)\d{2})年(?:度)?(?![\d一二三四五六七八九十]{1,2}月|以来|至|—|－|-|~|～|相比|同期)/;
const YEAR_END = /(?:截至|截止|截止到|到)((?:19|20)\d{2})年(?:底|末|12月31日)/g;
// Both patterns need a year in digits; masking only blanks characters out, so it never makes one.
const HAS_YEAR = /(?:19|20)\d{2}年/;

export const checkStaleYear: RuleCheck = ({ report }) => {
  if (!report.parts) return [];
  const hits: Hit[] = [];
  for (const { part, text } of sentencesWithDigits(report.parts)) {
    if (part === 'preamble' || !HAS_YEAR.test(text)) continue; // the preamble's period is PERIOD-MISMATCH's
    const masked = maskCitations(text);
    const years = new Set<number>();
    const opening = OPENING.exec(masked);
    if (opening) years.add(Number(opening[1]));
    forEachMatch(YEAR_END, masked, (m) => years.add(Number(m[1])));
    const stale = [...years].filter((y) => y < report.year);
    if (stale.length === 0) continue;
    const quote = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    hits.push({ part, quote, vars: { part: partName(part), quote, staleYear: stale.join('、') } });
  }
  return hits;
};
