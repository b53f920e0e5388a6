import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, type TextSegment } from './text-diff';

const show = (segments: TextSegment[]) =>
  segments.map((s) => (s.kind === 'same' ? s.text : s.kind === 'removed' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');

describe('diffText', () => {
  it.each([
    ['本年共收到申请10件。', '本年共收到申请12件。', '本年共收到申请1[-0-]{+2+}件。'],
    ['本年共收到申请10件。', '本年共收到依申请公开申请10件。', '本年共收到{+依申请公开+}申请10件。'],
    ['全部按期答复，无逾期。', '全部按期答复。', '全部按期答复[-，无逾期-]。'],
    ['同', '同', '同'],
    ['', '新增一段。', '{+新增一段。+}'],
    ['删去一段。', '', '[-删去一段。-]'],
    ['主动公开𠀀文件', '主动公开𠀁文件', '主动公开[-𠀀-]{+𠀁+}文件'], // one code point outside the BMP, not half of one
  ])('%s → %s', (before, after, expected) => {
    expect(show(diffText(before, after))).toBe(expected);
  });

  it('gives back both texts, and keeps as many characters as a common subsequence allows (property)', () => {
    const text = fc.array(fc.constantFrom('政', '府', '信', '息', '公', '开', '，', '。', '1', '2'), { maxLength: 40 }).map((c) => c.join(''));
    fc.assert(fc.property(text, text, (before, after) => {
      const segments = diffText(before, after);
      expect(segments.filter((s) => s.kind !== 'added').map((s) => s.text).join('')).toBe(before);
      expect(segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('')).toBe(after);
      const kept = segments.filter((s) => s.kind === 'same').reduce((n, s) => n + Array.from(s.text).length, 0);
      expect(kept).toBe(lcsLength(before, after));
    }), { numRuns: 300 });
  });
});

/** The textbook recurrence, as the reference for the property above. */
function lcsLength(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const ca of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = ca === b[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = up;
    }
  }
  return row[b.length];
}
