// Hostile input for the canonical-JSON reader (issue 8): any text, any JSON, a real report with any part
// replaced by anything — an answer (the report, or errors naming a path) quickly, never a throw, and every
// cell either as given or as the normaliser reads the text given: no number from nowhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS, getCell } from './cells';
import { readCanonical, readCanonicalText } from './canonical';
import { readCanonicalTextAnyEdition } from './canonical-2019';
import seed004 from './fixtures/seed-004.json';
import type { TReport, TTables } from './model';
import { cellProblem, normalizeCell } from './normalize';
import { withPendingInCells } from './pending-input';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function expectAnswer(result: { ok: true } | { ok: false; errors: { path: string; message: string }[] }) {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(typeof e.path).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
  }
}

/**
 * Every cell read is the cell given, or what the normaliser makes of the text given; a stored cell holds
 * a valid value or nothing, and what is no valid value is pending input, as text.
 */
function expectCellsFrom(input: TTables, read: TReport) {
  const seen = withPendingInCells(read).tables;
  for (const cell of CELLS) {
    const given = getCell(input, cell.key);
    const expected = typeof given === 'string' ? normalizeCell(given, cell.type).value : given;
    const isValue = cellProblem(expected, cell.type) === undefined;
    expect(getCell(seen, cell.key), cell.key).toEqual(isValue ? expected : String(expected));
    expect(getCell(read.tables, cell.key), cell.key).toEqual(isValue ? expected : null);
  }
}

/** Paths into seed 004 (objects and arrays), for replacing one part of it. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => pathsOf((value as Record<string | number, Json>)[k], [...prefix, k]))];
}
const SEED = seed004 as unknown as Json;
const PATHS = pathsOf(SEED);

function replaceAt(root: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  at[path[path.length - 1]] = value;
  return copy as Json;
}

const cellText = fc.oneof(fc.constantFrom('１２', '1,234', '/', '', 'abc', '-3', '4,618.24', '1e3', '12件', ' 7 '), fc.string({ maxLength: 12 }));
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>, cellText, fc.double(), fc.integer());

describe('readCanonical under hostile input', () => {
  it('any text, any JSON value: an answer, never a throw (2,000 inputs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        expectAnswer(readCanonicalText(text));
        expectAnswer(readCanonicalTextAnyEdition(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('seed 004 with any one part replaced by anything: an answer; when read, every cell comes from the input (1,000)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), anyJson, (path, value) => {
        const data = replaceAt(SEED, path, value);
        const result = readCanonical(data);
        expectAnswer(result);
        if (result.ok) expectCellsFrom((data as unknown as { tables: TTables }).tables, result.report);
        expectAnswer(readCanonicalTextAnyEdition(JSON.stringify(data)));
      }),
      { numRuns: 1000 },
    );
  });

  it('seed 004 with every table cell replaced by text a clerk might type: read, each cell as the normaliser reads it', () => {
    const tablesArb = fc.record({
      applications: fc.array(fc.array(fc.oneof(cellText, fc.integer(), fc.constant(null)), { minLength: 7, maxLength: 7 }), { minLength: 25, maxLength: 25 }),
      litigation: fc.array(fc.oneof(cellText, fc.integer(), fc.constant(null)), { minLength: 15, maxLength: 15 }),
    });
    fc.assert(
      fc.property(tablesArb, ({ applications, litigation }) => {
        const tables = { ...seed004.tables, applications, litigation } as unknown as TTables;
        const result = readCanonical({ ...seed004, tables });
        expect(result.ok).toBe(true);
        if (result.ok) expectCellsFrom(tables, result.report);
      }),
      { numRuns: 300 },
    );
  });

  it('huge, deep and sly inputs are answered within a second and touch no prototype', () => {
    const huge = JSON.stringify({ ...seed004, parts: { ...seed004.parts, overview: '一'.repeat(5_000_000) } });
    const sly = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"format":"national-2021"}';
    const inputs = ['['.repeat(100_000), `${'['.repeat(10_000)}${']'.repeat(10_000)}`, `{"tables":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`, huge, sly, '"'.repeat(1_000_001)];
    for (const text of inputs) {
      const t0 = performance.now();
      expectAnswer(readCanonicalText(text));
      expectAnswer(readCanonicalTextAnyEdition(text));
      expect(performance.now() - t0, text.slice(0, 20)).toBeLessThan(1000);
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(readCanonicalText(huge).ok).toBe(true);
  });
});
