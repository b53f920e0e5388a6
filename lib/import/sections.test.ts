import { describe, expect, it } from 'vitest';
import { headingVariants } from '../domain/template';
import { SECTION_KEYS, SECTION_TITLES, splitSections } from './sections';
import { ReadLog } from './types';

describe('part headings from the outline', () => {
  it('names each part by the outline\'s heading', () => {
    expect(SECTION_TITLES).toEqual({
      overview: '一、总体情况', active: '二、主动公开政府信息情况', applications: '三、收到和处理政府信息公开申请情况',
      litigation: '四、政府信息公开行政复议、行政诉讼情况', problems: '五、存在的主要问题及改进情况', other: '六、其他需要报告的事项',
    });
  });

  it.each(SECTION_KEYS.flatMap((key) => headingVariants(key).map((variant) => [key, variant])))('recognises %s printed as 「%s」 by its recognition words', (key, variant) => {
    const { headings } = splitSections(`前言。\n${variant}\n正文。\n`, 0, new ReadLog());
    expect(Object.keys(headings)).toEqual([key]);
    expect(headings[key as keyof typeof headings]?.text).toBe(variant);
  });

  it('takes 「十二、」 whole, never as 「二、」, and a number inside （） for no part number', () => {
    const { headings } = splitSections('十二、主动公开政府信息情况\n（二）主动公开政府信息情况\n', 0, new ReadLog());
    expect(headings.active?.text).toBe('十二、主动公开政府信息情况');
  });
});
