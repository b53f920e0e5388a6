import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['2025-03-04', '2025-03-04'],
    ['2025/3/4', '2025-03-04'],
    ['2025.3.4', '2025-03-04'],
    ['2025年3月4日', '2025-03-04'],
    ['２０２５年３月４日', '2025-03-04'],
    ['2025-03-04 14:30', '2025-03-04'],
    ['20250304', '2025-03-04'],
    // Excel serial day numbers, as a number or as the text a CSV export leaves: 45720 is 2025-03-04.
    [45720, '2025-03-04'],
    ['45720', '2025-03-04'],
    [new Date(Date.UTC(2025, 2, 4)), '2025-03-04'],
  ])('reads %s', (raw, date) => {
    expect(parseDate(raw)).toEqual({ ok: true, date });
  });

  it.each([
    ['2025-02-30', '「2025-02-30」不是存在的日期'],
    ['三月四日', '「三月四日」不是可识别的日期（如 2025-03-04、2025/3/4、2025年3月4日）'],
    [12, '「12」不是可识别的日期'],
    ['', '未填写'],
  ])('refuses %s with its reason', (raw, reason) => {
    expect(parseDate(raw)).toEqual({ ok: false, reason });
  });
});
