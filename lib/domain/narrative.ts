// Reading the narrative parts: sentences, and masking of citations whose years are not the report's own.
import type { TParts } from './model';
import { NARRATIVE_KEYS, partByKey, type NarrativeKey } from './template';

export { NARRATIVE_KEYS };

const TITLE = /《[^《》]*》/g;
const DOCUMENT_NUMBER = /[〔［\[【（(]\s*\d{4}\s*[〕］\]】）)]/g;
const blank = (m: string) => '　'.repeat(m.length);

/** Titles in 《》 and document numbers such as 〔2017〕 or [2017] keep their years: blank them out. */
export function maskCitations(text: string): string {
  return text.replace(TITLE, blank).replace(DOCUMENT_NUMBER, blank);
}

/** Paragraphs of a part (spec §10: separated by line ends), trimmed, blank lines dropped: what the indexes of
 * paragraph anchors and paragraph changes count. */
export const paragraphsOf = (text: string | undefined): string[] => (text ?? '').split('\n').map((p) => p.trim()).filter(Boolean);

export type Sentence = { part: NarrativeKey; text: string };

/** Where a sentence ends: after 。；！？!? (kept with it), or at a line end (dropped). */
const SENTENCE_END = /[。；！？!?\n]/g;
const LINE_END = '\n'.charCodeAt(0);
const ENDS_SENTENCE = new Set([...'。；！？!?\n'].map((ch) => ch.charCodeAt(0)));
const DIGIT = /[0-9]/g;

/**
 * The sentences of every narrative part (split at 。；！？ and line ends, trimmed) that have a digit 0-9: the
 * only ones the narrative rules read, since each of their patterns needs a count or a year in digits. Found
 * from the digits, so the many sentences without one are never cut out; read once per version of the parts.
 */
const sentencesCache = new WeakMap<TParts, readonly Sentence[]>();
export function sentencesWithDigits(parts: TParts): readonly Sentence[] {
  const cached = sentencesCache.get(parts);
  if (cached) return cached;
  const out: Sentence[] = [];
  for (const part of NARRATIVE_KEYS) {
    const text = parts[part];
    DIGIT.lastIndex = 0;
    while (DIGIT.test(text)) {
      let start = DIGIT.lastIndex - 1;
      while (start > 0 && !ENDS_SENTENCE.has(text.charCodeAt(start - 1))) start--;
      SENTENCE_END.lastIndex = start;
      const stop = SENTENCE_END.exec(text);
      const end = stop === null ? text.length : stop.index + (text.charCodeAt(stop.index) === LINE_END ? 0 : 1);
      out.push({ part, text: text.slice(start, end).trim() });
      DIGIT.lastIndex = end;
    }
  }
  sentencesCache.set(parts, out);
  return out;
}

/**
 * Calls `visit` with every match of a global regex, as matchAll does, but without the regex copy matchAll
 * makes per call: the rules run their module-level patterns over every sentence.
 */
export function forEachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    visit(m);
  }
}

/** Parses 12, 12.5, １２ as printed in a sentence. */
export const parseNumber = (s: string): number => Number(s.normalize('NFKC'));

/** The heading a finding names a narrative part by. */
export function partName(part: NarrativeKey): string {
  const p = partByKey(part);
  return p.heading ?? p.label;
}
