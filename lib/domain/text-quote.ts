// A quoted stretch of a paragraph (issue 15: a comment on a selected sentence) and finding it again after
// the clerk edits the part: at its offsets, else the exact text where its surroundings agree best, else
// the most similar stretch or the stretch between its unchanged surroundings. Offsets count UTF-16 units,
// as the browser's selection does.
import { z } from 'zod';

/** Characters of context kept on each side of a quote, to tell repeated sentences apart and to re-find edited ones. */
export const QUOTE_CONTEXT = 16;
export const MAX_QUOTE_CHARS = 1000;

export const ZTextQuote = z
  .object({
    text: z.string().min(1).max(MAX_QUOTE_CHARS),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    prefix: z.string().max(QUOTE_CONTEXT),
    suffix: z.string().max(QUOTE_CONTEXT),
  })
  .refine((q) => q.end - q.start === q.text.length, '所选文字与其位置不符');
export type TTextQuote = z.infer<typeof ZTextQuote>;

/** The quote of paragraph[start, end) with its surroundings. */
export function quoteAt(paragraph: string, start: number, end: number): TTextQuote {
  return {
    text: paragraph.slice(start, end),
    start,
    end,
    prefix: paragraph.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: paragraph.slice(end, end + QUOTE_CONTEXT),
  };
}

/** Where a quote is now: which paragraph of the part and which stretch of it; `exact` unless found by likeness. */
export type QuoteMatch = { index: number; start: number; end: number; exact: boolean };

/** Below this likeness (Dice over character pairs) an edited sentence counts as gone. */
const MIN_LIKENESS = 0.5;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How many characters of the quote's surroundings still surround paragraph[start, end). */
function contextAgreement(paragraph: string, start: number, end: number, quote: TTextQuote): number {
  return commonSuffix(paragraph.slice(0, start), quote.prefix) + commonPrefix(paragraph.slice(end), quote.suffix);
}

function pairs(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
  return counts;
}

/** Dice coefficient over character pairs: 1 for equal texts, 0 for texts sharing no pair. */
function likeness(a: Map<string, number>, aSize: number, b: string): number {
  const bPairs = pairs(b);
  let shared = 0;
  for (const [pair, n] of bPairs) shared += Math.min(n, a.get(pair) ?? 0);
  const total = aSize + Math.max(0, b.length - 1);
  return total === 0 ? 0 : (2 * shared) / total;
}

type Candidate = QuoteMatch & { score: number };

/** The highest score; among equals, the nearest to where the comment was made. */
function best(candidates: Candidate[], index: number, start: number): Candidate | undefined {
  return candidates.sort((a, b) =>
    b.score - a.score || Math.abs(a.index - index) - Math.abs(b.index - index) || Math.abs(a.start - start) - Math.abs(b.start - start))[0];
}

function exactCandidates(paragraphs: readonly string[], quote: TTextQuote): Candidate[] {
  const out: Candidate[] = [];
  paragraphs.forEach((p, index) => {
    for (let at = p.indexOf(quote.text); at >= 0; at = p.indexOf(quote.text, at + 1)) {
      const end = at + quote.text.length;
      out.push({ index, start: at, end, exact: true, score: contextAgreement(p, at, end, quote) });
    }
  });
  return out;
}

/** Longer quotes are not looked for by likeness: the window scan grows with the quote's length. */
const MAX_LIKENESS_SCAN = 300;

/**
 * Stretches like the quote: windows of about its length (the surroundings that still agree break ties
 * between overlapping windows), and the stretch its unchanged surroundings enclose.
 */
function likeCandidates(paragraphs: readonly string[], quote: TTextQuote): Candidate[] {
  const quotePairs = pairs(quote.text);
  const quoteSize = Math.max(0, quote.text.length - 1);
  const lengths = [...new Set([0.8, 1, 1.25].map((f) => Math.max(1, Math.round(quote.text.length * f))))];
  const out: Candidate[] = [];
  paragraphs.forEach((p, index) => {
    for (const length of quote.text.length <= MAX_LIKENESS_SCAN ? lengths : []) {
      for (let start = 0; start + length <= p.length; start++) {
        const like = likeness(quotePairs, quoteSize, p.slice(start, start + length));
        if (like < MIN_LIKENESS) continue;
        const agreement = contextAgreement(p, start, start + length, quote) / (2 * QUOTE_CONTEXT);
        out.push({ index, start, end: start + length, exact: false, score: like + agreement / 10 });
      }
    }
    // Rewritten between surroundings that stayed: both sides must be there (a quote at the paragraph's
    // start or end has an empty side, which the paragraph's own start or end stands for).
    const before = quote.prefix ? p.indexOf(quote.prefix) : 0;
    if (before < 0) return;
    const start = before + quote.prefix.length;
    const after = quote.suffix ? p.indexOf(quote.suffix, start) : p.length;
    if (after > start && after - start <= quote.text.length * 3 && (quote.prefix || quote.suffix)) {
      out.push({ index, start, end: after, exact: false, score: MIN_LIKENESS });
    }
  });
  return out;
}

/**
 * The quote in the part's paragraphs now, given the paragraph it was made in; null when it is gone. Exact
 * text wins over likeness; among equals, the surroundings, then nearness to where it was, decide.
 */
export function refindQuote(paragraphs: readonly string[], index: number, quote: TTextQuote): QuoteMatch | null {
  if (paragraphs[index]?.slice(quote.start, quote.end) === quote.text) return { index, start: quote.start, end: quote.end, exact: true };
  const found = best(exactCandidates(paragraphs, quote), index, quote.start) ?? best(likeCandidates(paragraphs, quote), index, quote.start);
  return found ? { index: found.index, start: found.start, end: found.end, exact: found.exact } : null;
}
