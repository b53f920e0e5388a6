// Load smoke for every test run (issue 8; the full load is in `npm run bench`): 8 clerks send 300 autosaves
// at once to a production server of this build; every acknowledged save must be in the database afterwards.
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { saveLoad } from '../bench/save-load';
import { freePort, freshDataDir, freshPostgresDatabase } from '../scripts/proof-lib';

const SMOKE = { clerks: 8, amount: 300, port: freePort() };

test('PGlite: concurrent autosaves, every acknowledged one in the database', async () => {
  test.setTimeout(120_000);
  const dataDir = freshDataDir('e2e-load');
  try {
    const r = await saveLoad({ kind: 'pglite', dataDir }, 'PGlite', SMOKE);
    test.info().annotations.push({ type: 'load', description: `${r.own.throughput?.value} saves/s, p99 ${r.own.p99} ms` });
    expect(r.check).toMatchObject({ ok: true });
    expect(r.details?.statuses).toEqual({ 200: SMOKE.amount });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('PostgreSQL: concurrent autosaves, every acknowledged one in the database', async () => {
  const url = process.env.TEST_DATABASE_URL;
  test.skip(!url, 'PostgreSQL lane skipped: TEST_DATABASE_URL is not set (scripts/test.sh sets it when it can start a server)');
  test.setTimeout(120_000);
  const fresh = await freshPostgresDatabase(url!, 'e2eload');
  try {
    const r = await saveLoad({ kind: 'postgres', url: fresh.url }, 'PostgreSQL', SMOKE);
    expect(r.check).toMatchObject({ ok: true });
    expect(r.details?.statuses).toEqual({ 200: SMOKE.amount });
  } finally {
    await fresh.drop();
  }
});
