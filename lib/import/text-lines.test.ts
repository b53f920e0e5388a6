// The text tokenizer's normalisation: line ends, page breaks, invisible characters and Unicode spaces.
import { describe, expect, it } from 'vitest';
import { normalizeText } from './text-lines';

describe('normalizeText', () => {
  it('makes every line end and page break a plain line end, adding no line after a page start', () => {
    expect(normalizeText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normalizeText('a\n\fb')).toBe('a\nb');
    expect(normalizeText('a\r\n\fb')).toBe('a\nb');
    expect(normalizeText('a\r\fb')).toBe('a\nb');
    expect(normalizeText('a\fb\f\f')).toBe('a\nb\n\n');
  });

  it('drops invisible characters, which do not join a line end to a page break', () => {
    expect(normalizeText('1\u200B2\u00AD3\uFEFF')).toBe('123');
    expect(normalizeText('a\n\u200B\fb')).toBe('a\n\nb');
  });

  it('makes Unicode spaces plain, an ideographic space two, and keeps tabs', () => {
    expect(normalizeText('a\u00A0b\u2003c\u202Fd')).toBe('a b c d');
    expect(normalizeText('\u3000\u3000正文\t1')).toBe('    正文\t1');
  });
});
