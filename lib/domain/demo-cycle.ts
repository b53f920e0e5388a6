// The demo's years (issue 15): the demo lives in the reporting cycle of the day it is made, so a newcomer
// sees deadlines ahead of the units instead of every unit 已逾期. Its units are 乡镇、街道 and 部门, whose
// reports are due on 31 January of the next year (template deadlines, spec §1).
import { dateInBeijing } from './beijing-date';
import { defaultDeadline } from './rules/late';

export type DemoCycle = {
  /** The reporting year being written: drafts, a report under review, an approved one, a unit not started. */
  inProgress: number;
  /** The year before it: every unit's report published, on time. */
  published: number;
};

const UNIT_LEVELS = ['town', 'department'] as const;

/**
 * Last year is in progress until its units' reports are due (January), then the current year. Not until the
 * district government's own deadline (31 March): from February last year's unit reports are past due, so a
 * demo showing them unfinished would show those units overdue — the year in progress then is this one.
 */
export function demoCycle(now: Date): DemoCycle {
  const today = dateInBeijing(now);
  const year = Number(today.slice(0, 4));
  const lastYearDue = UNIT_LEVELS.map((level) => defaultDeadline(year - 1, level)).sort().at(-1)!;
  const inProgress = today <= lastYearDue ? year - 1 : year;
  return { inProgress, published: inProgress - 1 };
}
