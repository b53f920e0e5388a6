// Chinese line breaking for the PDF (W3C clreq 禁则; spec §8): no line starts with closing punctuation,
// none ends with opening punctuation, numbers such as 2021, 4618.24 or 52.6% stay whole. The Unicode
// line-breaking algorithm (UAX #14, the `linebreak` package pdfkit uses) knows these classes (CL, NS,
// EX, IS, OP, QU, NU, PO…), so the text is cut only where it allows a break.
import LineBreaker from 'linebreak';

/** U+00AD marks a break opportunity; react-pdf's text layout drops it before drawing. */
export const BREAK_MARK = '\u00ad';

/** Positions (0 < p < length) where UAX #14 allows a line break. */
export function breakOpportunities(text: string): number[] {
  const out: number[] = [];
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position > 0 && bk.position < text.length) out.push(bk.position);
  }
  return out;
}

/** The text cut at its UAX #14 break opportunities: each piece must stay on one line. */
export function unbreakableChunks(text: string): string[] {
  const cuts = [0, ...breakOpportunities(text), text.length];
  return cuts.slice(1).map((end, i) => text.slice(cuts[i], end)).filter(Boolean);
}

/**
 * The runs of one paragraph with a break mark at every break opportunity of the whole paragraph, so
 * breaks are right where a run (a style, a script) changes too, which a per-word callback cannot see.
 */
export function markBreaks(runs: string[]): string[] {
  const text = runs.join('').replaceAll(BREAK_MARK, '');
  const at = new Set(breakOpportunities(text));
  const out: string[] = [];
  let offset = 0;
  for (const run of runs) {
    const clean = run.replaceAll(BREAK_MARK, '');
    let marked = '';
    for (let i = 0; i < clean.length; i++) marked += (at.has(offset + i) ? BREAK_MARK : '') + clean[i];
    out.push(marked);
    offset += clean.length;
  }
  return out;
}

/**
 * The hyphenation callback for @react-pdf/renderer (version pinned: this relies on its textkit 7).
 * textkit makes each empty syllable a zero-width glue — a break that adds nothing — while two
 * syllables that touch get a hyphen penalty, which would print 「-」 at the break (and which the
 * renderer's infinite hyphenation penalty forbids). So the pieces between break marks are returned
 * separated by '', and a mark at either end of a word becomes a '' there. Text without marks is
 * cut at its own UAX #14 opportunities.
 */
export function hyphenationSyllables(word: string): string[] {
  if (word.trim() === '') return [word];
  const pieces = word.includes(BREAK_MARK) ? word.split(BREAK_MARK) : unbreakableChunks(word);
  const out: string[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0) out.push('');
    if (piece) out.push(piece);
  });
  return out;
}
