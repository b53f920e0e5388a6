// Exact amounts in 万元 (spec §3, §6): decimal strings added in integer millionths, never in floating point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimals, canonicalDecimal, decimalPlaces, isDecimalString } from './decimal';

/** Millionths as a decimal string, written independently of decimal.ts: 4618240000n → "4618.24". */
function fromMillionths(units: bigint): string {
  const s = units.toString().padStart(7, '0');
  const whole = s.slice(0, -6).replace(/^0+(?=\d)/, '');
  const frac = s.slice(-6).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

describe('decimal', () => {
  it.each([
    [['0.1', '0.2'], '0.3'],
    [['4618.24', '0.76'], '4619'],
    [['0.000001', '0.999999'], '1'],
    [['24252.311082', '0'], '24252.311082'],
    [[], '0'],
  ])('addDecimals(%j) = %s', (values, sum) => {
    expect(addDecimals(values)).toBe(sum);
  });

  it('adds 0.1 + 0.2 exactly where floating point does not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addDecimals(['0.1', '0.2'])).toBe('0.3');
  });

  it.each([
    ['007.50', '7.5'],
    ['0.000', '0'],
    ['4618.240000', '4618.24'],
    ['12', '12'],
  ])('canonicalDecimal(%s) = %s', (input, out) => {
    expect(canonicalDecimal(input)).toBe(out);
  });

  it.each([
    ['4618.24', 2],
    ['12', 0],
    ['1.1234567', 7],
  ])('decimalPlaces(%s) = %i', (input, places) => {
    expect(decimalPlaces(input)).toBe(places);
  });

  it.each(['1.', '.5', '-1', '1e3', '1,234', ''])('%j is not a decimal string', (s) => {
    expect(isDecimalString(s)).toBe(false);
  });

  it('refuses more than 6 decimals rather than rounding', () => {
    expect(() => addDecimals(['1.1234567'])).toThrow('more than 6 decimals');
  });

  it('agrees with integer arithmetic on millionths (property)', () => {
    const units = fc.bigInt({ min: 0n, max: 10n ** 15n });
    fc.assert(fc.property(fc.array(units, { maxLength: 8 }), (xs) => {
      expect(addDecimals(xs.map(fromMillionths))).toBe(fromMillionths(xs.reduce((a, b) => a + b, 0n)));
    }));
  });
});
