import { beforeAll, describe, expect, it } from 'vitest';
import { appKey } from '../../domain/cells';
import { setCell } from '../../domain/cells';
import { signIn } from '../auth/sign-in';
import { actorForToken, endSession } from '../auth/sessions';
import { ServerError } from '../context';
import { createReport } from './create-report';
import { getReport } from './get-report';
import { listReports } from './list-reports';
import { saveDraft } from './save-draft';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../data/seed-demo';
import { ctxFor, TEST_DATABASES } from '../data/test-databases';
import { useDemoWorld } from '../data/demo-world.test-support';

describe.each(TEST_DATABASES)('reports on $name', (database) => {
  const w = useDemoWorld(database);

  beforeAll(async () => {
    expect(await seedDemoIfEmpty(w.db)).toBe(false); // seeding again changes nothing
  }, 60_000);

  it('creates a report with a new-draft outline, once per organ and year', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: '2091' });
    const { record } = await getReport(w.clerk, id);
    expect(record.version).toBe(1);
    expect(record.report.parts?.overview).toContain('（一）主动公开');
    await expect(createReport(w.clerk, { organId: w.townId, year: 2091 })).rejects.toMatchObject({ status: 409, reportId: id, message: expect.stringContaining('2091年度报告已存在') });
    await expect(createReport(w.clerk, { organId: w.townId, year: 2019 })).rejects.toMatchObject({ status: 400 });
  });

  it('saves drafts with versions, merges a stale base, and records who changed what', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2092 });
    const { record } = await getReport(w.clerk, id);
    const edited = { ...record.report, tables: setCell(record.report.tables, appKey(0, 0), 7) };
    const first = await saveDraft(w.clerk, id, { baseVersion: 1, report: edited });
    expect(first).toMatchObject({ ok: true, version: 2, savedBy: '张填报', merged: false });
    // A second tab still based on version 1 that changed nothing keeps version 2 as it is.
    const stale = await saveDraft(w.clerk, id, { baseVersion: 1, report: record.report });
    expect(stale).toMatchObject({ ok: true, version: 2 });
    const saved = (await getReport(w.clerk, id)).record;
    expect(saved.report.tables.applications[0][0]).toBe(7);
    // The server derives totals itself.
    expect(saved.report.tables.applications[0][6]).toBeNull();
    const audit = await w.db.query<{ action: string; detail: { changes?: { cell: string; from: unknown; to: unknown }[] } }>(
      `SELECT action, detail FROM audit_log WHERE report_id = $1 ORDER BY id`, [id],
    );
    expect(audit.map((a) => a.action)).toEqual(['report.create', 'report.save']);
    expect(audit[1].detail.changes).toEqual([{ cell: '一、本年新收政府信息公开申请数量 / 自然人', from: null, to: 7 }]);
    const revisions = await w.db.query<{ version: number }>('SELECT version FROM report_revisions WHERE report_id = $1 ORDER BY version', [id]);
    expect(revisions.map((r) => r.version)).toEqual([1, 2]);
  });

  it('merges two tabs that changed different cells and paragraphs, and refuses only what both changed', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2041 });
    const { record } = await getReport(w.clerk, id);
    const overview = record.report.parts!.overview;
    // Tab A: a cell and the first paragraph; tab B, still on version 1: another cell and a new last paragraph.
    const a = await saveDraft(w.clerk, id, { baseVersion: 1, patch: { cells: { [appKey(0, 0)]: 7 }, parts: { overview: `甲改。\n${overview}` } } });
    expect(a).toMatchObject({ ok: true, version: 2, merged: false });
    const b = await saveDraft(w.clerk, id, { baseVersion: 1, patch: { cells: { 'active.licensing': 12 }, parts: { overview: `${overview}\n乙加。` } } });
    expect(b).toMatchObject({ ok: true, version: 3, merged: true });
    const both = (await getReport(w.clerk, id)).record.report;
    expect([both.tables.applications[0][0], both.tables.active.licensing]).toEqual([7, 12]);
    expect(both.parts!.overview).toBe(`甲改。\n${overview}\n乙加。`);
    if (b.ok && b.merged) expect(b.report.tables.applications[0][0]).toBe(7); // the tab is told what it merged with

    // Both change the same cell from version 1: nothing of this save is kept, and the conflict names the cell.
    const c = await saveDraft(w.clerk, id, { baseVersion: 1, patch: { cells: { [appKey(0, 0)]: 8, [appKey(0, 1)]: 2 } } });
    expect(c).toMatchObject({ ok: false, conflicts: [{ kind: 'cell', key: appKey(0, 0), name: '一、本年新收政府信息公开申请数量 / 自然人', mine: 8, theirs: 7 }] });
    expect((await getReport(w.clerk, id)).record).toMatchObject({ version: 3, report: { tables: { applications: expect.arrayContaining([expect.arrayContaining([7, null])]) } } });
    expect((await getReport(w.clerk, id)).record.report.tables.applications[0][1]).toBeNull();

    const [audit] = await w.db.query<{ detail: { patch: unknown; mergedWith?: number } }>(
      `SELECT detail FROM audit_log WHERE report_id = $1 AND action = 'report.save' ORDER BY id DESC LIMIT 1`, [id],
    );
    expect(audit.detail).toMatchObject({ patch: { baseVersion: 1, cells: { 'active.licensing': 12 }, parts: ['overview'] }, mergedWith: 2 });
  });

  it('keeps typed text of a patch as pending input beside the tables, never in them', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2043 });
    expect(await saveDraft(w.clerk, id, { baseVersion: 1, patch: { cells: { [appKey(0, 0)]: '=1+1', [appKey(0, 1)]: 4 } } })).toMatchObject({ ok: true, version: 2 });
    const [{ data }] = await w.db.query<{ data: Record<string, unknown> }>('SELECT data FROM reports WHERE id = $1', [id]);
    const stored = (typeof data === 'string' ? JSON.parse(data) : data) as { tables: { applications: unknown[][] }; pendingInput: unknown };
    expect([stored.tables.applications[0][0], stored.tables.applications[0][1], stored.pendingInput]).toEqual([null, 4, { [appKey(0, 0)]: '=1+1' }]);
    // Typing a value over it later replaces the pending text.
    expect(await saveDraft(w.clerk, id, { baseVersion: 2, patch: { cells: { [appKey(0, 0)]: 3 } } })).toMatchObject({ ok: true, version: 3 });
    expect((await getReport(w.clerk, id)).record.report).toMatchObject({ tables: { applications: expect.arrayContaining([expect.arrayContaining([3, 4])]) } });
    expect((await getReport(w.clerk, id)).record.report.pendingInput).toBeUndefined();
  });

  it('refuses a base version the report never had', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2042 });
    expect(await saveDraft(w.clerk, id, { baseVersion: 5, patch: { cells: { [appKey(0, 0)]: 1 } } })).toMatchObject({ ok: false, unknownBase: expect.stringContaining('所依据的第5版不存在'), current: { version: 1 } });
  });

  it('keeps the organ, year and totals the server knows, whatever the client sends', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2093 });
    const { record } = await getReport(w.clerk, id);
    const forged = { ...record.report, organ: '别的机关', year: 2000, tables: setCell(record.report.tables, appKey(0, 6), 999) };
    await saveDraft(w.clerk, id, { baseVersion: 1, report: forged });
    const saved = (await getReport(w.clerk, id)).record.report;
    expect(saved.organ).toBe(record.organName);
    expect(saved.year).toBe(2093);
    expect(saved.tables.applications[0][6]).toBeNull();
  });

  it('takes only the clerk\'s content from a save: scope, title, level, status and accepted warnings stay the server\'s', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2096 });
    const { record } = await getReport(w.clerk, id);
    const forged = {
      ...record.report, scope: 'region', title: '伪造的标题', level: 'government', organ: '别的机关', year: 2000, status: 'approved',
      acceptedWarnings: [{ finding: 'x', rule: 'LATE', reason: '自己接受', by: '张填报' }],
      parts: { ...record.report.parts!, other: '本年度无其他事项。' }, signature: { organ: '长寿湖镇', date: '2097-01-17' },
    };
    expect(await saveDraft(w.clerk, id, { baseVersion: 1, report: forged })).toMatchObject({ ok: true, version: 2 });
    const [{ data }] = await w.db.query<{ data: Record<string, unknown> }>('SELECT data FROM reports WHERE id = $1', [id]);
    const stored = typeof data === 'string' ? JSON.parse(data) : data;
    expect([stored.scope, stored.title, stored.level, stored.organ, stored.year, stored.acceptedWarnings])
      .toEqual([undefined, undefined, 'town', record.organName, 2096, undefined]);
    expect([stored.parts.other, stored.signature]).toEqual(['本年度无其他事项。', { organ: '长寿湖镇', date: '2097-01-17' }]);
    expect((await getReport(w.clerk, id)).record.status).toBe('draft');
  });

  it('refuses malformed drafts with the JSON path', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2094 });
    const { record } = await getReport(w.clerk, id);
    const broken = { ...record.report, tables: { ...record.report.tables, litigation: [1, 2] } };
    await expect(saveDraft(w.clerk, id, { baseVersion: 1, report: broken })).rejects.toMatchObject({
      status: 400, issues: [expect.objectContaining({ path: 'report.tables.litigation' })],
    });
  });

  it('lets only clerks of the organ edit; the supervising office sees but cannot change', async () => {
    const [demoDraft] = (await listReports(w.clerk)).filter((r) => r.status === 'draft' && r.year === w.cycle.inProgress);
    expect(demoDraft).toBeDefined();
    await expect(saveDraft(w.reviewer, demoDraft.id, { baseVersion: demoDraft.version, report: demoDraft.report })).rejects.toMatchObject({ status: 403 });
    const seen = await getReport(w.office, demoDraft.id);
    expect(seen.access).toMatchObject({ canView: true, viaSupervision: true, roles: [] });
    await expect(saveDraft(w.office, demoDraft.id, { baseVersion: demoDraft.version, report: demoDraft.report })).rejects.toBeInstanceOf(ServerError);
    // The town's published report of last year is frozen even for its clerk.
    const [published] = (await listReports(w.clerk)).filter((r) => r.status === 'published' && r.year === w.cycle.published);
    await expect(saveDraft(w.clerk, published.id, { baseVersion: published.version, report: published.report })).rejects.toMatchObject({ status: 409 });
  });

  it('hides other organs’ reports entirely', async () => {
    await w.db.query(`INSERT INTO organs (id, name, level) VALUES ('other', '别处县人民政府', 'government')`);
    await w.db.query(`INSERT INTO users (id, username, display_name) VALUES ('u-other', 'other', '外单位')`);
    await w.db.query(`INSERT INTO memberships (user_id, organ_id, role) VALUES ('u-other', 'other', 'clerk')`);
    const outsider = await ctxFor(w.db, 'other');
    expect(await listReports(outsider)).toEqual([]);
    const [demoDraft] = await listReports(w.clerk);
    await expect(getReport(outsider, demoDraft.id)).rejects.toMatchObject({ status: 404 });
    await expect(createReport(outsider, { organId: w.townId, year: 2095 })).rejects.toMatchObject({ status: 404 });
  });

  it('ends sessions on sign-out and when they expire; each sign-in gets a new token', async () => {
    const first = await signIn(w.db, 'office', DEMO_PASSWORD, null);
    const second = await signIn(w.db, 'office', DEMO_PASSWORD, null);
    expect(second.token).not.toBe(first.token);
    await endSession(w.db, first.token);
    expect(await actorForToken(w.db, first.token)).toBeNull();
    expect((await actorForToken(w.db, second.token))?.username).toBe('office');
    await w.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second'`);
    expect(await actorForToken(w.db, second.token)).toBeNull();
  });

  it('signs in with the right password only, and slows down repeated failures', async () => {
    const { token } = await signIn(w.db, 'reviewer', DEMO_PASSWORD, null);
    expect((await actorForToken(w.db, token))?.username).toBe('reviewer');
    expect(await actorForToken(w.db, 'not-a-token')).toBeNull();
    for (let i = 0; i < 3; i++) await expect(signIn(w.db, 'clerk', 'wrong', null)).rejects.toMatchObject({ status: 401 });
    // After three failures even the right password must wait.
    await expect(signIn(w.db, 'clerk', DEMO_PASSWORD, null)).rejects.toMatchObject({ status: 429 });
    await w.db.query('DELETE FROM sign_in_throttle');
    await expect(signIn(w.db, 'clerk', DEMO_PASSWORD, null)).resolves.toHaveProperty('token');
  });
});
