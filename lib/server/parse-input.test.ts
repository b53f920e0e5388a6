import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidInput, parseInput } from './parse-input';

const ZForm = z.object({
  organId: z.string().min(1, '请选择机关'),
  year: z.number().int(),
  cases: z.array(z.object({ receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '收到日期须为 YYYY-MM-DD') })),
});
const NAMES = { organId: '机关', year: '报告年度', cases: '案件' };

const refusal = (run: () => unknown): InvalidInput => {
  try {
    run();
  } catch (e) {
    if (e instanceof InvalidInput) return e;
    throw e;
  }
  throw new Error('expected InvalidInput');
};

describe('parseInput', () => {
  it('returns the parsed input', () => {
    expect(parseInput(ZForm, { organId: 'a', year: 2025, cases: [] }, NAMES)).toEqual({ organId: 'a', year: 2025, cases: [] });
  });

  it('reports every issue, each with its path; zod\'s own messages are in Chinese and name the field', () => {
    const e = refusal(() => parseInput(ZForm, { organId: '', year: 'x', cases: [{ receivedOn: '1月3日' }] }, NAMES, '参数无效'));
    expect(e.status).toBe(400);
    expect(e.issues.map((i) => i.path)).toEqual(['organId', 'year', 'cases[0].receivedOn']);
    const [organ, year, receivedOn] = e.issues.map((i) => i.message);
    expect(organ).toBe('请选择机关');
    expect(year).toMatch(/^「报告年度」.*[\u4e00-\u9fff]/);
    expect(receivedOn).toBe('cases[0].receivedOn 收到日期须为 YYYY-MM-DD');
    expect(e.message).toBe(`参数无效：${[organ, year, receivedOn].join('；')}`);
  });

  it('names a single value by the name given', () => {
    const e = refusal(() => parseInput(z.string().max(3), 'abcdef', '说明'));
    expect(e.issues).toEqual([{ path: '(根)', message: expect.stringMatching(/^「说明」/) }]);
  });

  it('lists ten issues in the message and keeps all of them in issues', () => {
    const e = refusal(() => parseInput(ZForm, { organId: 'a', year: 1, cases: Array.from({ length: 12 }, () => ({ receivedOn: '' })) }, NAMES));
    expect(e.issues).toHaveLength(12);
    expect(e.message.split('；')).toHaveLength(10);
    expect(e.message).toMatch(/（共12处）$/);
  });
});
