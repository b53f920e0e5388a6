import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCanonicalText, writeCanonical } from '@/lib/domain/canonical';
import { buildDocumentModel, narrativeParagraphs } from './document-model';
import { readEmbeddedJsonFromPdf } from '@/lib/embedded/pdf-attachment';
import { renderPdf } from './pdf';
import { cached, CLOSING, findInOrder, OPENING, pdfText, printedTableTexts, SEEDS, stripSpace, textLines } from './test-support';

type Seed = keyof typeof SEEDS;
const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders once per seed and mark; returns the bytes and the file written for poppler. */
const render = cached(async (key) => {
  const [seed, draft] = key.split(':') as [Seed, string];
  const report = SEEDS[seed];
  const bytes = await renderPdf(buildDocumentModel(report, { draft: draft === 'draft' }), writeCanonical(report));
  const file = path.join(dir, `${seed}-${draft}.pdf`);
  writeFileSync(file, bytes);
  return { bytes, file, text: pdfText(file) };
});

/** The text without page furniture (page numbers), which pdftotext puts between a page's last line and the next. */
const bodyText = (text: string) => text.replace(/^— \d+ —$/gm, '');

describe.each(['003', '004'] as const)('PDF of seed %s', (seed) => {
  const key = `${seed}:final`;

  it('holds the title, headings and every paragraph, in order', async () => {
    const { text } = await render(key);
    const report = SEEDS[seed];
    const parts = report.parts!;
    const expected = [
      report.organ, `${report.year}年政府信息公开工作年度报告`,
      ...narrativeParagraphs(parts.preamble),
      '一、总体情况', ...narrativeParagraphs(parts.overview),
      '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况', ...narrativeParagraphs(parts.problems),
      '六、其他需要报告的事项', ...narrativeParagraphs(parts.other),
    ];
    expect(findInOrder(stripSpace(bodyText(text)), expected.map(stripSpace)).missing).toBeNull();
  });

  it('holds every label and number of the three tables, in printed order', async () => {
    const flat = stripSpace((await render(key)).text);
    const printed = printedTableTexts(SEEDS[seed]);
    expect(findInOrder(flat, printed.active.filter(Boolean)).missing).toBeNull();
    // Table 2: the heading labels (each set as one cell), then every data row's labels and numbers in
    // order; 「三、本年度办理结果」 runs down its column, so it is looked for on its own.
    const [note, applicant, ...rest] = printed.applications;
    const columns = rest.slice(0, 8);
    const rows = rest.slice(8).filter((t) => t && t !== '三、本年度办理结果');
    for (const label of [note, applicant, ...columns]) expect(flat).toContain(label);
    expect(findInOrder(flat, ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']).missing).toBeNull();
    expect(findInOrder(flat, [note, ...rows]).missing).toBeNull();
    expect(flat).toContain('三、本年度办理结果');
    expect(findInOrder(flat, printed.litigation.filter(Boolean)).missing).toBeNull();
  });

  it('breaks lines by clreq: no line starts with closing or ends with opening punctuation, no number is cut', async () => {
    const lines = textLines((await render(key)).text);
    expect(lines.filter((l) => CLOSING.test(l))).toEqual([]);
    expect(lines.filter((l) => OPENING.test(l))).toEqual([]);
    // A number cut at a line end: text ending in digits (not a table row's spaced numbers) continued by digits.
    const cut = lines.slice(1).filter((l, i) => /(^|[^\s\d.])[\d.]*\d\.?$/.test(lines[i]) && /^[.\d%]/.test(l));
    expect(cut).toEqual([]);
  });

  it('adds no hyphen at a line break', async () => {
    const { text } = await render(key);
    expect(text).not.toMatch(/[-\u00ad\u2010\u2011]/);
  });

  it('embeds its fonts (subset) and no other', async () => {
    const out = execFileSync('pdffonts', [(await render(key)).file], { encoding: 'utf8' });
    const fonts = out.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const line of fonts) expect(line, line).toMatch(/\+Noto(Serif|Sans)SC-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('carries the canonical JSON as an attached file that reads back exactly', async () => {
    const { bytes, file } = await render(key);
    expect(execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' })).toContain('report.json');
    const json = await readEmbeddedJsonFromPdf(bytes);
    expect(json).toBe(writeCanonical(SEEDS[seed]));
    const read = readCanonicalText(json!);
    expect(read.ok && read.report).toEqual(SEEDS[seed]);
  });

  it('is A4 and numbers its pages 「— N —」', async () => {
    const { file, text } = await render(key);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(text.match(/— \d+ —/g)).toEqual(Array.from({ length: pages }, (_, i) => `— ${i + 1} —`));
  });

  it('marks a draft 「草稿」 on every page, and a final report nowhere', async () => {
    const draft = await render(`${seed}:draft`);
    const pages = draft.text.split('\f').filter((p) => p.trim());
    expect(pages.every((p) => p.includes('草稿'))).toBe(true);
    expect((await render(key)).text).not.toContain('草稿');
  });
});

describe('embedded JSON in a PDF', () => {
  it('is absent from a PDF that carries none', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage();
    expect(await readEmbeddedJsonFromPdf(await doc.save())).toBeNull();
  });
});
