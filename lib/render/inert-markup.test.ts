// Script and markup typed into a report come out as text, never as structure (issue 8): in the HTML
// preview (the same component the app serves), in the DOCX's XML and embedded data, and in the PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { readCanonicalText } from '@/lib/domain/canonical';
import type { TReport } from '@/lib/domain/model';
import { docxToText } from '@/lib/import/docx-reader';
import { buildDocumentModel } from './document-model';
import { readEmbeddedJsonFromDocx } from '@/lib/embedded/docx-custom-xml';
import { renderHtmlDocument } from './html';
import { renderReport } from './index';
import { readEmbeddedJsonFromPdf } from '@/lib/embedded/pdf-attachment';
import { SEEDS } from './test-support';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"<w:t>"',
  '</w:t></w:r></w:p><w:p><w:r><w:t>注入的段落',
  '<img src=x onerror=alert(2)>',
  ']]><![CDATA[',
  '&amp; &lt; &#x110000;',
  '{{7*7}} ${7*7} javascript:alert(3)',
];

const report: TReport = {
  ...SEEDS['004'],
  organ: '重庆市荣昌区人民政府<script>alert(4)</script>',
  parts: { ...SEEDS['004'].parts!, problems: HOSTILE.join('\n'), other: `末段：${HOSTILE[0]}${HOSTILE[1]}` },
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-inert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Node = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string }[]; childNodes?: Node[] };
function elements(node: Node, out: Node[] = []): Node[] {
  if (node.tagName) out.push(node);
  for (const c of node.childNodes ?? []) elements(c, out);
  return out;
}
const textOf = (node: Node): string => (node.nodeName === '#text' ? node.value ?? '' : (node.childNodes ?? []).map(textOf).join(''));

describe('markup in narrative text and names is inert', () => {
  it('HTML preview: no script, img or event handler appears; every hostile line is shown as text', () => {
    const html = renderHtmlDocument(buildDocumentModel(report, { draft: true }));
    const doc = parse(html) as unknown as Node;
    const tags = elements(doc);
    expect(tags.filter((e) => ['script', 'img', 'iframe', 'object'].includes(e.tagName!))).toEqual([]);
    expect(tags.flatMap((e) => (e.attrs ?? []).map((a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
    const text = textOf(doc);
    for (const line of HOSTILE) expect(text).toContain(line);
    expect(text).toContain(report.organ);
  });

  it('DOCX: the XML keeps its structure, the text reads back verbatim, the embedded data round-trips', async () => {
    const { bytes } = await renderReport(report, 'docx', { draft: false });
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']);
    const cleanXml = strFromU8(unzipSync((await renderReport(SEEDS['004'], 'docx', { draft: false })).bytes)['word/document.xml']);
    // The hostile text adds paragraphs of its own lines, never a paragraph the text tries to open.
    expect(xml).not.toContain('<w:t>注入的段落');
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const tables = (x: string) => (x.match(/<w:tbl>/g) ?? []).length;
    expect(tables(cleanXml)).toBeGreaterThan(0);
    expect(tables(xml)).toBe(tables(cleanXml));
    const text = docxToText(bytes);
    expect(text.ok).toBe(true);
    if (text.ok) for (const line of HOSTILE) expect(text.text).toContain(line);
    const embedded = readCanonicalText(readEmbeddedJsonFromDocx(bytes) ?? '');
    expect(embedded.ok && embedded.report.parts).toEqual(report.parts);
  });

  it('PDF: drawn as text (pdftotext finds it), no JavaScript or launch action; the attached data round-trips', async () => {
    const { bytes } = await renderReport(report, 'pdf', { draft: false });
    const raw = bytes.toString('latin1');
    for (const name of ['/JavaScript', '/JS ', '/JS(', '/OpenAction', '/Launch', '/AA ', '/URI']) expect(raw, name).not.toContain(name);
    const file = path.join(dir, 'hostile.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const line of ['<script>alert(1)</script>', '"<w:t>"', '<imgsrc=xonerror=alert(2)>']) expect(text).toContain(line);
    const embedded = readCanonicalText((await readEmbeddedJsonFromPdf(bytes)) ?? '');
    expect(embedded.ok && embedded.report.parts).toEqual(report.parts);
  });
});
