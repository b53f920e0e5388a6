// Crash safety (issue 8): clerks stream autosaves to a production server; the server is SIGKILLed in the
// middle of the stream, restarted, and every acknowledged (200) save must be in the database with the content
// sent, and the data must pass the integrity check (scripts/proof-lib.ts checkIntegrity). Several rounds.
//   npx tsx scripts/proof-crash.ts [--clerks 12] [--rounds 5] [--pglite-only]
// PostgreSQL: TEST_DATABASE_URL, else scripts/start-test-postgres.sh; said plainly when unavailable.
import {
  argNumber, checkIntegrity, ensureBuild, freePort, freshDataDir, freshPostgresDatabase, log, openDatabase, putDraft, seedClerks, signIn, sleep,
  startServer, testPostgresUrl, type Ack, type Database,
} from './proof-lib';
import { rmSync } from 'node:fs';

export type CrashOutcome = {
  database: 'PGlite' | 'PostgreSQL';
  rounds: number;
  clerks: number;
  requests: number;
  acknowledged: number;
  inFlightAtKill: number;
  committedUnacknowledged: number;
  problems: string[];
};

/** Acknowledged saves each round has before its SIGKILL. */
const ACKED_BEFORE_KILL = 3;

type ClerkState = { reportId: string; cookie: string; version: number; lastAck: number };

/** Each clerk saves in a loop until its server goes away; acknowledged saves are recorded. */
async function streamUntilDown(base: string, clerks: ClerkState[], acks: Ack[], counters: { requests: number; inFlight: number }, markFrom: { n: number }) {
  await Promise.all(
    clerks.map(async (c) => {
      for (;;) {
        const mark = ++markFrom.n;
        counters.requests++;
        counters.inFlight++;
        let r;
        try {
          r = await putDraft(base, c.cookie, c.reportId, c.version, mark);
        } catch {
          return; // the server is gone: this save was never acknowledged
        } finally {
          counters.inFlight--;
        }
        if (r.status === 200 && r.body?.version) {
          acks.push({ reportId: c.reportId, version: r.body.version, mark });
          c.version = r.body.version;
          c.lastAck = r.body.version;
        } else if (r.status === 409 && r.body?.current) {
          c.version = r.body.current.version; // a save committed before the crash but never answered
        } else if (r.body === null) {
          return; // the answer was cut off by the crash: not acknowledged (the editor would retry it)
        } else {
          throw new Error(`unexpected answer ${r.status}: ${JSON.stringify(r.body)}`);
        }
      }
    }),
  );
}

export async function proveCrashSafety(opts: { database: Database; label: 'PGlite' | 'PostgreSQL'; port: number; clerks: number; rounds: number; streamMs: [number, number] }): Promise<CrashOutcome> {
  const { database, port } = opts;
  const seeding = await openDatabase(database);
  const clerks = await seedClerks(seeding, opts.clerks, 2031, 'crash');
  await seeding.close();
  const reportIds = clerks.map((c) => c.reportId);
  const acks: Ack[] = [];
  const counters = { requests: 0, inFlight: 0 };
  const markFrom = { n: 1000 };
  let inFlightAtKill = 0;
  let states: ClerkState[] = [];
  for (let round = 1; round <= opts.rounds; round++) {
    const server = await startServer(port, database);
    if (round === 1) states = await Promise.all(clerks.map(async (c) => ({ reportId: c.reportId, cookie: await signIn(server.base, c.username), version: 1, lastAck: 1 })));
    const streaming = streamUntilDown(server.base, states, acks, counters, markFrom);
    const [min, max] = opts.streamMs;
    const ackedBefore = acks.length;
    await sleep(min + Math.random() * (max - min));
    // A slow machine may not have answered any save yet: a kill then would prove nothing, so the kill
    // waits (within a bound) until this round has some acknowledged saves to lose.
    const until = Date.now() + 60_000;
    while (acks.length - ackedBefore < ACKED_BEFORE_KILL && Date.now() < until) await sleep(50);
    inFlightAtKill += counters.inFlight;
    log(`${opts.label} round ${round}: SIGKILL with ${counters.inFlight} saves in flight, ${acks.length} acknowledged so far`);
    await server.kill();
    await streaming;
    if (database.kind === 'pglite') {
      // The embedded database is checked while no server holds its folder.
      const db = await openDatabase(database);
      const problems = await checkIntegrity(db, reportIds, acks);
      await db.close();
      if (problems.length) return outcome(problems);
    }
    // The restarted server carries on from the versions it finds: its answers must agree with the acknowledgements.
    const again = await startServer(port, database);
    for (const c of states) {
      const r = await putDraft(again.base, c.cookie, c.reportId, c.lastAck, ++markFrom.n);
      counters.requests++;
      if (r.status === 200 && r.body?.version) {
        acks.push({ reportId: c.reportId, version: r.body.version, mark: markFrom.n });
        c.version = c.lastAck = r.body.version;
      } else if (r.status === 409 && r.body?.current && r.body.current.version > c.lastAck) {
        c.version = r.body.current.version;
      } else {
        await again.stop();
        return outcome([`after restart ${c.reportId}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)} (last acknowledged v${c.lastAck})`]);
      }
    }
    await again.stop();
  }
  const db = await openDatabase(database);
  const problems = await checkIntegrity(db, reportIds, acks);
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM report_revisions WHERE report_id = ANY($1::text[]) AND version > 1', [reportIds]);
  await db.close();
  return outcome(problems, n - acks.length);

  function outcome(problems: string[], committedUnacknowledged = 0): CrashOutcome {
    return { database: opts.label, rounds: opts.rounds, clerks: opts.clerks, requests: counters.requests, acknowledged: acks.length, inFlightAtKill, committedUnacknowledged, problems };
  }
}

/** The proof on PGlite and (when a server can be had) PostgreSQL; `null` for PostgreSQL means skipped. */
export async function proveCrashSafetyEverywhere(o: { port: number; clerks: number; rounds: number; streamMs: [number, number]; postgres: boolean }) {
  ensureBuild();
  const dataDir = freshDataDir('proof-crash');
  let pglite: CrashOutcome;
  try {
    pglite = await proveCrashSafety({ database: { kind: 'pglite', dataDir }, label: 'PGlite', ...o });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  let postgres: CrashOutcome | null = null;
  const server = o.postgres ? testPostgresUrl() : null;
  if (server) {
    const fresh = await freshPostgresDatabase(server, 'crash');
    try {
      postgres = await proveCrashSafety({ database: { kind: 'postgres', url: fresh.url }, label: 'PostgreSQL', ...o });
    } finally {
      await fresh.drop();
    }
  }
  return { pglite, postgres };
}


if (require.main === module) {
  (async () => {
    const port = argNumber('port', freePort());
    const { pglite, postgres } = await proveCrashSafetyEverywhere({
      port, clerks: argNumber('clerks', 12), rounds: argNumber('rounds', 5), streamMs: [1500, 4000], postgres: !process.argv.includes('--pglite-only'),
    });
    for (const o of [pglite, postgres]) {
      if (!o) {
        console.log('PostgreSQL: SKIPPED (no TEST_DATABASE_URL and scripts/start-test-postgres.sh could not start one)');
        continue;
      }
      console.log(`${o.database}: ${o.rounds} SIGKILLs, ${o.clerks} clerks, ${o.requests} saves sent, ${o.acknowledged} acknowledged, ` +
        `${o.inFlightAtKill} in flight at the kills, ${o.committedUnacknowledged} committed but never answered; ` +
        (o.problems.length ? `FAILED:\n  ${o.problems.slice(0, 20).join('\n  ')}` : 'every acknowledged save present, integrity check passed'));
    }
    process.exit([pglite, postgres].some((o) => o && o.problems.length) ? 1 : 0);
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
