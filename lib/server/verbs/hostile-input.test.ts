// Ordinary bad input (issue 11, items 4 and 6): each answered 4xx with a Chinese message naming the field,
// nothing stored half; typed text that is no value is kept as pending input and never exported.
import { beforeAll, describe, expect, it } from 'vitest';
import { setCell } from '../../domain/cells';
import { addComment } from './add-comment';
import { createReport } from './create-report';
import { reportsForExport } from './export-reports';
import { getReport } from './get-report';
import { resolveComment } from './resolve-comment';
import { saveDraft } from './save-draft';
import { TEST_DATABASES } from '../data/test-databases';
import { useDemoWorld } from '../data/demo-world.test-support';

describe.each(TEST_DATABASES)('hostile input on $name', (database) => {
  const w = useDemoWorld(database);
  let reportId: string;

  beforeAll(async () => {
    ({ id: reportId } = await createReport(w.clerk, { organId: w.townId, year: 2030 }));
  }, 60_000);

  const current = async () => (await getReport(w.clerk, reportId)).record;

  it.each([
    ['NUL in 一、总体情况', 'overview', '本机关\u0000主动公开', '「一、总体情况」含有不可见的控制字符'],
    ['a lone surrogate in 六', 'other', '未收取信息处理费\uD800', '「六、其他需要报告的事项」含有无法识别的残缺字符'],
  ] as const)('a draft with %s: 400 naming the part, nothing stored', async (_name, part, text, message) => {
    const before = await current();
    const report = { ...before.report, parts: { ...before.report.parts!, [part]: text } };
    await expect(saveDraft(w.clerk, reportId, { baseVersion: before.version, report })).rejects.toMatchObject({
      status: 400, message: expect.stringContaining(message),
    });
    expect((await current()).version).toBe(before.version);
  });

  it('a formula in a cell is refused with 400 naming the cell; sent as pending input it is kept, never exported', async () => {
    const before = await current();
    const formula = '=HYPERLINK("http://evil.example/","x")';
    const inCell = { ...before.report, tables: setCell(before.report.tables, 'active.licensing', formula) };
    await expect(saveDraft(w.clerk, reportId, { baseVersion: before.version, report: inCell })).rejects.toMatchObject({
      status: 400, message: expect.stringContaining('第二十条第（五）项 / 行政许可 / 本年处理决定数量'),
    });
    const pending = { ...before.report, pendingInput: { 'active.licensing': formula } };
    expect(await saveDraft(w.clerk, reportId, { baseVersion: before.version, report: pending })).toMatchObject({ ok: true });
    const saved = await current();
    expect([saved.report.tables.active.licensing, saved.report.pendingInput]).toEqual([null, { 'active.licensing': formula }]);
    const exported = await reportsForExport(w.clerk, w.townId, 2030, false);
    expect(exported).toHaveLength(1);
    expect(JSON.stringify(exported)).not.toContain('HYPERLINK');
  });

  it('a row stored before pending input existed (text in a cell) loads with the text as pending input', async () => {
    const before = await current();
    const legacy = { ...before.report, tables: setCell(before.report.tables, 'litigation.0', '约20') };
    await w.db.query('UPDATE reports SET data = $1 WHERE id = $2', [JSON.stringify(legacy), reportId]);
    const loaded = await current();
    expect(loaded.report.tables.litigation[0]).toBeNull();
    expect(loaded.report.pendingInput?.['litigation.0']).toBe('约20');
  });

  it('a comment with NUL or a lone surrogate: 400 naming it, no comment stored', async () => {
    for (const body of ['请核实\u0000', '请核实\uDC00']) {
      await expect(addComment(w.clerk, reportId, { anchor: 'part:overview', body })).rejects.toMatchObject({
        status: 400, message: expect.stringContaining('「批注」'),
      });
    }
    const [{ n }] = await w.db.query<{ n: number }>('SELECT count(*)::int AS n FROM report_comments WHERE report_id = $1', [reportId]);
    expect(n).toBe(0);
  });

  it.each(['\u0000', 'not-a-uuid', `${'f'.repeat(8)}-0000-0000-0000-00000000000g`, "'; DROP TABLE reports; --"])(
    'a report id %j that is not a UUID: 404 before any query',
    async (id) => {
      await expect(getReport(w.clerk, id)).rejects.toMatchObject({ status: 404 });
      await expect(saveDraft(w.clerk, id, { baseVersion: 1, report: (await current()).report })).rejects.toMatchObject({ status: 404 });
    },
  );

  it('a comment id or an organ id that is not a UUID: 404', async () => {
    await expect(resolveComment(w.clerk, reportId, '\u0000')).rejects.toMatchObject({ status: 404 });
    await expect(reportsForExport(w.clerk, '\u0000', 2030, true)).rejects.toMatchObject({ status: 404 });
  });
});
