import { beforeAll, describe, expect, it } from 'vitest';
import seed003 from '../../domain/fixtures/seed-003.json';
import { readCanonical } from '../../domain/canonical';
import { appKey, setCell } from '../../domain/cells';
import type { TTables } from '../../domain/model';
import { addOrgan, addUser } from './admin-verbs';
import type { Ctx } from '../context';
import { createReport } from './create-report';
import { getReport } from './get-report';
import { progressBoard } from './progress-board';
import { approveReport, submitReport } from './report-transitions';
import { listWorkflowEvents } from './workflow-events';
import { runRollup, viewRollup } from './rollup-verbs';
import { saveDraft } from './save-draft';
import { lastSubmitNote } from './since-return';
import { ctxFor, TEST_DATABASES } from '../data/test-databases';
import { useDemoWorld } from '../data/demo-world.test-support';

const REGION_ONLY = '「二、主动公开政府信息情况」的数字由本地区汇总生成，不能修改（改动了「第二十条第（五）项 / 行政许可 / 本年处理决定数量」）。本次保存未被接受，文字部分也未保存：请撤销表格中的改动，或刷新页面后再修改文字。';

const seedTables = (() => {
  const r = readCanonical(seed003);
  if (!r.ok) throw new Error('bad fixture');
  return r.report;
})();

describe.each(TEST_DATABASES)('supervising office on $name', (database) => {
  const w = useDemoWorld(database, { timeout: 120_000 });
  const units: { id: string; clerk: Ctx; reviewer: Ctx }[] = [];

  /** Three towns under the district, each with its own clerk and reviewer. */
  beforeAll(async () => {
    for (const n of [1, 2, 3]) {
      const { id } = await addOrgan(w.office, { name: `演示区第${n}街道办事处`, level: 'town', parentId: w.districtId });
      await addUser(w.office, { username: `clerk${n}`, displayName: `填报${n}`, password: 'password-123', organId: id, roles: ['clerk'] });
      await addUser(w.office, { username: `rev${n}`, displayName: `审核${n}`, password: 'password-123', organId: id, roles: ['supervisor'] });
      units.push({ id, clerk: await ctxFor(w.db, `clerk${n}`), reviewer: await ctxFor(w.db, `rev${n}`) });
    }
  }, 120_000);

  async function fileReport(unit: (typeof units)[number], tables: TTables, approve: boolean): Promise<string> {
    const { id } = await createReport(unit.clerk, { organId: unit.id, year: w.cycle.inProgress });
    const base = (await getReport(unit.clerk, id)).record;
    await saveDraft(unit.clerk, id, { baseVersion: 1, report: { ...base.report, tables, parts: seedTables.parts } });
    if (approve) {
      await submitReport(unit.clerk, id);
      await approveReport(unit.reviewer, id);
    }
    return id;
  }

  it('shows every unit with its state, findings and deadline; refuses a clerk', async () => {
    await fileReport(units[0], seedTables.tables, true);
    await fileReport(units[1], setCell(seedTables.tables, appKey(1, 0), 3), false); // APP-BALANCE error
    const board = await progressBoard(w.office, w.districtId, w.cycle.inProgress, new Date(`${w.cycle.inProgress + 1}-01-21T00:00:00Z`));
    const byName = new Map(board.map((r) => [r.organName, r]));
    expect(byName.get('演示区第1街道办事处')).toMatchObject({ state: 'approved', errors: 0, deadline: `${w.cycle.inProgress + 1}-01-31`, daysLeft: 10, late: false });
    // 二 changed with derived totals: 自然人 and 总计 columns no longer balance.
    expect(byName.get('演示区第2街道办事处')).toMatchObject({ state: 'draft', errors: 2 });
    expect(byName.get('演示区第3街道办事处')).toMatchObject({ state: 'not-started', reportId: null });
    expect(byName.get('演示区长寿湖镇人民政府')).toMatchObject({ state: 'draft' });
    const afterDeadline = await progressBoard(w.office, w.districtId, w.cycle.inProgress, new Date(`${w.cycle.inProgress + 1}-02-02T00:00:00Z`));
    expect(afterDeadline.find((r) => r.organName === '演示区第3街道办事处')).toMatchObject({ late: true, daysLeft: -2 });
    // The day is Beijing's: 31 January 17:00 UTC is already 1 February there, the day after the deadline.
    const beijingNextDay = await progressBoard(w.office, w.districtId, w.cycle.inProgress, new Date(`${w.cycle.inProgress + 1}-01-31T17:00:00Z`));
    expect(beijingNextDay.find((r) => r.organName === '演示区第3街道办事处')).toMatchObject({ late: true, daysLeft: -1, publishedOn: null });
    await expect(progressBoard(units[0].clerk, w.districtId, w.cycle.inProgress)).rejects.toMatchObject({ status: 403 });
  });

  it('shows each unit\'s last activity, and findings of the version now stored after every save', async () => {
    const board = await progressBoard(w.office, w.districtId, w.cycle.inProgress, new Date(`${w.cycle.inProgress + 1}-01-21T00:00:00Z`));
    const second = board.find((r) => r.organName === '演示区第2街道办事处')!;
    expect(second.lastActivity).toMatchObject({ actor: '填报2', action: '保存草稿' });
    expect(board.find((r) => r.organName === '演示区第1街道办事处')!.lastActivity).toMatchObject({ actor: '审核1', action: '审定' });
    expect(board.find((r) => r.organName === '演示区第3街道办事处')!.lastActivity).toBeNull();
    // The demo's own reports say where they came from, not 「—」.
    expect(board.find((r) => r.organName === '演示区教育委员会')!.lastActivity).toMatchObject({ actor: '系统', action: '演示数据载入' });

    // The board has counted 2 errors for this version; a save that balances the table must show 0 at once.
    const current = (await getReport(units[1].clerk, second.reportId!)).record;
    await saveDraft(units[1].clerk, second.reportId!, { baseVersion: current.version, report: { ...current.report, tables: seedTables.tables } });
    const after = await progressBoard(w.office, w.districtId, w.cycle.inProgress, new Date(`${w.cycle.inProgress + 1}-01-21T00:00:00Z`));
    expect(after.find((r) => r.organName === '演示区第2街道办事处')).toMatchObject({ errors: 0 });
    // And back: the earlier version's key is not reused for the new content.
    const again = (await getReport(units[1].clerk, second.reportId!)).record;
    await saveDraft(units[1].clerk, second.reportId!, { baseVersion: again.version, report: { ...again.report, tables: setCell(seedTables.tables, appKey(1, 0), 3) } });
    expect((await progressBoard(w.office, w.districtId, w.cycle.inProgress)).find((r) => r.organName === '演示区第2街道办事处')).toMatchObject({ errors: 2 });
  });

  it('rolls approved units up, marks the sums out of date when another unit is approved, and re-runs', async () => {
    // Approved so far: the test's 第1街道 (一 = 1) and the demo's 桃花街道 (一 = 1).
    const first = await runRollup(w.office, w.districtId, { year: w.cycle.inProgress });
    expect(first.report.scope).toBe('region');
    expect(first.rollup?.units.map((u) => u.organ).sort()).toEqual(['演示区桃花街道办事处', '演示区第1街道办事处'].sort());
    expect(first.report.tables.applications[0][6]).toBe(2);
    expect((await viewRollup(w.office, w.districtId, w.cycle.inProgress)).outOfDate).toBe(false);

    await fileReport(units[2], setCell(setCell(seedTables.tables, appKey(0, 0), 3), appKey(2, 0), 3), true);
    const stale = await viewRollup(w.office, w.districtId, w.cycle.inProgress);
    expect(stale.outOfDate).toBe(true);
    expect(stale.reasons).toEqual(['演示区第3街道办事处的报告已审定，尚未汇总']);

    const second = await runRollup(w.office, w.districtId, { year: w.cycle.inProgress });
    expect(second.rollup?.units).toHaveLength(3);
    expect(second.report.tables.applications[0][6]).toBe(1 + 1 + 3); // 一、本年新收 总计
    const view = await viewRollup(w.office, w.districtId, w.cycle.inProgress);
    expect(view.outOfDate).toBe(false);
    expect(view.computed?.drillDown.get(appKey(0, 0))).toEqual(expect.arrayContaining([
      { organ: '演示区第1街道办事处', value: 1 }, { organ: '演示区桃花街道办事处', value: 1 }, { organ: '演示区第3街道办事处', value: 3 },
    ]));
    await expect(runRollup(units[0].clerk, w.districtId, { year: w.cycle.inProgress })).rejects.toMatchObject({ status: 403 });
  });

  it('never rolls a unit up into itself: the town\'s reviewer is refused, and the clerk\'s draft and saves stand', async () => {
    const { record: draft } = await getReport(w.clerk, (await w.db.query<{ id: string }>('SELECT id FROM reports WHERE organ_id = $1 AND year = $2', [w.townId, w.cycle.inProgress]))[0].id);
    const withLicensing = (n: number, base = draft.report) => ({ ...base, tables: { ...base.tables, active: { ...base.tables.active, licensing: n } } });
    const first = await saveDraft(w.clerk, draft.id, { baseVersion: draft.version, report: withLicensing(4242) });
    if (!first.ok) throw new Error('save refused');
    await expect(runRollup(w.reviewer, w.townId, { year: w.cycle.inProgress })).rejects.toMatchObject({
      status: 409, message: '演示区长寿湖镇人民政府下没有下级单位，不能汇总：本地区汇总只为有下级单位的机关生成。',
    });
    await expect(runRollup(w.reviewer, w.townId, { year: w.cycle.inProgress, includeNonFinal: true })).rejects.toMatchObject({ status: 409 });
    expect(await viewRollup(w.reviewer, w.townId, w.cycle.inProgress)).toMatchObject({ region: null, refusal: expect.stringContaining('没有下级单位') });
    const kept = (await getReport(w.clerk, draft.id)).record;
    expect([kept.version, kept.rollup, kept.report.scope, kept.report.tables.active.licensing]).toEqual([first.version, null, undefined, 4242]);
    expect(await saveDraft(w.clerk, draft.id, { baseVersion: kept.version, report: withLicensing(99, kept.report) })).toMatchObject({ ok: true });
    expect((await getReport(w.clerk, draft.id)).record.report.tables.active.licensing).toBe(99);
  });

  it('refuses to roll up into an organ\'s own report of the year, naming it, and leaves that report as it was', async () => {
    await addUser(w.office, { username: 'district-clerk', displayName: '区填报', password: 'password-123', organId: w.districtId, roles: ['clerk'] });
    const districtClerk = await ctxFor(w.db, 'district-clerk');
    const { id } = await createReport(districtClerk, { organId: w.districtId, year: w.cycle.published });
    const before = (await getReport(districtClerk, id)).record;
    const refusal = `演示区人民政府${w.cycle.published}年度已有本机关填写的报告（草稿），汇总不会改动它，因此不能生成本地区汇总报告。`;
    await expect(runRollup(w.office, w.districtId, { year: w.cycle.published })).rejects.toMatchObject({ status: 409, message: refusal });
    expect(await viewRollup(w.office, w.districtId, w.cycle.published)).toMatchObject({ region: null, refusal });
    const after = (await getReport(districtClerk, id)).record;
    expect([after.version, after.rollup, after.report]).toEqual([before.version, null, before.report]);
  });

  it('refuses a save that changes a region\'s summed tables, whole and with the reason; text-only saves go through', async () => {
    const districtClerk = await ctxFor(w.db, 'district-clerk');
    const region = (await viewRollup(w.office, w.districtId, w.cycle.inProgress)).region!;
    const changed = { ...region.report, tables: { ...region.report.tables, active: { ...region.report.tables.active, licensing: 99 } }, parts: { ...region.report.parts!, other: '无。' } };
    await expect(saveDraft(districtClerk, region.id, { baseVersion: region.version, report: changed })).rejects.toMatchObject({ status: 409, message: REGION_ONLY });
    const unchanged = (await getReport(districtClerk, region.id)).record;
    expect([unchanged.version, unchanged.report]).toEqual([region.version, region.report]);
    const words = await saveDraft(districtClerk, region.id, { baseVersion: region.version, report: { ...region.report, parts: changed.parts } });
    expect(words).toMatchObject({ ok: true, version: region.version + 1 });
    const saved = (await getReport(districtClerk, region.id)).record.report;
    expect([saved.parts?.other, saved.tables, saved.scope]).toEqual(['无。', region.report.tables, 'region']);
  });

  it('sums only final reports by default and lists the others; 「含未审定」 includes them, marks their cells, and leaves an empty one unknown', async () => {
    const byDefault = await runRollup(w.office, w.districtId, { year: w.cycle.inProgress });
    expect(byDefault.rollup?.units.map((u) => u.status)).toEqual(['approved', 'approved', 'approved']);
    const view = await viewRollup(w.office, w.districtId, w.cycle.inProgress);
    expect(view.pending).toEqual(expect.arrayContaining([
      { organ: '演示区长寿湖镇人民政府', why: '草稿' }, { organ: '演示区教育委员会', why: '已提交' },
      { organ: '演示区交通运输委员会', why: '未开始' }, { organ: '演示区第2街道办事处', why: '草稿' },
    ]));
    expect(view.units.find((u) => u.organ.name === '演示区交通运输委员会')).toMatchObject({ record: null, summedAs: undefined });
    expect(view.computed?.provisional.size).toBe(0);
    expect(view.computed?.unknown.size).toBe(0);

    // 第2街道's draft leaves 一、自然人 empty: with the switch on, that sum is unknown, not 1 + 1 + 3 + (0).
    const draftId = view.units.find((u) => u.organ.name === '演示区第2街道办事处')!.record!.id;
    const draft = (await getReport(units[1].clerk, draftId)).record;
    await saveDraft(units[1].clerk, draftId, { baseVersion: draft.version, report: { ...draft.report, tables: setCell(seedTables.tables, appKey(0, 0), null) } });
    const all = await runRollup(w.office, w.districtId, { year: w.cycle.inProgress, includeNonFinal: true });
    expect(all.rollup).toMatchObject({ includesNonFinal: true });
    expect(all.rollup?.units).toHaveLength(6);
    expect(all.report.tables.applications[0][0]).toBeNull();
    expect(all.report.tables.applications[0][6]).toBeNull();
    const marked = (await viewRollup(w.office, w.districtId, w.cycle.inProgress)).computed!;
    expect(marked.unknown.get(appKey(0, 0))).toEqual(expect.arrayContaining(['演示区第2街道办事处']));
    expect(marked.unknown.get(appKey(0, 0))).not.toContain('演示区第1街道办事处');
    expect(marked.provisional.get(appKey(0, 0))).toEqual(expect.arrayContaining(['演示区第2街道办事处', '演示区长寿湖镇人民政府']));
    expect(marked.provisional.get(appKey(0, 6))).toEqual(expect.arrayContaining(['演示区第2街道办事处'])); // its total too

    // Approved after it was summed under review: the sums still hold its numbers as they were then.
    const education = (await viewRollup(w.office, w.districtId, w.cycle.inProgress)).units.find((u) => u.organ.name === '演示区教育委员会')!;
    await approveReport(w.reviewer, education.record!.id);
    const after = await viewRollup(w.office, w.districtId, w.cycle.inProgress);
    expect(after.reasons).toContain('演示区教育委员会的报告汇总时未审定，现已变为「已审定」');
    expect(after.pending).toContainEqual({ organ: '演示区教育委员会', why: '汇总时为已提交，请重新汇总' });
  });

  it('refuses to submit a region report while its units are not final, unless the office says why; the reason is on record', async () => {
    const districtClerk = await ctxFor(w.db, 'district-clerk');
    const region = await runRollup(w.office, w.districtId, { year: w.cycle.inProgress });
    const written = await saveDraft(districtClerk, region.id, { baseVersion: region.version, report: { ...region.report, parts: seedTables.parts, signature: seedTables.signature } });
    expect(written).toMatchObject({ ok: true });
    await expect(submitReport(districtClerk, region.id)).rejects.toMatchObject({
      status: 409, message: expect.stringContaining('演示区交通运输委员会（未开始）'),
    });
    await expect(submitReport(districtClerk, region.id, '   ')).rejects.toMatchObject({ status: 409 });
    expect((await getReport(districtClerk, region.id)).record.status).toBe('draft');

    const submitted = await submitReport(districtClerk, region.id, '交通运输委员会年内撤并，报告由区政府办代报');
    expect(submitted.status).toBe('submitted');
    const [audit] = await w.db.query<{ detail: { reason: string; pendingUnits: { organ: string; why: string }[] } }>(
      "SELECT detail FROM audit_log WHERE report_id = $1 AND action = 'report.submit' ORDER BY id DESC LIMIT 1", [region.id],
    );
    const detail = typeof audit.detail === 'string' ? JSON.parse(audit.detail) : audit.detail;
    expect(detail.reason).toBe('交通运输委员会年内撤并，报告由区政府办代报');
    expect(detail.pendingUnits).toEqual(expect.arrayContaining([{ organ: '演示区交通运输委员会', why: '未开始' }]));
    expect((await listWorkflowEvents(w.office, region.id)).at(-1)).toMatchObject({ action: '提交审核', reason: '交通运输委员会年内撤并，报告由区政府办代报' });
    // The review page shows that note above the decision.
    expect(await lastSubmitNote(w.db, region.id)).toEqual({
      reason: '交通运输委员会年内撤并，报告由区政府办代报', pendingUnits: expect.arrayContaining([{ organ: '演示区交通运输委员会', why: '未开始' }]),
    });
  });
});
