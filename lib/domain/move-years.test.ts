import { describe, expect, it } from 'vitest';
import { moveYears } from './move-years';

describe('moving a text to another year', () => {
  it.each([
    ['2024年，我镇……截至2024年底', 2024, 2026, '2026年，我镇……截至2026年底'],
    // The years before and after move with it, in one pass: 2023 → 2024 is not moved again.
    ['较2023年增加；2025年1月17日', 2024, 2025, '较2024年增加；2026年1月17日'],
    ['较2023年增加；2025年1月17日', 2024, 2022, '较2021年增加；2023年1月17日'],
    // Other years, and digits that are no year, stay.
    ['渝府办〔2017〕5号；2021年版；12024条；20245', 2024, 2026, '渝府办〔2017〕5号；2021年版；12024条；20245'],
  ])('%s moved from %i to %i: %s', (text, from, to, moved) => {
    expect(moveYears(text, from, to)).toBe(moved);
  });
});
