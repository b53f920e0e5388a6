// Dates as the reports are written: in Beijing, UTC+8 all year (China keeps no daylight saving time).
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in Beijing at this instant, as YYYY-MM-DD. */
export const dateInBeijing = (now: Date): string => new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** The calendar year in progress in Beijing. */
export const currentYearInBeijing = (now: Date): number => Number(dateInBeijing(now).slice(0, 4));
