// The narrative rules' sentences (spec §6): found from the digits, they are exactly the sentences that a plain
// split at 。；！？!? (kept) and line ends (dropped), trimmed, gives and that have a digit, in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TParts } from './model';
import { sentencesWithDigits } from './narrative';
import { NARRATIVE_KEYS } from './template';
import { arbPartText } from './rule-inputs.test-support';

function referenceSentences(parts: TParts) {
  return NARRATIVE_KEYS.flatMap((part) =>
    parts[part].split(/(?<=[。；！？!?])|\n/).map((s) => s.trim()).filter((text) => /[0-9]/.test(text)).map((text) => ({ part, text })),
  );
}

const arbText = fc.oneof(
  arbPartText,
  fc.array(fc.constantFrom('。', '；', '！', '？', '!', '?', '\n', ' ', '　', '1', '２', '0', '年', '件', 'a', '，'), { maxLength: 40 }).map((c) => c.join('')),
);
const arbParts = fc.record(Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, arbText])) as Record<keyof TParts, fc.Arbitrary<string>>);

describe('sentencesWithDigits', () => {
  it('reads the sentences with a digit, as a plain split would', () => {
    fc.assert(fc.property(arbParts, (parts) => {
      expect(sentencesWithDigits(parts)).toEqual(referenceSentences(parts));
    }), { numRuns: 2000 });
  });

  it('splits 「收到申请5件。\\n其中：予以公开3件！无。 2021年，」 into its numbered sentences', () => {
    const parts = { preamble: '', overview: '收到申请5件。\n其中：予以公开3件！无。 2021年，', problems: '无', other: '' };
    expect(sentencesWithDigits(parts).map((s) => s.text)).toEqual(['收到申请5件。', '其中：予以公开3件！', '2021年，']);
  });
});
