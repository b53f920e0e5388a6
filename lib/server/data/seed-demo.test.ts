import { describe, expect, it } from 'vitest';
import { checkRecord } from './check-record';
import { progressBoard } from '../verbs/progress-board';
import { findReportsOfOrgans } from './report-records';
import { openDemoWorld, TEST_DATABASES } from './test-databases';

// The demo seeded on three days (lib/domain/reporting-cycle.ts): in November and in January the units of the year
// in progress still have days left; in March last year's are published and this year's are in progress.
describe.each(TEST_DATABASES)('the demo in its reporting cycle on $name', (database) => {
  it.each([
    ['2026-11-30T04:00:00Z', 2026, 62],
    ['2027-01-20T04:00:00Z', 2026, 11],
    ['2027-03-10T04:00:00Z', 2027, 327],
  ])('seeded at %s: %i in progress with %i days left, the year before published on time', async (at, inProgress, daysLeft) => {
    const now = new Date(at);
    const w = await openDemoWorld(database, now);
    try {
      expect(w.cycle).toEqual({ inProgress, published: inProgress - 1 });
      const board = async (year: number) => Object.fromEntries(
        (await progressBoard(w.office, w.districtId, year, now)).map((r) => [r.organName, r.state === 'published' ? [r.state, r.late] : [r.state, r.late, r.daysLeft]]),
      );
      expect(await board(inProgress - 1)).toEqual({
        演示区长寿湖镇人民政府: ['published', false],
        演示区教育委员会: ['published', false],
        演示区桃花街道办事处: ['published', false],
        演示区交通运输委员会: ['published', false],
      });
      expect(await board(inProgress)).toEqual({
        演示区长寿湖镇人民政府: ['draft', false, daysLeft],
        演示区教育委员会: ['submitted', false, daysLeft],
        演示区桃花街道办事处: ['approved', false, daysLeft],
        演示区交通运输委员会: ['not-started', false, daysLeft],
      });
      // Each report speaks of its own year and was published in time: no STALE-YEAR, no LATE.
      const reports = await findReportsOfOrgans(w.db, (await w.db.query<{ id: string }>('SELECT id FROM organs')).map((o) => o.id));
      expect(reports.map((r) => [r.year, r.status, r.publishedOn]).sort()).toEqual([
        [inProgress - 1, 'published', `${inProgress}-01-20`],
        [inProgress - 1, 'published', `${inProgress}-01-20`],
        [inProgress - 1, 'published', `${inProgress}-01-20`],
        [inProgress - 1, 'published', `${inProgress}-01-20`],
        [inProgress, 'approved', null],
        [inProgress, 'draft', null],
        [inProgress, 'submitted', null],
      ]);
      for (const record of reports) {
        const rules = (await checkRecord(w.db, record)).map((f) => f.rule);
        expect(rules.filter((rule) => rule === 'STALE-YEAR' || rule === 'LATE'), `${record.organName} ${record.year}`).toEqual([]);
      }
    } finally {
      await w.dispose();
    }
  });
});
