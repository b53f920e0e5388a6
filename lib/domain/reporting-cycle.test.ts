import { describe, expect, it } from 'vitest';
import { reportingCycle } from './reporting-cycle';

describe('the demo cycle', () => {
  it.each([
    // January: last year's unit reports are being written, due on 31 January.
    ['2027-01-10T04:00:00Z', 2026, 2025],
    ['2027-01-31T15:59:59Z', 2026, 2025], // 23:59:59 on 31 January in Beijing: still due today
    ['2027-01-31T16:00:00Z', 2027, 2026], // 1 February in Beijing: last year's unit reports are past due
    // March: the units' reports of last year are due since 31 January, so they are shown published.
    ['2027-03-15T04:00:00Z', 2027, 2026],
    ['2027-04-01T04:00:00Z', 2027, 2026],
    ['2026-11-30T04:00:00Z', 2026, 2025],
    ['2026-12-31T15:59:59Z', 2026, 2025],
    ['2026-12-31T16:00:00Z', 2026, 2025], // New Year's Day in Beijing: January again
  ])('at %s the year in progress is %i and %i is published', (at, inProgress, published) => {
    expect(reportingCycle(new Date(at))).toEqual({ inProgress, published });
  });
});
