// A PostgreSQL server, when DATABASE_URL is set: same schema, same migrations as the embedded one.
import { Pool, type PoolClient } from 'pg';
import type { Db, Queryable, Row } from './types';

export function openPostgres(connectionString: string): Db {
  const pool = new Pool({ connectionString, max: 10 });
  // A server restart or a dropped connection must not end the app: the broken client leaves the pool,
  // the request that used it fails, and the next one connects afresh.
  pool.on('error', (e) => console.error(`PostgreSQL connection lost: ${e.message}`));
  const wrap = (q: Pool | PoolClient): Queryable => ({
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return (await q.query(sql, params)).rows as T[];
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      // While checked out the pool does not listen: the failing query reports a lost connection.
      const ignore = () => undefined;
      client.on('error', ignore);
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch((lost: Error) => (broken = lost));
        throw e;
      } finally {
        client.off('error', ignore);
        client.release(broken); // a connection that cannot even roll back is discarded
      }
    },
    close: () => pool.end(),
  };
}
