import { describe, expect, it } from 'vitest';
import seed004 from './fixtures/seed-004.json';
import seed003 from './fixtures/seed-003.json';
import { readCanonical } from './canonical';
import { outcomeMix, trendSeries } from './chart-data';
import { createEmptyReport, type TReport } from './model';

const read = (data: unknown): TReport => {
  const r = readCanonical(data);
  if (!r.ok) throw new Error('bad fixture');
  return r.report;
};

describe('chart data', () => {
  it('gives seed 004’s outcome mix: 27 + 3 + 0 + 16 + 6 + 5 = 57 = 三（七）总计', () => {
    const mix = outcomeMix(read(seed004).tables);
    expect(mix).toEqual([
      { label: '（一）予以公开', count: 27 }, { label: '（二）部分公开', count: 3 }, { label: '（三）不予公开', count: 0 },
      { label: '（四）无法提供', count: 16 }, { label: '（五）不予处理', count: 6 }, { label: '（六）其他处理', count: 5 },
    ]);
    expect(mix.reduce((s, m) => s + m.count, 0)).toBe(57);
  });

  it('leaves out groups that are not filled in yet', () => {
    expect(outcomeMix(createEmptyReport('某镇', 2025).tables)).toEqual([]);
  });

  it('orders the trend by year with applications received and litigation totals', () => {
    expect(trendSeries([read(seed003), read(seed004)], 2024)).toEqual([
      { year: 2021, applications: 53, litigation: 5 },
      { year: 2024, applications: 1, litigation: 0 },
    ]);
  });

  it('leaves out the years after the report\'s own year', () => {
    expect(trendSeries([read(seed003), read(seed004)], 2023)).toEqual([{ year: 2021, applications: 53, litigation: 5 }]);
  });
});
