import { describe, expect, it } from 'vitest';
import { currentYearInBeijing, dateInBeijing } from './beijing-date';

describe('dates in Beijing', () => {
  it.each([
    ['2026-12-31T15:59:59Z', '2026-12-31', 2026], // 23:59:59 in Beijing
    ['2026-12-31T16:00:00Z', '2027-01-01', 2027], // midnight in Beijing: the new year has begun there
    ['2027-01-01T00:00:00Z', '2027-01-01', 2027],
  ])('at %s the date in Beijing is %s, in the year %i', (at, date, year) => {
    expect(dateInBeijing(new Date(at))).toBe(date);
    expect(currentYearInBeijing(new Date(at))).toBe(year);
  });
});
