// The section splitter: finds the six part headings of spec §2 (and the variants published reports use, by the
// outline's recognition words) in order, on lines of their own or inside one run of text (a crawler's page
// text), and cuts the document into the regions between them.
import { partByKey } from '../domain/template';
import type { ReadLog } from './types';

export type SectionKey = 'overview' | 'active' | 'applications' | 'litigation' | 'problems' | 'other';
export const SECTION_KEYS: SectionKey[] = ['overview', 'active', 'applications', 'litigation', 'problems', 'other'];

/** A part's heading as the template prints it (spec §2). */
function headingOf(key: SectionKey): string {
  const { heading } = partByKey(key);
  if (heading === null) throw new Error(`part ${key} has no heading in the outline`);
  return heading;
}
export const SECTION_TITLES = Object.fromEntries(SECTION_KEYS.map((key) => [key, headingOf(key)])) as Record<SectionKey, string>;

// A part number 「二、」, not inside （）; 「十二、」 is read whole (the leftmost match), never as 「二、」.
const NUM = '(?<![（(])(?:十[一二三四五六七八九]?|[一二三四五六七八九])\\s*[、.．]\\s*';
/** Each heading: a part number, then the words the outline recognises the part by (its `recognize`). */
function headingPattern(key: SectionKey): RegExp {
  const { recognize } = partByKey(key);
  if (!recognize) throw new Error(`part ${key} has no recognition words in the outline`);
  return new RegExp(`${NUM}(?:${recognize.join('|')})`, 'g');
}
const HEADING_RE = Object.fromEntries(SECTION_KEYS.map((key) => [key, headingPattern(key)])) as Record<SectionKey, RegExp>;

export type Heading = { key: SectionKey; start: number; end: number; text: string };
/** `bases`: where each region starts in the text, so what is read there keeps its place as evidence. */
export type Sections = {
  headings: Partial<Record<SectionKey, Heading>>;
  regions: Record<SectionKey | 'preamble', string>;
  bases: Record<SectionKey | 'preamble', number>;
};

/** Where a heading's line ends, when the heading stands on a line of its own (short rest of line). */
function extendToLineEnd(text: string, end: number): number {
  const nl = text.indexOf('\n', end);
  const rest = text.slice(end, nl < 0 ? text.length : nl);
  return rest.trim().length <= 12 && !/[。；，\d]/.test(rest) ? (nl < 0 ? text.length : nl) : end;
}

/**
 * Finds the headings in order from `from`. A missing heading leaves its region empty (the checker's
 * SECTION-MISSING says so); a warning names it.
 */
export function splitSections(text: string, from: number, log: ReadLog): Sections {
  const headings: Partial<Record<SectionKey, Heading>> = {};
  let at = from;
  for (const key of SECTION_KEYS) {
    const re = HEADING_RE[key];
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const end = extendToLineEnd(text, m.index + m[0].length);
    headings[key] = { key, start: m.index, end, text: text.slice(m.index, end).trim() };
    at = end;
  }
  if (!headings.active) {
    // Some conversions drop the heading of 二 but keep Table 1's own block label.
    const block = /第二十条\s*第\s*[（(]一[)）]\s*项/.exec(text.slice(headings.overview?.end ?? from));
    if (block) {
      const start = (headings.overview?.end ?? from) + block.index;
      headings.active = { key: 'active', start, end: start, text: '' };
    }
  }
  const found = SECTION_KEYS.filter((k) => headings[k]).map((k) => headings[k] as Heading);
  const regions = { preamble: '', overview: '', active: '', applications: '', litigation: '', problems: '', other: '' };
  const bases = { preamble: from, overview: 0, active: 0, applications: 0, litigation: 0, problems: 0, other: 0 };
  regions.preamble = text.slice(from, found[0]?.start ?? text.length);
  found.forEach((h, i) => {
    regions[h.key] = text.slice(h.end, found[i + 1]?.start ?? text.length);
    bases[h.key] = h.end;
  });
  for (const key of SECTION_KEYS) {
    if (!headings[key]) log.warn(`未找到「${SECTION_TITLES[key]}」的标题`);
    else if (headings[key]?.text && headings[key]?.text.replace(/\s+/g, '') !== SECTION_TITLES[key]) {
      log.warn(`「${SECTION_TITLES[key]}」印作「${headings[key]?.text.replace(/\s+/g, '')}」`);
    }
  }
  return { headings, regions, bases };
}
