// Embedded PostgreSQL (PGlite) in a folder on disk: the default, nothing to install.
import { PGlite } from '@electric-sql/pglite';
import { mkdir } from 'node:fs/promises';
import type { Db, Queryable, Row } from './types';

export async function openPglite(dataDir: string): Promise<Db> {
  await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<T extends Row>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
