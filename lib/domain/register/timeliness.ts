// How many of a year's answers were late (条例 第三十三条), for the register page and for the sentence
// 「均在法定期限内予以答复」 of the generated 依申请公开 paragraph, which may only be said when true.
import type { TCase } from './case';
import { placeCase } from './placement';
import { timelinessOf } from './working-days';

export type YearTimeliness = {
  /** Cases answered within the year (counted in 三). */
  answered: number;
  late: number;
  /** Answered cases whose due date rests on a year the calendar package does not know yet. */
  provisional: number;
};

export function timelinessOfYear(cases: readonly TCase[], year: number): YearTimeliness {
  const out: YearTimeliness = { answered: 0, late: 0, provisional: 0 };
  const yearEnd = `${year}-12-31`;
  for (const c of cases) {
    if (!c.answeredOn || c.answeredOn > yearEnd || !placeCase(c, year).ok) continue;
    const t = timelinessOf(c, yearEnd);
    out.answered++;
    if (t.state === 'late') out.late++;
    if ('due' in t && !t.due.calendarKnown) out.provisional++;
  }
  return out;
}
