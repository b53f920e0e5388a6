// The process-wide database: PGlite in NIANBAO_DATA_DIR (default .data/pglite) unless DATABASE_URL names
// a PostgreSQL server. Opened once per process and migrated before first use.
import path from 'node:path';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Db } from './types';

type Holder = { db?: Promise<Db> };
// Survives module reloads in `next dev`, where a second PGlite on the same folder would corrupt it.
const holder: Holder = ((globalThis as { __nianbaoDb?: Holder }).__nianbaoDb ??= {});

export function dataDir(): string {
  // Resolved at run time, not traced at build time (the folder holds data, not code).
  return path.resolve(/*turbopackIgnore: true*/ process.env.NIANBAO_DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'pglite'));
}

export async function openDb(): Promise<Db> {
  const db = process.env.DATABASE_URL ? openPostgres(process.env.DATABASE_URL) : await openPglite(dataDir());
  await migrate(db);
  return db;
}

export function getDb(): Promise<Db> {
  holder.db ??= openDb();
  holder.db.catch(() => {
    holder.db = undefined; // let the next request try again, e.g. once PostgreSQL is back
  });
  return holder.db;
}
