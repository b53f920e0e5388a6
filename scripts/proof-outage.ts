// The database unreachable for a while (issue 8), at the route level: a production server on a private
// PostgreSQL (scripts/proof-lib.ts privatePostgres) takes a save; PostgreSQL is stopped; saves and pages
// fail with an answer (5xx, the process stays up); PostgreSQL is started again; the same save, resent as
// the editor resends it, is taken, and the database holds it. The browser side is e2e/db-outage.spec.ts.
//   npx tsx scripts/proof-outage.ts [--port N] [--pg-port N]
import { argNumber, ensureBuild, freePort, log, openDatabase, privatePostgres, putDraft, runAsCommand, seedClerks, signIn, sleep, startServer, markOf, type ProofCheck, type Server } from './proof-lib';

export type OutageCheck = ProofCheck;

/** Resends a save until it is taken, as the editor's autosave does; returns the answer and the time it took. */
async function resendUntilSaved(server: Server, cookie: string, reportId: string, baseVersion: number, mark: number, withinMs: number) {
  const t0 = Date.now();
  let tries = 0;
  for (;;) {
    tries++;
    const r = await putDraft(server.base, cookie, reportId, baseVersion, mark).catch(() => null);
    if (r?.status === 200 || Date.now() - t0 > withinMs) return { answer: r, tries, ms: Date.now() - t0 };
    await sleep(500);
  }
}

export async function proveOutage(port: number, pgPort: number, downMs = 8000): Promise<OutageCheck[]> {
  ensureBuild();
  const pg = privatePostgres(pgPort);
  const checks: OutageCheck[] = [];
  const check = (name: string, ok: boolean, detail: string) => {
    checks.push({ name, ok, detail });
    log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
  };
  let server: Server | null = null;
  try {
    const database = { kind: 'postgres' as const, url: pg.url };
    const db = await openDatabase(database);
    const [clerk] = await seedClerks(db, 1, 2033, 'outage');
    await db.close();
    server = await startServer(port, database);
    const cookie = await signIn(server.base, clerk.username);
    const before = await putDraft(server.base, cookie, clerk.reportId, 1, 8001);
    check('save while the database is up', before.status === 200, `${before.status} v${before.body?.version}`);

    pg.stop('immediate');
    log(`PostgreSQL stopped for ${downMs / 1000} s`);
    const during = await putDraft(server.base, cookie, clerk.reportId, 2, 8002);
    const page = await fetch(`${server.base}/reports`, { headers: { cookie }, redirect: 'manual' });
    await sleep(downMs);
    const stillDown = await putDraft(server.base, cookie, clerk.reportId, 2, 8002);
    check('while it is down, saves are answered with a server error (the editor keeps them and retries)',
      during.status >= 500 && stillDown.status >= 500 && page.status >= 500, `PUT → ${during.status}, again after ${downMs / 1000} s → ${stillDown.status}; GET /reports → ${page.status}`);
    check('the server process stays up', server.child.exitCode === null && server.child.signalCode === null, `exit code ${server.child.exitCode}`);

    pg.start();
    log('PostgreSQL started again');
    const resent = await resendUntilSaved(server, cookie, clerk.reportId, 2, 8002, 30_000);
    check('the resent save is taken once the database is back (no restart of the app)', resent.answer?.status === 200 && resent.answer.body?.version === 3,
      `${resent.answer?.status} v${resent.answer?.body?.version} after ${resent.tries} tries, ${resent.ms} ms`);
    const after = await openDatabase(database);
    const [row] = await after.query<{ version: number; data: unknown }>('SELECT version, data FROM reports WHERE id = $1', [clerk.reportId]);
    await after.close();
    check('the database holds the resent save', row.version === 3 && markOf(row.data) === 8002, `version ${row.version}, cell ${markOf(row.data)}`);
  } finally {
    await server?.stop();
    pg.destroy();
  }
  return checks;
}

if (require.main === module) {
  runAsCommand(() => proveOutage(argNumber('port', freePort()), argNumber('pg-port', freePort())));
}
