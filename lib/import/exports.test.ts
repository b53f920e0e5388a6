// Our own exports (lib/render) read back: first by the canonical JSON they embed, and — with that removed —
// by their printed text, which must give the same tables, parts and signature.
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readCanonical } from '../domain/canonical';
import seed003 from '../domain/fixtures/seed-003.json';
import seed004 from '../domain/fixtures/seed-004.json';
import type { TReport } from '../domain/model';
import { renderReport } from '../render';
import { importReport } from './import-report';

const EMBEDDED = '读取了文件内嵌的规范数据（本系统导出的文件），未再从版面文字读取';

function canonical(data: unknown): TReport {
  const read = readCanonical(data);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.report;
}

/** The DOCX without its customXml parts (and the relationship to them). */
function stripDocx(bytes: Uint8Array): Buffer {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files)) if (name.startsWith('customXml/')) delete files[name];
  const rels = 'word/_rels/document.xml.rels';
  files[rels] = new TextEncoder().encode(strFromU8(files[rels]).replace(/<Relationship [^>]*customXml[^>]*\/>/g, ''));
  return Buffer.from(zipSync(files));
}

async function stripPdf(bytes: Uint8Array): Promise<Buffer> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.catalog.delete(PDFName.of('Names'));
  doc.catalog.delete(PDFName.of('AF'));
  return Buffer.from(await doc.save());
}

async function imported(bytes: Buffer, filename: string) {
  const result = await importReport({ bytes, filename });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe.each([
  { seed: '003', data: seed003 },
  { seed: '004', data: seed004 },
])('DOCX export of seed $seed', ({ data }) => {
  const report = canonical(data);
  const docx = renderReport(report, 'docx', { draft: false });

  it('imports exactly by its embedded JSON', async () => {
    const result = await imported((await docx).bytes, (await docx).filename);
    expect(result.report).toEqual(report);
    expect(result.warnings).toEqual([EMBEDDED]);
  });

  it('imports the same tables, parts and signature from its text when the JSON is removed', async () => {
    const result = await imported(stripDocx((await docx).bytes), 'report.docx');
    expect(result.warnings).not.toContain(EMBEDDED);
    expect(result.report.tables).toEqual(report.tables);
    expect(result.report.parts).toEqual(report.parts);
    expect(result.report.signature).toEqual(report.signature);
    expect([result.report.organ, result.report.year, result.report.level]).toEqual([report.organ, report.year, report.level]);
  });
});

describe('PDF export of seed 004', () => {
  const report = canonical(seed004);
  const pdf = renderReport(report, 'pdf', { draft: false });

  it('imports exactly by its attached JSON', async () => {
    const result = await imported((await pdf).bytes, (await pdf).filename);
    expect(result.report).toEqual(report);
    expect(result.warnings).toEqual([EMBEDDED]);
  });

  it('imports the same tables and parts from its text (pdftotext) when the attachment is removed', async () => {
    const result = await imported(await stripPdf((await pdf).bytes), 'report.pdf');
    expect(result.warnings).not.toContain(EMBEDDED);
    expect(result.report.tables).toEqual(report.tables);
    expect(result.report.parts).toEqual(report.parts);
  });
});

describe('embedded JSON that is no report', () => {
  it('falls back to the text and says so', async () => {
    const { bytes } = await renderReport(canonical(seed003), 'docx', { draft: false });
    const files = unzipSync(bytes);
    const item = Object.keys(files).find((n) => /^customXml\/item\d+\.xml$/.test(n)) as string;
    files[item] = new TextEncoder().encode(strFromU8(files[item]).replace('"national-2021"', '"national-2030"'));
    const result = await imported(Buffer.from(zipSync(files)), 'r.docx');
    expect(result.report.tables).toEqual(seed003.tables);
    expect(result.warnings[0]).toMatch(/^文件内嵌的规范数据无法读取（内嵌数据 format：.*），改从版面文字读取$/);
  });
});
