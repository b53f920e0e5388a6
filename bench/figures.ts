// The shapes of benchmark entries and results, and percentiles; no side effects, so tests may import
// bench modules (e2e/load-smoke.spec.ts) without running the benchmarks (bench/run.ts does that).
export type BenchEntry = {
  name: string;
  /** One operation, called many times after a warm-up; return its result so the call cannot be optimised away. */
  run: () => unknown;
  /** A familiar operation on the same data, measured the same way. */
  baseline: { name: string; run: () => unknown };
  /** Time for each of run and baseline, warm-up included (default 1000 ms). */
  budgetMs?: number;
};

/** Latency percentiles (and throughput, where it means something) of one side of a measurement. */
export type Figures = {
  unit: 'µs' | 'ms';
  p50: number;
  p95: number;
  p99?: number;
  samples: number;
  throughput?: { value: number; unit: string };
};

export type AsyncBenchResult = {
  own: Figures;
  baseline: { name: string } & Figures;
  /** own ÷ baseline of the figure named in ratioOf (p50 latency, or throughput for load). */
  ratio: number;
  ratioOf: string;
  check?: { ok: boolean; text: string };
  details?: Record<string, unknown>;
};

export type AsyncBenchEntry = {
  name: string;
  measure: () => Promise<AsyncBenchResult | { skipped: string }>;
};

/** Percentiles of raw samples (nearest rank), rounded to 3 decimals. */
export function figures(raw: number[], unit: 'µs' | 'ms', throughput?: Figures['throughput']): Figures {
  const samples = [...raw].sort((a, b) => a - b);
  const at = (q: number) => Math.round(samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(q * samples.length) - 1))] * 1000) / 1000;
  return { unit, p50: at(0.5), p95: at(0.95), p99: at(0.99), samples: samples.length, ...(throughput ? { throughput } : {}) };
}

