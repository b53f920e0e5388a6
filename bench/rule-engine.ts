// The rule engine on a full real report (seed 004: tables and narrative), warm. Baseline: a JSON round-trip
// of the same report — about the least any tool does with it.
import { readCanonical } from '../lib/domain/canonical';
import { findBrokenRules } from '../lib/domain/engine';
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

export const benches: BenchEntry[] = [
  {
    name: 'findBrokenRules(seed 004)',
    run: () => findBrokenRules({ report }),
    baseline: { name: 'JSON round-trip', run: () => JSON.parse(JSON.stringify(report)) },
  },
];
