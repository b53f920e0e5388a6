import { describe, expect, it } from 'vitest';
import { addUser } from '../verbs/admin-verbs';
import { ctxFor, TEST_DATABASES } from '../data/test-databases';
import { useDemoWorld } from '../data/demo-world.test-support';
import { landingPath } from './landing';

describe.each(TEST_DATABASES)('where a user lands after signing in, on $name', (database) => {
  const w = useDemoWorld(database, { timeout: 120_000 });

  it('sends a supervising office to its board, clerks and a unit\'s reviewers to their reports', async () => {
    expect(await landingPath(w.db, w.office.actor)).toBe('/office');
    expect(await landingPath(w.db, (await ctxFor(w.db, 'clerk')).actor)).toBe('/reports');
    // 审核人 of the town, which has no units below it: the reports to review are in 我的报告.
    expect(await landingPath(w.db, (await ctxFor(w.db, 'reviewer')).actor)).toBe('/reports');
  });

  it('keeps someone who also fills the office\'s own report on their reports', async () => {
    await addUser(w.office, { username: 'both', displayName: '兼任', password: 'password-123', organId: w.districtId, roles: ['clerk', 'supervisor'] });
    expect(await landingPath(w.db, (await ctxFor(w.db, 'both')).actor)).toBe('/reports');
    await addUser(w.office, { username: 'town-admin', displayName: '镇管理员', password: 'password-123', organId: w.townId, roles: ['admin'] });
    expect(await landingPath(w.db, (await ctxFor(w.db, 'town-admin')).actor)).toBe('/reports');
  });
});
