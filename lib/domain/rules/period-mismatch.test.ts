// PERIOD-MISMATCH (spec §6): the stated statistical period, or the title's year, is not the reporting year (2024).
import { describe, expect, it } from 'vitest';
import { cleanReport, cleanTables, findingsOf, tablesOnlyReport, withParts } from '../test-support';

const withPreamble = (preamble: string) => withParts(cleanReport(), { preamble });

describe('PERIOD-MISMATCH', () => {
  it.each([
    ['the clean preamble', '本报告中所列数据统计期限为2024年1月1日至12月31日。'],
    ['a period with both years', '统计期限为：2024年1月1日——2024年12月31日。'],
    ['a title in 《》 naming another year', '根据《关于做好2023年政府信息公开工作年度报告编制工作的通知》编制。统计期限为2024年1月1日至12月31日。'],
    ['no period at all', '本年度报告根据条例编制。'],
  ])('holds for %s', (_name, preamble) => {
    expect(findingsOf(withPreamble(preamble), 'PERIOD-MISMATCH')).toEqual([]);
  });

  it.each([
    ['a period copied from last year', '本报告中所列数据统计期限为2023年1月1日至12月31日。', '2023年1月1日至12月31日', '2023'],
    ['a period ending in the wrong year', '统计期限为：2024年1月1日——2023年12月31日。', '2024年1月1日——2023年12月31日', '2023'],
  ])('fires for %s', (_name, preamble, quote, stated) => {
    const found = findingsOf(withPreamble(preamble), 'PERIOD-MISMATCH');
    expect(found.map((f) => ({ severity: f.severity, part: f.part, quote: f.quote, message: f.message }))).toEqual([{
      severity: 'warning', part: 'preamble', quote, message: `统计期限「${quote}」：年份为${stated}，本报告为2024年度`,
    }]);
  });

  it('holds for a title with the reporting year', () => {
    expect(findingsOf(cleanReport({ title: '某市某区某镇人民政府2024年政府信息公开工作年度报告' }), 'PERIOD-MISMATCH')).toEqual([]);
  });

  it('fires for a title with last year, also for a tables-only report', () => {
    const title = '某局2023年政府信息公开工作年度报告';
    const found = findingsOf({ ...tablesOnlyReport(cleanTables()), title }, 'PERIOD-MISMATCH');
    expect(found.map((f) => f.message)).toEqual([`标题「${title}」：年份为2023，本报告为2024年度`]);
  });
});
