// Reading the narrative parts: sentences, and masking of citations whose years are not the report's own.
import type { TParts } from './model';
import { NARRATIVE_KEYS, partByKey, type NarrativeKey } from './template';

export { NARRATIVE_KEYS };

/** Titles in 《》 and document numbers such as 〔2017〕 or [2017] keep their years: blank them out. */
export function maskCitations(text: string): string {
  const blank = (m: string) => '　'.repeat(m.length);
  return text.replace(/《[^《》]*》/g, blank).replace(/[〔［\[【（(]\s*\d{4}\s*[〕］\]】）)]/g, blank);
}

/** Paragraphs of a part (spec §10: separated by line ends), trimmed, blank lines dropped: what the indexes of
 * paragraph anchors and paragraph changes count. */
export const paragraphsOf = (text: string | undefined): string[] => (text ?? '').split('\n').map((p) => p.trim()).filter(Boolean);

export type Sentence = { part: NarrativeKey; text: string };

/** Sentences of every narrative part, split at 。；！？ and line ends. */
export function sentencesOf(parts: TParts): Sentence[] {
  const out: Sentence[] = [];
  for (const part of NARRATIVE_KEYS) {
    for (const text of parts[part].split(/(?<=[。；！？!?])|\n/)) {
      if (text.trim()) out.push({ part, text: text.trim() });
    }
  }
  return out;
}

/** Parses 12, 12.5, １２ as printed in a sentence. */
export const parseNumber = (s: string): number => Number(s.normalize('NFKC'));

/** The heading a finding names a narrative part by. */
export function partName(part: NarrativeKey): string {
  const p = partByKey(part);
  return p.heading ?? p.label;
}
