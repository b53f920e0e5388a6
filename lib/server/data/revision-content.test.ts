import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/types';
import { appKey } from '../../domain/cells';
import type { TReport } from '../../domain/model';
import type { Ctx } from '../context';
import { createReport } from '../verbs/create-report';
import { getReport } from '../verbs/get-report';
import { getRevision } from '../verbs/revisions';
import { SNAPSHOT_EVERY } from './revision-content';
import { saveDraft } from '../verbs/save-draft';
import { openDemoWorld, TEST_DATABASES } from './test-databases';

describe.each(TEST_DATABASES)('versions stored as deltas on $name', (database) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let clerk: Ctx;
  let townId: string;

  beforeAll(async () => {
    ({ db, dispose, clerk, townId } = await openDemoWorld(database));
  }, 60_000);
  afterAll(async () => dispose?.());

  const stored = (report: TReport) => {
    const { acceptedWarnings: _reviewers, ...rest } = report;
    return rest;
  };

  it('an autosave stores its delta, a snapshot every so often, and every version reads back as it was saved', async () => {
    const { id } = await createReport(clerk, { organId: townId, year: 2031 });
    const saved = new Map<number, TReport>([[1, stored((await getReport(clerk, id)).record.report)]]);
    // Cells, a part and typed text (kept as pending input), across a snapshot.
    for (let i = 1; i <= SNAPSHOT_EVERY + 3; i++) {
      const patch = i % 5 === 0
        ? { parts: { problems: `第${i}次修改的问题。` } }
        : { cells: { [appKey(i % 3, 0)]: i, [appKey(1, 1)]: i % 4 === 0 ? '约20' : i } };
      const result = await saveDraft(clerk, id, { baseVersion: i, patch });
      expect(result).toMatchObject({ ok: true, version: i + 1 });
      saved.set(i + 1, stored((await getReport(clerk, id)).record.report));
    }
    const rows = await db.query<{ version: number; whole: boolean; bytes: number }>(
      `SELECT version, data IS NOT NULL AS whole, octet_length(coalesce(data, delta)::text) AS bytes
       FROM report_revisions WHERE report_id = $1 ORDER BY version`, [id],
    );
    expect(rows.filter((r) => r.whole).map((r) => r.version)).toEqual([1, SNAPSHOT_EVERY]);
    // A delta of two cells is a fraction of the report.
    const [first, second] = rows;
    expect(second.bytes * 3).toBeLessThan(first.bytes);
    for (const [version, report] of saved) expect(await getRevision(clerk, id, version)).toEqual(report);
  });

  it('merges a save based on a version stored as a delta, behind two later saves', async () => {
    const { id } = await createReport(clerk, { organId: townId, year: 2032 });
    await saveDraft(clerk, id, { baseVersion: 1, patch: { cells: { [appKey(0, 0)]: 1 } } });
    await saveDraft(clerk, id, { baseVersion: 2, patch: { cells: { [appKey(0, 1)]: 2 } } });
    await saveDraft(clerk, id, { baseVersion: 3, patch: { cells: { [appKey(0, 2)]: 3 } } });
    // A tab still on version 2 changes a cell nobody else did, and one version 3 changed back to its value.
    const late = await saveDraft(clerk, id, { baseVersion: 2, patch: { cells: { [appKey(0, 3)]: 4, [appKey(0, 1)]: 2 } } });
    expect(late).toMatchObject({ ok: true, version: 5, merged: true });
    expect((await getReport(clerk, id)).record.report.tables.applications[0].slice(0, 4)).toEqual([1, 2, 3, 4]);
    // The same cell changed since version 2 on both sides is a conflict.
    const clash = await saveDraft(clerk, id, { baseVersion: 2, patch: { cells: { [appKey(0, 2)]: 30 } } });
    expect(clash).toMatchObject({ ok: false, conflicts: [{ key: appKey(0, 2), mine: 30, theirs: 3 }] });
  });
});
