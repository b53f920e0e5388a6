import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCanonicalText, writeCanonical } from '@/lib/domain/canonical';
import { buildDocumentModel } from './document-model';
import { readEmbeddedJsonFromDocx } from '@/lib/embedded/docx-custom-xml';
import { renderDocx } from './docx';
import { cached, printedTableTexts, SEEDS } from './test-support';

type Seed = keyof typeof SEEDS;
const render = cached(async (key) => {
  const [seed, draft] = key.split(':') as [Seed, string];
  const report = SEEDS[seed];
  return renderDocx(buildDocumentModel(report, { draft: draft === 'draft' }), writeCanonical(report));
});
const partsOf = async (key: string) => unzipSync(await render(key));
const xmlOf = async (key: string, part: string) => strFromU8((await partsOf(key))[part]);

type Tc = { text: string; gridSpan: number; vMerge: 'restart' | 'continue' | null };
/** The tables of word/document.xml as rows of cells (docx writes no nested tables here). */
function tablesOf(xml: string): { rows: { header: boolean; cantSplit: boolean; cells: Tc[] }[] }[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, tbl]) => ({
    rows: [...tbl.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, tr]) => ({
      header: tr.includes('<w:tblHeader/>'),
      cantSplit: tr.includes('<w:cantSplit/>'),
      cells: [...tr.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, tc]) => ({
        text: [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
        gridSpan: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1),
        vMerge: (/<w:vMerge w:val="(\w+)"\/>/.exec(tc)?.[1] as Tc['vMerge']) ?? null,
      })),
    })),
  }));
}
const find = (cells: Tc[], text: string) => cells.find((c) => c.text === text);

describe.each(['003', '004'] as const)('DOCX of seed %s', (seed) => {
  const key = `${seed}:final`;

  it('holds every row and column label and number of the three tables verbatim, in printed order', async () => {
    const tables = tablesOf(await xmlOf(key, 'word/document.xml'));
    expect(tables).toHaveLength(3);
    const printed = printedTableTexts(SEEDS[seed]);
    const texts = tables.map((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)).filter(Boolean));
    expect(texts[0]).toEqual(printed.active.filter(Boolean));
    expect(texts[1]).toEqual(printed.applications.filter(Boolean));
    expect(texts[2]).toEqual(printed.litigation.filter(Boolean));
  });

  it('merges cells as the printed format does (w:gridSpan, w:vMerge)', async () => {
    const [active, apps, lit] = tablesOf(await xmlOf(key, 'word/document.xml'));
    const activeCells = active.rows.flatMap((r) => r.cells);
    for (const label of ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']) {
      expect(find(activeCells, label)?.gridSpan, label).toBe(4);
    }
    expect(find(activeCells, '本年处理决定数量')?.gridSpan).toBe(3);
    expect(find(activeCells, '本年收费金额（单位：万元）')?.gridSpan).toBe(3);

    // Table 2 header: the note over 3 columns and 3 rows; 申请人情况 → 自然人 | 法人或其他组织 (5) | 总计.
    expect(apps.rows[0].cells).toMatchObject([{ gridSpan: 3, vMerge: 'restart' }, { text: '申请人情况', gridSpan: 7 }]);
    expect(apps.rows[1].cells).toMatchObject([
      { text: '', gridSpan: 3, vMerge: 'continue' }, { text: '自然人', vMerge: 'restart' }, { text: '法人或其他组织', gridSpan: 5 },
      { text: '总计', vMerge: 'restart' },
    ]);
    expect(apps.rows[2].cells.map((c) => c.vMerge)).toEqual(['continue', 'continue', null, null, null, null, null, 'continue']);
    const body = apps.rows.slice(3);
    // 「三、本年度办理结果」 restarts on （一） and continues down all 22 result rows in the first column.
    const first = body.findIndex((r) => r.cells[0].text === '三、本年度办理结果');
    expect(body[first].cells[0].vMerge).toBe('restart');
    expect(body.slice(first + 1, first + 22).map((r) => r.cells[0])).toEqual(Array(21).fill({ text: '', gridSpan: 1, vMerge: 'continue' }));
    expect(body[first + 22].cells[0]).toMatchObject({ text: '四、结转下年度继续办理', gridSpan: 3, vMerge: null });
    for (const [group, size] of [['（三）不予公开', 8], ['（四）无法提供', 3], ['（五）不予处理', 5], ['（六）其他处理', 3]] as const) {
      const start = body.findIndex((r) => r.cells[1].text === group);
      expect(body[start].cells[1].vMerge, group).toBe('restart');
      expect(body.slice(start + 1, start + size).every((r) => r.cells[1].vMerge === 'continue'), group).toBe(true);
      expect(body[start + size].cells[1].vMerge, group).not.toBe('continue');
    }
    for (const label of ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量']) {
      expect(find(body.flatMap((r) => r.cells), label)?.gridSpan).toBe(3);
    }
    for (const label of ['（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（七）总计']) {
      expect(find(body.flatMap((r) => r.cells), label)?.gridSpan).toBe(2);
    }
    expect(apps.rows.every((r) => r.cells.reduce((n, c) => n + c.gridSpan, 0) === 10)).toBe(true);

    // Table 3 as printed: 行政复议 (5) | 行政诉讼 (10); 行政复议's five labels two rows deep | 未经复议直接起诉 (5) | 复议后起诉 (5).
    expect(lit.rows[0].cells).toMatchObject([{ text: '行政复议', gridSpan: 5 }, { text: '行政诉讼', gridSpan: 10 }]);
    expect(lit.rows[0].cells[0].vMerge).toBeNull();
    expect(lit.rows[1].cells).toMatchObject([
      ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((text) => ({ text, gridSpan: 1, vMerge: 'restart' })),
      { text: '未经复议直接起诉', gridSpan: 5 }, { text: '复议后起诉', gridSpan: 5 },
    ]);
    expect(lit.rows[2].cells.slice(0, 5).every((c) => c.vMerge === 'continue')).toBe(true);
  });

  it('repeats the heading rows on each page and never splits a row', async () => {
    const [active, apps, lit] = tablesOf(await xmlOf(key, 'word/document.xml'));
    expect(apps.rows.map((r) => r.header)).toEqual([true, true, true, ...Array(25).fill(false)]);
    expect(lit.rows.map((r) => r.header)).toEqual([true, true, true, false]);
    expect(active.rows.some((r) => r.header)).toBe(false);
    expect([active, apps, lit].every((t) => t.rows.every((r) => r.cantSplit))).toBe(true);
  });

  it('sets A4 with the GB/T 9704 margins (twips) and page numbers at the outer edge', async () => {
    const xml = await xmlOf(key, 'word/document.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 37, 35, 28, 26 mm = 2098, 1984, 1587, 1474 twips.
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(await xmlOf(key, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const parts = await partsOf(key);
    const footers = Object.keys(parts).filter((p) => /^word\/footer\d+\.xml$/.test(p)).map((p) => strFromU8(parts[p]));
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toContain('— ');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('names the customary Chinese fonts in the East Asian slot and Times New Roman for Latin text', async () => {
    const xml = (await xmlOf(key, 'word/styles.xml')) + (await xmlOf(key, 'word/document.xml'));
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) expect(xml).toContain(`w:eastAsia="${font}"`);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/w:line="579" w:lineRule="exact"/); // 28.95 pt: 22 lines in the text block
    expect(xml).toContain('<w:sz w:val="44"/>'); // 2号 title
    expect(xml).toContain('<w:sz w:val="21"/>'); // 五号 tables
  });

  it('carries the canonical JSON as a custom XML part that reads back exactly', async () => {
    const parts = await partsOf(key);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['customXml/item1.xml', 'customXml/itemProps1.xml', 'customXml/_rels/item1.xml.rels']));
    expect(strFromU8(parts['word/_rels/document.xml.rels'])).toContain('Target="../customXml/item1.xml"');
    expect(strFromU8(parts['[Content_Types].xml'])).toContain('PartName="/customXml/itemProps1.xml"');
    const json = readEmbeddedJsonFromDocx(await render(key));
    expect(json).toBe(writeCanonical(SEEDS[seed]));
    const read = readCanonicalText(json!);
    expect(read.ok && read.report).toEqual(SEEDS[seed]);
  });

  it('marks a draft with a 「草稿」 header and watermark, and a final report with neither', async () => {
    const draftParts = await partsOf(`${seed}:draft`);
    const headers = Object.keys(draftParts).filter((p) => /^word\/header\d+\.xml$/.test(p)).map((p) => strFromU8(draftParts[p]));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) {
      expect(h).toContain('<w:t xml:space="preserve">草稿</w:t>');
      expect(h).toContain('string="草稿"');
    }
    const final = await partsOf(key);
    expect(Object.keys(final).some((p) => p.startsWith('word/header'))).toBe(false);
    expect(strFromU8(final['word/document.xml'])).not.toContain('草稿');
  });
});

describe('embedded JSON in a DOCX', () => {
  it('survives text that needs XML escaping', async () => {
    const report = { ...SEEDS['004'], parts: { ...SEEDS['004'].parts!, other: '无<收费>&“处理费”]]>' } };
    const bytes = await renderDocx(buildDocumentModel(report, { draft: false }), writeCanonical(report));
    expect(readEmbeddedJsonFromDocx(bytes)).toBe(writeCanonical(report));
  });

  it('is absent from a DOCX that carries none', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const plain = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));
    expect(readEmbeddedJsonFromDocx(plain)).toBeNull();
  });
});
