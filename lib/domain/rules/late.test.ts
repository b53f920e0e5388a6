// LATE (spec §1, §6): published after the deadline of the organ's level — departments and towns 1月31日,
// governments 3月31日 of the following year — or after an explicit deadline; not judged without level and date.
import { describe, expect, it } from 'vitest';
import type { TLevel } from '../model';
import type { RuleInput } from '../findings';
import { cleanReport, findingsOf } from '../test-support';
import { defaultDeadline } from './late';

const input = (level: TLevel | undefined, date: string | null, extra: Partial<RuleInput> = {}): RuleInput => {
  const report = cleanReport({ signature: { organ: '某机关', date } });
  if (level) report.level = level;
  else delete report.level;
  return { report, ...extra };
};

describe('LATE', () => {
  it.each([
    ['department', '2025-01-31'],
    ['town', '2025-01-31'],
    ['government', '2025-03-31'],
    ['government', '2025-02-15'],
  ] as const)('holds for a %s report dated %s (2024 report)', (level, date) => {
    expect(findingsOf(input(level, date), 'LATE')).toEqual([]);
  });

  it.each([
    ['department', '2025-02-01', '县级以上地方人民政府部门', '2025-01-31'],
    ['town', '2025-02-01', '乡镇、街道', '2025-01-31'],
    ['government', '2025-04-01', '县级以上地方人民政府', '2025-03-31'],
  ] as const)('fires for a %s report dated %s', (level, date, label, deadline) => {
    const found = findingsOf(input(level, date), 'LATE');
    expect(found.map((f) => ({ severity: f.severity, message: f.message, cells: f.cells }))).toEqual([{
      severity: 'warning', message: `报告日期${date}晚于${label}的发布期限${deadline}`, cells: [],
    }]);
  });

  it('uses an explicit deadline over the level default (earlier local rule)', () => {
    const found = findingsOf(input('town', '2025-01-17', { deadline: '2025-01-15' }), 'LATE');
    expect(found.map((f) => f.message)).toEqual(['报告日期2025-01-17晚于本机关的发布期限2025-01-15']);
  });

  it('uses an explicit deadline over the level default (later local rule)', () => {
    expect(findingsOf(input('department', '2025-02-10', { deadline: '2025-02-28' }), 'LATE')).toEqual([]);
  });

  it('prefers the publication date to the signature date', () => {
    const found = findingsOf(input('town', '2025-01-17', { publishedOn: '2025-02-03' }), 'LATE');
    expect(found.map((f) => f.message)).toEqual(['报告日期2025-02-03晚于乡镇、街道的发布期限2025-01-31']);
  });

  it('is not judged without a level (a name does not tell it)', () => {
    expect(findingsOf(input(undefined, '2026-06-01'), 'LATE')).toEqual([]);
  });

  it('is not judged without a date', () => {
    expect(findingsOf(input('town', null), 'LATE')).toEqual([]);
  });

  it('computes the default deadline in the year after the report', () => {
    expect([defaultDeadline(2024, 'town'), defaultDeadline(2024, 'department'), defaultDeadline(2021, 'government')])
      .toEqual(['2025-01-31', '2025-01-31', '2022-03-31']);
  });
});
