import { describe, expect, it } from 'vitest';
import { template2019 } from '../domain/edition-2019';
import { template } from '../domain/template';
import { isActive2019 } from './read-active';
import { ACTIVE_LABELS_2019, ACTIVE_LABELS_2021, recognizeActiveRow, recognizeApplicationRows, SINGLE_OTHER_WORDS, SPLIT_OTHER_WORDS } from './labels';

describe('row-recognition words from the templates', () => {
  it.each([
    ['2021', template.applications.rows],
    ['2019', template2019.applications.rows],
  ] as const)('recognises each printed row label of the %s Table 2 as that row alone', (edition, rows) => {
    rows.forEach((row, r) => {
      expect(recognizeApplicationRows(row.label, edition), row.label).toEqual([r]);
    });
  });

  it.each([
    ['3、其他', '2021', [22]],
    ['（七）合计', '2021', [23]],
    ['结转下一年度继续办理', '2021', [24]],
    ['其他法律行政法规', '2021', [5]],
    ['（六）其他处理', '2019', [20]],
  ] as const)('reads the shortened or reworded label 「%s」 (%s) by its words', (label, edition, rows) => {
    expect(recognizeApplicationRows(label, edition)).toEqual(rows);
  });

  it('recognises Table 1 rows by their words, 规章制度 not taken for 规章', () => {
    expect(recognizeActiveRow('规 章', ACTIVE_LABELS_2021).map((l) => l.key)).toEqual(['regulations']);
    expect(recognizeActiveRow('规章制度', ACTIVE_LABELS_2021)).toEqual([]);
    expect(recognizeActiveRow('对外管理服务事项', ACTIVE_LABELS_2019).map((l) => l.key)).toEqual(['otherServices']);
    expect(ACTIVE_LABELS_2021.map((l) => l.printed)).toEqual(template.active.blocks.flatMap((b) => b.rows.map((r) => r.label)));
  });

  it('tells the 2019 habit (one （六） row) from the 2021 split rows by the two templates', () => {
    expect(SPLIT_OTHER_WORDS.source).toBe('逾期不补正|收费通知|缴纳费用');
    expect(SINGLE_OTHER_WORDS.source).toBe('其他处理');
  });

  it('gives a row the two editions share the same words in both templates', () => {
    for (const old of template2019.applications.rows) {
      const same = template.applications.rows.find((r) => r.label === old.label && r.group === old.group);
      if (same) expect(old.recognize, old.label).toEqual(same.recognize);
    }
  });
});

describe('the 2019 edition\'s Table 1, known by the labels only its template has', () => {
  it.each([
    ['本年新制作数量', true],
    ['本年增／减', true],
    ['其他对外管理服务事项', true],
    ['政府集中采购 采购总金额', true],
    ['本年处理决定数量', false],
    ['行政规范性文件 本年制发件数', false],
    ['行政事业性收费 本年收费金额（单位：万元）', false],
  ] as const)('「%s」 → %s', (text, is2019) => {
    expect(isActive2019(text)).toBe(is2019);
  });
});
