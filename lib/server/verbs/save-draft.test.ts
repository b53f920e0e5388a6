// The autosave's one-statement write (issue 13): a patch on the version this process saved last is written
// without reading the row, and only while nobody else wrote the row since. Everything that could have
// changed in between — another process's save, a transition, the register taking Table 2, a role taken
// back — must still be seen, exactly as by the full save.
import { describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../../db/types';
import { appKey, getCell } from '../../domain/cells';
import { getReport } from './get-report';
import { createReport } from './create-report';
import { saveDraft } from './save-draft';
import { createRegister } from './register-create';
import { linkReportToRegister } from './register-use';
import { findRevision } from '../data/revision-content';
import type { Ctx } from '../context';
import { TEST_DATABASES } from '../data/test-databases';
import { useDemoWorld } from '../data/demo-world.test-support';

/** The same database seen through a counter of statements: a Db object of its own, as another process would have. */
function counted(db: Db): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const count = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      statements.push(sql);
      return q.query(sql, params);
    },
  });
  return {
    statements,
    db: { kind: db.kind, close: () => db.close(), query: count(db).query, transaction: (fn) => db.transaction((tx) => fn(count(tx))) },
  };
}

const A = appKey(0, 0);
const B = appKey(0, 1);

describe.each(TEST_DATABASES)('saving a patch on the last saved version, on $name', (database) => {
  const w = useDemoWorld(database);

  /** A clerk's context on its own Db object (its own memory of saves), counting its statements. */
  const clerkIn = (): { ctx: Ctx; statements: string[] } => {
    const { db, statements } = counted(w.db);
    return { ctx: { db, actor: w.clerk.actor }, statements };
  };

  it('writes the next autosave in one statement, keeping every version, revision and audit row right', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2061 });
    const { ctx, statements } = clerkIn();
    let version = 1;
    const expected = new Map<number, unknown>();
    for (let i = 0; i < 20; i++) {
      statements.length = 0;
      const saved = await saveDraft(ctx, id, { baseVersion: version, patch: { cells: { [i % 2 ? A : B]: i }, ...(i === 7 ? { parts: { other: `第${i}次` } } : {}) } });
      expect(saved).toMatchObject({ ok: true, version: version + 1, merged: false, savedBy: '张填报' });
      // The first save reads and locks the row; every later one is a single statement.
      if (i > 0) expect(statements).toHaveLength(1);
      version += 1;
      expected.set(version, (await getReport(w.clerk, id)).record.report);
    }
    const stored = (await getReport(w.clerk, id)).record.report;
    expect(getCell(stored.tables, A)).toBe(19);
    expect(getCell(stored.tables, B)).toBe(18);
    expect(stored.parts?.other).toBe('第7次');
    // Every version reads back as it was acknowledged (revisions hold deltas and snapshots alike).
    for (const [v, report] of expected) {
      const { acceptedWarnings: _none, ...content } = report as typeof stored;
      expect(await findRevision(w.db, id, v)).toMatchObject({ tables: content.tables, parts: content.parts });
    }
    const audit = await w.db.query<{ detail: { version: number; patch: { cells: Record<string, number> } } }>(
      "SELECT detail FROM audit_log WHERE report_id = $1 AND action = 'report.save' ORDER BY id", [id],
    );
    expect(audit.map((a) => a.detail.version)).toEqual([...expected.keys()]);
    expect(audit[19].detail.patch.cells).toEqual({ [A]: 19 });
  });

  it('keeps typed text as pending input, clears it, and takes the signature, on this path as on the full one', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2068 });
    const { ctx, statements } = clerkIn();
    await saveDraft(ctx, id, { baseVersion: 1, patch: { cells: { [A]: 1 } } });
    statements.length = 0;
    expect(await saveDraft(ctx, id, { baseVersion: 2, patch: { cells: { [A]: '约5件' }, signature: { date: '2069-01-20' } } })).toMatchObject({ ok: true, version: 3 });
    expect(statements).toHaveLength(1);
    const typed = (await getReport(w.clerk, id)).record.report;
    expect([getCell(typed.tables, A), typed.pendingInput, typed.signature?.date]).toEqual([null, { [A]: '约5件' }, '2069-01-20']);
    expect(await saveDraft(ctx, id, { baseVersion: 3, patch: { cells: { [A]: 5, [B]: null } } })).toMatchObject({ ok: true, version: 4 });
    const fixed = (await getReport(w.clerk, id)).record.report;
    expect([getCell(fixed.tables, A), getCell(fixed.tables, B), fixed.pendingInput]).toEqual([5, null, undefined]);
    expect(statements).toHaveLength(2);
  });

  it('merges instead of overwriting when another process saved in between', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2062 });
    const first = clerkIn();
    const other = clerkIn();
    expect(await saveDraft(first.ctx, id, { baseVersion: 1, patch: { cells: { [A]: 1 } } })).toMatchObject({ ok: true, version: 2 });
    // The other tab, served by another process, saves a different cell on version 2.
    expect(await saveDraft(other.ctx, id, { baseVersion: 2, patch: { cells: { [B]: 5 } } })).toMatchObject({ ok: true, version: 3 });
    // The first process's memory of version 2 is stale: its save is merged, both edits kept.
    const merged = await saveDraft(first.ctx, id, { baseVersion: 2, patch: { cells: { [A]: 2 } } });
    expect(merged).toMatchObject({ ok: true, version: 4, merged: true });
    const stored = (await getReport(w.clerk, id)).record.report.tables;
    expect([getCell(stored, A), getCell(stored, B)]).toEqual([2, 5]);
    // And a save based on version 2 touching the cell the other changed is a conflict, nothing written.
    const clash = await saveDraft(first.ctx, id, { baseVersion: 2, patch: { cells: { [B]: 9 } } });
    expect(clash).toMatchObject({ ok: false, conflicts: [{ kind: 'cell', key: B, mine: 9, theirs: 5 }] });
    expect((await getReport(w.clerk, id)).record.version).toBe(4);
  });

  it('never overwrites a change to the row it did not make, even one that kept the version number', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2067 });
    const { ctx } = clerkIn();
    expect(await saveDraft(ctx, id, { baseVersion: 1, patch: { cells: { [A]: 1 } } })).toMatchObject({ ok: true, version: 2 });
    // A maintenance fix of the stored data: no verb, no new version. Only the row's xmin tells.
    await w.db.query(`UPDATE reports SET data = jsonb_set(data, '{tables,applications,0,1}', '8') WHERE id = $1`, [id]);
    expect(await saveDraft(ctx, id, { baseVersion: 2, patch: { cells: { [A]: 2 } } })).toMatchObject({ ok: true, version: 3 });
    const stored = (await getReport(w.clerk, id)).record.report.tables;
    expect([getCell(stored, A), getCell(stored, B)]).toEqual([2, 8]);
  });

  it('refuses a save after the report was submitted meanwhile, even from the process that saved it last', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2063 });
    const { ctx } = clerkIn();
    expect(await saveDraft(ctx, id, { baseVersion: 1, patch: { cells: { [A]: 1 } } })).toMatchObject({ ok: true, version: 2 });
    // Submitted in another process (any transition writes the row the same way).
    const { record } = await getReport(w.clerk, id);
    await w.db.query("UPDATE reports SET status = 'submitted' WHERE id = $1", [id]);
    await expect(saveDraft(ctx, id, { baseVersion: 2, patch: { cells: { [A]: 2 } } })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('不能修改') });
    const stored = (await getReport(w.clerk, id)).record;
    expect(stored.version).toBe(record.version);
    expect(getCell(stored.report.tables, A)).toBe(1);
  });

  it('refuses a change to Table 2 once the register feeds it, and still takes the other tables', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2064 });
    const { ctx } = clerkIn();
    expect(await saveDraft(ctx, id, { baseVersion: 1, patch: { cells: { [A]: 1 } } })).toMatchObject({ ok: true, version: 2 });
    await createRegister(w.clerk, w.townId, 2064);
    // Only the registers row changes when the link is released; here it is taken, which writes the report too —
    // so the register row is switched directly as well, to prove the guard reads it.
    await w.db.query('UPDATE registers SET feeds_report = true WHERE organ_id = $1 AND year = 2064', [w.townId]);
    await expect(saveDraft(ctx, id, { baseVersion: 2, patch: { cells: { [A]: 3 } } })).rejects.toMatchObject({
      status: 409, message: expect.stringContaining('由申请台账统计生成，不能修改'),
    });
    expect(getCell((await getReport(w.clerk, id)).record.report.tables, A)).toBe(1);
    // Released again (no write to the report row), the next save is the clerk's again.
    const { version } = await linkReportToRegister(ctx, id, { use: false });
    expect(await saveDraft(ctx, id, { baseVersion: version, patch: { cells: { [A]: 4 } } })).toMatchObject({ ok: true, version: 3 });
  });

  it('refuses a clerk whose role was taken back, though this process saved for them a moment ago', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2065 });
    const { ctx } = clerkIn();
    expect(await saveDraft(ctx, id, { baseVersion: 1, patch: { cells: { [A]: 1 } } })).toMatchObject({ ok: true, version: 2 });
    const withoutRole: Ctx = { db: ctx.db, actor: { ...ctx.actor, memberships: ctx.actor.memberships.map((m) => ({ ...m, role: 'supervisor' as const })) } };
    await expect(saveDraft(withoutRole, id, { baseVersion: 2, patch: { cells: { [A]: 2 } } })).rejects.toMatchObject({ status: 403 });
    expect(getCell((await getReport(w.clerk, id)).record.report.tables, A)).toBe(1);
  });

  it('parses the input first: a total in a patch is refused on this path too', async () => {
    const { id } = await createReport(w.clerk, { organId: w.townId, year: 2066 });
    const { ctx, statements } = clerkIn();
    await saveDraft(ctx, id, { baseVersion: 1, patch: { cells: { [A]: 1 } } });
    statements.length = 0;
    await expect(saveDraft(ctx, id, { baseVersion: 2, patch: { cells: { [appKey(0, 6)]: 99 } } })).rejects.toMatchObject({ status: 400 });
    expect(statements).toEqual([]);
    expect((await getReport(w.clerk, id)).record.version).toBe(2);
  });
});
