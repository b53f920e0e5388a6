// Hostile input for the text, HTML and PDF importers (issue 8; DOCX: docx-reader.fuzz.test.ts). Real reports
// (seeds and corpus) damaged at random, tag soup, deep nesting, damaged PDFs and a deflate bomb in a PDF's
// attachment: each is read or refused with reasons, in bounded time, and a number read is a number written.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { MAX_EMBEDDED_JSON_BYTES, readEmbeddedJsonFromPdf } from '../embedded/pdf-attachment';
import { growthOver4x, LINEAR_GROWTH_LIMIT } from '../domain/growth.test-support';
import { expectNumbersFrom } from './fuzz-support';
import { htmlToText, MAX_HTML_DEPTH } from './html-reader';
import { importReport } from './import-report';
import { importText } from './import-text';
import { pdfToText } from './pdf-text';
import { corpusPath, corpusText, SEED_003, SEED_004, seedText } from './test-support';
import { ReadLog } from './types';

const SOURCES = [
  seedText(SEED_003), seedText(SEED_004), corpusText('01_huaian_hongze_district_2023.txt'), corpusText('03_huaian_city_gov_2024.txt'),
  corpusText('04_shuyang_county_gov_2025.txt'), corpusText('12_shuyang_county_fgj_2023.txt'), corpusText('07_pingtan_zone_2021.txt'),
];

/** One edit of a text: delete, repeat or move a stretch, change digits, insert odd characters. */
const edit = fc.record({
  kind: fc.constantFrom('delete', 'repeat', 'move', 'digits', 'insert'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 400 }),
  insert: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('\t', ' | ', '\n\n', '１２', '1,234', '/', '（四）', '三、', '总计', '\u0000', '\uFEFF', '\u202E')),
  digit: fc.nat({ max: 9 }),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function damage(text: string, edits: Edit[]): string {
  let t = text;
  for (const e of edits) {
    const from = Math.floor(e.at * t.length);
    const piece = t.slice(from, from + e.length);
    if (e.kind === 'delete') t = t.slice(0, from) + t.slice(from + e.length);
    else if (e.kind === 'repeat') t = t.slice(0, from) + piece + t.slice(from);
    else if (e.kind === 'move') t = t.slice(0, from) + t.slice(from + e.length) + piece;
    else if (e.kind === 'digits') t = t.slice(0, from) + piece.replace(/\d/g, String(e.digit)) + t.slice(from + e.length);
    else t = t.slice(0, from) + e.insert + t.slice(from);
  }
  return t;
}

describe('text importer under damage', () => {
  it('real reports damaged at random: read with numbers from the text, or refused with reasons in Chinese (400 texts)', () => {
    fc.assert(
      fc.property(fc.nat({ max: SOURCES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
        const text = damage(SOURCES[which], edits);
        const log = new ReadLog();
        const t0 = performance.now();
        const read = importText(text, log);
        expect(performance.now() - t0).toBeLessThan(2000);
        if (read) expectNumbersFrom(text, read.report.tables, read.reading);
        else {
          expect(log.errors.length).toBeGreaterThan(0);
          for (const e of log.errors) expect(`${e.where}${e.message}`).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('any string: an answer, never a throw (1,000)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 })), (text) => {
        const log = new ReadLog();
        const read = importText(text, log);
        if (read) expectNumbersFrom(text, read.report.tables, read.reading);
        else expect(log.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('a megabyte of table-like lines is answered within a few seconds', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `| （${i % 7}）不予公开 | ${i} | 0 | 0 |`).join('\n');
    for (const text of [rows, `${SOURCES[1]}\n${rows}`, '一、总体情况\n'.repeat(100_000), '1\t'.repeat(500_000)]) {
      const t0 = performance.now();
      importText(text, new ReadLog());
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});

const TAGS = ['<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td rowspan="22">', '<th colspan="3">', '<p>', '</p>', '<br>', '<div>', '</div>',
  '<script>', '</script>', '<style>', '<!--', '-->', '<title>', '</title>', '<template>', '<svg>', '&nbsp;', '&amp;', '&#12;', '&#x110000;', '<![CDATA[', ']]>', '<', '>'];
const tagSoup = fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom('12', '0', '自然人', '总计', '一、总体情况', '三、收到和处理政府信息公开申请情况'), fc.string({ maxLength: 8 })), { maxLength: 400 }).map((p) => p.join(''));

describe('HTML importer under hostile input', () => {
  it('tag soup: an answer, never a throw; a number read is a number in the page text (500)', async () => {
    await fc.assert(
      fc.asyncProperty(tagSoup, async (html) => {
        expect(() => htmlToText(html)).not.toThrow();
        const result = await importReport({ bytes: Buffer.from(html), filename: 'page.html' });
        if (result.ok) expectNumbersFrom(htmlToText(html), result.report.tables, result.reading);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('a real report page damaged at random reads or is refused; never a made-up number (150)', async () => {
    const page = SOURCES[1].split('\n').map((l) => (l.includes('\t') ? `<table><tr><td>${l.split('\t').join('</td><td>')}</td></tr></table>` : `<p>${l}</p>`)).join('\n');
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const html = `<html><head><title>年报</title></head><body>${damage(page, edits)}</body></html>`;
        const result = await importReport({ bytes: Buffer.from(html), filename: 'page.html' });
        if (result.ok) expectNumbersFrom(htmlToText(html), result.report.tables, result.reading);
      }),
      { numRuns: 150 },
    );
  });

  it('deep nesting is refused by name; unclosed titles, comments and tables do not make it rescan (the time grows linearly)', async () => {
    const deep = await importReport({ bytes: Buffer.from('<div>'.repeat(100_000)), filename: 'page.html' });
    expect(deep.ok ? '' : deep.errors[0].message).toBe(`读取时出错：网页的标签嵌套超过${MAX_HTML_DEPTH}层，不像保存的报告页面，无法读取`);
    expect(htmlToText(`${'<div>'.repeat(MAX_HTML_DEPTH - 10)}一、总体情况`)).toContain('一、总体情况');
    const shapes: ((n: number) => string)[] = [
      (n) => '<title>'.repeat(n), (n) => '<!--'.repeat(n), (n) => `<table>${'<tr><td>1</td>'.repeat(n / 2)}`, (n) => '<td>'.repeat(n),
    ];
    for (const make of shapes) {
      const growth = await growthOver4x(make, (html) => importReport({ bytes: Buffer.from(html), filename: 'page.html' }), 50_000);
      expect(growth, make(4).slice(0, 15)).toBeLessThan(LINEAR_GROWTH_LIMIT);
    }
    // Nested tables stop at a fixed depth, so their cost does not grow with the input: one answer suffices.
    expect((await importReport({ bytes: Buffer.from('<table><tr><td>'.repeat(160)), filename: 'page.html' })).ok).toBe(false);
  });
});

describe('PDF importer under hostile input', () => {
  const real = readFileSync(corpusPath('01_huaian_hongze_district_2023.pdf'));

  it('a real PDF with bytes damaged at random: an answer in bounded time; numbers read are numbers pdftotext found (12)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: real.length - 1 }), { minLength: 1, maxLength: 40 }), fc.nat({ max: 255 }), async (at, value) => {
        const damaged = Buffer.from(real);
        for (const i of at) damaged[i] ^= value || 1;
        const t0 = performance.now();
        const result = await importReport({ bytes: damaged, filename: 'r.pdf' });
        expect(performance.now() - t0).toBeLessThan(35_000); // pdftotext is stopped after 30 s
        if (result.ok) {
          const text = await pdfToText(damaged);
          expect(text.ok).toBe(true);
          if (text.ok) expectNumbersFrom(text.text, result.report.tables);
        } else for (const e of result.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 12 },
    );
  });

  it('garbage after a PDF signature is refused with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), async (tail) => {
        const result = await importReport({ bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), tail]), filename: 'r.pdf' });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 10 },
    );
  });

  it('a deflate bomb attached as report.json is not inflated past the limit', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(new Uint8Array(MAX_EMBEDDED_JSON_BYTES * 4).fill(0x20), 'report.json', { mimeType: 'application/json' });
    const bytes = await doc.save();
    expect(bytes.length).toBeLessThan(MAX_EMBEDDED_JSON_BYTES / 10);
    const t0 = performance.now();
    expect(await readEmbeddedJsonFromPdf(bytes)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(2000);
    const result = await importReport({ bytes: Buffer.from(bytes), filename: 'r.pdf' });
    expect(result.ok).toBe(false);
  });
});
