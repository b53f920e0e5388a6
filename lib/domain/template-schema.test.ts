import { describe, expect, it } from 'vitest';
import outline from '@/templates/national-2021/outline.json';
import tables from '@/templates/national-2021/tables.json';
import { parseTemplate, ZOutline, ZTables } from './template-schema';
import { ACTIVE_ROW_KEYS, headingVariants, NARRATIVE_KEYS } from './template';

describe('templates checked on load', () => {
  it('accepts the shipped templates', () => {
    expect(() => parseTemplate('outline.json', ZOutline, outline)).not.toThrow();
    expect(() => parseTemplate('tables.json', ZTables, tables)).not.toThrow();
  });

  it.each([
    ['a misspelt field', (t: typeof tables) => ({ ...t, applications: { ...t.applications, rows: t.applications.rows.map((r, i) => (i === 3 ? { ...r, lable: r.label } : r)) } }), /\$\.applications\.rows\[3\]/],
    ['an unknown row role', (t: typeof tables) => ({ ...t, applications: { ...t.applications, rows: t.applications.rows.map((r, i) => (i === 0 ? { ...r, role: 'recieved' } : r)) } }), /\$\.applications\.rows\[0\]\.role/],
    ['a recognition word that is no regular expression', (t: typeof tables) => ({ ...t, applications: { ...t.applications, rows: t.applications.rows.map((r, i) => (i === 23 ? { ...r, recognize: ['(七总计'] } : r)) } }), /\$\.applications\.rows\[23\]\.recognize\[0\]: not a valid regular expression/],
    ['a row without recognition words', (t: typeof tables) => ({ ...t, active: { ...t.active, blocks: t.active.blocks.map((b, i) => (i === 1 ? { ...b, rows: [{ key: 'licensing', label: '行政许可' }] } : b)) } }), /\$\.active\.blocks\[1\]\.rows\[0\]\.recognize/],
    ['an unknown Table 1 key', (t: typeof tables) => ({ ...t, active: { ...t.active, blocks: [{ ...t.active.blocks[0], rows: [{ key: 'rules', label: '规章' }] }] } }), /\$\.active\.blocks\[0\]\.rows\[0\]\.key/],
  ])('fails at start on %s, naming the file and the JSON path', (_, edit, path) => {
    expect(() => parseTemplate('national-2021/tables.json', ZTables, edit(tables))).toThrow(path);
    expect(() => parseTemplate('national-2021/tables.json', ZTables, edit(tables))).toThrow(/national-2021\/tables\.json/);
  });

  it('refuses a part heading\'s recognition word that is no regular expression, naming it', () => {
    const parts = outline.parts.map((p) => (p.key === 'other' ? { ...p, recognize: ['其他需要报告的事项['] } : p));
    expect(() => parseTemplate('national-2021/outline.json', ZOutline, { ...outline, parts })).toThrow(/\$\.parts\[6\]\.recognize\[0\]: not a valid regular expression/);
  });

  it('refuses an outline whose part is of the wrong kind, naming it', () => {
    const parts = outline.parts.map((p) => (p.key === 'problems' ? { ...p, kind: 'table' } : p));
    expect(() => parseTemplate('national-2021/outline.json', ZOutline, { ...outline, parts })).toThrow(/\$\.parts\[5\]\.kind: part problems is a narrative part/);
  });

  it('derives the narrative part keys, the Table 1 keys and the heading variants from the templates', () => {
    expect(NARRATIVE_KEYS).toEqual(['preamble', 'overview', 'problems', 'other']);
    expect(ACTIVE_ROW_KEYS).toEqual(['regulations', 'normativeDocuments', 'licensing', 'punishment', 'enforcement', 'feesWan']);
    expect(headingVariants('problems')).toEqual([
      '五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况', '五、当前存在的主要问题及下步改进措施', '五、存在的主要问题及整改措施',
    ]);
    expect(headingVariants('preamble')).toEqual([]);
  });
});
