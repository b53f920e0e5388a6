// Where a review comment points: a part, a paragraph of a part, a table cell, or a quoted stretch of a
// paragraph (issue 15: 「comment where you read」), and how it is named in words wherever it is shown.
import { z } from 'zod';
import { CELLS, cellSpec } from './cells';
import type { TReport } from './model';
import { NARRATIVE_KEYS, paragraphsOf } from './narrative';
import { partByKey, template, type NarrativeKey, type PartKey } from './template';
import { refindQuote, ZTextQuote, type TTextQuote } from './text-quote';

export const partAnchor = (part: PartKey | 'signature') => `part:${part}`;
export const cellAnchor = (key: string) => `cell:${key}`;
export const paragraphAnchor = (part: NarrativeKey, index: number) => `paragraph:${part}:${index}`;

const PART_KEYS = new Set<string>([...template.parts.map((p) => p.key), 'signature']);
const CELL_KEYS = new Set(CELLS.map((c) => c.key));
const NARRATIVE = new Set<string>(NARRATIVE_KEYS);
/** Paragraph indexes are bounded so a hand-made anchor cannot be absurd; no part has this many paragraphs. */
const MAX_PARAGRAPH = 9999;

type ParsedAnchor = { kind: 'part'; part: string } | { kind: 'cell'; key: string } | { kind: 'paragraph'; part: NarrativeKey; index: number };

function parseAnchor(anchor: string): ParsedAnchor | null {
  const [kind, a, b, ...rest] = anchor.split(':');
  if (rest.length > 0) return null;
  if (kind === 'part' && b === undefined && PART_KEYS.has(a)) return { kind, part: a };
  if (kind === 'cell' && b === undefined && CELL_KEYS.has(a)) return { kind, key: a };
  if (kind === 'paragraph' && NARRATIVE.has(a) && /^\d{1,4}$/.test(b ?? '') && Number(b) <= MAX_PARAGRAPH) {
    return { kind, part: a as NarrativeKey, index: Number(b) };
  }
  return null;
}

/** A comment's anchor as stored: the place, and for a selected stretch of a paragraph its quote. */
export const ZCommentAnchor = z
  .object({
    anchor: z.string().refine((a) => parseAnchor(a) !== null, '批注位置无效'),
    /** Absent (null) for a whole part, paragraph or cell. */
    quote: ZTextQuote.nullable().default(null),
  })
  .refine((a) => a.quote === null || parseAnchor(a.anchor)?.kind === 'paragraph', '只能就段落中的文字批注');
export type TCommentAnchor = z.infer<typeof ZCommentAnchor>;

const partLabel = (part: string) => (part === 'signature' ? '落款' : (partByKey(part as PartKey).heading ?? partByKey(part as PartKey).label));

/** 「一、总体情况 第2段」, a cell's name, a part's heading; an anchor that is not one is shown as it is. */
export function describeAnchor(anchor: string): string {
  const parsed = parseAnchor(anchor);
  if (!parsed) return anchor;
  if (parsed.kind === 'cell') return cellSpec(parsed.key).name;
  if (parsed.kind === 'paragraph') return `${partLabel(parsed.part)} 第${parsed.index + 1}段`;
  return partLabel(parsed.part);
}

/** Said where a quoted sentence is no longer in the text (the comment falls back to its paragraph). */
export const QUOTE_LOST = '原文已修改，未找到所评论的句子';
const EXCERPT = 24;
const excerpt = (text: string) => `「${text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text}」`;

/** 「一、总体情况 第2段「本年度…」」: a quote named by its paragraph and its first words. */
export const describeQuote = (anchor: string, text: string) => `${describeAnchor(anchor)}${excerpt(text)}`;

/** A comment's place in the report as it is now. */
export type LocatedAnchor = {
  /** The anchor it marks now: its own, or the paragraph its quote moved to. */
  anchor: string;
  /** The quoted stretch of that paragraph now; null for a whole part, paragraph or cell, and for a lost quote. */
  range: { start: number; end: number } | null;
  /** The quote is no longer in the part: the comment stays on its paragraph and says so. */
  quoteLost: boolean;
  /** No quote, or its words are still there word for word (perhaps moved); false when found only by likeness or lost. */
  verbatim: boolean;
  /** In words: 「一、总体情况 第2段「本年度…」」, with 「原文已修改…」 when the quote is lost. */
  label: string;
};

/** Finds a comment's quote again in the report's current text (text-quote.ts) and names the place. */
export function locateAnchor({ anchor, quote }: { anchor: string; quote: TTextQuote | null }, report: Pick<TReport, 'parts'>): LocatedAnchor {
  const parsed = parseAnchor(anchor);
  if (!quote || parsed?.kind !== 'paragraph') return { anchor, range: null, quoteLost: false, verbatim: true, label: describeAnchor(anchor) };
  const match = refindQuote(paragraphsOf(report.parts?.[parsed.part]), parsed.index, quote);
  if (!match) return { anchor, range: null, quoteLost: true, verbatim: false, label: `${describeQuote(anchor, quote.text)}（${QUOTE_LOST}）` };
  const now = paragraphAnchor(parsed.part, match.index);
  return { anchor: now, range: { start: match.start, end: match.end }, quoteLost: false, verbatim: match.exact, label: describeQuote(now, quote.text) };
}

/** Whether the quote is the text of the anchored paragraph at its offsets now (a new comment must be). */
export function isQuoteInReport({ anchor, quote }: TCommentAnchor, report: Pick<TReport, 'parts'>): boolean {
  const parsed = parseAnchor(anchor);
  if (!quote) return true;
  if (parsed?.kind !== 'paragraph') return false;
  return paragraphsOf(report.parts?.[parsed.part])[parsed.index]?.slice(quote.start, quote.end) === quote.text;
}
