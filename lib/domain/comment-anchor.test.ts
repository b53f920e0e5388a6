import { describe, expect, it } from 'vitest';
import { anchorOptions, describeAnchor } from './comment-anchor';

describe('comment anchors', () => {
  it('names parts, paragraphs and cells', () => {
    expect(describeAnchor('part:overview')).toBe('一、总体情况');
    expect(describeAnchor('paragraph:problems:1')).toBe('五、存在的主要问题及改进情况 第2段');
    expect(describeAnchor('cell:litigation.0')).toBe('行政复议 / 结果维持');
    expect(describeAnchor('part:signature')).toBe('落款');
  });

  it('offers each paragraph of the report between the parts and the cells', () => {
    const options = anchorOptions({ parts: { preamble: '', overview: '（一）主动公开。本年度主动公开政府信息九十八条。\n\n（二）依申请公开。', problems: '', other: '' } });
    const labels = options.map((o) => o.label);
    expect(labels).toContain('一、总体情况 第1段：（一）主动公开。本年度主动公开政府信…');
    expect(options.find((o) => o.label.startsWith('一、总体情况 第2段'))?.value).toBe('paragraph:overview:1');
    expect(labels.indexOf('落款')).toBeLessThan(labels.indexOf('一、总体情况 第1段：（一）主动公开。本年度主动公开政府信…'));
    expect(labels.at(-1)).toBe('行政诉讼 / 复议后起诉 / 总计');
  });
});
