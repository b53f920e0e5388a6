// The reader's text selection as a comment anchor: a stretch of one paragraph of the preview, with its
// offsets in the paragraph's text (lib/domain/text-quote.ts). Reads the DOM, never changes it.
import { quoteAt, type TTextQuote } from '@/lib/domain/text-quote';

export type SelectedQuote = { paragraph: HTMLElement; anchor: string; quote: TTextQuote; rect: DOMRect };

/** Characters from the start of `paragraph` to a point inside it. */
function offsetIn(paragraph: Node, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(paragraph);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * The selection inside one anchored paragraph of `root`, trimmed of surrounding spaces; null when there is
 * none, when it crosses paragraphs, or when it is the whole paragraph (that is a comment on the paragraph).
 */
export function selectedQuote(root: HTMLElement): SelectedQuote | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraph = range.commonAncestorContainer instanceof Element
    ? range.commonAncestorContainer.closest<HTMLElement>('p[data-anchor]')
    : range.commonAncestorContainer.parentElement?.closest<HTMLElement>('p[data-anchor]');
  if (!paragraph || !root.contains(paragraph)) return null;
  const text = paragraph.textContent ?? '';
  let start = offsetIn(paragraph, range.startContainer, range.startOffset);
  let end = offsetIn(paragraph, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start === end || (start === 0 && end === text.length)) return null;
  return { paragraph, anchor: paragraph.dataset.anchor!, quote: quoteAt(text, start, end), rect: range.getBoundingClientRect() };
}
