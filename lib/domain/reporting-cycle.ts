// The reporting cycle of a day (issue 15): which year's reports are being written and which are behind us.
// The board, the roll-up and the new-report form open on the year in progress, and the demo lives in the
// cycle of the day it is made, so a newcomer sees deadlines ahead of the units instead of every unit 已逾期.
// Most filers are 乡镇、街道 and 部门, whose reports are due on 31 January of the next year (template
// deadlines, spec §1).
import { dateInBeijing } from './beijing-date';
import { defaultDeadline } from './rules/late';

export type ReportingCycle = {
  /** The reporting year being written (in the demo: drafts, a report under review, an approved one, a unit not started). */
  inProgress: number;
  /** The year before it (in the demo: every unit's report published, on time). */
  published: number;
};

const UNIT_LEVELS = ['town', 'department'] as const;

/**
 * Last year is in progress until its units' reports are due (January), then the current year. Not until the
 * district government's own deadline (31 March): from February last year's unit reports are past due, so a
 * demo showing them unfinished would show those units overdue — the year in progress then is this one.
 */
export function reportingCycle(now: Date): ReportingCycle {
  const today = dateInBeijing(now);
  const year = Number(today.slice(0, 4));
  const lastYearDue = UNIT_LEVELS.map((level) => defaultDeadline(year - 1, level)).sort().at(-1)!;
  const inProgress = today <= lastYearDue ? year - 1 : year;
  return { inProgress, published: inProgress - 1 };
}
