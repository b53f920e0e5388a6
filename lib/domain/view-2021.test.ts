import { describe, expect, it } from 'vitest';
import { cellKey2019, cellName2019, OTHER_VIEW_ROW, ROW_2019_OF } from './view-2021';

describe('the 2019→2021 row map, derived from the two templates (spec §10)', () => {
  it('keeps rows 一 … （五）5. in place, puts the single （六） row in 「3.其他」, leaves （六）1./2. empty, shifts （七） and 四 by two', () => {
    const expected = [...Array.from({ length: 20 }, (_, r) => r), undefined, undefined, 20, 21, 22];
    expect(ROW_2019_OF).toEqual(expected);
    expect(OTHER_VIEW_ROW).toMatchObject({ group: '（六）其他处理', label: '3.其他' });
  });

  it('names and keys the view cells as the 2019 tables do', () => {
    expect(cellName2019('applications.22.0')).toBe('三、本年度办理结果 / （六）其他处理 / 自然人');
    expect(cellName2019('applications.20.0')).toBeNull();
    expect(cellName2019('litigation.0')).toBe('行政复议 / 结果维持');
    expect(cellKey2019('applications.24.6')).toBe('applications.22.6');
    expect(cellKey2019('litigation.3')).toBe('litigation.3');
  });
});
