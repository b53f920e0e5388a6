// The canonical JSON form (spec §10): read with Chinese errors naming the JSON path; write → read round-trips.
import { describe, expect, it } from 'vitest';
import { formatPath, readCanonical, readCanonicalText, writeCanonical } from './canonical';
import seed003 from './fixtures/seed-003.json';
import seed004 from './fixtures/seed-004.json';
import type { TReport } from './model';
import { cleanReport } from './test-support';

const CHINESE = /[\u4e00-\u9fff]/;
type Seed = typeof seed003;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

function errorsOf(data: unknown) {
  const read = readCanonical(data);
  if (read.ok) throw new Error('expected a read error');
  return read.errors;
}

function reportOf(data: unknown): TReport {
  const read = readCanonical(data);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.report;
}

describe('readCanonical errors', () => {
  const broken: { name: string; edit: (d: Seed) => void; path: string }[] = [
    { name: 'an applications row of 6 items', edit: (d) => d.tables.applications[3].pop(), path: 'tables.applications[3]' },
    { name: '24 applications rows', edit: (d) => d.tables.applications.pop(), path: 'tables.applications' },
    { name: 'a cell that is an object', edit: (d) => ((d.tables.litigation as unknown[])[2] = { n: 1 }), path: 'tables.litigation[2]' },
    { name: 'a 2-item regulations triple', edit: (d) => d.tables.active.regulations.pop(), path: 'tables.active.regulations' },
    { name: 'no year', edit: (d) => delete (d as Partial<Seed>).year, path: 'year' },
    { name: 'an empty organ', edit: (d) => (d.organ = ''), path: 'organ' },
    { name: 'an unknown level', edit: (d) => (d.level = 'province'), path: 'level' },
    { name: 'a date not in YYYY-MM-DD', edit: (d) => (d.signature.date = '2025/1/17'), path: 'signature.date' },
    { name: 'a part that is not a string', edit: (d) => ((d.parts as Record<string, unknown>).other = 3), path: 'parts.other' },
    { name: 'another format', edit: (d) => (d.format = 'national-2030'), path: 'format' },
  ];

  it.each(broken)('names the path of $name ($path) in Chinese', ({ edit, path }) => {
    const data = clone(seed003);
    edit(data);
    const errors = errorsOf(data);
    expect(errors.map((e) => e.path)).toContain(path);
    for (const e of errors) expect(e.message).toMatch(CHINESE);
  });

  it('says a 2019-edition report is not read as a 2021 one (readCanonicalAnyEdition reads it)', () => {
    expect(errorsOf({ ...clone(seed003), format: 'national-2019' })).toEqual([{ path: 'format', message: '2019年版格式（national-2019）不能作为2021年版报告读取' }]);
    expect(errorsOf({ ...clone(seed003), format: 'pre-2019' })).toEqual([{ path: 'format', message: '2019年以前的格式（pre-2019）不能作为2021年版报告读取' }]);
  });

  it('uses its own messages where the schema has them', () => {
    expect(errorsOf({ ...clone(seed003), organ: '' })).toEqual([{ path: 'organ', message: '机关名称不能为空' }]);
    const data = clone(seed003);
    data.signature.date = '2025/1/17';
    expect(errorsOf(data)).toEqual([{ path: 'signature.date', message: '日期须为 YYYY-MM-DD' }]);
  });

  it('reports every problem, not only the first', () => {
    const data: Partial<Seed> & Pick<Seed, 'tables'> = clone(seed003);
    data.tables.applications[3].pop();
    data.tables.applications[7].pop();
    delete data.year;
    expect(errorsOf(data).map((e) => e.path).sort()).toEqual(['tables.applications[3]', 'tables.applications[7]', 'year']);
  });

  it.each([
    ['{', '不是有效的 JSON'],
    ['[]', ''],
    ['null', ''],
  ])('reads text %j into an error at the root', (text, contains) => {
    const read = readCanonicalText(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.errors[0].path).toBe('(根)');
      expect(read.errors[0].message).toContain(contains);
      expect(read.errors[0].message).toMatch(CHINESE);
    }
  });

  it.each([
    [['tables', 'applications', 3, 2], 'tables.applications[3][2]'],
    [['tables', 'active', 'feesWan'], 'tables.active.feesWan'],
    [[], '(根)'],
  ] as const)('formatPath(%j) = %s', (path, out) => {
    expect(formatPath(path)).toBe(out);
  });
});

describe('readCanonical normalises typed cells (spec §7)', () => {
  it('reads text cells as values: "1,234" → 1234, "１２" → 12, "/" → null, "4,618.24" → "4618.24"', () => {
    const data = clone(seed004);
    data.tables.active.licensing = '122,133' as unknown as number;
    data.tables.active.enforcement = '２２５９' as unknown as number;
    data.tables.active.regulations[0] = '/' as unknown as number;
    data.tables.active.feesWan = '4,618.24';
    const { tables } = reportOf(data);
    expect([tables.active.licensing, tables.active.enforcement, tables.active.regulations[0], tables.active.feesWan])
      .toEqual([122133, 2259, null, '4618.24']);
  });

  it('keeps text that is no value as pending input beside the tables, for VALUE-FORMAT to report', () => {
    const data = clone(seed003);
    (data.tables.litigation as unknown[])[0] = '一';
    (data.tables.litigation as unknown[])[1] = '=HYPERLINK("http://x")';
    const report = reportOf(data);
    expect(report.tables.litigation.slice(0, 2)).toEqual([null, null]);
    expect(report.pendingInput).toEqual({ 'litigation.0': '一', 'litigation.1': '=HYPERLINK("http://x")' });
  });
});

describe('writeCanonical', () => {
  it.each([
    ['seed 003', seed003],
    ['seed 004', seed004],
    ['the clean test report', cleanReport()],
  ])('round-trips %s through writeCanonical → readCanonical', (_name, data) => {
    const report = reportOf(data);
    const text = writeCanonical(report);
    expect(reportOf(JSON.parse(text))).toEqual(report);
    expect(writeCanonical(reportOf(JSON.parse(text)))).toBe(text);
  });

  it('writes the keys in the order of spec §10 and a table row on one line', () => {
    const text = writeCanonical(reportOf(seed004));
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'year', 'organ', 'level', 'tables', 'parts', 'signature']);
    expect(text).toContain('\n      [34, 10, 0, 4, 0, 5, 53],\n');
    expect(text).toContain('"litigation": [0, 0, 0, 0, 0, 4, 0, 1, 0, 5, 0, 0, 0, 0, 0]');
    expect(text).toContain('"feesWan": "4618.24"');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
