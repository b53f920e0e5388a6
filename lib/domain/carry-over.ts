// Starting this year's report from last year's (issue 6): 二、上年结转 is last year's 四 per column, the
// narrative starts as last year's words (the clerk rewrites them; STALE-YEAR points at what still speaks
// of last year), every other cell stays empty for the clerk. Last year's 现行有效件数 is not copied into
// the draft: REGULATIONS-STOCK judges the draft's own stock against it when last year's report is passed
// as `previous` (previousForRules below).
import type { TAnyReport } from './canonical-2019';
import { comparable } from './view-2021';
import { findBrokenRules } from './engine';
import { createEmptyReport, type TLevel, type TReport } from './model';
import type { NarrativeKey } from './template';
import { ROW_CARRIED_IN, ROW_CARRIED_OUT } from './template';

/** A new draft for `year` of `organ`, carried over from last year's report (either edition). */
export function carryOverFrom(previous: TAnyReport, organ: string, year: number, level?: TLevel): TReport {
  const last = comparable(previous);
  const draft = createEmptyReport(organ, year, level ?? (previous.organ === organ ? previous.level : undefined));
  const applications = draft.tables.applications.map((row) => row.slice());
  applications[ROW_CARRIED_IN] = last.tables.applications[ROW_CARRIED_OUT].slice();
  return {
    ...draft,
    ...(previous.organ === organ && previous.scope ? { scope: previous.scope } : {}),
    tables: { ...draft.tables, applications },
    parts: previous.parts ? { ...previous.parts } : draft.parts,
  };
}

/** Last year's report as the cross-year rules (CARRY-OVER-MISMATCH, REGULATIONS-STOCK) take it. */
export const previousForRules = (previous: TAnyReport): TReport => comparable(previous);

export type StaleSentence = { part: NarrativeKey; start: number; end: number; text: string; message: string };

/**
 * The sentences STALE-YEAR finds, located in their part (start/end offsets into the part's text) so an
 * editor can highlight them; from the findings themselves, so the rule stays the one source.
 */
export function staleYearSentences(report: TReport): StaleSentence[] {
  if (!report.parts) return [];
  const out: StaleSentence[] = [];
  const searchFrom: Partial<Record<NarrativeKey, number>> = {};
  for (const f of findBrokenRules({ report })) {
    if (f.rule !== 'STALE-YEAR' || !f.part || !f.quote) continue;
    const text = report.parts[f.part];
    const prefix = f.quote.replace(/…$/, '');
    const start = text.indexOf(prefix, searchFrom[f.part] ?? 0);
    if (start < 0) continue;
    // The sentence runs to its first 。；！？ (sentencesWithDigits splits there) or the end of its paragraph.
    const stop = /[。；！？!?]|\n/.exec(text.slice(start));
    const end = stop ? start + stop.index + (stop[0] === '\n' ? 0 : 1) : text.length;
    out.push({ part: f.part, start, end, text: text.slice(start, end), message: f.message });
    searchFrom[f.part] = end;
  }
  return out;
}
