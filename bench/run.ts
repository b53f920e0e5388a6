// Runs the benchmarks (`npm run bench [-- NAME_FILTER]`): each bench module exports `benches: BenchEntry[]`,
// listed in SUITES below. Prints name | median | p95 | baseline | ratio and writes bench/results/latest.json.
// The baseline is measured in the same run, so the ratio means something across machines.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benches as render } from './render';
import { benches as ruleEngine } from './rule-engine';

export type BenchEntry = {
  name: string;
  /** One operation, called many times after a warm-up; return its result so the call cannot be optimised away. */
  run: () => unknown;
  /** A familiar operation on the same data, measured the same way. */
  baseline: { name: string; run: () => unknown };
  /** Time for each of run and baseline, warm-up included (default 1000 ms). */
  budgetMs?: number;
};

const SUITES: BenchEntry[] = [...ruleEngine, ...render];

type Stats = { median: number; p95: number; samples: number; batch: number };
type Result = { name: string; unit: 'µs'; median: number; p95: number; samples: number; batch: number; baseline: { name: string } & Stats; ratio: number };

/** Keeps results alive so no call can be optimised away. */
let sink: unknown;

/** Per-call time in µs: warm up, then time batches of calls long enough that timer resolution does not matter. */
function measure(fn: () => unknown, budgetMs: number): Stats {
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
  samples.sort((a, b) => a - b);
  const at = (q: number) => Math.round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] * 1000) / 1000;
  return { median: at(0.5), p95: at(0.95), samples: samples.length, batch };
}

const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(us >= 100 ? 0 : 1)} µs`);

function printTable(results: Result[]): void {
  const rows = [
    ['name', 'median', 'p95', 'baseline', 'ratio'],
    ...results.map((r) => [r.name, fmt(r.median), fmt(r.p95), `${fmt(r.baseline.median)} (${r.baseline.name})`, `${r.ratio.toFixed(2)}×`]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 || c === 3 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows.slice(1)) console.log(line(row));
}

function main(): void {
  const filter = process.argv[2];
  const entries = SUITES.filter((b) => !filter || b.name.includes(filter));
  if (entries.length === 0) throw new Error(`no benchmark matches ${filter}`);
  const results: Result[] = entries.map((b) => {
    const budget = b.budgetMs ?? 1000;
    const baseline = measure(b.baseline.run, budget);
    const own = measure(b.run, budget);
    return { name: b.name, unit: 'µs', ...own, baseline: { name: b.baseline.name, ...baseline }, ratio: Math.round((own.median / baseline.median) * 100) / 100 };
  });
  printTable(results);
  if (sink === undefined) console.warn('\n注意：最后一个基准函数没有返回值，可能被优化掉了');
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    results,
  };
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\n${path.relative(process.cwd(), path.join(dir, 'latest.json'))}`);
}

main();
