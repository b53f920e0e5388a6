// Saved web pages: tables as <table> (rowspan/colspan, &nbsp;, <br> inside labels), page chrome around the
// article, scripts; corpus 12 as the page it was saved from.
import { describe, expect, it } from 'vitest';
import seed003 from '../domain/fixtures/seed-003.json';
import type { TCell } from '../domain/model';
import { template } from '../domain/template';
import { htmlToText } from './html-reader';
import { importReport } from './import-report';
import { corpusText, readText } from './test-support';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const td = (text: string, attrs = '') => `<td${attrs}><p style="text-align:center">${esc(text).replace(/\n/g, '<br/>')}</p></td>`;
const show = (v: TCell) => (v === null ? '&nbsp;' : String(v));

/** Seed 003 as a portal page would carry it: the official table layout with merges. */
function portalPage(f: typeof seed003): string {
  const paras = (text: string) => text.split('\n').map((l) => `<p>&nbsp;&nbsp;&nbsp;&nbsp;${esc(l)}</p>`).join('\n');
  const active = template.active.blocks.map((b) => {
    const span = 3 / b.columns.length;
    const rows = b.rows.map((r) => {
      const held = f.tables.active[r.key as keyof typeof f.tables.active];
      const values = (Array.isArray(held) ? held : [held]) as TCell[];
      return `<tr>${td(r.label)}${values.map((v) => td(show(v), ` colspan="${span}"`)).join('')}</tr>`;
    });
    return `<tr>${td(b.label, ' colspan="4"')}</tr><tr>${td('信息内容')}${b.columns.map((c) => td(c, ` colspan="${span}"`)).join('')}</tr>${rows.join('')}`;
  });
  const apps = template.applications.rows.map((r, i) => {
    const first = i === 2 ? td(r.section ?? '', ' rowspan="22"') : '';
    const group = r.group && template.applications.rows.findIndex((x) => x.group === r.group) === i
      ? td(r.group, ` rowspan="${template.applications.rows.filter((x) => x.group === r.group).length}"`) : '';
    const label = r.section ? td(r.label, r.group ? '' : ' colspan="2"') : td(r.label, ' colspan="3"');
    return `<tr>${first}${group}${label}${f.tables.applications[i].map((v) => td(show(v))).join('')}</tr>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${f.organ}${f.year}年政府信息公开工作年度报告</title>
<script>var x = "<td>1</td>";</script><style>td{border:1px solid}</style></head><body>
<div class="nav">首页 &gt; 政务公开 &gt; 年度报告</div>
<div class="article"><h1>${f.organ}</h1><h2>${f.year}年政府信息公开工作年度报告</h2>
${paras(f.parts.preamble)}<p><strong>一、总体情况</strong></p>${paras(f.parts.overview)}
<p><strong>二、主动公开政府信息情况</strong></p><table>${active.join('')}</table>
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
<table><tbody><tr>${td(template.applications.note, ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>
<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>
<tr>${td('商业\n企业')}${td('科研\n机构')}${td('社会公益组织')}${td('法律服务机构')}${td('其他')}</tr>${apps.join('')}</tbody></table>
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
<table><tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>
<tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((h) => td(h, ' rowspan="2"')).join('')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>
<tr>${Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((h) => td(h)).join('')).join('')}</tr>
<tr>${f.tables.litigation.map((v) => td(show(v))).join('')}</tr></table>
<p><strong>五、存在的主要问题及改进情况</strong></p>${paras(f.parts.problems)}
<p><strong>六、其他需要报告的事项</strong></p>${paras(f.parts.other)}
<p style="text-align:right">${f.signature.organ}</p><p style="text-align:right">2025年1月17日</p></div>
<div class="footer">主办：重庆市长寿区人民政府办公室 <a href="#">网站地图</a></div></body></html>`;
}

/** Corpus 12's text as the page's HTML: 「a | b」 lines as table rows, the rest as paragraphs. */
function corpus12Page(): string {
  const lines = corpusText('12_shuyang_county_fgj_2023.txt').split('\n').slice(4);
  let html = '<html><body>';
  let inTable = false;
  for (const line of lines) {
    const isRow = line.includes(' | ') || /^\d+( \| \d+)+$/.test(line);
    if (isRow && !inTable) html += '<table border="1">';
    if (!isRow && inTable) html += '</table>';
    inTable = isRow;
    html += isRow ? `<tr>${line.split('|').map((c) => `<td>${esc(c.trim())}</td>`).join('')}</tr>` : `<p>${esc(line)}</p>`;
  }
  return `${html}${inTable ? '</table>' : ''}</body></html>`;
}

describe('HTML', () => {
  it('reads seed 003 from a portal page exactly, tables, parts and signature', async () => {
    const result = await importReport({ bytes: Buffer.from(portalPage(seed003)), filename: 'nb.html' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.report.tables).toEqual(seed003.tables);
    expect(result.report.parts).toEqual(seed003.parts);
    expect(result.report.signature).toEqual(seed003.signature);
    expect([result.report.organ, result.report.year]).toEqual([seed003.organ, seed003.year]);
  });

  it('reads corpus 12 from its page as from its text', async () => {
    const result = await importReport({ bytes: Buffer.from(corpus12Page()), filename: '沭阳县发改局.htm' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.report.tables).toEqual(readText(corpusText('12_shuyang_county_fgj_2023.txt')).report.tables);
  });

  it('leaves out scripts and styles, and takes a table that lays out the whole page as text', () => {
    const long = '文字'.repeat(200);
    const text = htmlToText(`<html><head><script>alert(1)</script></head><body><table><tr><td><p>${long}</p><table><tr><td>a</td><td>1</td></tr></table></td></tr></table></body></html>`);
    expect(text).not.toContain('alert');
    expect(text.split('\n').filter(Boolean)).toEqual([long, '| a | 1 |']);
  });

  it('finds a page without tables no report', async () => {
    const result = await importReport({ bytes: Buffer.from('<html><body><p>通知</p></body></html>'), filename: 'a.html' });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['未找到「二、主动公开政府信息情况」和「三、收到和处理政府信息公开申请情况」，不像一份政府信息公开工作年度报告']);
  });
});
