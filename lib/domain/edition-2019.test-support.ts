// A 2019-edition report for tests (spec §9): seed 003's numbers in the 2019 shape.
import type { TReport2019 } from './canonical-2019';
import seed003 from './fixtures/seed-003.json';
import type { TCell } from './model';

/** Seed 003's tables in the 2019 shape: （六） one row; its parts with the year set back to 2020. */
export function report2019(year = 2020): TReport2019 {
  const a = seed003.tables.applications as TCell[][];
  return {
    format: 'national-2019',
    year,
    organ: seed003.organ,
    level: 'town',
    tables: {
      active: {
        regulations: [0, 0, 0],
        normativeDocuments: [2, 2, 15],
        licensing: [12, -2, 110],
        otherServices: [3, 0, 40],
        punishment: [8, 1, 10],
        enforcement: [2, 0, 0],
        fees: [1, 0],
        procurement: [4, '35.5'],
      },
      applications: [...a.slice(0, 20), [0, 0, 0, 0, 0, 0, 0], a[23], a[24]].map((r) => r.slice()),
      litigation: seed003.tables.litigation.slice(),
    },
    parts: Object.fromEntries(Object.entries(seed003.parts).map(([k, v]) => [k, v.replace(/2024/g, String(year)).replace(/2025/g, String(year + 1))])) as TReport2019['parts'],
    signature: { organ: seed003.organ, date: `${year + 1}-01-17` },
  };
}
