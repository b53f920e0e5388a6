// The rule engine on a full real report (seed 004: tables and narrative), warm: all rules from scratch, and
// the editor's rule session after one cell typed (the rules reading the tables run again, the narrative's
// are kept). Baseline: a JSON round-trip of the same report — about the least any tool does with it.
import { readCanonical } from '../lib/domain/canonical';
import { setCell } from '../lib/domain/cells';
import { createRuleSession, findBrokenRules } from '../lib/domain/engine';
import seed004 from '../lib/domain/fixtures/seed-004.json';
import type { BenchEntry } from './figures';

function loadSeed004() {
  const read = readCanonical(seed004);
  if (!read.ok) throw new Error(`seed 004 unreadable: ${JSON.stringify(read.errors)}`);
  // Guard: the bench measures the real work, two findings (spec §6), not an early exit.
  if (findBrokenRules({ report: read.report }).length !== 2) throw new Error('seed 004 should have exactly two findings');
  return read.report;
}

const report = loadSeed004();
const session = createRuleSession();
// 二、上年结转 / 自然人 typed 4 → 5 → 4 …, as the editor bench types it; each edit a new tables object.
const typed = [5, 4].map((v) => ({ ...report, tables: setCell(report.tables, 'applications.1.0', v) }));
let edits = 0;

export const benches: BenchEntry[] = [
  {
    name: 'findBrokenRules(seed 004)',
    // A fresh parts object each call: the narrative is read again, as for a report never seen before.
    run: () => findBrokenRules({ report: { ...report, parts: { ...report.parts! } } }),
    baseline: { name: 'JSON round-trip', run: () => JSON.parse(JSON.stringify(report)) },
  },
  {
    name: 'rule session: one cell typed (seed 004)',
    run: () => session({ report: typed[edits++ % 2] }),
    baseline: { name: 'JSON round-trip', run: () => JSON.parse(JSON.stringify(report)) },
  },
];
