import { describe, expect, it } from 'vitest';
import seed from '@/lib/domain/fixtures/seed-004.json';
import { appKey, setCell } from '@/lib/domain/cells';
import { createEmptyReport, type TReport } from '@/lib/domain/model';
import { describeProgress, progressByPart } from './section-progress';

describe('progressByPart', () => {
  it('counts the entry cells of each table, never its totals, and whether each text part is written', () => {
    const empty = createEmptyReport('某区人民政府', 2025);
    const report: TReport = {
      ...empty,
      tables: setCell(setCell(setCell(empty.tables, appKey(0, 0), 3), appKey(0, 1), 0), appKey(0, 2), '/'),
      parts: { ...empty.parts!, overview: '本年度……' },
    };
    const progress = progressByPart(report);
    // Table 3: 24 entry rows × 6 entry columns; 「/」 counts as blank, 0 as filled.
    expect(progress.applications).toEqual({ kind: 'cells', filled: 2, total: 144 });
    expect(progress.litigation).toEqual({ kind: 'cells', filled: 0, total: 12 });
    expect(progress.overview).toEqual({ kind: 'text', written: true });
    expect(progress.problems).toEqual({ kind: 'text', written: false });
  });

  it('a full report is full', () => {
    const progress = progressByPart(seed as TReport);
    expect(progress.applications).toEqual({ kind: 'cells', filled: 144, total: 144 });
  });
});

describe('describeProgress', () => {
  it.each([
    [{ kind: 'cells', filled: 38, total: 144 } as const, { short: '38/144', long: '已填38格，共144格' }],
    [{ kind: 'text', written: false } as const, { short: '未填', long: '未填写' }],
  ])('%j', (progress, expected) => {
    expect(describeProgress(progress)).toEqual(expected);
  });
});
