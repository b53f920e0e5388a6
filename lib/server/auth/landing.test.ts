import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/types';
import { addUser } from '../verbs/admin-verbs';
import type { Ctx } from '../context';
import { ctxFor, openDemoWorld, TEST_DATABASES } from '../data/test-databases';
import { landingPath } from './landing';

describe.each(TEST_DATABASES)('where a user lands after signing in, on $name', (database) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let office: Ctx;
  let districtId: string;
  let townId: string;

  beforeAll(async () => {
    ({ db, dispose, office, districtId, townId } = await openDemoWorld(database));
  }, 120_000);
  afterAll(async () => dispose?.());

  it('sends a supervising office to its board, clerks and a unit\'s reviewers to their reports', async () => {
    expect(await landingPath(db, office.actor)).toBe('/office');
    expect(await landingPath(db, (await ctxFor(db, 'clerk')).actor)).toBe('/reports');
    // 审核人 of the town, which has no units below it: the reports to review are in 我的报告.
    expect(await landingPath(db, (await ctxFor(db, 'reviewer')).actor)).toBe('/reports');
  });

  it('keeps someone who also fills the office\'s own report on their reports', async () => {
    await addUser(office, { username: 'both', displayName: '兼任', password: 'password-123', organId: districtId, roles: ['clerk', 'supervisor'] });
    expect(await landingPath(db, (await ctxFor(db, 'both')).actor)).toBe('/reports');
    await addUser(office, { username: 'town-admin', displayName: '镇管理员', password: 'password-123', organId: townId, roles: ['admin'] });
    expect(await landingPath(db, (await ctxFor(db, 'town-admin')).actor)).toBe('/reports');
  });
});
