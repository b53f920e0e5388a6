// Sign-in throttling under attack (issue 11 item 3): parallel guesses, lock-out from another address,
// unknown names, malformed names. The password check is watched through the module it lives in.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/types';
import { insertUser } from '../data/accounts';
import { ServerError } from '../context';
import { DEMO_PASSWORD } from '../data/seed-demo';
import { openDemoWorld, TEST_DATABASES } from '../data/test-databases';
import { verifyPassword } from './password';
import { signIn } from './sign-in';

vi.mock('./password', async (importOriginal) => {
  const real = await importOriginal<typeof import('./password')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const checks = vi.mocked(verifyPassword);

const WAIT = /^登录尝试次数过多，请在(\d+)秒后再试$/;
const ATTACKER = '203.0.113.9';
const OWNER = '198.51.100.20';

/** The refusal of a sign-in, as status and message (or 'ok'). */
async function outcome(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return 'ok';
  } catch (e) {
    if (e instanceof ServerError) return `${e.status} ${e.message}`;
    throw e;
  }
}
const waitOf = (o: string) => Number(WAIT.exec(o.slice(4))?.[1] ?? NaN);

describe.each(TEST_DATABASES)('sign-in throttling on $name', (database) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let townId: string;
  let n = 0;
  /** A user of its own per test, so one test's back-off never meets another's. */
  async function freshUser(): Promise<string> {
    const username = `owner-${++n}`;
    await db.transaction((tx) => insertUser(tx, { username, displayName: '账号主人', password: DEMO_PASSWORD, organId: townId, roles: ['clerk'] }));
    return username;
  }
  /** Lets time pass for the back-off (it measures from the times the database recorded). */
  const passTime = (seconds: number) => db.query(`UPDATE sign_in_throttle SET last_at = last_at - make_interval(secs => $1)`, [seconds]);

  beforeAll(async () => {
    ({ db, dispose, townId } = await openDemoWorld(database));
  }, 60_000);
  afterAll(async () => dispose?.());
  beforeEach(() => checks.mockClear());

  it('counts an attempt before its password is checked: 16 at once get 3 checks, and the right one sent last waits', async () => {
    const username = await freshUser();
    const guesses = Array.from({ length: 16 }, (_, i) => (i === 15 ? DEMO_PASSWORD : `guess-${i}`));
    const outcomes = await Promise.all(guesses.map((p) => outcome(signIn(db, username, p, ATTACKER))));
    expect(checks).toHaveBeenCalledTimes(3);
    expect(outcomes.filter((o) => o === '401 用户名或密码不正确')).toHaveLength(3);
    expect(outcomes.filter((o) => o.startsWith('429 ') && WAIT.test(o.slice(4)))).toHaveLength(13);
    // Sequentially the 16th attempt would wait too: in parallel the right password does not get in either.
    expect(outcomes[15]).toMatch(/^429 /);
  });

  it('24 anonymous guesses in parallel slow the account for seconds, not a quarter of an hour', async () => {
    const username = await freshUser();
    await Promise.all(Array.from({ length: 24 }, (_, i) => outcome(signIn(db, username, `guess-${i}`, null))));
    const owner = await outcome(signIn(db, username, DEMO_PASSWORD, null));
    expect(owner === 'ok' || waitOf(owner) <= 30).toBe(true);
  });

  it('a patient guesser from one address is slowed for minutes there; the owner elsewhere waits at most 30 s', async () => {
    const username = await freshUser();
    for (let i = 0; i < 24; i++) {
      if (i > 0) await passTime(20 * 60); // each guess after the longest wait of its address
      expect(await outcome(signIn(db, username, `guess-${i}`, ATTACKER))).toBe('401 用户名或密码不正确');
    }
    // The attacker's address now waits the full 15 minutes, even with the right password.
    expect(waitOf(await outcome(signIn(db, username, DEMO_PASSWORD, ATTACKER)))).toBeGreaterThan(14 * 60);
    const owner = await outcome(signIn(db, username, DEMO_PASSWORD, OWNER));
    expect(owner === 'ok' || waitOf(owner) <= 30).toBe(true);
    await passTime(31);
    expect(await outcome(signIn(db, username, DEMO_PASSWORD, OWNER))).toBe('ok');
    expect(waitOf(await outcome(signIn(db, username, DEMO_PASSWORD, ATTACKER)))).toBeGreaterThan(13 * 60);
    // A guesser who spreads over many names from one address is slowed by the address alone.
    const sprayed = await Promise.all(Array.from({ length: 30 }, (_, i) => outcome(signIn(db, `someone-${i}`, 'password1', '192.0.2.77'))));
    expect(sprayed.filter((o) => o.startsWith('401'))).toHaveLength(20);
  });

  it('an unknown name costs the same password check as a known one', async () => {
    const username = await freshUser();
    expect(await outcome(signIn(db, 'no-such-user', 'some-password', null))).toBe('401 用户名或密码不正确');
    expect(await outcome(signIn(db, username, 'some-password', null))).toBe('401 用户名或密码不正确');
    expect(checks).toHaveBeenCalledTimes(2);
    const [[, againstNobody], [, againstOwner]] = checks.mock.calls;
    // The same scheme and cost parameters (scrypt$N$r$p$…): the same work, so the same time.
    const cost = (hash: string | null) => hash?.split('$').slice(0, 4).join('$');
    expect(cost(againstNobody)).toMatch(/^scrypt\$\d+\$\d+\$\d+$/);
    expect(cost(againstNobody)).toBe(cost(againstOwner));
  });

  it.each([
    ['NUL', 'clerk\u0000', /^400 用户名含有控制字符/],
    ['a lone surrogate', 'clerk\ud800', /^400 用户名含有控制字符（如 NUL）或无效的 Unicode 字符$/],
    ['10,000 characters', 'c'.repeat(10_000), /^400 用户名过长/],
  ])('a name with %s is refused by its field, before anything is counted or stored', async (_, username, message) => {
    const rows = async () => (await db.query<{ n: number }>(
      'SELECT (SELECT count(*) FROM sign_in_throttle) + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM sessions) AS n',
    ))[0].n;
    const before = await rows();
    expect(await outcome(signIn(db, username, DEMO_PASSWORD, ATTACKER))).toMatch(message);
    expect(checks).not.toHaveBeenCalled();
    expect(await rows()).toBe(before);
  });
});
