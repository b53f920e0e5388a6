// Issue 6 in the app: importing a published report for an organ (preview, then confirm), starting a
// year's report from the year before, and the batch checker's one-file verb — on both databases. Issue 11:
// an import waits for a 审核人 other than its importer, and only years that have ended can be imported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentYearInBeijing } from '../../domain/beijing-date';
import { staleYearSentences } from '../../domain/carry-over';
import { writeCanonicalAnyEdition } from '../../domain/edition-2019';
import { report2019 } from '../../domain/edition-2019.test-support';
import { moveYears } from '../../domain/move-years';
import { ROW_CARRIED_IN } from '../../domain/template';
import { addOrgan, addUser } from './admin-verbs';
import { checkRecord } from '../data/check-record';
import { checkUploadedFile } from './check-uploaded-file';
import type { Ctx } from '../context';
import { createReport } from './create-report';
import { getReport } from './get-report';
import { importPublishedReport } from './import-published-report';
import { EDITION_REFUSAL } from '../data/imported-report';
import { previewImport } from './preview-import';
import { progressBoard } from './progress-board';
import { approveReport, confirmImport, publishReport, returnReport, submitReport } from './report-transitions';
import { saveDraft } from './save-draft';
import { ctxFor, TEST_DATABASES } from '../data/test-databases';
import { useDemoWorld } from '../data/demo-world.test-support';

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(__dirname, '../../../e2e/fixtures', name)));
const SEED_003 = fixture('seed-003.txt');
const SEED_004 = fixture('seed-004.txt');
const SEED_003_2022 = fixture('seed-003-2022.txt');
const DEMO_TOWN = '演示区长寿湖镇人民政府';
/** Seed 003 moved from 2022 (and 2023 for the year after) to another year. */
const seed003In = (year: number) => new TextEncoder().encode(
  new TextDecoder().decode(SEED_003_2022).replace(/202[23]/g, (y) => String(y === '2022' ? year : year + 1)),
);

describe.each(TEST_DATABASES)('import, carry-over and batch check on $name', (database) => {
  const w = useDemoWorld(database);
  /** A second unit, with years of its own: a user who is both its 填报人 and 审核人, and another 审核人. */
  let ninth: { organId: string; both: Ctx; other: Ctx };

  beforeAll(async () => {
    const { id: organId } = await addOrgan(w.office, { name: '演示区第九街道办事处', level: 'town', parentId: w.districtId });
    await addUser(w.office, { username: 'both9', displayName: '兼职9', password: 'password-123', organId, roles: ['clerk', 'supervisor'] });
    await addUser(w.office, { username: 'rev9', displayName: '审核9', password: 'password-123', organId, roles: ['supervisor'] });
    ninth = { organId, both: await ctxFor(w.db, 'both9'), other: await ctxFor(w.db, 'rev9') };
  }, 60_000);

  const preview = (bytes: Uint8Array, filename = 'report.txt', organId = w.townId, ctx = w.clerk) =>
    previewImport(ctx, { organId, bytes, filename });

  /** Seed 003 moved to the year, imported into the ninth street by its 填报人-and-审核人. */
  async function keepInNinth(year: number): Promise<string> {
    const bytes = seed003In(year);
    const shown = await preview(bytes, 'r.txt', ninth.organId, ninth.both);
    if (!shown.ok) throw new Error('should read');
    return (await importPublishedReport(ninth.both, { organId: ninth.organId, bytes, filename: 'r.txt', digest: shown.digest })).id;
  }

  it('previews a published report with its findings, and refuses the year the organ already has', async () => {
    // Seed 003 moved to the year the demo town has published (seeded).
    const bytes = new TextEncoder().encode(moveYears(new TextDecoder().decode(SEED_003), 2024, w.cycle.published));
    const shown = await preview(bytes);
    if (!shown.ok) throw new Error('seed 003 should read');
    expect([shown.edition, shown.report.year, shown.report.organ, shown.organName]).toEqual(['national-2021', w.cycle.published, '重庆市长寿区长寿湖镇人民政府', DEMO_TOWN]);
    expect(shown.findings).toEqual([]);
    expect(shown.notes[0]).toBe(`文件中的机关为「重庆市长寿区长寿湖镇人民政府」，将作为「${DEMO_TOWN}」的报告保存。`);
    expect(shown.refusal).toBe(`${DEMO_TOWN}${w.cycle.published}年度报告已存在，不能再导入。如需替换，请先与管理员联系。`);
    const [existing] = await w.clerk.db.query<{ id: string }>('SELECT id FROM reports WHERE organ_id = $1 AND year = $2', [w.townId, w.cycle.published]);
    expect(shown.existingReportId).toBe(existing.id);
    await expect(importPublishedReport(w.clerk, { organId: w.townId, bytes, filename: 'report.txt', digest: shown.digest }))
      .rejects.toMatchObject({ status: 409, message: expect.stringContaining('已存在') });
  });

  it('shows the cells it could not read (the clerk fills them on confirming); a preview stores nothing', async () => {
    const count = async () => (await w.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports'))[0].n;
    const before = await count();
    const broken = new TextDecoder().decode(SEED_003).replace(/一、本年新收政府信息公开申请数量\n\t1/, '一、本年新收政府信息公开申请数量\n\t壹');
    const shown = await preview(new TextEncoder().encode(broken));
    if (!shown.ok) throw new Error('refused');
    const unread = Object.entries(shown.reading?.cells ?? {}).filter(([, c]) => c.status === 'unread');
    expect(unread).toHaveLength(7);
    expect(unread[0]).toEqual(['一、本年新收政府信息公开申请数量 / 自然人', expect.objectContaining({ reason: '应有7个数，只读到6个（0 0 0 0 0 1），无法确定各数所在的列' })]);
    // Confirming needs every unread cell filled, each named when it is not.
    const bytes = new TextEncoder().encode(broken);
    await expect(importPublishedReport(w.clerk, { organId: w.townId, bytes, filename: 'report.txt', digest: shown.digest, filled: { '一、本年新收政府信息公开申请数量 / 自然人': '1' } }))
      .rejects.toThrow('一、本年新收政府信息公开申请数量 / 商业企业：未能从文件读取，请填写');
    const garbage = await preview(new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 9]), 'x.bin');
    expect(garbage).toMatchObject({ ok: false, errors: [expect.objectContaining({ message: expect.any(String) })] });
    const empty = await preview(new Uint8Array(), 'empty.txt');
    expect(empty).toEqual({ ok: false, errors: [{ where: '', message: '文件为空' }] });
    await preview(SEED_003_2022);
    expect(await count()).toBe(before);
  });

  it('keeps a clerk\'s import as 已导入 (not 已审定 on the board, not publishable) until a 审核人 confirms it', async () => {
    const shown = await preview(SEED_003_2022, '长寿湖镇2022年报.txt');
    if (!shown.ok) throw new Error('fixture should read');
    expect(shown.refusal).toBeNull();
    // Only the file that was shown: another file (or a changed one) with the shown fingerprint is refused.
    await expect(importPublishedReport(w.clerk, { organId: w.townId, bytes: SEED_003, filename: 'x.txt', digest: shown.digest }))
      .rejects.toMatchObject({ status: 409 });
    await expect(importPublishedReport(w.reviewer, { organId: w.townId, bytes: SEED_003_2022, filename: 'x.txt', digest: shown.digest }))
      .rejects.toMatchObject({ status: 403 });
    const { id, year } = await importPublishedReport(w.clerk, { organId: w.townId, bytes: SEED_003_2022, filename: '长寿湖镇2022年报.txt', digest: shown.digest });
    expect(year).toBe(2022);
    const { record } = await getReport(w.clerk, id);
    expect([record.status, record.approvedVersion, record.version, record.report.organ, record.report.level]).toEqual(['imported', null, 1, DEMO_TOWN, 'town']);
    expect(record.report.tables).toEqual((shown.report as typeof record.report).tables);
    expect(record.report.signature).toEqual({ organ: '重庆市长寿区长寿湖镇人民政府', date: '2023-01-17' });
    const trail = async () => w.db.query<{ action: string; detail: Record<string, unknown> }>('SELECT action, detail FROM audit_log WHERE report_id = $1 ORDER BY id', [id]);
    expect(await trail()).toEqual([{ action: 'report.import', detail: expect.objectContaining({
      year: 2022, status: 'imported', note: '导入已发布的报告', filename: '长寿湖镇2022年报.txt', printedOrgan: '重庆市长寿区长寿湖镇人民政府',
    }) }]);
    await expect(importPublishedReport(w.clerk, { organId: w.townId, bytes: SEED_003_2022, filename: 'x.txt', digest: shown.digest }))
      .rejects.toMatchObject({ status: 409 });

    // Not 已审定 on the office's board; neither editable nor publishable; only a 审核人 confirms it.
    const townOnBoard = async () => (await progressBoard(w.office, w.districtId, 2022)).find((r) => r.organId === w.townId);
    expect(await townOnBoard()).toMatchObject({ reportId: id, state: 'imported' });
    await expect(saveDraft(w.clerk, id, { baseVersion: 1, report: record.report })).rejects.toMatchObject({ status: 409 });
    const publication = { publishedOn: '2023-01-20', publishedUrl: 'https://example.gov.cn/nb2022' };
    await expect(publishReport(w.clerk, id, publication)).rejects.toMatchObject({ status: 409, message: '报告当前为「已导入，待审核人确认」，不能登记发布' });
    await expect(confirmImport(w.clerk, id)).rejects.toMatchObject({ status: 403 });
    await expect(confirmImport(w.office, id)).rejects.toMatchObject({ status: 403 }); // the office only looks on
    const confirmed = await confirmImport(w.reviewer, id);
    expect([confirmed.status, confirmed.approvedVersion]).toEqual(['approved', 1]);
    expect(await townOnBoard()).toMatchObject({ state: 'approved' });
    expect((await trail()).map((t) => [t.action, t.detail.from, t.detail.to])).toEqual([['report.import', undefined, undefined], ['report.confirm', 'imported', 'approved']]);
    await expect(confirmImport(w.reviewer, id)).rejects.toMatchObject({ status: 409 });
    expect((await publishReport(w.clerk, id, publication)).status).toBe('published');
  });

  it('refuses the year in progress and later years, in the preview and on confirm', async () => {
    // Into the ninth street, which has no report of these years (the demo town has one of the year in progress).
    const current = currentYearInBeijing(new Date());
    for (const year of [current, 2067]) {
      const bytes = seed003In(year);
      const shown = await preview(bytes, 'r.txt', ninth.organId, ninth.both);
      if (!shown.ok) throw new Error('should read');
      expect(shown.refusal).toMatch(new RegExp(`^${year}年度(尚未结束|还未到来)，不能导入该年度已发布的报告：只能导入${current - 1}年度及以前的报告。$`));
      await expect(importPublishedReport(ninth.both, { organId: ninth.organId, bytes, filename: 'r.txt', digest: shown.digest }))
        .rejects.toMatchObject({ status: 400, message: shown.refusal });
    }
    expect((await w.db.query('SELECT id FROM reports WHERE organ_id = $1 AND year = ANY($2::int[])', [ninth.organId, [current, 2067]]))).toEqual([]);
  });

  it('tells a clerk who picked the file of the year in progress that the year is not over, even where its report exists', async () => {
    const current = currentYearInBeijing(new Date());
    const [has] = await w.db.query('SELECT id FROM reports WHERE organ_id = $1 AND year = $2', [w.townId, current]);
    if (!has) await createReport(w.clerk, { organId: w.townId, year: current }); // January: the demo's year in progress is last year
    const bytes = seed003In(current);
    const shown = await preview(bytes);
    if (!shown.ok) throw new Error('should read');
    expect(shown.refusal).toBe(`${current}年度尚未结束，不能导入该年度已发布的报告：只能导入${current - 1}年度及以前的报告。`);
    await expect(importPublishedReport(w.clerk, { organId: w.townId, bytes, filename: 'report.txt', digest: shown.digest }))
      .rejects.toMatchObject({ status: 400, message: shown.refusal });
  });

  it('never lets the importer confirm an import, even one who is also a 审核人; a 审核人 may return it to the clerk; nobody approves what they submitted', async () => {
    const { both, other } = ninth;
    const first = await keepInNinth(2023);
    await expect(confirmImport(both, first)).rejects.toMatchObject({ status: 403, message: '导入人不能确认自己导入的报告，请由本机关的另一位审核人确认' });
    expect((await getReport(both, first)).record.status).toBe('imported');
    expect((await confirmImport(other, first)).status).toBe('approved');
    // A wrong import goes back to the clerk with a reason, as an ordinary report to correct and submit.
    const second = await keepInNinth(2024);
    await expect(returnReport(other, second, '')).rejects.toMatchObject({ status: 400 });
    expect((await returnReport(other, second, '文件不是本机关的报告')).status).toBe('returned');
    // Corrected and submitted by the same user: approving it is, again, for another 审核人.
    expect((await submitReport(both, second)).status).toBe('submitted');
    await expect(approveReport(both, second)).rejects.toMatchObject({ status: 403, message: '提交人不能审定自己提交的报告，请由本机关的另一位审核人审定' });
    expect((await approveReport(other, second)).status).toBe('approved');
  });

  it('keeps totals as printed: a published report that does not add up is stored as it was, with its errors', async () => {
    const wrong = new TextDecoder().decode(seed003In(2021))
      .replace(/（七）总计\n\t1\n(\t0\n){5}\t1/, (m) => m.replace(/\t1$/, '\t9'));
    const bytes = new TextEncoder().encode(wrong);
    const shown = await preview(bytes);
    if (!shown.ok) throw new Error('should read');
    expect(shown.findings.map((f) => f.rule)).toContain('APP-ROW-TOTAL');
    const { id } = await importPublishedReport(w.clerk, { organId: w.townId, bytes, filename: 'r.txt', digest: shown.digest });
    const { record } = await getReport(w.clerk, id);
    expect(record.report.tables.applications[23][6]).toBe(9);
  });

  it('shows a 2019-edition report but does not keep it', async () => {
    const bytes = new TextEncoder().encode(writeCanonicalAnyEdition(report2019(2020)));
    const shown = await preview(bytes, 'r2020.json');
    if (!shown.ok) throw new Error('should read');
    expect(shown.edition).toBe('national-2019');
    expect(shown.refusal).toContain('2019年版格式');
    const attempt = importPublishedReport(w.clerk, { organId: w.townId, bytes, filename: 'r2020.json', digest: shown.digest });
    await expect(attempt).rejects.toMatchObject({ status: 400, message: expect.stringContaining('2019年版格式') });
  });

  it('shows a report from before 2019 with its reason and does not keep it: its tables cannot be filled', async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../shared/seeds/001_2d63126c8570951a.txt')));
    const shown = await preview(bytes, 'r2018.txt');
    if (!shown.ok) throw new Error('should read');
    expect([shown.edition, shown.report.year]).toEqual(['pre-2019', 2018]);
    expect(shown.findings).toEqual([]);
    expect(shown.refusal).toBe(EDITION_REFUSAL['pre-2019']);
    expect(shown.refusal).toContain('没有法定统计表');
    const attempt = importPublishedReport(w.clerk, { organId: w.townId, bytes, filename: 'r2018.txt', digest: shown.digest });
    await expect(attempt).rejects.toMatchObject({ status: 400, message: EDITION_REFUSAL['pre-2019'] });
  });

  it('lets only the organ\'s clerks import', async () => {
    await expect(preview(SEED_003, 'r.txt', w.townId, w.reviewer)).rejects.toMatchObject({ status: 403 });
    await expect(preview(SEED_003, 'r.txt', w.districtId, w.clerk)).rejects.toMatchObject({ status: 404 });
  });

  it('starts a year from the year before: 二 from its 四, its words with every STALE-YEAR sentence, REGULATIONS-STOCK against its stock', async () => {
    const { organId, both } = ninth;
    await expect(createReport(both, { organId, year: 2022, carryOver: true })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('没有2021年度报告') });
    // Last year's report was imported and waits for a 审核人: it already serves to start this year from.
    const imported = await keepInNinth(2021);
    expect((await getReport(both, imported)).record.status).toBe('imported');
    const { id } = await createReport(both, { organId, year: 2022, carryOver: true });
    const { record } = await getReport(both, id);
    expect(record.status).toBe('draft');
    expect(record.report.tables.applications[ROW_CARRIED_IN]).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(record.report.tables.applications[0]).toEqual([null, null, null, null, null, null, null]);
    expect(record.report.parts?.overview).toContain('2021年，长寿湖镇');
    const stale = staleYearSentences(record.report);
    expect(stale.map((s) => s.text)).toContain('2021年，我镇严格按照《条例》要求，持续规范信息管理。');
    const findings = await checkRecord(w.db, record);
    expect(findings.filter((f) => f.rule === 'STALE-YEAR')).toHaveLength(stale.length);
    expect(findings.map((f) => f.rule)).not.toContain('CARRY-OVER-MISMATCH');
    // The clerk's 现行有效件数 is judged against 2021's 2 行政规范性文件: 2 + 3 − 1 = 4, not 5.
    const filled = { ...record.report, tables: { ...record.report.tables, active: { ...record.report.tables.active, normativeDocuments: [3, 1, 5] as [number, number, number] } } };
    expect((await saveDraft(both, id, { baseVersion: record.version, report: filled })).ok).toBe(true);
    const stock = (await checkRecord(w.db, (await getReport(both, id)).record)).filter((f) => f.rule === 'REGULATIONS-STOCK');
    expect(stock.map((f) => f.message)).toEqual(['行政规范性文件：现行有效件数=5，上年现行有效2+本年制发3−本年废止1=4，相差1']);
    const [created] = await w.db.query<{ detail: { carriedFrom?: string } }>(`SELECT detail FROM audit_log WHERE report_id = $1 AND action = 'report.create'`, [id]);
    expect(created.detail.carriedFrom).toBe(imported);
    // Without the choice, a blank draft as before.
    const blank = await createReport(both, { organId, year: 2025 });
    expect((await getReport(both, blank.id)).record.report.tables.applications[ROW_CARRIED_IN].slice(0, 6)).toEqual([null, null, null, null, null, null]);
  });

  it('checks one uploaded file for supervisors and admins only, naming why an unreadable one was not read', async () => {
    await expect(checkUploadedFile(w.clerk, { bytes: SEED_004, filename: '004.txt' })).rejects.toMatchObject({ status: 403 });
    const checked = await checkUploadedFile(w.office, { bytes: SEED_004, filename: '004.txt' });
    expect(checked).toMatchObject({ file: '004.txt', ok: true, organ: '重庆市荣昌区人民政府', year: 2021, edition: 'national-2021' });
    expect(checked.ok && checked.findings.map((f) => [f.rule, f.severity])).toEqual([['NARRATIVE-NUMBER', 'warning'], ['FEE-STATEMENT-MISSING', 'warning']]);
    expect(await checkUploadedFile(w.reviewer, { bytes: SEED_003, filename: '003.txt' })).toMatchObject({ ok: true, findings: [] });
    const unreadable = await checkUploadedFile(w.office, { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), filename: 'scan.png' });
    expect(unreadable).toEqual({ file: 'scan.png', ok: false, reason: expect.stringContaining('.png') });
  });
});
