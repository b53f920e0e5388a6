// Robustness (issue 6): perturbed whitespace, labels broken inside, full-width digits, 「/」 cells and
// heading variants still read exactly; truncated, empty, binary and oversized input gives a clear error —
// never a crash, never a number that is not in the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seed004 from '../domain/fixtures/seed-004.json';
import type { TCell } from '../domain/model';
import { importText } from './import-text';
import { importReport, MAX_IMPORT_BYTES } from './import-report';
import { corpusText, readText, SEED_004, seedText } from './test-support';
import { ReadLog } from './types';

const SEED = seedText(SEED_004);
const lines = SEED.split('\n');
/** Lines of the tables: a tab, then a number (the cells a perturbation may touch). */
const numberLines = lines.map((l, i) => (/^\t\d+$/.test(l) ? i : -1)).filter((i) => i >= 0);
/** Label lines of Table 2 that are long enough to break inside. */
const labelLines = lines.map((l, i) => (/^\t[（一二三四\d].{6,}$/.test(l) && !/\d$/.test(l) ? i : -1)).filter((i) => i >= 0);

const VARIANTS_5 = ['五、政府信息公开工作存在的主要问题及改进情况', '五、存在的主要问题及整改措施', '五、存在的主要问题及改进情况'];
const SPACES = [' ', '\u2002', '\u3000', '\t ', '  '];
const toFullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

type Perturbation = {
  trailing: number[]; // line indexes that get trailing spaces
  blankAfter: number[]; // extra blank lines after these lines
  broken: number[]; // label lines broken in two
  fullWidth: number[]; // number lines in full-width digits
  slashed: number[]; // number lines replaced by 「/」
  crlf: boolean;
  heading5: string;
};

const arbitrary = fc.record<Perturbation>({
  trailing: fc.uniqueArray(fc.integer({ min: 0, max: lines.length - 1 }), { maxLength: 30 }),
  blankAfter: fc.uniqueArray(fc.constantFrom(...lines.map((l, i) => (l === '' ? i : -1)).filter((i) => i >= 0)), { maxLength: 10 }),
  broken: fc.uniqueArray(fc.constantFrom(...labelLines), { maxLength: 6 }),
  fullWidth: fc.uniqueArray(fc.constantFrom(...numberLines), { maxLength: 20 }),
  slashed: fc.uniqueArray(fc.constantFrom(...numberLines), { maxLength: 5 }),
  crlf: fc.boolean(),
  heading5: fc.constantFrom(...VARIANTS_5),
});

function perturb(p: Perturbation): string {
  const out: string[] = [];
  lines.forEach((line, i) => {
    let l = line;
    if (p.slashed.includes(i)) l = '\t/';
    else if (p.fullWidth.includes(i)) l = toFullWidth(l);
    if (p.broken.includes(i)) {
      const cut = Math.floor(l.length / 2);
      l = `${l.slice(0, cut)}\n${l.slice(cut)}`;
    }
    if (l.startsWith('五、当前存在')) l = p.heading5;
    if (p.trailing.includes(i)) l += SPACES[i % SPACES.length];
    out.push(l);
    if (p.blankAfter.includes(i)) out.push('');
  });
  return out.join(p.crlf ? '\r\n' : '\n');
}

/** Where each number line of the seed lands in the tables, in reading order. */
function expectedTables(p: Perturbation) {
  const tables = structuredClone(seed004.tables) as unknown as { active: Record<string, TCell | TCell[]>; applications: TCell[][]; litigation: TCell[] };
  const cells: [object, string | number][] = [];
  const push = (holder: object, key: string | number) => cells.push([holder, key]);
  for (const key of ['regulations', 'normativeDocuments']) for (let c = 0; c < 3; c++) push(tables.active[key] as TCell[], c);
  for (const key of ['licensing', 'punishment', 'enforcement']) push(tables.active, key); // feesWan 4618.24: no integer line
  tables.applications.forEach((row) => row.forEach((_, c) => push(row, c)));
  tables.litigation.forEach((_, c) => push(tables.litigation, c));
  numberLines.forEach((line, k) => {
    if (p.slashed.includes(line)) {
      const [holder, key] = cells[k];
      (holder as Record<string | number, TCell>)[key] = null;
    }
  });
  return tables;
}

describe('perturbed seed 004 reads the same numbers', () => {
  it('whitespace, CRLF, blank lines, labels broken inside, full-width digits, 「/」 cells, heading variants', () => {
    expect(numberLines.length).toBe(3 * 2 + 4 - 1 + 25 * 7 + 15); // fees 4618.24 is no plain integer line
    fc.assert(
      fc.property(arbitrary, (p) => {
        const { report, warnings } = readText(perturb(p));
        expect(report.tables).toEqual(expectedTables(p));
        expect(report.parts?.problems).toBe(seed004.parts.problems);
        if (p.slashed.length) expect(warnings.some((w) => w.includes('印作「/」'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('damaged input never gives a made-up number', () => {
  it('a text cut anywhere is refused with reasons, or read with the very numbers it still holds', () => {
    const texts = [SEED, corpusText('03_huaian_city_gov_2024.txt')];
    const full = texts.map((t) => readText(t).report.tables);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (which, at) => {
        const text = texts[which];
        const log = new ReadLog();
        const read = importText(text.slice(0, Math.floor(text.length * at)), log);
        if (read) expect(read.report.tables).toEqual(full[which]);
        else expect(log.errors.length).toBeGreaterThan(0);
        for (const e of log.errors) expect(`${e.where}${e.message}`).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 80 },
    );
  });

  it('a cell lost from a row leaves that row unread, named, not filled; the other rows read as printed', () => {
    const without = lines.filter((_, i) => i !== numberLines[40]).join('\n');
    const read = importText(without, new ReadLog());
    if (!read) throw new Error('refused');
    const unread = Object.entries(read.reading.cells).filter(([, c]) => c.status === 'unread').map(([name]) => name);
    expect(unread).toHaveLength(7);
    expect(unread.every((name) => name.startsWith('三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / '))).toBe(true);
    expect(read.report.tables.applications.filter((_, r) => r !== 4)).toEqual(seed004.tables.applications.filter((_, r) => r !== 4));
  });
});

describe('inputs that are no report', () => {
  it.each([
    ['empty', Buffer.alloc(0), 'x.txt', '文件为空'],
    ['binary', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), 'x.txt', '不是文本文件'],
    ['oversized', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20), 'x.txt', '文件过大'],
    ['an image', Buffer.from('\x89PNG\r\n\x1a\n'), 'scan.png', '暂不支持读取.png文件'],
    ['an old Word file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'r.doc', '旧版 Office 格式'],
    ['a PDF that is no PDF', Buffer.from('%PDF-1.7\n%%EOF'), 'r.pdf', 'PDF'],
    ['prose', Buffer.from('今天天气很好。\n'.repeat(50)), 'x.txt', '不像一份政府信息公开工作年度报告'],
    ['JSON that is no report', Buffer.from('{"a":1}'), 'x.json', 'format'],
  ])('%s → a clear error', async (_, bytes, filename, message) => {
    const result = await importReport({ bytes, filename });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => `${e.where} ${e.message}`).join('\n')).toContain(message);
  });

  it('random bytes never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('a.txt', 'a.docx', 'a.html', 'a.json'), async (bytes, filename) => {
        const result = await importReport({ bytes: Buffer.from(bytes), filename });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
