import { describe, expect, it } from 'vitest';
import { cellLists2019 } from './cells-2019';
import { report2019 } from './edition-2019.test-support';

describe('cellLists2019', () => {
  const [active, applications, litigation] = cellLists2019(report2019());

  it('lists every cell of the three 2019 tables: 8 Table 1 rows, 23 × 7 Table 2 cells, 15 Table 3 cells', () => {
    expect(active.cells).toHaveLength(2 * 3 + 2 * 3 + 2 * 3 + 2 + 2);
    expect(applications.cells).toHaveLength(23 * 7);
    expect(litigation.cells).toHaveLength(15);
  });

  it('names cells by their 2019 labels, values as held (negative 本年增/减, decimal amounts, blanks empty)', () => {
    expect(active.cells.find((c) => c.name === '第二十条第（五）项 / 行政许可 / 本年增/减')?.value).toBe('-2');
    expect(active.cells.at(-1)).toMatchObject({ value: '35.5' });
    expect(applications.cells[0]).toEqual({ name: '一、本年新收政府信息公开申请数量 / 自然人', value: '1' });
    expect(applications.cells.filter((c) => c.name.includes('（六）其他处理')).map((c) => c.name)[0]).toBe('三、本年度办理结果 / （六）其他处理 / 自然人');
  });
});
