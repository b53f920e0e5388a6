import { describe, expect, it } from 'vitest';
import { BREAK_MARK, breakOpportunities, hyphenationSyllables, markBreaks, unbreakableChunks } from './line-break';
import { SEEDS } from './test-support';

const CLOSING = '，。、；：？！）》」』】〕…';
const OPENING = '（《「『【〔';

describe('UAX #14 chunks (clreq 禁则)', () => {
  it.each([
    ['为2021年1月1日至12月31日。', ['为', '2021', '年', '1', '月', '1', '日', '至', '12', '月', '31', '日。']],
    ['4618.24万元', ['4618.24', '万', '元']],
    ['占52.6%；不予', ['占', '52.6%；', '不', '予']],
    ['上升119%；答复', ['上', '升', '119%；', '答', '复']],
    ['（以下简称《条例》）编制，', ['（以', '下', '简', '称', '《条', '例》）', '编', '制，']],
    ['其中：予以公开', ['其', '中：', '予', '以', '公', '开']],
    ['是否？是！', ['是', '否？', '是！']],
    ['见「通知」『附件』', ['见', '「通', '知」', '『附', '件』']],
    ['规范QQ/微信', ['规', '范', 'QQ/', '微', '信']],
    ['等……和——', ['等……', '和', '——']],
  ])('「%s」 stays together where it must', (text, chunks) => {
    expect(unbreakableChunks(text)).toEqual(chunks);
  });

  it('never lets closing punctuation start a chunk or opening punctuation end one, in seed 004', () => {
    const parts = SEEDS['004'].parts!;
    const text = [parts.preamble, parts.overview, parts.problems, parts.other].join('');
    const chunks = unbreakableChunks(text);
    expect(chunks.join('')).toBe(text);
    expect(chunks.filter((c) => CLOSING.includes(c[0]))).toEqual([]);
    expect(chunks.filter((c) => OPENING.includes(c.at(-1)!))).toEqual([]);
    // No number is cut: a chunk never ends inside a digit run that the next chunk continues.
    const cutNumbers = chunks.slice(1).filter((c, i) => /[\d.]$/.test(chunks[i]) && /^[\d.%]/.test(c));
    expect(cutNumbers).toEqual([]);
  });
});

describe('the react-pdf hyphenation callback', () => {
  it('separates every two pieces by an empty syllable, so no break adds a hyphen', () => {
    const parts = SEEDS['004'].parts!;
    for (const paragraph of parts.overview.split('\n')) {
      const syllables = hyphenationSyllables(paragraph);
      expect(syllables.join('')).toBe(paragraph);
      syllables.forEach((s, i) => {
        if (i > 0 && s !== '') expect(syllables[i - 1], `before 「${s}」`).toBe('');
      });
      expect(syllables.some((s) => s.includes('-') || s.includes(BREAK_MARK))).toBe(false);
    }
  });

  it('passes spaces through as they are (react-pdf makes them glue itself)', () => {
    expect(hyphenationSyllables('  ')).toEqual(['  ']);
  });

  it('uses the break marks of the whole paragraph, including where a run ends', () => {
    const runs = markBreaks(['（一）主动公开。', '切实QQ/微信，2021年']);
    expect(runs.map((r) => r.replaceAll(BREAK_MARK, ''))).toEqual(['（一）主动公开。', '切实QQ/微信，2021年']);
    expect(runs.map(hyphenationSyllables)).toEqual([
      ['（一）', '', '主', '', '动', '', '公', '', '开。'],
      ['', '切', '', '实', '', 'QQ/', '', '微', '', '信，', '', '2021', '', '年'],
    ]);
  });

  it('marks each UAX #14 opportunity once, also when the text was marked before', () => {
    const text = '占52.6%；不予处理6件';
    const once = markBreaks([text])[0];
    expect(once.split(BREAK_MARK)).toHaveLength(breakOpportunities(text).length + 1);
    expect(markBreaks([once])[0]).toBe(once);
  });
});
