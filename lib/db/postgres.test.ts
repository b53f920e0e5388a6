// The PostgreSQL client survives lost connections (issue 8): the server ends them (as on a restart) while
// idle and in the middle of a transaction; the app process goes on, the request fails, the next one works.
// Runs when TEST_DATABASE_URL names a server (scripts/start-test-postgres.sh); skipped otherwise.
import { describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { openPostgres } from './postgres';

const url = process.env.TEST_DATABASE_URL;

/** Ends every other connection to the server's current database, as a restart would. */
async function dropConnections(): Promise<number> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    const rows = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'nianbao-drop-test'`,
    );
    return rows.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe.skipIf(!url)('PostgreSQL client after lost connections', () => {
  const withName = () => {
    const u = new URL(url!);
    u.searchParams.set('application_name', 'nianbao-drop-test');
    return u.toString();
  };

  it('idle connections dropped by the server: no crash, the next query reconnects', async () => {
    const db = openPostgres(withName());
    try {
      await Promise.all([db.query('SELECT 1'), db.query('SELECT 2'), db.transaction((tx) => tx.query('SELECT 3'))]);
      expect(await dropConnections()).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200)); // the pool hears of it while idle
      expect(await db.query<{ n: number }>('SELECT 4 AS n')).toEqual([{ n: 4 }]);
      expect(await db.transaction((tx) => tx.query<{ n: number }>('SELECT 5 AS n'))).toEqual([{ n: 5 }]);
    } finally {
      await db.close();
    }
  });

  it('a connection dropped inside a transaction fails that transaction only; the pool goes on', async () => {
    const db = openPostgres(withName());
    try {
      const outcome = db
        .transaction(async (tx) => {
          await tx.query('SELECT pg_sleep(5)');
          return 'committed';
        })
        .catch((e: Error) => e.message); // settled here at once: no rejection goes unhandled meanwhile
      await new Promise((r) => setTimeout(r, 300));
      expect(await dropConnections()).toBeGreaterThan(0);
      expect(await outcome).toMatch(/terminat/i);
      for (let i = 0; i < 12; i++) expect(await db.transaction((tx) => tx.query<{ n: number }>('SELECT $1::int AS n', [i]))).toEqual([{ n: i }]);
    } finally {
      await db.close();
    }
  });
});
