// Saves under concurrent load (issue 8): a production server on loopback; CLERKS simulated clerks, each
// signed in with its own session and its own report, send autosaves (PUT /api/reports/{id}/draft with the
// version they were answered last) over one keep-alive connection each, driven by autocannon, AMOUNT saves
// in all (bounded in time too). Afterwards the server is stopped and every acknowledged save (200) must be
// in the database with the content sent (scripts/proof-lib.ts checkIntegrity).
// Baseline: GET of a small static file of the same build, same connections and count — Next's HTTP path on
// this machine without app code or database. On PGlite, and on PostgreSQL (TEST_DATABASE_URL, else
// scripts/start-test-postgres.sh; skipped, and said, when neither is there).
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  checkIntegrity, DIST_DIR, draftBody, ensureBuild, freePort, freshDataDir, freshPostgresDatabase, openDatabase, ROOT, seedClerks, signIn, startServer,
  testPostgresUrl, type Ack, type Database, type Server,
} from '../scripts/proof-lib';
import { figures, type AsyncBenchEntry, type AsyncBenchResult } from './figures';

const CLERKS = Number(process.env.BENCH_CLERKS ?? 40);
const AMOUNT = Number(process.env.BENCH_SAVES ?? 1500);
const MAX_SECONDS = 60;
const PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : freePort();

type Run = { latencies: number[]; statuses: Map<number, number>; seconds: number; errors: number; timeouts: number };

/** autocannon with a client set-up, stopped after MAX_SECONDS whatever happens; latencies of every response. */
function fire(opts: autocannon.Options, setupClient?: (client: autocannon.Client, latencies: number[], statuses: Map<number, number>) => void): Promise<Run> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        ...opts,
        timeout: 10,
        setupClient: (client: autocannon.Client) => {
          client.on('response', (status: number, _bytes: number, ms: number) => {
            latencies.push(ms);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          });
          setupClient?.(client, latencies, statuses);
        },
      },
      (err, result) => {
        clearTimeout(timer);
        if (err) return reject(err);
        resolve({ latencies, statuses, seconds: result.duration, errors: result.errors, timeouts: result.timeouts });
      },
    );
    const timer = setTimeout(() => instance.stop(), MAX_SECONDS * 1000);
  });
}

/** The smallest script of this build: a file Next serves without running app code. */
function smallStaticPath(): string {
  const dir = path.join(ROOT, DIST_DIR, 'static/chunks');
  const [smallest] = readdirSync(dir).filter((f) => f.endsWith('.js')).sort((a, b) => statSync(path.join(dir, a)).size - statSync(path.join(dir, b)).size);
  return `/_next/static/chunks/${smallest}`;
}

/** The load on a fresh database: seeded, served, loaded, stopped, checked. Also the CI smoke (e2e/load-smoke.spec.ts). */
export async function saveLoad(database: Database, label: string, o = { clerks: CLERKS, amount: AMOUNT, port: PORT }): Promise<AsyncBenchResult> {
  const seeding = await openDatabase(database);
  const clerks = await seedClerks(seeding, o.clerks, 2035, 'load');
  await seeding.close();
  let server: Server | null = await startServer(o.port, database);
  const acks: Ack[] = [];
  try {
    const cookies: string[] = [];
    for (const c of clerks) cookies.push(await signIn(server.base, c.username));
    const connections = clerks.length;
    const base = await fire({ url: `${server.base}${smallStaticPath()}`, connections, amount: o.amount });
    let next = 0;
    let marks = 100_000;
    const own = await fire({ url: server.base, connections, amount: o.amount }, (client) => {
      const i = next++ % clerks.length;
      const state = { version: 1, mark: 0 };
      const request = (): autocannon.Request => {
        state.mark = ++marks;
        return {
          method: 'PUT', path: `/api/reports/${clerks[i].reportId}/draft`,
          headers: { cookie: cookies[i], 'content-type': 'application/json' }, body: draftBody(state.version, state.mark),
          onResponse: (status: number, body: string) => {
            let answer: { version?: number; current?: { version: number } } | null = null;
            try {
              answer = JSON.parse(body);
            } catch {
              // an error page: counted by its status
            }
            if (status === 200 && answer?.version) {
              acks.push({ reportId: clerks[i].reportId, version: answer.version, mark: state.mark });
              state.version = answer.version;
            } else if (status === 409 && answer?.current) state.version = answer.current.version;
            client.setRequests([request()]);
          },
        };
      };
      client.setRequests([request()]);
    });
    await server.stop();
    server = null;
    const check = await openDatabase(database);
    const problems = await checkIntegrity(check, clerks.map((c) => c.reportId), acks);
    await check.close();
    const count = (r: Run) => [...r.statuses.values()].reduce((a, b) => a + b, 0);
    const ownFigures = figures(own.latencies, 'ms', { value: Math.round(count(own) / own.seconds), unit: 'req/s' });
    const baseFigures = figures(base.latencies, 'ms', { value: Math.round(count(base) / base.seconds), unit: 'req/s' });
    const statuses = Object.fromEntries(own.statuses);
    return {
      own: ownFigures,
      baseline: { name: 'GET static file', ...baseFigures },
      ratio: Math.round((ownFigures.throughput!.value / baseFigures.throughput!.value) * 1000) / 1000,
      ratioOf: 'req/s',
      check: {
        ok: problems.length === 0 && acks.length > 0 && own.errors === 0,
        text: problems.length ? `${problems.length} problems: ${problems.slice(0, 3).join('; ')}` : `${acks.length}/${count(own)} acknowledged saves all in the database (${label})`,
      },
      details: { database: label, clerks: o.clerks, saves: count(own), statuses, errors: own.errors, timeouts: own.timeouts, seconds: own.seconds, baselineSeconds: base.seconds },
    };
  } finally {
    await server?.stop();
  }
}

export const benches: AsyncBenchEntry[] = [
  {
    name: `save load: ${CLERKS} clerks, ${AMOUNT} autosaves (PGlite)`,
    measure: async () => {
      ensureBuild();
      const dataDir = freshDataDir('bench-load');
      try {
        return await saveLoad({ kind: 'pglite', dataDir }, 'PGlite');
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
  {
    name: `save load: ${CLERKS} clerks, ${AMOUNT} autosaves (PostgreSQL)`,
    measure: async () => {
      const url = testPostgresUrl();
      if (!url) return { skipped: 'no PostgreSQL (set TEST_DATABASE_URL or install postgresql)' };
      ensureBuild();
      const fresh = await freshPostgresDatabase(url, 'load');
      try {
        return await saveLoad({ kind: 'postgres', url: fresh.url }, 'PostgreSQL');
      } finally {
        await fresh.drop();
      }
    },
  },
];
