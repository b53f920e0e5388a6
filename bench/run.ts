// Runs the benchmarks: `npm run bench [-- FILTER…]`, where a FILTER selects entries whose name contains it
// and `-FILTER` leaves them out (e.g. `npm run bench -- -PostgreSQL -soffice`). Each bench module exports
// `benches`, listed in SUITES. Two kinds of entry:
// - sync (BenchEntry): one operation timed many times after a warm-up, against a baseline timed the same way;
// - async (AsyncBenchEntry): measures itself (a browser, a server under load, a database) and returns its
//   figures with a baseline measured in the same run, a ratio, and a pass/fail check where there is one.
// Prints one table and writes bench/results/latest.json. Exit status 1 when a check fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benches as checker } from './checker';
import { benches as editor } from './editor-latency';
import { benches as officeScale } from './office-scale';
import { benches as render } from './render';
import { benches as register } from './register';
import { benches as renderCold } from './render-cold';
import { benches as ruleEngine } from './rule-engine';
import { benches as saveCost } from './save-cost';
import { benches as saveLoad } from './save-load';
import { figures, type AsyncBenchEntry, type AsyncBenchResult, type BenchEntry, type Figures } from './figures';

export type { AsyncBenchEntry, AsyncBenchResult, BenchEntry, Figures };

type AnyEntry = BenchEntry | AsyncBenchEntry;
const SUITES: AnyEntry[] = [...ruleEngine, ...render, ...renderCold, ...checker, ...editor, ...saveCost, ...saveLoad, ...officeScale, ...register];

type Result = { name: string } & (AsyncBenchResult | { skipped: string });

/** Keeps results alive so no call can be optimised away. */
let sink: unknown;

/** Per-call time in µs: warm up, then time batches of calls long enough that timer resolution does not matter. */
function measure(fn: () => unknown, budgetMs: number): Figures {
  const warmUntil = performance.now() + budgetMs * 0.2;
  let calls = 0;
  while (performance.now() < warmUntil || calls < 20) {
    sink = fn();
    calls++;
  }
  const perCallMs = (budgetMs * 0.2) / calls;
  const batch = Math.max(1, Math.ceil(0.5 / perCallMs)); // ≈ 0.5 ms per sample
  const samples: number[] = [];
  const until = performance.now() + budgetMs * 0.8;
  while (performance.now() < until || samples.length < 20) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) sink = fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / batch);
  }
  return figures(samples, 'µs');
}

function runSync(b: BenchEntry): AsyncBenchResult {
  const budget = b.budgetMs ?? 1000;
  const baseline = measure(b.baseline.run, budget);
  const own = measure(b.run, budget);
  return { own, baseline: { name: b.baseline.name, ...baseline }, ratio: Math.round((own.p50 / baseline.p50) * 100) / 100, ratioOf: 'p50' };
}

const time = (v: number | undefined, unit: Figures['unit']) => {
  if (v === undefined) return '–';
  const us = unit === 'ms' ? v * 1000 : v;
  if (us >= 1_000_000) return `${(us / 1_000_000).toFixed(2)} s`;
  if (us >= 1000) return `${(us / 1000).toFixed(us >= 100_000 ? 0 : us >= 10_000 ? 1 : 2)} ms`;
  return `${us.toFixed(us >= 100 ? 0 : 1)} µs`;
};
const rate = (t: Figures['throughput']) => (t ? `${t.value >= 100 ? Math.round(t.value) : t.value.toFixed(1)} ${t.unit}` : '–');

function printTable(results: Result[]): void {
  const rows = [
    ['name', 'p50', 'p95', 'p99', 'throughput', 'baseline (same run)', 'ratio', 'check'],
    ...results.map((r) => {
      if ('skipped' in r) return [r.name, '–', '–', '–', '–', `skipped: ${r.skipped}`, '–', '–'];
      const b = r.baseline;
      const base = `${b.name}: ${b.throughput ? rate(b.throughput) : time(b.p50, b.unit)}${b.throughput ? `, p99 ${time(b.p99, b.unit)}` : ''}`;
      return [
        r.name, time(r.own.p50, r.own.unit), time(r.own.p95, r.own.unit), time(r.own.p99, r.own.unit), rate(r.own.throughput), base,
        `${r.ratio.toFixed(2)}× ${r.ratioOf}`, r.check ? `${r.check.ok ? '✓' : '✗'} ${r.check.text}` : '',
      ];
    }),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const left = new Set([0, 5, 7]);
  const line = (row: string[]) => row.map((cell, c) => (left.has(c) ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ').trimEnd();
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows.slice(1)) console.log(line(row));
}

function selected(args: string[]): AnyEntry[] {
  const include = args.filter((a) => !a.startsWith('-'));
  const exclude = args.filter((a) => a.startsWith('-')).map((a) => a.slice(1));
  return SUITES.filter((b) => (include.length === 0 || include.some((f) => b.name.includes(f))) && !exclude.some((f) => b.name.includes(f)));
}

async function main(): Promise<number> {
  const entries = selected(process.argv.slice(2));
  if (entries.length === 0) throw new Error(`no benchmark matches ${process.argv.slice(2).join(' ')}; names:\n${SUITES.map((s) => s.name).join('\n')}`);
  const started = Date.now();
  const results: Result[] = [];
  for (const b of entries) {
    process.stderr.write(`… ${b.name}\n`);
    results.push({ name: b.name, ...('measure' in b ? await b.measure() : runSync(b)) });
  }
  console.log();
  printTable(results);
  if (entries.some((b) => !('measure' in b)) && sink === undefined) console.warn('\n注意：最后一个基准函数没有返回值，可能被优化掉了');
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const out = {
    date: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    machine: {
      node: process.version, platform: `${process.platform}-${process.arch}`, cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.availableParallelism(), memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    },
    results,
  };
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\n${path.relative(process.cwd(), path.join(dir, 'latest.json'))} (${out.seconds} s)`);
  return results.some((r) => 'check' in r && r.check && !r.check.ok) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
