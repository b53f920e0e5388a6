// More than one machine (issue 8): two production instances of this build on different loopback ports, one
// PostgreSQL (TEST_DATABASE_URL). Sessions, sign-in back-off and report versions live in the database, so
// either instance honours the other's session and sees the other's saves (scripts/proof-two-instances.ts).
import { expect, test } from '@playwright/test';
import { proveTwoInstances } from '../scripts/proof-two-instances';

test('two instances on one PostgreSQL: shared sessions, conflicts detected across them, one winner of a race', async () => {
  const url = process.env.TEST_DATABASE_URL;
  test.skip(!url, 'skipped: two instances need PostgreSQL, and TEST_DATABASE_URL is not set (scripts/test.sh sets it when it can start a server)');
  test.setTimeout(120_000);
  const checks = await proveTwoInstances(url!);
  expect(checks.filter((c) => !c.ok)).toEqual([]);
  expect(checks.map((c) => c.name)).toHaveLength(5);
});
