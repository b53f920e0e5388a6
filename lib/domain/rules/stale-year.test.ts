// STALE-YEAR (spec §6): the narrative speaks of an earlier year as if it were the reporting year (2024 here),
// outside citations such as 〔2023〕, titles in 《》, comparisons and spans.
import { describe, expect, it } from 'vitest';
import type { TParts } from '../model';
import { cleanReport, findingsOf, withParts } from '../test-support';

const inProblems = (problems: string) => withParts(cleanReport(), { problems });

describe('STALE-YEAR', () => {
  it.each([
    ['the reporting year opening a sentence', '2024年，我局持续推进政务公开。'],
    ['a title in 《》 opening a sentence', '《2023年政务公开工作要点》明确的任务均已完成。'],
    ['a document number 〔2023〕', '〔2023〕12号文件印发后，我局及时部署落实。'],
    ['a comparison 较2023年', '本年度收到申请较2023年上升5%。'],
    ['a span 2023年以来', '2023年以来，我局累计公开信息500条。'],
    ['a comparison 2023年同期', '2023年同期仅收到申请2件。'],
    ['a date within an earlier year (2023年12月)', '2023年12月印发的制度本年度继续执行。'],
  ])('holds for %s', (_name, sentence) => {
    expect(findingsOf(inProblems(sentence), 'STALE-YEAR')).toEqual([]);
  });

  it('does not judge the preamble (its statistical period is PERIOD-MISMATCH\'s)', () => {
    expect(findingsOf(withParts(cleanReport(), { preamble: '2023年，本机关编制本报告。' }), 'STALE-YEAR')).toEqual([]);
  });

  const fires: { name: string; parts: Partial<TParts>; part: string; quote: string; years: string }[] = [
    { name: '「2023年，我局…」 in 五', parts: { problems: '2023年，我局政务公开工作取得新进展。' }, part: '五、存在的主要问题及改进情况',
      quote: '2023年，我局政务公开工作取得新进展。', years: '2023' },
    { name: '「2023年度…」 after a sub-heading in 一', parts: { overview: '（一）主动公开\n2023年度，我局主动公开信息98条。' }, part: '一、总体情况',
      quote: '2023年度，我局主动公开信息98条。', years: '2023' },
    { name: '「截至2023年底」 inside a sentence', parts: { other: '本机关本年度未收取信息处理费，截至2023年底办结全部申请。' }, part: '六、其他需要报告的事项',
      quote: '本机关本年度未收取信息处理费，截至2023年底办结全部申请。', years: '2023' },
  ];
  it.each(fires)('fires for $name', ({ parts, part, quote, years }) => {
    const found = findingsOf(withParts(cleanReport(), parts), 'STALE-YEAR');
    expect(found.map((f) => ({ severity: f.severity, quote: f.quote, message: f.message }))).toEqual([{
      severity: 'warning', quote, message: `${part}「${quote}」：提到${years}年，本报告为2024年度`,
    }]);
  });

  it('shortens a long sentence to 40 characters in the quote', () => {
    const sentence = `2022年，${'我局认真贯彻落实条例要求'.repeat(5)}。`;
    const [f] = findingsOf(inProblems(sentence), 'STALE-YEAR');
    expect(f.quote).toBe(`${sentence.slice(0, 40)}…`);
    expect(f.message).toContain('提到2022年，本报告为2024年度');
  });
});
