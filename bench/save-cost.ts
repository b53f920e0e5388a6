// The server's cost of one autosave (issue 13): the verb saveDraft in this process on PGlite, for a save
// that sends the whole report (as every save did before patches; the command line still may) and for the
// editor's patch of the one cell typed. Both store a new version with its revision and audit row. The whole
// report goes the full way (the row read and locked, compared, written); the patch, based on the version this
// process saved last, is written in one guarded statement (save-draft.ts, last-saved.ts). The whole report
// is the baseline, in the same run.
import { rmSync } from 'node:fs';
import { appKey } from '../lib/domain/cells';
import { loadActor } from '../lib/server/auth/sessions';
import { saveDraft } from '../lib/server/verbs/save-draft';
import type { Ctx } from '../lib/server/context';
import { freshDataDir, openDatabase, SEED_004, seedClerks } from '../scripts/proof-lib';
import { figures, type AsyncBenchEntry } from './figures';

const SAVES = 150;

type Saver = { ctx: Ctx; reportId: string; version: number; times: number[] };

/** One save, timed; the next one is based on the version it made. */
async function timedSave(saver: Saver, body: (version: number) => unknown): Promise<void> {
  const t0 = performance.now();
  const r = await saveDraft(saver.ctx, saver.reportId, body(saver.version));
  saver.times.push(performance.now() - t0);
  if (!r.ok) throw new Error('save refused');
  saver.version = r.version;
}

export const benches: AsyncBenchEntry[] = [{
  name: 'save: one typed cell as a patch vs the whole report (saveDraft, PGlite)',
  measure: async () => {
    const dataDir = freshDataDir('bench-save-cost');
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const [whole, patch] = await seedClerks(db, 2, 2035, 'savecost');
      const ctxOf = async (username: string): Promise<Ctx> => {
        const [user] = await db.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
        return { db, actor: (await loadActor(db, user.id))! };
      };
      const [wholeCtx, patchCtx] = [await ctxOf(whole.username), await ctxOf(patch.username)];
      const cell = appKey(0, 0);
      // Both reports start as seed 004 (version 2), then each save changes the one cell.
      for (const [ctx, c] of [[wholeCtx, whole], [patchCtx, patch]] as const) {
        await saveDraft(ctx, c.reportId, { baseVersion: 1, report: { ...SEED_004, organ: 'x', year: 2035 } });
      }
      const withMark = (mark: number) => {
        const applications = SEED_004.tables.applications.map((row) => [...row]);
        applications[0][0] = mark;
        return { ...SEED_004, tables: { ...SEED_004.tables, applications } };
      };
      // Taken in turns, so a machine busy with other work slows both alike.
      const base: Saver = { ctx: wholeCtx, reportId: whole.reportId, version: 2, times: [] };
      const own: Saver = { ctx: patchCtx, reportId: patch.reportId, version: 2, times: [] };
      for (let i = 0; i < SAVES; i++) {
        await timedSave(base, (v) => ({ baseVersion: v, report: withMark(100 + i) }));
        await timedSave(own, (v) => ({ baseVersion: v, patch: { cells: { [cell]: 100 + i } } }));
      }
      const o = figures(own.times, 'ms');
      const b = figures(base.times, 'ms');
      return { own: o, baseline: { name: 'the whole report', ...b }, ratio: Math.round((o.p50 / b.p50) * 100) / 100, ratioOf: 'p50' };
    } finally {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
}];
