// Which years a published report can be imported for (issue 11): only a year that has ended. The year in
// progress (Beijing time, where the reports are written) and later ones have no published report yet.
import { currentYearInBeijing } from './beijing-date';

/** Why a published report of this year cannot be imported now, or null. */
export function importYearRefusal(year: number, now: Date): string | null {
  const current = currentYearInBeijing(now);
  if (year < current) return null;
  return `${year}年度${year === current ? '尚未结束' : '还未到来'}，不能导入该年度已发布的报告：只能导入${current - 1}年度及以前的报告。`;
}
