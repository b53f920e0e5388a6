// Shared by the proofs (scripts/proof-*.ts) and the benchmarks (bench/*): a production server on loopback
// (started, killed, restarted), sign-in and server actions over plain HTTP, autosaves, a private PostgreSQL
// that can be stopped and started, and a database seeded through the app's own verbs.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate } from '../lib/db/migrate';
import { openPglite } from '../lib/db/pglite';
import { openPostgres } from '../lib/db/postgres';
import type { Db } from '../lib/db/types';
import { readCanonical } from '../lib/domain/canonical';
import seed004 from '../lib/domain/fixtures/seed-004.json';
import { ZReport, type TReport } from '../lib/domain/model';
import { addOrgan, addUser } from '../lib/server/verbs/admin-verbs';
import { createReport } from '../lib/server/verbs/create-report';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../lib/server/data/seed-demo';
import { loadActor } from '../lib/server/auth/sessions';
import { contentsOf, type RevisionRow } from '../lib/server/data/revision-content';
import type { Ctx } from '../lib/server/context';

export const ROOT = path.resolve(__dirname, '..');
export const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
export const log = (...parts: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The production build the servers run; built (once) when the folder has none. */
export function ensureBuild(): void {
  if (existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) return;
  log(`no production build in ${DIST_DIR}: running next build (a few minutes on 2 cores)`);
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

/** A fresh data folder for an embedded database, under .data (removed by the caller's cleanup). */
export function freshDataDir(label: string): string {
  mkdirSync(path.join(ROOT, '.data'), { recursive: true });
  return mkdtempSync(path.join(ROOT, '.data', `${label}-`));
}

/** Servers this process started: none outlives it, whatever ends it. */
const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach((c) => c.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running.forEach((c) => c.kill('SIGKILL'));
    process.exit(130);
  });
}

export type Database = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export type Server = {
  base: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM and wait; SIGKILL after 10 s. */
  stop: () => Promise<void>;
  /** SIGKILL: the crash. */
  kill: () => Promise<void>;
};

/** A free loopback port below the ephemeral range, safe to stop and restart a server on (scripts/free-port.mjs). */
export function freePort(): number {
  return Number(execFileSync(process.execPath, [path.join(ROOT, 'scripts/free-port.mjs')], { encoding: 'utf8' }));
}

/** `next start` on 127.0.0.1:port for the database given; resolves once it answers. */
export async function startServer(port: number, database: Database, extraEnv: Record<string, string> = {}): Promise<Server> {
  // Another process answering on the port would be mistaken for this server.
  const busy = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false);
  if (busy) throw new Error(`port ${port} is already in use: stop that server or choose another port`);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', NIANBAO_DEMO: '1', ...extraEnv };
  delete env.DATABASE_URL;
  delete env.NIANBAO_DATA_DIR;
  if (database.kind === 'pglite') env.NIANBAO_DATA_DIR = database.dataDir;
  else env.DATABASE_URL = database.url;
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const ending = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const server: Server = { base, child, output: () => output, stop: () => ending('SIGTERM'), kill: () => ending('SIGKILL') };
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited:\n${output}`);
    try {
      const r = await fetch(`${base}/login`, { signal: AbortSignal.timeout(5000) });
      if (r.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) {
      await server.kill();
      throw new Error(`server on ${port} did not answer within 60 s:\n${output}`);
    }
    await sleep(200);
  }
}

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** A server action's id in this build (its manifest names file and export). */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, DIST_DIR, 'server/server-reference-manifest.json'), 'utf8')) as Manifest;
  const found = Object.entries(manifest.node).find(([, a]) => a.filename === file && a.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in ${file}`);
  return found[0];
}

/**
 * Calls a `(previousState, formData)` server action as React's client does: the form's fields as parts
 * 「_1_name」 and the arguments as part 「0」.
 */
export async function callAction(base: string, page: string, id: string, fields: Record<string, string | string[]>, cookie?: string) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) body.append(`_1_${k}`, value);
  body.append('0', JSON.stringify([{}, '$K1']));
  const response = await fetch(`${base}${page}`, {
    method: 'POST',
    headers: { 'Next-Action': id, Origin: base, Accept: 'text/x-component', ...(cookie ? { Cookie: cookie } : {}) },
    body,
    redirect: 'manual',
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Signs in through the sign-in action; returns the session cookie ("nianbao_session=…"). */
export async function signIn(base: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const answer = await callAction(base, '/login', actionId('app/login/actions.ts', 'signInAction'), { username, password });
  const cookie = /nianbao_session=[^;]+/.exec(answer.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`sign-in of ${username} failed (${answer.status}): ${answer.text.slice(-200)}`);
  return cookie;
}

export const SEED_004: TReport = (() => {
  const read = readCanonical(seed004);
  if (!read.ok) throw new Error('seed 004 unreadable');
  return read.report;
})();

/** The body of an autosave: seed 004's content with one cell set to `mark`, so each save is recognisable. */
export function draftBody(baseVersion: number, mark: number): string {
  const applications = SEED_004.tables.applications.map((row) => [...row]);
  applications[0][0] = mark;
  return JSON.stringify({ baseVersion, report: { ...SEED_004, tables: { ...SEED_004.tables, applications } } });
}
export const markOf = (data: unknown): number => {
  const report = ZReport.parse(typeof data === 'string' ? JSON.parse(data) : data);
  return Number(report.tables.applications[0][0]);
};

export async function putDraft(base: string, cookie: string, reportId: string, baseVersion: number, mark: number) {
  const r = await fetch(`${base}/api/reports/${reportId}/draft`, {
    method: 'PUT', headers: { 'content-type': 'application/json', cookie }, body: draftBody(baseVersion, mark),
  });
  return { status: r.status, body: (await r.json().catch(() => null)) as { version?: number; current?: { version: number } } | null };
}

export type Clerk = { username: string; organId: string; reportId: string };

async function ctxFor(db: Db, username: string): Promise<Ctx> {
  const [user] = await db.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  const actor = user && (await loadActor(db, user.id));
  if (!actor) throw new Error(`no user ${username}`);
  return { db, actor };
}

/**
 * On a database no server holds: the demo data, then `count` towns under the district, each with its own
 * clerk (password nianbao-demo) and a draft report for `year` — all through the app's verbs.
 */
export async function seedClerks(db: Db, count: number, year = 2030, prefix = 'load'): Promise<Clerk[]> {
  await migrate(db);
  await seedDemoIfEmpty(db);
  const office = await ctxFor(db, 'office');
  const districtId = office.actor.memberships[0].organId;
  const clerks: Clerk[] = [];
  for (let i = 1; i <= count; i++) {
    const { id: organId } = await addOrgan(office, { name: `${prefix}第${i}镇人民政府`, level: 'town', parentId: districtId });
    const username = `${prefix}${i}`;
    await addUser(office, { username, displayName: `填报${i}`, password: DEMO_PASSWORD, organId, roles: ['clerk'] });
    const { id: reportId } = await createReport(await ctxFor(db, username), { organId, year });
    clerks.push({ username, organId, reportId });
  }
  return clerks;
}

/** Opens a database for seeding or checking while no server holds it. */
export async function openDatabase(database: Database): Promise<Db> {
  const db = database.kind === 'pglite' ? await openPglite(database.dataDir) : openPostgres(database.url);
  await migrate(db);
  return db;
}

/** A fresh database on a PostgreSQL server (dropped by the returned function). */
export async function freshPostgresDatabase(serverUrl: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `nianbao_${label}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** TEST_DATABASE_URL, or the throw-away server scripts/start-test-postgres.sh starts; null when neither works. */
export function testPostgresUrl(): string | null {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-proof-pg-'));
  try {
    const url = execFileSync('bash', [path.join(ROOT, 'scripts/start-test-postgres.sh'), dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    process.once('exit', () => stopCluster(dir));
    return url;
  } catch {
    return null;
  }
}

/** Runs a PostgreSQL server command (Debian's binaries), as the postgres user when we are root: the server refuses root. */
function runPostgresCommand(cmd: string): void {
  const bin = execFileSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1'], { encoding: 'utf8' }).trim();
  if (!bin) throw new Error('no PostgreSQL server binaries (apt-get install postgresql)');
  const line = `${bin}/${cmd}`;
  const asRoot = process.getuid?.() === 0;
  execFileSync(asRoot ? 'su' : 'bash', asRoot ? ['postgres', '-s', '/bin/bash', '-c', line] : ['-c', line], { stdio: 'ignore' });
}

/** Stops the cluster in `dir` (if it runs) and removes the folder. */
function stopCluster(dir: string, mode: 'fast' | 'immediate' = 'fast'): void {
  try {
    runPostgresCommand(`pg_ctl -D ${dir}/data -m ${mode} -w stop`);
  } catch {
    // already stopped
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A private PostgreSQL cluster (Debian's binaries) on its own port and folder, with the server's default
 * durability (fsync on), that a proof may stop and start — never the shared test server.
 */
export function privatePostgres(port: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-proof-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  runPostgresCommand(`initdb -D ${dir}/data -A trust -U postgres -E UTF8 --locale=C.UTF-8`);
  const start = () => runPostgresCommand(`pg_ctl -D ${dir}/data -l ${dir}/log -o '-p ${port} -k ${dir} -c listen_addresses=127.0.0.1' -w start`);
  const stop = (mode: 'fast' | 'immediate' = 'fast') => runPostgresCommand(`pg_ctl -D ${dir}/data -m ${mode} -w stop`);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy: () => stopCluster(dir, 'immediate'),
  };
}

/** Percentile of sorted numbers (nearest rank). */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export type Ack = { reportId: string; version: number; mark: number };

/**
 * The integrity check after a crash: every acknowledged save is a revision with the content sent; each
 * report's version is its highest revision and revisions run 1…version without a gap; every revision reads
 * (whole or from its delta) as a report; every version has its audit row (report.create for 1, the save's
 * entry for the others).
 */
export async function checkIntegrity(db: Db, reportIds: string[], acks: Ack[]): Promise<string[]> {
  const problems: string[] = [];
  const revisions = await db.query<RevisionRow & { report_id: string }>(
    'SELECT report_id, version, data, delta FROM report_revisions WHERE report_id = ANY($1::text[]) ORDER BY report_id, version', [reportIds],
  );
  const reports = await db.query<{ id: string; version: number; data: unknown }>('SELECT id, version, data FROM reports WHERE id = ANY($1::text[])', [reportIds]);
  const audit = await db.query<{ report_id: string; action: string; version: number | null }>(
    `SELECT report_id, action, (detail->>'version')::int AS version FROM audit_log WHERE report_id = ANY($1::text[])`, [reportIds],
  );
  const contents = new Map<string, TReport>();
  for (const id of reportIds) {
    try {
      contentsOf(revisions.filter((r) => r.report_id === id)).forEach((content, version) => contents.set(`${id}#${version}`, content));
    } catch (e) {
      problems.push(`${id}: revisions do not read as reports (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  for (const ack of acks) {
    const content = contents.get(`${ack.reportId}#${ack.version}`);
    if (!content) problems.push(`acknowledged save lost: ${ack.reportId} v${ack.version}`);
    else if (markOf(content) !== ack.mark) problems.push(`acknowledged save changed: ${ack.reportId} v${ack.version} holds ${markOf(content)}, not ${ack.mark}`);
  }
  for (const report of reports) {
    const own = revisions.filter((r) => r.report_id === report.id).map((r) => r.version);
    if (own.length === 0 || Math.max(...own) !== report.version) problems.push(`${report.id}: version ${report.version}, highest revision ${Math.max(...own)}`);
    if (own.some((v, i) => v !== i + 1)) problems.push(`${report.id}: revisions have a gap`);
    const current = contents.get(`${report.id}#${report.version}`);
    if (current && JSON.stringify(ZReport.parse(typeof report.data === 'string' ? JSON.parse(report.data) : report.data)) !== JSON.stringify(ZReport.parse(current))) {
      problems.push(`${report.id}: current data differs from its revision ${report.version}`);
    }
  }
  for (const r of revisions) {
    if (!contents.has(`${r.report_id}#${r.version}`)) problems.push(`${r.report_id} v${r.version} is no report`);
    const audited = audit.some((a) => a.report_id === r.report_id && (r.version === 1 ? a.action === 'report.create' : a.version === r.version));
    if (!audited) problems.push(`${r.report_id} v${r.version} has no audit row`);
  }
  return problems;
}

export type ProofCheck = { name: string; ok: boolean; detail: string };

/** A numeric command-line option (`--port 3281`), or the fallback. */
export function argNumber(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Runs a proof as a command: prints "N passed, M failed" and exits non-zero on a failure or a crash. */
export function runAsCommand(prove: () => Promise<ProofCheck[] | null>): void {
  prove()
    .then((checks) => {
      if (!checks) return;
      const failed = checks.filter((c) => !c.ok);
      console.log(`${checks.length - failed.length} passed, ${failed.length} failed`);
      process.exit(failed.length ? 1 : 0);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
