// More than one machine (issue 8): two production instances on different loopback ports serve one
// PostgreSQL. Nothing that matters may live in a process: a session made on one is honoured by the other and
// ends on both at sign-out; a stale save through the other is refused (409); saves racing through both get
// exactly one winner; sign-in back-off counts failures made on either.
//   npx tsx scripts/proof-two-instances.ts [--port N]   (needs TEST_DATABASE_URL or a startable server)
import {
  actionId, argNumber, callAction, ensureBuild, freePort, freshPostgresDatabase, log, openDatabase, putDraft, runAsCommand, seedClerks, signIn, startServer, testPostgresUrl,
  type ProofCheck, type Server,
} from './proof-lib';

export type Check = ProofCheck;

async function pageStatus(server: Server, path: string, cookie: string) {
  const r = await fetch(`${server.base}${path}`, { headers: { cookie }, redirect: 'manual' });
  return { status: r.status, location: r.headers.get('location'), text: await r.text() };
}

export async function proveTwoInstances(serverUrl: string, port = freePort()): Promise<Check[]> {
  ensureBuild();
  const fresh = await freshPostgresDatabase(serverUrl, 'two');
  const database = { kind: 'postgres' as const, url: fresh.url };
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail: string) => {
    checks.push({ name, ok, detail });
    log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
  };
  const servers: Server[] = [];
  try {
    const db = await openDatabase(database);
    const [clerk] = await seedClerks(db, 1, 2032, 'two');
    await db.close();
    const [a, b] = [await startServer(port, database), await startServer(freePort(), database)];
    servers.push(a, b);

    // A session made on A is honoured by B.
    const cookie = await signIn(a.base, clerk.username);
    const onB = await pageStatus(b, '/reports', cookie);
    check('session made on A honoured by B', onB.status === 200 && onB.text.includes('填报1'), `GET /reports on B → ${onB.status}`);

    // Two tabs: one saves through A, the other (on the old version) through B and is refused.
    const first = await putDraft(a.base, cookie, clerk.reportId, 1, 7001);
    const stale = await putDraft(b.base, cookie, clerk.reportId, 1, 7002);
    check('stale save through the other instance refused', first.status === 200 && stale.status === 409 && stale.body?.current?.version === 2,
      `A: ${first.status} v${first.body?.version}; B (base v1): ${stale.status}, current v${stale.body?.current?.version}`);

    // Saves racing through both instances on the same version: one winner, the rest see the conflict.
    const racers = await Promise.all(Array.from({ length: 16 }, (_, i) => putDraft(i % 2 ? b.base : a.base, cookie, clerk.reportId, 2, 7100 + i)));
    const won = racers.filter((r) => r.status === 200).length;
    const refused = racers.filter((r) => r.status === 409).length;
    check('16 racing saves through both: exactly one accepted', won === 1 && refused === 15, `${won} × 200, ${refused} × 409`);

    // Sign-in back-off: failures made through A and B add up.
    const signInId = actionId('app/login/actions.ts', 'signInAction');
    const wrong = (s: Server) => callAction(s.base, '/login', signInId, { username: clerk.username, password: 'not-the-password' });
    const answers: string[] = [];
    for (const s of [a, b, a, b]) answers.push(/"error":"([^"]*)"/.exec((await wrong(s)).text)?.[1] ?? '(no message)');
    const slowed = /登录尝试次数过多，请在\d+秒后再试/.test(answers[3]);
    check('back-off counts failures on either instance', slowed && !answers[0].startsWith('登录尝试次数过多'), `4th failure (on B, after 2 on A and 1 on B): ${answers[3]}`);

    // Sign-out through B ends the session everywhere.
    await callAction(b.base, '/reports', actionId('app/login/actions.ts', 'signOutAction'), {}, cookie);
    const afterOnA = await pageStatus(a, '/reports', cookie);
    const putAfter = await putDraft(a.base, cookie, clerk.reportId, 3, 7200);
    check('signed out through B: the token no longer works on A', afterOnA.status !== 200 && /\/login/.test(afterOnA.location ?? afterOnA.text) && putAfter.status === 401,
      `GET /reports on A → ${afterOnA.status} ${afterOnA.location ?? ''}; PUT draft on A → ${putAfter.status}`);
  } finally {
    for (const s of servers) await s.stop();
    await fresh.drop();
  }
  return checks;
}

if (require.main === module) {
  runAsCommand(async () => {
    const url = testPostgresUrl();
    if (!url) {
      console.log('SKIPPED: two instances need PostgreSQL (set TEST_DATABASE_URL or install Debian\'s postgresql for scripts/start-test-postgres.sh)');
      return null;
    }
    return proveTwoInstances(url, argNumber('port', freePort()));
  });
}
