// How far each part is filled in, for the part navigation: a table's entry cells filled out of all of
// them (totals are derived, so not counted), a text part written or not.
import { CELLS, getCell } from '@/lib/domain/cells';
import type { TReport } from '@/lib/domain/model';
import { NARRATIVE_KEYS, type PartKey } from '@/lib/domain/template';
import { isBlank } from './grid';

export type PartProgress = { kind: 'cells'; filled: number; total: number } | { kind: 'text'; written: boolean };

export function progressByPart(report: TReport): Partial<Record<PartKey, PartProgress>> {
  const progress: Partial<Record<PartKey, PartProgress>> = {};
  for (const cell of CELLS) {
    if (cell.computed) continue;
    const counts = (progress[cell.table] ??= { kind: 'cells', filled: 0, total: 0 });
    if (counts.kind !== 'cells') continue;
    counts.total++;
    if (!isBlank(getCell(report.tables, cell.key), cell.key)) counts.filled++;
  }
  for (const part of NARRATIVE_KEYS) progress[part] = { kind: 'text', written: (report.parts?.[part] ?? '').trim() !== '' };
  return progress;
}

/** 「38/144」 or 「已填」/「未填」, and what it means in words for a screen reader. */
export function describeProgress(progress: PartProgress): { short: string; long: string } {
  if (progress.kind === 'text') return progress.written ? { short: '已填', long: '已填写' } : { short: '未填', long: '未填写' };
  return { short: `${progress.filled}/${progress.total}`, long: `已填${progress.filled}格，共${progress.total}格` };
}
