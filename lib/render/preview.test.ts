import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReportPreview } from './report-preview';
import { buildDocumentModel } from './document-model';
import { renderHtmlDocument } from './html';
import { previewMarks } from './preview-marks';
import { printedTableTexts, SEEDS } from './test-support';

const html = (seed: keyof typeof SEEDS, draft: boolean) =>
  renderToStaticMarkup(createElement(ReportPreview, { model: buildDocumentModel(SEEDS[seed], { draft }) }));
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** Text of each table cell (th/td) in document order, per table. */
const tableCells = (markup: string) =>
  [...markup.matchAll(/<table[\s\S]*?<\/table>/g)].map(([t]) =>
    [...t.matchAll(/<t([hd])\b([^>]*)>([\s\S]*?)<\/t\1>/g)].map(([, kind, attrs, inner]) => ({
      kind,
      attrs,
      text: decode(inner.replace(/<[^>]+>/g, '')),
    })),
  );

describe.each(['003', '004'] as const)('HTML preview of seed %s', (seed) => {
  const markup = html(seed, false);

  it('is semantic: one h1 title, an h2 per part, paragraphs, tables with captions', () => {
    expect(markup.match(/<h1\b/g)).toHaveLength(1);
    expect([...markup.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual([
      '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
    ]);
    expect([...markup.matchAll(/<caption[^>]*>([^<]*)<\/caption>/g)].map((m) => m[1])).toEqual([
      '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(markup).not.toContain('草稿');
  });

  it('holds every label and number of the three tables in printed order, with the merged cells', () => {
    const [active, apps, lit] = tableCells(markup);
    const printed = printedTableTexts(SEEDS[seed]);
    expect(active.map((c) => c.text)).toEqual(printed.active);
    expect(apps.map((c) => c.text)).toEqual(printed.applications);
    expect(lit.map((c) => c.text)).toEqual(printed.litigation);
    const attrs = (cells: typeof apps, text: string) => cells.find((c) => c.text === text)!.attrs;
    expect(attrs(apps, '三、本年度办理结果')).toMatch(/rowSpan="22"/);
    expect(attrs(apps, '三、本年度办理结果')).toMatch(/scope="rowgroup"/);
    expect(attrs(apps, '（三）不予公开')).toMatch(/rowSpan="8"/);
    expect(attrs(apps, '法人或其他组织')).toMatch(/colSpan="5"/);
    expect(attrs(apps, '法人或其他组织')).toMatch(/scope="colgroup"/);
    expect(attrs(apps, '自然人')).toMatch(/rowSpan="2"/);
    expect(attrs(apps, '一、本年新收政府信息公开申请数量')).toMatch(/colSpan="3"/);
    expect(attrs(lit, '行政复议')).toMatch(/colSpan="5"/);
    expect(attrs(lit, '行政复议')).not.toMatch(/rowSpan/);
    expect(attrs(lit, '结果维持')).toMatch(/rowSpan="2"/);
    expect(attrs(lit, '行政诉讼')).toMatch(/colSpan="10"/);
    expect(apps.filter((c) => c.kind === 'd')).toHaveLength(25 * 7); // <td>: the numbers
  });

  it('puts Table 2 and 3 heading rows in thead', () => {
    const heads = [...markup.matchAll(/<thead>([\s\S]*?)<\/thead>/g)].map((m) => m[1].match(/<tr>/g)?.length);
    expect(heads).toEqual([3, 3]);
  });
});

describe('HTML preview', () => {
  it('shows the 「草稿」 mark on a draft', () => {
    const markup = html('004', true);
    expect(markup).toContain('<p class="nb-draft-mark" role="note">草稿</p>');
    expect(markup).toContain('class="nb-report nb-draft"');
  });

  it('renders report text as text, never as markup', () => {
    const report = { ...SEEDS['004'], organ: '<script>alert(1)</script>机关', parts: { ...SEEDS['004'].parts!, other: '<img src=x onerror=alert(1)>无。' } };
    const markup = renderToStaticMarkup(createElement(ReportPreview, { model: buildDocumentModel(report, { draft: false }) }));
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;机关');
  });

  it('makes a standalone HTML document with the styles inline', () => {
    const page = renderHtmlDocument(buildDocumentModel(SEEDS['003'], { draft: false }));
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charSet="utf-8"/>')).toBe(true);
    expect(page).toContain('<title>重庆市长寿区长寿湖镇人民政府2024年政府信息公开工作年度报告</title>');
    expect(page).toMatch(/<head>[\s\S]*<style[^>]*>[\s\S]*\.nb-report \{[\s\S]*<\/style>[\s\S]*<\/head>/);
    expect(page).not.toMatch(/<link|<script/);
  });

  it('names each comment anchor in a data attribute; only the review page (with marks) makes them focusable', () => {
    const model = buildDocumentModel(SEEDS['004'], { draft: false });
    const plain = renderToStaticMarkup(createElement(ReportPreview, { model }));
    expect(plain).toContain('<h2 id="nb-part-overview" data-anchor="part:overview" class="nb-heading">');
    expect(plain).toMatch(/<p data-anchor="paragraph:overview:1" class="nb-paragraph">/);
    expect(plain).toMatch(/<td data-anchor="cell:applications\.24\.6" class="nb-center">/);
    expect(plain).toContain('data-anchor="part:signature"');
    expect(plain.replace(/<style[\s\S]*?<\/style>/, '')).not.toMatch(/tabindex|<mark|data-comments|title=/i);
  });

  it('marks open comments: an outlined cell, a count at a heading, the quoted words highlighted', () => {
    const model = buildDocumentModel(SEEDS['004'], { draft: false });
    const sentence = '因政府信息公开引起的行政复议和行政诉讼5件，无败诉案件。';
    const start = model.sections.find((s) => s.key === 'overview')!.blocks
      .flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))[1].indexOf(sentence);
    const marks = previewMarks([
      { id: 'c1', place: 'cell:litigation.0', range: null },
      { id: 'c2', place: 'part:problems', range: null },
      { id: 'c3', place: 'paragraph:overview:1', range: { start, end: start + sentence.length } },
    ]);
    const markup = renderToStaticMarkup(createElement(ReportPreview, { model, marks }));
    expect(markup).toMatch(/<td data-anchor="cell:litigation\.0" tabindex="0" data-comments="c1" class="nb-center nb-commented" title="行政复议 \/ 结果维持">/);
    expect(markup).toMatch(/data-anchor="part:problems" tabindex="0" data-comments="c2" class="nb-heading nb-commented">五、存在的主要问题及改进情况<span class="nb-comment-count" aria-hidden="true">批注1<\/span>/);
    expect(markup).toContain(`<mark class="nb-quote" data-comments="c3">${sentence}</mark>`);
  });
});
