import { describe, expect, it } from 'vitest';
import { describePending, findPendingUnits, type UnitStanding } from './region-readiness';

describe('findPendingUnits', () => {
  it.each<{ unit: UnitStanding; why: string | null }>([
    { unit: { organ: '甲', status: 'approved', summedAs: 'approved' }, why: null },
    { unit: { organ: '甲', status: 'published' }, why: null },
    { unit: { organ: '甲', status: null }, why: '未开始' },
    { unit: { organ: '甲', status: 'draft' }, why: '草稿' },
    { unit: { organ: '甲', status: 'submitted', summedAs: 'submitted' }, why: '已提交' },
    { unit: { organ: '甲', status: 'imported' }, why: '已导入，待审核人确认' },
    // Approved since it was summed as a draft: the sums still hold the draft's numbers.
    { unit: { organ: '甲', status: 'approved', summedAs: 'draft' }, why: '汇总时为草稿，请重新汇总' },
    { unit: { organ: '甲', status: 'approved', summedAs: null }, why: '汇总时未审定，请重新汇总' },
  ])('$unit.status (summed as $unit.summedAs) → $why', ({ unit, why }) => {
    expect(findPendingUnits([unit])).toEqual(why === null ? [] : [{ organ: '甲', why }]);
  });

  it('names each pending unit with its state', () => {
    expect(describePending(findPendingUnits([{ organ: '甲镇', status: 'draft' }, { organ: '乙镇', status: null }]))).toBe('甲镇（草稿）、乙镇（未开始）');
  });
});
