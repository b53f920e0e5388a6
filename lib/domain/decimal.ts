// Amounts (万元) are decimal strings; arithmetic on them is exact, in integer millionths (spec §6: ≤ 6 decimals).
import { memoString } from './memo-string';

const SCALE_DIGITS = 6;
const SCALE = 10n ** BigInt(SCALE_DIGITS);
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

export function isDecimalString(s: string): boolean {
  return DECIMAL.test(s);
}

/** Decimal places of a decimal string ("4618.24" → 2). */
export function decimalPlaces(s: string): number {
  const m = DECIMAL.exec(s);
  return m?.[2]?.length ?? 0;
}

// Remembered: the same few printed amounts are summed by many rules.
const toUnits = memoString((s: string): bigint => {
  const m = DECIMAL.exec(s);
  if (!m) throw new Error(`not a decimal: ${s}`);
  const frac = (m[2] ?? '').padEnd(SCALE_DIGITS, '0');
  if (frac.length > SCALE_DIGITS) throw new Error(`more than ${SCALE_DIGITS} decimals: ${s}`);
  return BigInt(m[1]) * SCALE + BigInt(frac);
});

function fromUnits(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / SCALE;
  const frac = (abs % SCALE).toString().padStart(SCALE_DIGITS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** Canonical spelling: no leading zeros, no trailing fractional zeros ("007.50" → "7.5"). */
export function canonicalDecimal(s: string): string {
  return fromUnits(toUnits(s));
}

export function addDecimals(values: string[]): string {
  return fromUnits(values.reduce((sum, v) => sum + toUnits(v), 0n));
}
