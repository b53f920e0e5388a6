// The database as the app uses it: opened, migrated and — when NIANBAO_DEMO=1 — given the demo data.
import { getDb } from '../../db/client';
import type { Db } from '../../db/types';
import { seedDemoIfEmpty } from './seed-demo';

let ready: Promise<Db> | undefined;

export function appDb(): Promise<Db> {
  ready ??= getDb().then(async (db) => {
    if (process.env.NIANBAO_DEMO === '1') await seedDemoIfEmpty(db);
    return db;
  });
  ready.catch(() => {
    ready = undefined;
  });
  return ready;
}
