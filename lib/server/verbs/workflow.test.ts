import { describe, expect, it } from 'vitest';
import seed003 from '../../domain/fixtures/seed-003.json';
import { readCanonical } from '../../domain/canonical';
import { appKey, setCell } from '../../domain/cells';
import { diffReports } from '../../domain/diff-reports';
import { findingKey } from '../../domain/findings';
import type { TReport } from '../../domain/model';
import { paragraphsOf } from '../../domain/narrative';
import { quoteAt } from '../../domain/text-quote';
import { acceptWarning } from './accept-warning';
import { addComment } from './add-comment';
import { checkRecord } from '../data/check-record';
import { findComments } from '../data/comments';
import { createReport } from './create-report';
import { getReport } from './get-report';
import { approveReport, publishReport, returnReport, submitReport } from './report-transitions';
import { resolveComment } from './resolve-comment';
import { getRevision, listRevisions } from './revisions';
import { saveDraft } from './save-draft';
import { changesSinceReturn } from './since-return';
import { findReportNotices } from './report-notices';
import { TEST_DATABASES } from '../data/test-databases';
import { useDemoWorld } from '../data/demo-world.test-support';

const seed = (() => {
  const r = readCanonical(seed003);
  if (!r.ok) throw new Error('bad fixture');
  return r.report;
})();

describe.each(TEST_DATABASES)('review workflow on $name', (database) => {
  const w = useDemoWorld(database);

  /** A 2026 report filled with seed 003's content, saved by the clerk. */
  async function filledReport(year: number, edit: (r: TReport) => TReport = (r) => r): Promise<string> {
    const { id } = await createReport(w.clerk, { organId: w.townId, year });
    const base = (await getReport(w.clerk, id)).record.report;
    const report = edit({ ...base, tables: seed.tables, parts: seed.parts, signature: { organ: base.organ, date: null } });
    const saved = await saveDraft(w.clerk, id, { baseVersion: 1, report });
    expect(saved.ok).toBe(true);
    return id;
  }

  it('refuses submission while an error stands, then submits, returns with a reason, approves and publishes', async () => {
    const id = await filledReport(2030, (r) => ({ ...r, tables: setCell(r.tables, appKey(1, 0), 5) }));
    await expect(submitReport(w.clerk, id)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('错误') });
    const { record } = await getReport(w.clerk, id);
    await saveDraft(w.clerk, id, { baseVersion: record.version, report: { ...record.report, tables: seed.tables } });
    expect((await submitReport(w.clerk, id)).status).toBe('submitted');
    // Submitted: editing locks; clerks cannot approve.
    const locked = (await getReport(w.clerk, id)).record;
    await expect(saveDraft(w.clerk, id, { baseVersion: locked.version, report: locked.report })).rejects.toMatchObject({ status: 409 });
    await expect(approveReport(w.clerk, id)).rejects.toMatchObject({ status: 403 });
    await expect(returnReport(w.reviewer, id, '')).rejects.toMatchObject({ status: 400 });
    await expect(returnReport(w.reviewer, id, '  \n ')).rejects.toMatchObject({ status: 400, message: '请填写退回修改的理由' });
    expect((await returnReport(w.reviewer, id, '请补充平台建设情况')).status).toBe('returned');
    expect((await submitReport(w.clerk, id)).status).toBe('submitted');
    const approved = await approveReport(w.reviewer, id);
    expect(approved).toMatchObject({ status: 'approved', approvedVersion: approved.version });
    await expect(publishReport(w.reviewer, id, { publishedOn: '2031-13-01', publishedUrl: 'x' })).rejects.toMatchObject({ status: 400 });
    const published = await publishReport(w.reviewer, id, { publishedOn: '2031-03-02', publishedUrl: 'https://www.example.gov.cn/2030.html' });
    expect(published).toMatchObject({ status: 'published', publishedOn: '2031-03-02' });
    // A town publishing after 1月31日 is late.
    expect((await checkRecord(w.db, published)).map((f) => f.rule)).toContain('LATE');
    const trail = await w.db.query<{ action: string; detail: { reason?: string } }>(
      `SELECT action, detail FROM audit_log WHERE report_id = $1 AND action NOT IN ('report.create', 'report.save') ORDER BY id`, [id],
    );
    expect(trail.map((t) => t.action)).toEqual(['report.submit', 'report.return', 'report.submit', 'report.approve', 'report.publish']);
    expect(trail[1].detail.reason).toBe('请补充平台建设情况');
  });

  it('gives a returned report its reason and open comments for the top of the editor and the list, until resubmitted', async () => {
    const id = await filledReport(2036);
    const untouched = await filledReport(2037);
    await submitReport(w.clerk, id);
    await addComment(w.reviewer, id, { anchor: 'cell:applications.1.0', body: '上年结转与去年报告不一致？' });
    await addComment(w.reviewer, id, { anchor: 'paragraph:overview:2', body: '请补充数字' });
    await returnReport(w.reviewer, id, '请核对上年结转');
    const records = [(await getReport(w.clerk, id)).record, (await getReport(w.clerk, untouched)).record];
    const notices = await findReportNotices(w.db, records);
    expect(notices.get(id)).toEqual({ returned: { reason: '请核对上年结转', by: expect.any(String), at: expect.any(String) }, openComments: 2 });
    expect(notices.has(untouched)).toBe(false);
    const [first] = await findComments(w.db, id);
    await resolveComment(w.clerk, id, first.id);
    const again = await submitReport(w.clerk, id);
    // Submitted again: the return is behind it, one comment still open.
    expect((await findReportNotices(w.db, [again])).get(id)).toEqual({ returned: null, openComments: 1 });
  });

  it('on a resubmitted report, finds the returned version and what changed since, cell by cell and paragraph by paragraph', async () => {
    const id = await filledReport(2034);
    expect(await changesSinceReturn(w.db, (await submitReport(w.clerk, id)))).toBeNull(); // first submission: nothing returned yet
    const returnedAt = (await returnReport(w.reviewer, id, '请核对行政许可数字')).version;
    const returned = (await getReport(w.clerk, id)).record;
    const overview = returned.report.parts!.overview.split('\n');
    await saveDraft(w.clerk, id, {
      baseVersion: returned.version,
      report: {
        ...returned.report,
        tables: { ...returned.report.tables, active: { ...returned.report.tables.active, licensing: 77 } },
        parts: { ...returned.report.parts!, overview: [`${overview[0]}（已核对）`, ...overview.slice(1)].join('\n') },
      },
    });
    const again = await submitReport(w.clerk, id);
    const since = (await changesSinceReturn(w.db, again))!;
    expect(since).toMatchObject({ returnedVersion: returnedAt, reason: '请核对行政许可数字', returnedBy: expect.any(String) });
    expect(since.changes).toEqual([
      { kind: 'cell', key: 'active.licensing', name: expect.stringContaining('行政许可'), from: returned.report.tables.active.licensing, to: 77, computed: false },
      { kind: 'paragraph', part: 'overview', partName: expect.any(String), index: 0, from: overview[0].trim(), to: `${overview[0].trim()}（已核对）` },
    ]);
    // Once approved, the review no longer opens on the differences.
    expect(await changesSinceReturn(w.db, await approveReport(w.reviewer, id))).toBeNull();
  });

  it('anchors comments, lets the clerk resolve them, and validates anchors', async () => {
    const id = await filledReport(2031);
    await addComment(w.reviewer, id, { anchor: 'cell:applications.1.0', body: '上年结转与去年报告不一致？' });
    await addComment(w.reviewer, id, { anchor: 'paragraph:overview:2', body: '请补充数字' });
    await expect(addComment(w.reviewer, id, { anchor: 'cell:nowhere', body: 'x' })).rejects.toMatchObject({ status: 400 });
    await expect(addComment(w.reviewer, id, { anchor: 'part:overview', body: '   ' })).rejects.toMatchObject({ status: 400 });
    const comments = await findComments(w.db, id);
    expect(comments.map((c) => [c.anchor, c.author, c.resolvedAt])).toEqual([
      ['cell:applications.1.0', '李审核', null], ['paragraph:overview:2', '李审核', null],
    ]);
    await resolveComment(w.clerk, id, comments[0].id);
    await expect(resolveComment(w.clerk, id, comments[0].id)).rejects.toMatchObject({ status: 404 });
    expect((await findComments(w.db, id))[0]).toMatchObject({ resolvedBy: '张填报' });
  });

  it('keeps a comment on a selected sentence with its quote, only where the report has that text', async () => {
    const id = await filledReport(2038);
    const paragraph = paragraphsOf(seed.parts!.overview)[2];
    const quote = quoteAt(paragraph, 2, 12);
    await addComment(w.reviewer, id, { anchor: 'paragraph:overview:2', quote, body: '这句请核实' });
    expect((await findComments(w.db, id)).map((c) => [c.anchor, c.quote])).toEqual([['paragraph:overview:2', quote]]);
    // The same words claimed at other offsets, a quote on a cell, a malformed quote: refused, nothing kept.
    await expect(addComment(w.reviewer, id, { anchor: 'paragraph:overview:0', quote, body: 'x' })).rejects.toMatchObject({ status: 409 });
    await expect(addComment(w.reviewer, id, { anchor: 'cell:litigation.0', quote, body: 'x' })).rejects.toMatchObject({ status: 400 });
    await expect(addComment(w.reviewer, id, { anchor: 'paragraph:overview:2', quote: { ...quote, end: 99, prefix: null }, body: 'x' }))
      .rejects.toMatchObject({ status: 400, message: '所选文字无效，请重新选择' });
    expect(await findComments(w.db, id)).toHaveLength(1);
  });

  it('accepts a warning with a reason, which then shows as accepted in the findings', async () => {
    const id = await filledReport(2032, (r) => ({ ...r, parts: { ...r.parts!, other: '无。' } }));
    const fee = (await checkRecord(w.db, (await getReport(w.clerk, id)).record)).find((f) => f.rule === 'FEE-STATEMENT-MISSING')!;
    await expect(acceptWarning(w.clerk, id, { finding: findingKey(fee), reason: '本单位不涉及' })).rejects.toMatchObject({ status: 403 });
    await expect(acceptWarning(w.reviewer, id, { finding: findingKey(fee), reason: '' })).rejects.toMatchObject({ status: 400 });
    await acceptWarning(w.reviewer, id, { finding: findingKey(fee), reason: '本单位未收到需收费的申请，已在其他渠道说明' });
    const after = (await checkRecord(w.db, (await getReport(w.clerk, id)).record)).find((f) => f.rule === 'FEE-STATEMENT-MISSING')!;
    expect(after.accepted).toEqual({ reason: '本单位未收到需收费的申请，已在其他渠道说明', by: '李审核' });
  });

  it('keeps every save as a revision whose differences can be shown', async () => {
    const id = await filledReport(2033);
    const current = (await getReport(w.clerk, id)).record;
    await saveDraft(w.clerk, id, { baseVersion: current.version, report: { ...current.report, tables: setCell(current.report.tables, appKey(0, 0), 2) } });
    const revisions = await listRevisions(w.clerk, id);
    expect(revisions.map((r) => r.version)).toEqual([3, 2, 1]);
    const changes = diffReports(await getRevision(w.clerk, id, 2), await getRevision(w.clerk, id, 3));
    expect(changes).toEqual([expect.objectContaining({ kind: 'cell', name: '一、本年新收政府信息公开申请数量 / 自然人', from: 1, to: 2 })]);
  });
});
