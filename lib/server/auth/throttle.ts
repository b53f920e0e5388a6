// Sign-in back-off, kept in the database so every app instance agrees. An attempt is counted (atomically,
// under the row lock of each bucket) before its password is checked, so parallel attempts are throttled
// exactly like sequential ones; refused attempts are not counted, so hammering cannot lengthen a wait.
import type { Db, Queryable } from '../../db/types';
import { ServerError } from '../context';

/** One counter: after `free` counted attempts, each further one waits 5 s, 10 s, 20 s … up to `capSeconds`. */
export type Bucket = { kind: 'account' | 'pair' | 'address'; key: string; free: number; capSeconds: number };

const BASE_SECONDS = 5;
/** A bucket left alone this long starts over (and may be deleted: the two are the same). */
const QUIET = `interval '1 hour'`;

/**
 * The account's own bucket binds every caller, so its wait is capped at 30 s: guesses can slow the owner,
 * never lock them out. The longer waits are tied to the guessing address (one account, or any account),
 * which only the guesser shares — when the address is known (client-address.ts).
 */
export function throttleBuckets(username: string, address: string | null): Bucket[] {
  const account: Bucket = { kind: 'account', key: `account ${username}`, free: 3, capSeconds: 30 };
  if (!address) return [account];
  return [
    account,
    { kind: 'pair', key: `pair ${address} ${username}`, free: 3, capSeconds: 15 * 60 },
    { kind: 'address', key: `address ${address}`, free: 20, capSeconds: 15 * 60 },
  ];
}

// (A free attempt is allowed outright: now() is when this transaction began, which may be before the
// last_at that a parallel attempt just wrote.)
const WAIT_SQL = `CASE WHEN t.attempts < $2 THEN 0 ELSE LEAST($3::float8, ${BASE_SECONDS} * power(2, LEAST(t.attempts - $2, 16))) END`;

/** Counts this attempt in every bucket, or none of them and throws 429 with the longest wait left. */
export async function countAttempt(db: Db, buckets: Bucket[]): Promise<void> {
  const ordered = [...buckets].sort((a, b) => a.key.localeCompare(b.key)); // one lock order: no deadlock
  await db.transaction(async (tx) => {
    let waitLeft = 0;
    for (const b of ordered) {
      const [counted] = await tx.query(
        `INSERT INTO sign_in_throttle AS t (key, attempts, last_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET attempts = CASE WHEN t.last_at < now() - ${QUIET} THEN 1 ELSE t.attempts + 1 END, last_at = now()
         WHERE t.attempts < $2 OR t.last_at < now() - ${QUIET} OR t.last_at + make_interval(secs => ${WAIT_SQL}) <= now()
         RETURNING t.key`,
        [b.key, b.free, b.capSeconds],
      );
      if (!counted) waitLeft = Math.max(waitLeft, await secondsLeft(tx, b));
    }
    if (waitLeft > 0) throw new ServerError(429, `登录尝试次数过多，请在${Math.ceil(waitLeft)}秒后再试`);
  });
}

async function secondsLeft(tx: Queryable, b: Bucket): Promise<number> {
  const [row] = await tx.query<{ left: number }>(
    `SELECT EXTRACT(EPOCH FROM (t.last_at + make_interval(secs => ${WAIT_SQL}) - now()))::float8 AS left FROM sign_in_throttle t WHERE t.key = $1`,
    [b.key, b.free, b.capSeconds],
  );
  return Math.max(1, Number(row?.left ?? 1));
}

/** A right password starts its account and its address-account pair over; the address alone keeps its count. */
export async function forgetAttempts(q: Queryable, buckets: Bucket[]): Promise<void> {
  const keys = buckets.filter((b) => b.kind !== 'address').map((b) => b.key);
  await q.query('DELETE FROM sign_in_throttle WHERE key = ANY($1::text[])', [keys]);
}

/** Drops a few quiet buckets (as good as absent); skips rows another sign-in holds, so it never waits. */
export async function dropQuietBuckets(q: Queryable): Promise<void> {
  await q.query(
    `DELETE FROM sign_in_throttle WHERE key IN (
       SELECT key FROM sign_in_throttle WHERE last_at < now() - ${QUIET} LIMIT 100 FOR UPDATE SKIP LOCKED)`,
  );
}
