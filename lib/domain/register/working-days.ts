// Time limits of 条例 第三十三条: an answer is due within 20 working days of receipt, extendable once by
// at most 20 working days. Working days follow the State Council's holiday and make-up-day calendar as
// published in the `chinese-days` package (never a hand-written list).
//
// How the days count: the receipt day itself is not counted (民法典 第二百零一条: a period in days starts
// the next day), so day 1 is the first working day after receipt, and a case received on a holiday
// starts on the next working day the same way. An extension adds 20 working days after the original
// due date (the longest the article allows; registers do not record a shorter one).
import { findWorkday, getHolidaysInRange } from 'chinese-days';

export const ANSWER_WORKING_DAYS = 20;
export const EXTENSION_WORKING_DAYS = 20;

export type DueDate = {
  /** The last day an answer is on time (YYYY-MM-DD). */
  due: string;
  /** The original due date, before an extension. */
  originalDue: string;
  /** False when the package has no official calendar for a year the period touches (only weekends known). */
  calendarKnown: boolean;
};

const knownYears = new Map<number, boolean>();
/** The package ships each year's published arrangement; every year has 元旦, so no holidays means no data. */
export function hasOfficialCalendar(year: number): boolean {
  let known = knownYears.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-01-03`, false).length > 0;
    knownYears.set(year, known);
  }
  return known;
}

/** The nth working day after `date` (the day itself not counted). */
export const addWorkingDays = (date: string, n: number): string => findWorkday(n, date);

/** Due dates by receipt day: the package walks day by day, and a register repeats a few hundred days. */
const dueDates = new Map<string, DueDate>();

export function dueDateOf(receivedOn: string, extended: boolean): DueDate {
  const key = `${receivedOn}|${extended}`;
  let known = dueDates.get(key);
  if (!known) {
    known = computeDueDate(receivedOn, extended);
    dueDates.set(key, known);
  }
  return known;
}

function computeDueDate(receivedOn: string, extended: boolean): DueDate {
  const originalDue = addWorkingDays(receivedOn, ANSWER_WORKING_DAYS);
  const due = extended ? addWorkingDays(originalDue, EXTENSION_WORKING_DAYS) : originalDue;
  const years = new Set([receivedOn, due].map((d) => Number(d.slice(0, 4))));
  return { due, originalDue, calendarKnown: [...years].every(hasOfficialCalendar) };
}

export type Timeliness =
  | { state: 'on-time' | 'late'; due: DueDate }
  /** Open: overdue when `asOf` is past the due date. */
  | { state: 'open' | 'overdue'; due: DueDate }
  | { state: 'unknown' };

/** Whether a case was (or is being) answered in time, judged on `asOf` for an open case. */
export function timelinessOf(c: { receivedOn: string | null; answeredOn: string | null; extendedOn: string | null }, asOf: string): Timeliness {
  if (!c.receivedOn) return { state: 'unknown' };
  const due = dueDateOf(c.receivedOn, c.extendedOn !== null);
  if (c.answeredOn) return { state: c.answeredOn > due.due ? 'late' : 'on-time', due };
  return { state: asOf > due.due ? 'overdue' : 'open', due };
}
