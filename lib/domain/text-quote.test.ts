import { describe, expect, it } from 'vitest';
import { quoteAt, refindQuote, ZTextQuote } from './text-quote';

const P = '本年度主动公开政府信息九十八条。依申请公开办理及时。全年未发生行政复议。';
const sentence = '依申请公开办理及时。';
const at = P.indexOf(sentence);
const quote = quoteAt(P, at, at + sentence.length);

describe('quoteAt', () => {
  it('keeps the text, its offsets and up to 16 characters each side', () => {
    expect(quote).toEqual({ text: sentence, start: 16, end: 26, prefix: '本年度主动公开政府信息九十八条。', suffix: '全年未发生行政复议。' });
    expect(ZTextQuote.safeParse(quote).success).toBe(true);
    expect(ZTextQuote.safeParse({ ...quote, end: 30 }).success).toBe(false);
  });
});

describe('refindQuote', () => {
  const cases: { name: string; paragraphs: string[]; index?: number; expected: ReturnType<typeof refindQuote> }[] = [
    { name: 'unchanged paragraph: at its offsets', paragraphs: [P], expected: { index: 0, start: 16, end: 26, exact: true } },
    {
      name: 'text added before it: the exact text, moved by 4',
      paragraphs: [`据统计，${P}`], expected: { index: 0, start: 20, end: 30, exact: true },
    },
    {
      name: 'a paragraph inserted above: found in the next paragraph',
      paragraphs: ['（一）主动公开。', P], expected: { index: 1, start: 16, end: 26, exact: true },
    },
    {
      // The same sentence twice: the one whose surroundings still agree, not the first one.
      name: 'repeated sentence: the one with the same surroundings',
      paragraphs: [`${sentence}另有说明。${P}`], expected: { index: 0, start: 31, end: 41, exact: true },
    },
    {
      name: 'words inserted into the sentence: the edited sentence, by likeness',
      paragraphs: ['本年度主动公开政府信息九十八条。依申请公开的办理总体及时。全年未发生行政复议。'],
      expected: { index: 0, start: 16, end: 29, exact: false },
    },
    {
      name: 'sentence rewritten between unchanged surroundings: the stretch they enclose',
      paragraphs: ['本年度主动公开政府信息九十八条。收到申请均在法定期限内答复。全年未发生行政复议。'],
      expected: { index: 0, start: 16, end: 30, exact: false },
    },
    {
      name: 'sentence deleted: not found',
      paragraphs: ['本年度主动公开政府信息九十八条。全年未发生行政复议。'], expected: null,
    },
    { name: 'paragraph gone: not found', paragraphs: [], expected: null },
  ];
  it.each(cases)('$name', ({ paragraphs, index = 0, expected }) => {
    expect(refindQuote(paragraphs, index, quote)).toEqual(expected);
  });
});
