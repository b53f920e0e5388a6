import { describe, expect, it } from 'vitest';
import { describeAnchor, isQuoteInReport, locateAnchor, ZCommentAnchor } from './comment-anchor';
import { quoteAt } from './text-quote';

const overview = '（一）主动公开。本年度主动公开政府信息九十八条。\n\n（二）依申请公开。全年收到申请十二件，均按期答复。';
const parts = { preamble: '', overview, problems: '', other: '' };
const second = '（二）依申请公开。全年收到申请十二件，均按期答复。';
const sentence = '全年收到申请十二件，';
const quote = quoteAt(second, second.indexOf(sentence), second.indexOf(sentence) + sentence.length);

describe('comment anchors', () => {
  it('names parts, paragraphs and cells', () => {
    expect(describeAnchor('part:overview')).toBe('一、总体情况');
    expect(describeAnchor('paragraph:problems:1')).toBe('五、存在的主要问题及改进情况 第2段');
    expect(describeAnchor('cell:litigation.0')).toBe('行政复议 / 结果维持');
    expect(describeAnchor('part:signature')).toBe('落款');
  });

  it.each([
    ['part:overview', null, true],
    ['part:signature', null, true],
    ['cell:applications.6.0', null, true],
    ['paragraph:overview:1', null, true],
    ['paragraph:overview:1', quote, true],
    ['cell:applications.6.0', quote, false], // a quote is of a paragraph's text
    ['part:nonsense', null, false],
    ['cell:applications.99.0', null, false],
    ['paragraph:active:0', null, false], // a table part has no paragraphs
    ['paragraph:overview:1:2', null, false],
  ])('validates %s (quote: %s) as %s', (anchor, q, valid) => {
    expect(ZCommentAnchor.safeParse({ anchor, quote: q }).success).toBe(valid);
  });

  it('accepts a new quote only where the report has that text now', () => {
    expect(isQuoteInReport({ anchor: 'paragraph:overview:1', quote }, { parts })).toBe(true);
    expect(isQuoteInReport({ anchor: 'paragraph:overview:0', quote }, { parts })).toBe(false);
    expect(isQuoteInReport({ anchor: 'paragraph:overview:1', quote: { ...quote, start: 0, end: sentence.length } }, { parts })).toBe(false);
  });
});

describe('locateAnchor', () => {
  const anchor = { anchor: 'paragraph:overview:1', quote };

  it('names a quote by its paragraph and its words, and marks where it is', () => {
    expect(locateAnchor(anchor, { parts })).toEqual({
      anchor: 'paragraph:overview:1', range: { start: 9, end: 19 }, quoteLost: false, verbatim: true, label: '一、总体情况 第2段「全年收到申请十二件，」',
    });
  });

  it('follows the quote to the paragraph it moved to', () => {
    const moved = { ...parts, overview: `前言。\n${overview}` };
    expect(locateAnchor(anchor, { parts: moved })).toMatchObject({ anchor: 'paragraph:overview:2', range: { start: 9, end: 19 }, label: '一、总体情况 第3段「全年收到申请十二件，」' });
  });

  it('says so when the quote is gone, and falls back to the paragraph', () => {
    const gone = { ...parts, overview: '（一）主动公开。本年度主动公开政府信息九十八条。\n（二）依申请公开。' };
    expect(locateAnchor(anchor, { parts: gone })).toEqual({
      anchor: 'paragraph:overview:1', range: null, quoteLost: true, verbatim: false, label: '一、总体情况 第2段「全年收到申请十二件，」（原文已修改，未找到所评论的句子）',
    });
  });

  it('leaves a cell or a part as it is', () => {
    expect(locateAnchor({ anchor: 'cell:litigation.0', quote: null }, { parts })).toEqual({ anchor: 'cell:litigation.0', range: null, quoteLost: false, verbatim: true, label: '行政复议 / 结果维持' });
  });
});
