import { describe, expect, it } from 'vitest';
import { ReportExists, ServerError } from '../context';
import { runAction } from './run-action';

describe('runAction', () => {
  it('answers what was done, as words or as a whole state', async () => {
    expect(await runAction(async () => '已添加')).toEqual({ ok: '已添加' });
    expect(await runAction(async () => ({ ok: '已重置', data: { oneTimePassword: 'x' } }))).toEqual({ ok: '已重置', data: { oneTimePassword: 'x' } });
  });

  it('answers a refusal with its message, the existing report, and what the form keeps', async () => {
    expect(await runAction(async () => { throw new ServerError(400, '请选择机关'); })).toEqual({ error: '请选择机关' });
    expect(await runAction(async () => { throw new ReportExists('已存在', 'r1'); })).toEqual({ error: '已存在', existingReportId: 'r1' });
    expect(await runAction(async () => { throw new ServerError(401, '用户名或密码不正确'); }, { username: 'clerk' }))
      .toEqual({ error: '用户名或密码不正确', data: { username: 'clerk' } });
  });

  it('lets anything else through (a bug, or the redirect Next throws)', async () => {
    const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/reports/1;307;' });
    await expect(runAction(async () => { throw redirect; })).rejects.toBe(redirect);
  });
});
