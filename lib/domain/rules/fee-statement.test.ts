// FEE-STATEMENT-MISSING (spec §6): part 六 states the 信息处理费 charged, or that none was.
import { describe, expect, it } from 'vitest';
import { cleanReport, findingsOf, withParts } from '../test-support';

const withOther = (other: string) => withParts(cleanReport(), { other });

describe('FEE-STATEMENT-MISSING', () => {
  it.each([
    '本机关本年度未收取信息处理费。',
    '本年度收取信息处理费380元。',
    '本机关本年度未收取信息公开处理费。',
    '本年度未收取任何费用。',
    '按照《政府信息公开信息处理费管理办法》，本年度未产生收费。',
  ])('holds for 「%s」', (other) => {
    expect(findingsOf(withOther(other), 'FEE-STATEMENT-MISSING')).toEqual([]);
  });

  it.each(['无。', '本年度无其他需要报告的事项。', '落实上级年度政务公开工作要点情况良好。'])('fires for 「%s」', (other) => {
    const found = findingsOf(withOther(other), 'FEE-STATEMENT-MISSING');
    expect(found.map((f) => ({ severity: f.severity, part: f.part, message: f.message, cells: f.cells }))).toEqual([{
      severity: 'warning', part: 'other', cells: [],
      message: '「六、其他需要报告的事项」未说明信息处理费收取情况（如「本机关本年度未收取信息处理费」）',
    }]);
  });
});
