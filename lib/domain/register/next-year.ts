// Next year's register starts with the cases still open at 12月31日 (issue 16): each is carried over,
// so it counts in next year's 二、上年结转 as it counted in this year's 四. Answers given after
// 12月31日 are kept: the case then closes in next year's 三.
import { placeCase, isOpenAtYearEnd } from './placement';
import type { TCase } from './case';

export function casesCarriedInto(previousCases: readonly TCase[], previousYear: number): TCase[] {
  return previousCases
    .filter((c) => placeCase(c, previousYear).ok && isOpenAtYearEnd(c, previousYear))
    .map((c) => ({ ...c, carriedIn: true }));
}
