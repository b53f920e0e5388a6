// Hostile input for the value normaliser (issue 8): any string — long, odd Unicode, crafted to make a
// pattern backtrack — gives an answer quickly, never a throw, and a number only with the very digits typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCell2019 } from './active-cells-2019';
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

/** The slowest of a few calls, in ms: one slow call is the signal, not an average. */
function slowest(run: () => unknown, times = 3): number {
  let worst = 0;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    worst = Math.max(worst, performance.now() - t0);
  }
  return worst;
}

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

  it('answers within 50 ms for inputs of 100,000 characters shaped to make a pattern backtrack', () => {
    const shapes = [
      '1,'.repeat(50_000), '1,234'.repeat(20_000), `${'1'.repeat(100_000)}a`, `${' '.repeat(100_000)}1`, '１２，'.repeat(33_000),
      `${'9'.repeat(99_999)}.`, '.'.repeat(100_000), `1.${'0'.repeat(100_000)}1`, '件'.repeat(100_000), `+${'、1'.repeat(50_000)}`,
    ];
    for (const raw of shapes) {
      for (const type of TYPES) expect(slowest(() => normalizeCell(raw, type)), `${type} ${raw.slice(0, 12)}…`).toBeLessThan(50);
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
