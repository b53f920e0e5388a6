// Hostile input for the value normaliser (issue 8): any string — long, odd Unicode, crafted to make a
// pattern backtrack — gives an answer quickly, never a throw, and a number only with the very digits typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCell2019 } from './active-cells-2019';
import { growthOver4x, LINEAR_GROWTH_LIMIT } from './growth.test-support';
import { normalizeCell } from './normalize';
import type { ValueType } from './template';

const TYPES: ValueType[] = ['count', 'amount'];
const PIECES = ['1', '0', '9', '１', '，', ',', '、', '.', '．', '+', '-', '－', ' ', '　', '\t', '件', '万元', '/', 'a', 'e', '①', '¹', '\u200b', '\uFEFF'];
/** Inputs up to a few thousand characters built from what a pattern could choke on. */
const crafted = fc.array(fc.constantFrom(...PIECES), { maxLength: 4000 }).map((p) => p.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), crafted);

/** The number a string of digits and one point stands for, written without leading or trailing zeros. */
function canonicalDigits(s: string): string {
  const [whole, frac = ''] = s.split('.');
  const w = whole.replace(/^0+(?=\d)/, '') || '0';
  const f = frac.replace(/0+$/, '');
  return f ? `${w}.${f}` : w;
}

/** What the input says, digit by digit, after the same width folding the normaliser does. */
const typedDigits = (raw: string) => canonicalDigits(raw.normalize('NFKC').replace(/[^0-9.]/g, ''));

describe('normalizeCell under hostile input', () => {
  it('never throws and reads a number only from the digits typed (2,000 inputs per type)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...TYPES), (raw, type) => {
        const { value, problem } = normalizeCell(raw, type);
        if (problem !== undefined || value === null) return;
        expect(canonicalDigits(String(value))).toBe(typedDigits(raw));
      }),
      { numRuns: 4000 },
    );
  });

  it('grows linearly on inputs of 25,000–100,000 characters shaped to make a pattern backtrack', async () => {
    const shapes: ((n: number) => string)[] = [
      (n) => '1,'.repeat(n / 2), (n) => '1,234'.repeat(n / 5), (n) => `${'1'.repeat(n)}a`, (n) => `${' '.repeat(n)}1`, (n) => '１２，'.repeat(n / 3),
      (n) => `${'9'.repeat(n - 1)}.`, (n) => '.'.repeat(n), (n) => `1.${'0'.repeat(n)}1`, (n) => '件'.repeat(n), (n) => `+${'、1'.repeat(n / 2)}`,
    ];
    for (const make of shapes) {
      for (const type of TYPES) {
        const growth = await growthOver4x(make, (raw) => normalizeCell(raw, type), 25_000);
        expect(growth, `${type} ${make(12).slice(0, 12)}…`).toBeLessThan(LINEAR_GROWTH_LIMIT);
      }
    }
  });

  it('2019 edition deltas (本年增/减): never throw, keep the sign typed and the digits typed', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const { value, problem } = normalizeCell2019(raw, 'delta');
        if (problem !== undefined || value === null) return;
        expect(canonicalDigits(String(Math.abs(Number(value))))).toBe(typedDigits(raw));
        if (typeof value === 'number' && value < 0) expect(raw.normalize('NFKC')).toMatch(/[-−－–—]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers from JSON (any double) are judged, never thrown on, never rounded into a count', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom(...TYPES), (n, type) => {
        const { value, problem } = normalizeCell(n, type);
        if (problem === undefined && value !== null) expect(Number(value) === n).toBe(true); // −0 reads as 0
      }),
      { numRuns: 2000 },
    );
  });
});
