import { describe, expect, it } from 'vitest';
import { formatCell } from './format-cell';

describe('formatCell', () => {
  it.each([
    [12, '12'],
    [0, '0'],
    ['4618.24', '4618.24'],
    ['24252.311082', '24252.311082'],
    ['十二', '十二'],
    [null, ''],
  ] as const)('writes %j as 「%s」', (value, text) => {
    expect(formatCell(value)).toBe(text);
  });
});
