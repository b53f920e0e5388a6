// The rule engine over the whole rule list of templates/national-2021/rules.json: every rule has a check,
// a case where it holds and one where it fires, and messages with every placeholder filled.
import { describe, expect, it } from 'vitest';
import { appKey, setCell } from './cells';
import { countBySeverity, findBrokenRules } from './engine';
import type { RuleInput } from './findings';
import type { TReport } from './model';
import { RULE_CHECKS, RULE_READS } from './rules';
import { ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL, template } from './template';
import { appRow, cleanPrevious, cleanReport, withParts } from './test-support';

const editTables = (edit: (t: TReport['tables']) => TReport['tables']): RuleInput => {
  const r = cleanReport();
  return { report: { ...r, tables: edit(r.tables) } };
};
const OTHER_1 = appRow('（六）其他处理', '1.');
const OTHER_2 = appRow('（六）其他处理', '2.');

/**
 * One case per rule id: `fires` breaks that rule `times` times (default once; others may fire too), `holds` is
 * its clean neighbour. APP-BALANCE cannot break in one applicant column alone: 总计 follows it.
 */
const CASES: Record<string, { holds: () => RuleInput; fires: () => RuleInput; times?: number }> = {
  'APP-BALANCE': { holds: () => ({ report: cleanReport() }), fires: () => editTables((t) => setCell(setCell(t, appKey(ROW_CARRIED_OUT, 0), 2), appKey(ROW_CARRIED_OUT, 6), 3)), times: 2 },
  'APP-ROW-TOTAL': { holds: () => ({ report: cleanReport() }), fires: () => editTables((t) => setCell(t, appKey(OTHER_1, 6), 1)) },
  'APP-RESULT-TOTAL': { holds: () => ({ report: cleanReport() }), fires: () => editTables((t) => setCell(t, appKey(ROW_RESULT_TOTAL, 5), 1)) },
  'LITIGATION-TOTAL': { holds: () => ({ report: cleanReport() }), fires: () => editTables((t) => setCell(t, 'litigation.14', 1)) },
  'VALUE-FORMAT': { holds: () => ({ report: cleanReport() }), fires: () => editTables((t) => setCell(t, 'active.licensing', '一百')) },
  'VALUE-MISSING': { holds: () => ({ report: cleanReport() }), fires: () => editTables((t) => setCell(t, 'active.enforcement', null)) },
  'OUTDATED-FORMAT': {
    holds: () => ({ report: cleanReport() }),
    fires: () => editTables((t) => ({ ...t, applications: t.applications.map((row, r) => (r === OTHER_1 || r === OTHER_2 ? row.map(() => null) : row)) })),
  },
  'SECTION-MISSING': { holds: () => ({ report: cleanReport() }), fires: () => ({ report: withParts(cleanReport(), { problems: '' }) }) },
  'CARRY-OVER-MISMATCH': {
    holds: () => ({ report: cleanReport(), previous: cleanPrevious() }),
    fires: () => {
      const p = cleanPrevious();
      return { report: cleanReport(), previous: { ...p, tables: setCell(setCell(p.tables, appKey(ROW_CARRIED_OUT, 1), 1), appKey(ROW_CARRIED_OUT, 6), 4) } };
    },
  },
  'REGULATIONS-STOCK': {
    holds: () => ({ report: cleanReport(), previous: cleanPrevious() }),
    fires: () => {
      const p = cleanPrevious();
      return { report: cleanReport(), previous: { ...p, tables: setCell(p.tables, 'active.regulations.2', 1) } };
    },
  },
  'REGISTER-MISMATCH': {
    holds: () => ({ report: cleanReport(), register: cleanReport().tables.applications }),
    // The register counts one more natural person answered in full (and in 一): two cells differ.
    fires: () => {
      const t = cleanReport().tables;
      return { report: cleanReport(), register: setCell(setCell(t, appKey(ROW_RECEIVED, 0), 36), appKey(appRow('（一）予以公开'), 0), 21).applications };
    },
    times: 2,
  },
  'NARRATIVE-NUMBER': { holds: () => ({ report: cleanReport() }), fires: () => ({ report: withParts(cleanReport(), { problems: '不予处理2件。' }) }) },
  'STALE-YEAR': { holds: () => ({ report: cleanReport() }), fires: () => ({ report: withParts(cleanReport(), { problems: '2023年，我镇工作取得进展。' }) }) },
  'PERIOD-MISMATCH': { holds: () => ({ report: cleanReport() }), fires: () => ({ report: cleanReport({ title: '某镇2023年政府信息公开工作年度报告' }) }) },
  'LATE': { holds: () => ({ report: cleanReport() }), fires: () => ({ report: cleanReport(), publishedOn: '2025-02-01' }) },
  'FEE-STATEMENT-MISSING': { holds: () => ({ report: cleanReport() }), fires: () => ({ report: withParts(cleanReport(), { other: '无。' }) }) },
};

const RULE_IDS = template.rules.map((r) => r.id);

describe('rule engine', () => {
  it('has one check per rule id of rules.json, and a test case for each', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(Object.keys(RULE_CHECKS).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(RULE_READS).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('follows spec §6 severities: 8 errors, then 8 warnings (REGISTER-MISMATCH from issue 16)', () => {
    expect(template.rules.map((r) => `${r.id}:${r.severity}`)).toEqual([
      'APP-BALANCE:error', 'APP-ROW-TOTAL:error', 'APP-RESULT-TOTAL:error', 'LITIGATION-TOTAL:error', 'VALUE-FORMAT:error',
      'VALUE-MISSING:error', 'OUTDATED-FORMAT:error', 'SECTION-MISSING:error', 'CARRY-OVER-MISMATCH:warning',
      'REGULATIONS-STOCK:warning', 'REGISTER-MISMATCH:warning', 'NARRATIVE-NUMBER:warning', 'STALE-YEAR:warning', 'PERIOD-MISMATCH:warning', 'LATE:warning',
      'FEE-STATEMENT-MISSING:warning',
    ]);
  });

  it.each(RULE_IDS)('%s holds in its clean case', (id) => {
    expect(findBrokenRules(CASES[id].holds()).filter((f) => f.rule === id)).toEqual([]);
  });

  it.each(RULE_IDS)('%s fires in its breaking case, with its severity and a filled Chinese message', (id) => {
    const found = findBrokenRules(CASES[id].fires()).filter((f) => f.rule === id);
    expect(found).toHaveLength(CASES[id].times ?? 1);
    for (const f of found) {
      expect(f.severity).toBe(template.rules.find((r) => r.id === id)?.severity);
      expect(f.message).not.toMatch(/\{\w+\}/);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('lists findings in the order of rules.json', () => {
    // 一/总计 printed 41 (35+5 = 40) also makes 「收到…44件（含上年度结转申请4件）」 disagree: 41+4 = 45.
    const r = withParts(cleanReport({ title: '某镇2023年政府信息公开工作年度报告' }), { other: '无。' });
    const findings = findBrokenRules({ report: { ...r, tables: setCell(r.tables, appKey(ROW_RECEIVED, 6), 41) }, publishedOn: '2025-03-01' });
    expect(findings.map((f) => f.rule)).toEqual(['APP-BALANCE', 'APP-ROW-TOTAL', 'NARRATIVE-NUMBER', 'PERIOD-MISMATCH', 'LATE', 'FEE-STATEMENT-MISSING']);
    expect(countBySeverity(findings)).toEqual({ errors: 2, warnings: 4 });
  });

  it('keeps cell names and cell keys in step', () => {
    const [f] = findBrokenRules(CASES['LITIGATION-TOTAL'].fires()).filter((x) => x.rule === 'LITIGATION-TOTAL');
    expect(f.cellKeys).toEqual(['litigation.14', 'litigation.10', 'litigation.11', 'litigation.12', 'litigation.13']);
    expect(f.cells).toEqual(['行政诉讼 / 复议后起诉 / 总计', '行政诉讼 / 复议后起诉 / 结果维持', '行政诉讼 / 复议后起诉 / 结果纠正',
      '行政诉讼 / 复议后起诉 / 其他结果', '行政诉讼 / 复议后起诉 / 尚未审结']);
  });
});
