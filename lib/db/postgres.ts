// A PostgreSQL server, when DATABASE_URL is set: same schema, same migrations as the embedded one.
import { Pool, type PoolClient } from 'pg';
import type { Db, Queryable, Row } from './types';

export function openPostgres(connectionString: string): Db {
  const pool = new Pool({ connectionString, max: 10 });
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
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
