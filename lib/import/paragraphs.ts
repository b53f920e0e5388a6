// Narrative text → paragraphs (spec §10: one string per part, paragraphs separated by \n). Text from a PDF
// is wrapped at the page width and its lines are joined again; text copied from a page keeps its lines.
import { memoString } from '../domain/memo-string';
import { isPageNumberLine, normalizeText } from './text-lines';

const SENTENCE_END = /[。！？；：!?;:”’）)]$/;
const SUBHEADING = /^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))/;
const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/** Spaces a PDF puts between CJK characters and numbers (「2023 年」, 「号 ， 邮 编」) removed; other spacing kept. */
export function tidyParagraph(text: string): string {
  return text.replace(/[ \t]+/g, ' ').replace(SPACE_NEAR_CJK, '').replace(/\*\*/g, '').trim();
}

// Remembered for the last few regions: a report's narrative is split once to tell whether it is wrapped and
// again into paragraphs. Callers only read the lines.
const contentLines = memoString(
  (region: string): readonly string[] =>
    normalizeText(region).split('\n').filter((l) => l.trim() && !isPageNumberLine(l)).map((l) => l.replace(/^(\s*)#{1,6}\s+/, '$1')),
  8,
);

/** Whether the narrative was wrapped at a fixed width: many long lines stop without ending a sentence. */
export function isWrapped(regions: string[]): boolean {
  const lines = regions.flatMap(contentLines).map((l) => l.trim()).filter((l) => l.length >= 15);
  if (lines.length < 6) return false;
  const open = lines.filter((l) => !SENTENCE_END.test(l)).length;
  return open / lines.length >= 0.4;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

export function toParagraphs(region: string, wrapped: boolean): string[] {
  const lines = contentLines(region);
  if (!wrapped) return lines.map(tidyParagraph).filter(Boolean);
  const width = median(lines.map((l) => l.trim().length).filter((n) => n >= 15));
  const indented = lines.some((l) => /^\s{2,}\S/.test(l)) && lines.some((l) => /^\S/.test(l));
  const paragraphs: string[] = [];
  let current = '';
  let previous = '';
  for (const line of lines) {
    const text = line.trim();
    const startsNew =
      !current ||
      (indented && /^\s{2,}\S/.test(line)) ||
      SUBHEADING.test(text) ||
      (SENTENCE_END.test(previous) && previous.length < width * 0.85);
    if (startsNew && current) paragraphs.push(tidyParagraph(current));
    current = startsNew ? text : `${current} ${text}`;
    previous = text;
  }
  if (current) paragraphs.push(tidyParagraph(current));
  return paragraphs.filter(Boolean);
}
