// Checker throughput on the fixture reports (issue 8): `checkFiles` (read, import, check every rule) over
// the seeds (text), the canonical JSON fixtures and the corpus, against reading the same files from disk.
// PDFs go through pdftotext (a process per file), so they are their own entry.
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkFiles } from '../lib/checker/check-files';
import { figures, type AsyncBenchEntry, type AsyncBenchResult } from './figures';

const SHARED = path.resolve(__dirname, '../../shared');
const listed = (dir: string, ext: string) =>
  readdirSync(path.join(SHARED, dir)).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(SHARED, dir, f));

function fixtureFiles(kind: 'text' | 'pdf'): string[] {
  if (kind === 'pdf') return listed('corpus', '.pdf');
  const json = ['seed-003.json', 'seed-004.json'].map((f) => path.resolve(__dirname, '../lib/domain/fixtures', f));
  return [...listed('seeds', '.txt'), ...json, ...listed('corpus', '.txt')];
}

/**
 * Runs one pass at a time until the budget is spent (at least `min` passes); per-pass times in ms. First it
 * runs passes for `warmUpMs` unmeasured: modules loaded, caches filled, and — what takes longest — V8's
 * optimising compiler done with the checker's code, which in a fresh process costs 5–10 ms a file for the
 * first few hundred files and about 1 ms after. The figure is the checker's steady rate; what a one-off
 * command pays on top is in docs/benchmarks.md.
 */
async function passes(run: () => Promise<unknown>, budgetMs: number, min: number, warmUpMs: number): Promise<{ times: number[]; warmUp: number }> {
  const warm = performance.now() + warmUpMs;
  let warmUp = 0;
  do {
    await run();
    warmUp += 1;
  } while (performance.now() < warm);
  const times: number[] = [];
  const until = performance.now() + budgetMs;
  while (performance.now() < until || times.length < min) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return { times, warmUp };
}

/** Issue 14: the checker's rate on the text files, reading each cell with its evidence. */
const TARGET_FILES_PER_SECOND = 500;

async function measureChecker(kind: 'text' | 'pdf'): Promise<AsyncBenchResult> {
  const files = fixtureFiles(kind);
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const outcome = await checkFiles(files);
  const read = outcome.results.filter((r) => r.ok).length;
  const budget = kind === 'pdf' ? 6000 : 4000;
  const own = await passes(() => checkFiles(files), budget, 5, kind === 'pdf' ? 0 : 2000);
  const base = await passes(() => Promise.all(files.map((f) => readFile(f))), 1000, 20, 200);
  const perSecond = (times: number[]) => {
    const p50 = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    return { value: Math.round((files.length / (p50 / 1000)) * 10) / 10, unit: 'files/s' };
  };
  const ownFigures = figures(own.times.map((t) => t / files.length), 'ms', perSecond(own.times));
  const baseFigures = figures(base.times.map((t) => t / files.length), 'ms', perSecond(base.times));
  const allRead = read === files.length;
  const fastEnough = kind === 'pdf' || ownFigures.throughput!.value >= TARGET_FILES_PER_SECOND;
  return {
    own: ownFigures,
    baseline: { name: 'readFile of the same files', ...baseFigures },
    ratio: Math.round((ownFigures.p50 / baseFigures.p50) * 10) / 10,
    ratioOf: 'p50 per file',
    check: {
      ok: allRead && fastEnough,
      text: `${read}/${files.length} read and checked${kind === 'pdf' ? '' : `, ≥ ${TARGET_FILES_PER_SECOND} files/s ${fastEnough ? '✓' : '✗'}`}`,
    },
    details: {
      files: files.map((f) => path.relative(SHARED, f)), megabytes: Math.round((bytes / 2 ** 20) * 100) / 100,
      passes: own.times.length, warmUpPasses: own.warmUp,
    },
  };
}

export const benches: AsyncBenchEntry[] = [
  { name: 'checker: seeds, JSON fixtures, corpus text (per file)', measure: () => measureChecker('text') },
  { name: 'checker: corpus PDFs via pdftotext (per file)', measure: () => measureChecker('pdf') },
];
