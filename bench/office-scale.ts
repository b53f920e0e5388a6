// The supervising office at scale (issue 7): a district with 1,000 units, each with an approved report
// (seed 004's tables), on PGlite. Server time, target < 1 s each:
// - rollUp: the pure sums over 1,000 unit reports; baseline: a JSON copy of the same 1,000 tables;
// - runRollup: the verb as the office's button runs it (read 1,000 reports, sum, store a version);
//   baseline: reading the same 1,000 reports (findReportsOfOrgans), the floor of any roll-up;
// - progressBoard: the verb behind the board (states, findings of 1,000 reports, deadlines); baseline: its two queries;
// - GET /office: the board's first view, rendered by a production server, to the last byte; baseline: GET /login.
import { rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Db } from '../lib/db/types';
import { rollUp } from '../lib/domain/rollup';
import { loadActor } from '../lib/server/auth/sessions';
import type { Ctx } from '../lib/server/context';
import { insertReport } from '../lib/server/data/insert-report';
import { organsBelow } from '../lib/server/data/organs';
import { progressBoard } from '../lib/server/verbs/progress-board';
import { findReportsOfOrgans } from '../lib/server/data/report-records';
import { runRollup } from '../lib/server/verbs/rollup-verbs';
import { seedDemoIfEmpty } from '../lib/server/data/seed-demo';
import { ensureBuild, freePort, freshDataDir, openDatabase, SEED_004, signIn, startServer, type Server } from '../scripts/proof-lib';
import { figures, type AsyncBenchEntry, type AsyncBenchResult } from './figures';

const UNITS = 1000;
const YEAR = 2036;
const TARGET_MS = 1000;
const PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : freePort();

type World = { dataDir: string; db: Db; office: Ctx; districtId: string };
let world: World | null = null;

/** The district and its 1,000 units with approved reports, made once for all entries of this file. */
async function getWorld(): Promise<World> {
  if (world) return world;
  const dataDir = freshDataDir('bench-office');
  const db = await openDatabase({ kind: 'pglite', dataDir });
  await seedDemoIfEmpty(db);
  const [user] = await db.query<{ id: string }>("SELECT id FROM users WHERE username = 'office'");
  const office: Ctx = { db, actor: (await loadActor(db, user.id))! };
  const districtId = office.actor.memberships[0].organId;
  await db.transaction(async (tx) => {
    for (let i = 1; i <= UNITS; i++) {
      const organId = randomUUID();
      const name = `规模测试第${i}单位`;
      await tx.query('INSERT INTO organs (id, name, level, parent_id) VALUES ($1, $2, $3, $4)', [organId, name, i % 3 ? 'department' : 'town', districtId]);
      const report = { ...SEED_004, organ: name, year: YEAR, level: i % 3 ? ('department' as const) : ('town' as const) };
      await insertReport(tx, { organId, report, actorId: user.id, status: 'approved', audit: false });
    }
    await tx.query('UPDATE reports SET approved_version = version WHERE year = $1', [YEAR]);
  });
  world = { dataDir, db, office, districtId };
  return world;
}

async function timed(run: () => Promise<unknown>, times: number): Promise<number[]> {
  await run(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run();
    out.push(performance.now() - t0);
  }
  return out;
}

function result(own: number[], base: number[], baseName: string, what: string): AsyncBenchResult {
  const o = figures(own, 'ms');
  const b = figures(base, 'ms');
  return {
    own: o, baseline: { name: baseName, ...b }, ratio: Math.round((o.p50 / b.p50) * 100) / 100, ratioOf: 'p50',
    check: { ok: o.p95 < TARGET_MS, text: `${what} under 1 s (p95)` },
  };
}

// Selected without the server entry (which removes it), the folder goes when the bench ends.
process.on('exit', () => world && rmSync(world.dataDir, { recursive: true, force: true }));

export const benches: AsyncBenchEntry[] = [
  {
    name: 'office: rollUp of 1,000 unit reports (pure sums)',
    measure: async () => {
      const units = Array.from({ length: UNITS }, (_, i) => ({ organ: `u${i}`, tables: SEED_004.tables, isFinal: true }));
      const sums = rollUp(units);
      if (sums.tables.applications[0][6] !== (SEED_004.tables.applications[0][6] as number) * UNITS) throw new Error('roll-up sums are wrong');
      return result(await timed(async () => rollUp(units), 20), await timed(async () => JSON.parse(JSON.stringify(units)), 20), 'JSON copy of the 1,000 tables', 'rollUp');
    },
  },
  {
    name: 'office: runRollup verb over 1,000 approved units (PGlite)',
    measure: async () => {
      const w = await getWorld();
      const region = await runRollup(w.office, w.districtId, { year: YEAR });
      if (region.rollup?.units.length !== UNITS) throw new Error(`rolled up ${region.rollup?.units.length} units`);
      const own = await timed(() => runRollup(w.office, w.districtId, { year: YEAR }), 5);
      const base = await timed(async () => findReportsOfOrgans(w.db, (await organsBelow(w.db, w.districtId)).map((o) => o.id), [YEAR]), 5);
      return result(own, base, 'reading the 1,000 reports', 'runRollup');
    },
  },
  {
    name: 'office: progressBoard verb for 1,000 units (PGlite)',
    measure: async () => {
      const w = await getWorld();
      const rows = await progressBoard(w.office, w.districtId, YEAR);
      if (rows.filter((r) => r.state === 'approved').length < UNITS) throw new Error('board misses units');
      const own = await timed(() => progressBoard(w.office, w.districtId, YEAR), 5);
      const base = await timed(async () => findReportsOfOrgans(w.db, (await organsBelow(w.db, w.districtId)).map((o) => o.id), [YEAR, YEAR - 1]), 5);
      return result(own, base, 'its two queries', 'progressBoard');
    },
  },
  {
    name: 'office: GET /office, the board of 1,000 units (production server)',
    measure: async () => {
      ensureBuild();
      const w = await getWorld();
      const { dataDir, districtId } = w;
      await w.db.close(); // the server takes the folder
      let server: Server | null = null;
      try {
        server = await startServer(PORT, { kind: 'pglite', dataDir });
        const cookie = await signIn(server.base, 'office');
        const get = (path: string) => async () => {
          const r = await fetch(`${server!.base}${path}`, { headers: { cookie } });
          const html = await r.text();
          if (!r.ok) throw new Error(`${path}: ${r.status}`);
          return html;
        };
        const board = get(`/office?organ=${districtId}&year=${YEAR}`);
        const html = (await board()) as string;
        const shown = (html.match(/规模测试第\d+单位/g) ?? []).length;
        if (shown < UNITS) throw new Error(`the board shows ${shown} units`);
        return result(await timed(board, 5), await timed(get('/login'), 5), 'GET /login', 'first view of the board');
      } finally {
        await server?.stop();
        rmSync(dataDir, { recursive: true, force: true });
        world = null;
      }
    },
  },
];
