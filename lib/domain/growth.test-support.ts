// Whether work grows in proportion to its input, told without a clock budget: a time limit fails on a busy
// machine (two cores shared by builds) and passes a slow regex on a fast one. Backtracking shows as growth,
// so the same work is timed on an input and on one four times as long, in the same moment: linear work takes
// about 4× as long, quadratic 16×. Each side is the fastest of a few runs (noise only ever adds time) and is
// floored at a fraction of a millisecond, below which the timer says nothing.
const FLOOR_MS = 0.25;

async function measureOnce<T>(inputs: readonly [T, T], work: (input: T) => unknown, times: number): Promise<number> {
  const best = [Infinity, Infinity];
  // Interleaved, so a burst of load or a collection falls on both sides alike.
  for (let i = 0; i < times; i++) {
    for (const side of [0, 1]) {
      const t0 = performance.now();
      await work(inputs[side]);
      best[side] = Math.min(best[side], performance.now() - t0);
    }
  }
  return Math.max(best[1], FLOOR_MS) / Math.max(best[0], FLOOR_MS);
}

/**
 * How many times longer the work takes on the input of size 4n than on the one of size n. A figure over the
 * limit is measured again (up to three times, the lowest kept): a burst of load can inflate one measurement,
 * while work that really grows faster than linearly is over the limit every time.
 */
export async function growthOver4x<T>(make: (n: number) => T, work: (input: T) => unknown, n: number, times = 3): Promise<number> {
  const inputs = [make(n), make(4 * n)] as const;
  let lowest = Infinity;
  for (let attempt = 0; attempt < 3 && lowest >= LINEAR_GROWTH_LIMIT; attempt++) lowest = Math.min(lowest, await measureOnce(inputs, work, times));
  return lowest;
}

/** Linear (4×) with room for cache effects and noise; quadratic work (16×) never passes. */
export const LINEAR_GROWTH_LIMIT = 9;
