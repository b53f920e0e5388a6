// How each cell reads, in catalogue order (CELLS[i]) and once per version of the tables: the number it stands
// for, whether it is blank, what is wrong with it. The table rules index these instead of reading cells by key.
import { CELLS, cellValues } from './cells';
import type { TTables } from './model';
import { cellProblem, countOf, isBlankCell, isPlainCount } from './normalize';

export type CellReadings = {
  /** countOf each cell: null when it is empty or no valid count. */
  counts: readonly (number | null)[];
  /** isBlankCell: empty, or text that stands for empty. */
  blank: readonly boolean[];
  /** cellProblem: why the value is not valid for its type, if it is not. */
  problems: readonly (string | undefined)[];
};

const readingsCache = new WeakMap<TTables, CellReadings>();
export function readCells(tables: TTables): CellReadings {
  const cached = readingsCache.get(tables);
  if (cached) return cached;
  const values = cellValues(tables);
  const counts: (number | null)[] = [];
  const blank: boolean[] = [];
  const problems: (string | undefined)[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // What almost every cell holds, read without the normaliser.
    if (isPlainCount(value)) {
      counts.push(value);
      blank.push(false);
      problems.push(undefined);
      continue;
    }
    const { type } = CELLS[i];
    counts.push(countOf(value));
    blank.push(isBlankCell(value, type));
    problems.push(cellProblem(value, type));
  }
  const readings = { counts, blank, problems };
  readingsCache.set(tables, readings);
  return readings;
}

/** The sum of the counts at `indices`, null unless each is a valid count (as sumCounts); `skipped` add nothing. */
export function sumAt(counts: CellReadings['counts'], indices: readonly number[], skipped?: ReadonlySet<number>): number | null {
  let sum = 0;
  for (const i of indices) {
    if (skipped?.has(i)) continue;
    const n = counts[i];
    if (n === null) return null;
    sum += n;
  }
  return sum;
}
