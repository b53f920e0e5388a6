// NARRATIVE-NUMBER (spec §6): counts and shares in the narrative agree with the tables; shares are of
// 三（七）总计 with 0.1 percentage point of tolerance. Clean tables (test-support): 三（七）总计 40;
// （一）24 = 60%, （一）+（二）24+5 = 29 = 72.5%, （四）6 = 15%, （五）1 = 2.5%, （六）2 = 5%;
// 一 40, 二 4 (一+二 = 44); 行政复议 2 + 行政诉讼 2+0 = 4.
import { describe, expect, it } from 'vitest';
import { CLEAN_PARTS, check, cleanReport, findingsOf, withParts } from '../test-support';

/** The cells a share of 予以公开 over 三（七）总计 is read from. */
const SHARE_OF_DISCLOSED = ['三、本年度办理结果 / （一）予以公开 / 总计', '三、本年度办理结果 / （七）总计 / 总计'];

const withSentence = (sentence: string) =>
  withParts(cleanReport(), { overview: CLEAN_PARTS.overview.replace(/（二）依申请公开。[^\n]*/, `（二）依申请公开。${sentence}`) });

describe('NARRATIVE-NUMBER holds', () => {
  it.each([
    ['the clean report', '本年度共收到政府信息公开申请44件（含上年度结转申请4件），其中予以公开24件，占60%。'],
    ['a share exactly 0.1 point off (60.1% for 60%)', '予以公开24件，占60.1%。'],
    ['a share with two decimals within tolerance (59.95%)', '予以公开24件，占59.95%。'],
    ['予以公开及部分公开 read as （一）+（二）: 24+5 = 29, 29÷40 = 72.5%', '予以公开及部分公开29件，占72.5%。'],
    ['收到…申请N件 without 含 is 一 alone (40)', '本年度收到政府信息公开申请40件。'],
    ['办结 is 三（七）总计 (40)', '本年度办结40件，均在法定期限内予以答复，办结率100%。'],
    ['答复…申请N件 is 三（七）总计 (40)', '答复政府信息公开申请40件（含上年度结转申请4件）。'],
    ['受理…申请N件 may count 一 alone (40)', '本年度受理政府信息公开申请40件。'],
    ['受理…申请N件 may count 一+二 (40+4 = 44)', '本年度受理政府信息公开申请44件。'],
    ['不予处理 2.5%', '不予处理1件，占2.5%。'],
    ['行政复议和行政诉讼 2+2+0 = 4', '因政府信息公开引起的行政复议和行政诉讼4件。'],
    ['a comma between category and count (其他处理，2件，占5%)', '其他处理，2件，占5%。'],
    ['a share of the applications, where the sentence says so: 24÷(40+4) = 54.5%', '予以公开24件，占收到申请的54.5%。'],
    ['a share of all handled, said as 占总数的', '予以公开24件，占总数的60%。'],
    ['a share of a whole the tables do not give is not judged (占去年同期的)', '予以公开24件，占去年同期的120%。'],
  ])('%s', (_name, sentence) => {
    expect(findingsOf(withSentence(sentence), 'NARRATIVE-NUMBER')).toEqual([]);
  });
});

type Fire = { name: string; sentence: string; quote: string; detail: string; left: string; right: string; difference?: string; cells?: string[] };

const fires: Fire[] = [
  {
    name: '办结依申请公开N件 against 三（七）总计 = 40',
    sentence: '办结依申请公开41件。', quote: '办结依申请公开41件', detail: '叙述为41件，表格三（七）总计为40件，相差1',
    left: '41', right: '40', difference: '1',
  },
  {
    name: '受理…申请N件 matching neither 一 (40) nor 一+二 (44)',
    sentence: '本年度受理政府信息公开申请45件。', quote: '受理政府信息公开申请45件', detail: '叙述为45件，表格一、本年新收为40件，相差5',
    left: '45', right: '40', difference: '5',
  },
  {
    name: 'a count: 无法提供 7 stated, 6 in the table',
    sentence: '无法提供7件。', quote: '无法提供7件', detail: '叙述为7件，表格（四）无法提供为6件，相差1',
    left: '7', right: '6', difference: '1',
    cells: [
      '三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息 / 总计',
      '三、本年度办理结果 / （四）无法提供 / 2.没有现成信息需要另行制作 / 总计',
      '三、本年度办理结果 / （四）无法提供 / 3.补正后申请内容仍不明确 / 总计',
    ],
  },
  {
    name: 'a share said to be of the handled applications is of 三（七） only: 54.5% is not 24÷40',
    sentence: '予以公开24件，占办结总数的54.5%。', quote: '予以公开24件，占办结总数的54.5%', detail: '占比应为24÷40=60.0%，叙述为54.5%',
    left: '54.5%', right: '60.0%',
    cells: SHARE_OF_DISCLOSED,
  },
  {
    name: 'a share of the applications matching none of 一, 一+二, 三（七）',
    sentence: '予以公开24件，占申请总数的50%。', quote: '予以公开24件，占申请总数的50%', detail: '占比应为24÷40=60.0%，叙述为50%',
    left: '50%', right: '60.0%',
    cells: SHARE_OF_DISCLOSED,
  },
  {
    name: 'a share 0.2 point off: 24÷40 = 60.0%, stated 60.2%',
    sentence: '予以公开24件，占60.2%。', quote: '予以公开24件，占60.2%', detail: '占比应为24÷40=60.0%，叙述为60.2%',
    left: '60.2%', right: '60.0%',
    cells: SHARE_OF_DISCLOSED,
  },
  {
    name: 'a share below: 59.8% for 60%',
    sentence: '予以公开24件，占59.8%。', quote: '予以公开24件，占59.8%', detail: '占比应为24÷40=60.0%，叙述为59.8%',
    left: '59.8%', right: '60.0%',
  },
  {
    name: '予以公开及部分公开30件 is （一）+（二） = 29, not （二） alone',
    sentence: '予以公开及部分公开30件。', quote: '予以公开及部分公开30件', detail: '叙述为30件，表格（一）予以公开+（二）部分公开为29件，相差1',
    left: '30', right: '29', difference: '1',
    cells: ['三、本年度办理结果 / （一）予以公开 / 总计', '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） / 总计'],
  },
  {
    name: '收到…申请45件（含上年度结转申请4件）: 一+二 = 40+4 = 44',
    sentence: '本年度共收到政府信息公开申请45件（含上年度结转申请4件）。', quote: '收到政府信息公开申请45件（含上年度结转申请4件）',
    detail: '叙述为45件，表格一、本年新收+二、上年结转为44件，相差1', left: '45', right: '44', difference: '1',
    cells: ['一、本年新收政府信息公开申请数量 / 总计', '二、上年结转政府信息公开申请数量 / 总计'],
  },
  {
    name: '收到…申请44件 without 含 is 一 alone = 40',
    sentence: '本年度共收到政府信息公开申请44件。', quote: '收到政府信息公开申请44件',
    detail: '叙述为44件，表格一、本年新收为40件，相差4', left: '44', right: '40', difference: '4',
    cells: ['一、本年新收政府信息公开申请数量 / 总计'],
  },
  {
    name: '行政复议和行政诉讼 5 stated, 2+2+0 = 4',
    sentence: '行政复议和行政诉讼5件。', quote: '行政复议和行政诉讼5件', detail: '叙述为5件，表格行政复议和行政诉讼总计为4件，相差1',
    left: '5', right: '4', difference: '1',
  },
];

describe('NARRATIVE-NUMBER fires', () => {
  it.each(fires)('$name', ({ sentence, quote, detail, left, right, difference, cells }) => {
    const found = findingsOf(withSentence(sentence), 'NARRATIVE-NUMBER');
    expect(found).toHaveLength(1);
    const [f] = found;
    expect({ severity: f.severity, part: f.part, quote: f.quote, message: f.message, left: f.left, right: f.right, difference: f.difference })
      .toEqual({ severity: 'warning', part: 'overview', quote, message: `一、总体情况「${quote}」：${detail}`, left, right, difference });
    if (cells) expect(f.cells).toEqual(cells);
  });

  it('reports every contradiction in a sentence, not only the first', () => {
    const found = findingsOf(withSentence('予以公开25件，无法提供7件，其他处理2件，占6%。'), 'NARRATIVE-NUMBER');
    expect(found.map((f) => f.quote)).toEqual(['予以公开25件', '无法提供7件', '其他处理2件，占6%']);
  });

  it('is not judged for a tables-only report', () => {
    const report = withSentence('无法提供7件。');
    delete report.parts;
    expect(check(report)).toEqual([]);
  });
});
