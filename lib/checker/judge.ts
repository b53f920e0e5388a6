// The rules on a report read from a print, with partial knowledge (issue 14): findings on what was read,
// and apart from them the unread cells and the rules they leave undecidable. Shared by the CLI checker and
// the batch check page.
import { findBrokenRulesAnyEdition, type TAnyReport } from '../domain/edition-2019';
import { findUndecidableRules, withoutUnread } from '../domain/partial-knowledge';
import { isPre2019, pre2019UnreadCells } from '../domain/pre-2019';
import { countReading, type Reading } from '../import/reading';

/** A cell the print did not let the importer read, with why and what it might be. */
export type UnreadCell = { cell: string; reason: string; candidates: string[] };

/** The findings of a report with partial knowledge of its cells. */
export function judge(report: TAnyReport, reading: Reading | null, previous?: TAnyReport) {
  // A report from before 2019 has no statutory cell to read, whether it came as print or as canonical JSON.
  const unread: UnreadCell[] = !reading && isPre2019(report) ? pre2019UnreadCells() : [];
  const cells = reading?.cells ?? {};
  // Object.keys, not entries: a record of some 200 cells is a dictionary, which entries walks several times slower.
  for (const cell of Object.keys(cells)) {
    const c = cells[cell];
    if (c.status === 'unread') unread.push({ cell, reason: c.reason, candidates: c.candidates });
  }
  const names = new Set(unread.map((u) => u.cell));
  const findings = withoutUnread(findBrokenRulesAnyEdition({ report, previous }), names);
  return { findings, undecidable: findUndecidableRules({ hasPrevious: previous !== undefined }, names), unread, counts: reading ? countReading(reading) : null };
}
