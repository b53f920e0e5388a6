// Test support: the same data-layer tests run on a fresh PGlite folder and, when TEST_DATABASE_URL
// names a reachable server, on a fresh database of a real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate } from '../../db/migrate';
import { openPglite } from '../../db/pglite';
import { openPostgres } from '../../db/postgres';
import type { Db } from '../../db/types';
import { reportingCycle, type ReportingCycle } from '../../domain/reporting-cycle';
import { loadActor } from '../auth/sessions';
import type { Ctx } from '../context';
import { seedDemoIfEmpty } from './seed-demo';

export type TestDatabase = { name: string; open: () => Promise<{ db: Db; dispose: () => Promise<void> }> };

const pglite: TestDatabase = {
  name: 'PGlite',
  async open() {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'nianbao-pglite-'));
    const db = await openPglite(dir);
    await migrate(db);
    return { db, dispose: async () => { await db.close(); await rm(dir, { recursive: true, force: true }); } };
  },
};

function postgres(url: string): TestDatabase {
  return {
    name: 'PostgreSQL',
    async open() {
      const name = `nianbao_test_${randomUUID().replace(/-/g, '')}`;
      const admin = new Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const target = new URL(url);
      target.pathname = `/${name}`;
      const db = openPostgres(target.toString());
      await migrate(db);
      return {
        db,
        dispose: async () => {
          await db.close();
          const c = new Client({ connectionString: url });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name}`);
          await c.end();
        },
      };
    },
  };
}

const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('TEST_DATABASE_URL is not set: data-layer tests run on PGlite only (PostgreSQL lane skipped)');

export const TEST_DATABASES: TestDatabase[] = url ? [pglite, postgres(url)] : [pglite];

/** The verb context of a seeded user, by username. */
export async function ctxFor(db: Db, username: string): Promise<Ctx> {
  const [{ id }] = await db.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  const actor = await loadActor(db, id);
  if (!actor) throw new Error(`no user ${username}`);
  return { db, actor };
}

export type DemoWorld = {
  db: Db; dispose: () => Promise<void>; clerk: Ctx; reviewer: Ctx; office: Ctx; townId: string; districtId: string;
  /** The demo's years, as seeded: the year in progress and the published year. */
  cycle: ReportingCycle;
};

/** A fresh database with the demo district (lib/server/data/seed-demo.ts) seeded at `now`, and its three users' contexts. */
export async function openDemoWorld(database: TestDatabase, now = new Date()): Promise<DemoWorld> {
  const { db, dispose } = await database.open();
  await seedDemoIfEmpty(db, now);
  const [clerk, reviewer, office] = await Promise.all(['clerk', 'reviewer', 'office'].map((u) => ctxFor(db, u)));
  return {
    db, dispose, clerk, reviewer, office, townId: clerk.actor.memberships[0].organId, districtId: office.actor.memberships[0].organId, cycle: reportingCycle(now),
  };
}
