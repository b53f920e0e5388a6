// The application register on a real database (issue 16): a messy XLSX import, fixing a row, Table 2 by
// hand count, carry-over across two years, a report fed by the register, and who sees what.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESULT_KEYS, type TCase } from '../../domain/register/case';
import { appRow } from '../../domain/test-support';
import { ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL } from '../../domain/template';
import { TEST_DATABASES } from '../data/test-databases';
import { useDemoWorld } from '../data/demo-world.test-support';
import { checkRecord } from '../data/check-record';
import { findReportsOfOrgans } from '../data/report-records';
import { createRegister } from './register-create';
import { exportRegister } from './register-export';
import { confirmRegisterImport, previewRegisterImport } from './register-import';
import { loadRegister, type RegisterCasesView } from './register-load';
import { saveRegister } from './register-save';
import { linkReportToRegister } from './register-use';
import { messyRegisterXlsx } from '../data/register.test-support';
import { saveDraft } from './save-draft';

const key = (fragment: string) => RESULT_KEYS.find((k) => k.includes(fragment)) as string;

const messyXlsx = () => messyRegisterXlsx(2025, '05-20');

const case2024 = (id: string, fields: Partial<TCase>): TCase => ({
  id, receivedOn: null, applicant: '', applicantType: '自然人', content: '', result: null, answeredOn: null, extendedOn: null,
  carriedIn: false, note: '', ...fields,
});

// The demo as seeded in November 2025: the town's draft is of 2025, the year of the cases below.
const SEEDED_AT = new Date('2025-11-30T04:00:00Z');

describe.each(TEST_DATABASES)('application register on $name', (database) => {
  const w = useDemoWorld(database, { now: SEEDED_AT, timeout: 120_000 });
  beforeAll(() => {
    expect(w.cycle.inProgress).toBe(2025);
  });

  it('takes the years a report may have, and refuses others naming the range', async () => {
    expect(await createRegister(w.clerk, w.townId, 2150)).toEqual({ version: 1, carried: 0 });
    for (const year of [1999, 2200, 2024.5]) {
      await expect(createRegister(w.clerk, w.townId, year)).rejects.toMatchObject({ status: 400, message: '「年度」须为2000至2199之间的整数' });
    }
  });

  it('2024: a register with one case answered and one open at 12月31日', async () => {
    await createRegister(w.clerk, w.townId, 2024);
    const saved = await saveRegister(w.clerk, w.townId, 2024, {
      baseVersion: 1,
      cases: [
        case2024('a', { receivedOn: '2024-03-01', applicant: '钱一', result: key('予以公开'), answeredOn: '2024-03-15' }),
        case2024('b', { receivedOn: '2024-12-20', applicant: '孙二', content: '年底收到的申请' }),
      ],
    });
    expect(saved).toMatchObject({ ok: true, version: 2 });
    const view = (await loadRegister(w.clerk, w.townId, 2024)) as RegisterCasesView;
    expect(view.applications[ROW_CARRIED_OUT][0]).toBe(1);
  });

  it('2025 starts with the case open at 2024-12-31, carried over', async () => {
    expect(await createRegister(w.clerk, w.townId, 2025)).toEqual({ version: 1, carried: 1 });
    const view = (await loadRegister(w.clerk, w.townId, 2025)) as RegisterCasesView;
    expect(view.cases.map((c) => [c.id, c.carriedIn])).toEqual([['b', true]]);
    expect(view.applications[ROW_CARRIED_IN][6]).toBe(1);
  });

  it('previews the messy XLSX: header under the titles, the blank line, every unreadable row with its reason', async () => {
    const preview = await previewRegisterImport(w.clerk, w.townId, 2025, { bytes: await messyXlsx(), filename: '台账.xlsx' });
    expect(preview.headerRow).toBe(3);
    expect(preview.mapping).toEqual([null, 'receivedOn', 'applicant', 'applicantType', 'content', 'result', 'answeredOn', 'note']);
    expect(preview.blankRows).toEqual([6]);
    expect(preview.total).toBe(5);
    expect(preview.problems).toEqual([{
      rowNumber: 8,
      cells: ['4', '2025-06-02', '王五', '个体户', '营业执照信息', '予以公开', '2025-06-10', ''],
      reasons: ['申请人类型「个体户」无法归入自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之一'],
    }]);
    expect(preview.unknownValues.applicantType).toEqual(['个体户']);
  });

  it('refuses to import while a listed row has no decision; imports it to fix when told', async () => {
    const upload = { bytes: await messyXlsx(), filename: '台账.xlsx' };
    const mapping = [null, 'receivedOn', 'applicant', 'applicantType', 'content', 'result', 'answeredOn', 'note'];
    await expect(confirmRegisterImport(w.clerk, w.townId, 2025, upload, { mapping, decisions: {}, mode: 'append', baseVersion: 1 }))
      .rejects.toMatchObject({ status: 400, message: '以下行无法识别，请选择跳过或导入后修正：第8行' });
    const result = await confirmRegisterImport(w.clerk, w.townId, 2025, upload, { mapping, decisions: { 8: 'fix' }, mode: 'append', baseVersion: 1 });
    expect(result).toEqual({ version: 2, imported: 5, skipped: 0, toFix: 1 });
    const view = (await loadRegister(w.clerk, w.townId, 2025)) as RegisterCasesView;
    const wang = view.cases.find((c) => c.applicant === '王五');
    expect(wang).toMatchObject({ applicantType: null, receivedOn: '2025-06-02', result: key('予以公开') });
    expect(wang?.note).toContain('导入时未能识别（第8行）：申请人类型「个体户」');
    expect(view.cases.find((c) => c.applicant === '某某科技有限公司')).toMatchObject({ receivedOn: '2025-04-01', answeredOn: '2025-04-15' });
    expect(view.unplaced.map((u) => u.reasons)).toEqual([['未填申请人类型']]);
  });

  it('a patch fixes the row and answers the carried case; a stale patch of the same case is refused', async () => {
    const view = (await loadRegister(w.clerk, w.townId, 2025)) as RegisterCasesView;
    const wang = view.cases.find((c) => c.applicant === '王五') as TCase;
    const carried = view.cases.find((c) => c.id === 'b') as TCase;
    const fixed = await saveRegister(w.clerk, w.townId, 2025, { baseVersion: 2, patch: { upsert: [{ ...wang, applicantType: '自然人' }], remove: [] } });
    expect(fixed).toMatchObject({ ok: true, version: 3 });
    // Based on version 2, another case: merged.
    const answered = await saveRegister(w.clerk, w.townId, 2025, {
      baseVersion: 2, patch: { upsert: [{ ...carried, result: key('予以公开'), answeredOn: '2025-01-10' }], remove: [] },
    });
    expect(answered).toMatchObject({ ok: true, version: 4 });
    // Based on version 2, the case fixed in version 3: a conflict naming it.
    const stale = await saveRegister(w.clerk, w.townId, 2025, { baseVersion: 2, patch: { upsert: [{ ...wang, applicantType: '其他' }], remove: [] } });
    expect(stale).toMatchObject({ ok: false, conflict: { version: 4, caseIds: [wang.id] } });
  });

  it('counts Table 2 as by hand', async () => {
    const { applications: t, unplaced } = (await loadRegister(w.clerk, w.townId, 2025)) as RegisterCasesView;
    expect(unplaced).toEqual([]);
    // 一: 自然人 张三 李四 王五 = 3, 商业企业 1, 法律服务机构 1; 二: 自然人 1 (孙二).
    expect([t[ROW_RECEIVED][0], t[ROW_RECEIVED][1], t[ROW_RECEIVED][4], t[ROW_RECEIVED][6]]).toEqual([3, 1, 1, 5]);
    expect(t[ROW_CARRIED_IN][6]).toBe(1);
    // 予以公开: 张三, 王五, 孙二 (自然人 3); 部分公开: 商业企业 1; 不掌握: 李四; 四: the law firm, still open.
    expect(t[appRow('（一）予以公开')][0]).toBe(3);
    expect(t[appRow('（二）部分公开')][1]).toBe(1);
    expect(t[appRow('（四）无法提供', '1.')][0]).toBe(1);
    expect([t[ROW_RESULT_TOTAL][6], t[ROW_CARRIED_OUT][4], t[ROW_CARRIED_OUT][6]]).toEqual([5, 1, 1]);
  });

  it('a typed report differing from the register gets REGISTER-MISMATCH; a report fed by it keeps the counts', async () => {
    const [report] = await findReportsOfOrgans(w.db, [w.townId], [2025]);
    const typed = { ...report.report, tables: { ...report.report.tables, applications: report.report.tables.applications.map((row) => row.map(() => 0)) } };
    await saveDraft(w.clerk, report.id, { baseVersion: report.version, report: typed });
    const [afterTyping] = await findReportsOfOrgans(w.db, [w.townId], [2025]);
    const mismatches = (await checkRecord(w.db, afterTyping)).filter((f) => f.rule === 'REGISTER-MISMATCH');
    expect(mismatches.map((f) => f.message)).toContain('一、本年新收政府信息公开申请数量 / 自然人：报告填写0件，申请台账统计3件，相差3件');

    const { version } = await linkReportToRegister(w.clerk, report.id, { use: true });
    // Typed numbers are never silently replaced: a save changing a fed Table 2 is refused whole, naming it.
    await expect(saveDraft(w.clerk, report.id, { baseVersion: version, report: typed })).rejects.toMatchObject({
      status: 409, message: expect.stringContaining('「三、收到和处理政府信息公开申请情况」的数字由申请台账统计生成，不能修改'),
    });
    const [fed] = await findReportsOfOrgans(w.db, [w.townId], [2025]);
    expect(fed.version).toBe(version);
    expect(fed.report.tables.applications[ROW_RECEIVED][6]).toBe(5);
    expect((await checkRecord(w.db, fed)).filter((f) => f.rule === 'REGISTER-MISMATCH')).toEqual([]);

    // A register edit reaches the fed report: the law firm's case answered in full.
    const view = (await loadRegister(w.clerk, w.townId, 2025)) as RegisterCasesView;
    const firm = view.cases.find((c) => c.applicant === '某律师事务所') as TCase;
    await saveRegister(w.clerk, w.townId, 2025, { baseVersion: view.version, patch: { upsert: [{ ...firm, result: key('予以公开'), answeredOn: '2025-12-30' }], remove: [] } });
    const [synced] = await findReportsOfOrgans(w.db, [w.townId], [2025]);
    expect(synced.report.tables.applications[ROW_CARRIED_OUT][6]).toBe(0);
    expect(synced.report.tables.applications[appRow('（一）予以公开')][4]).toBe(1);
  });

  it('the supervising office sees counts only, never an applicant; reviewers read but do not edit', async () => {
    const officeView = await loadRegister(w.office, w.townId, 2025);
    expect(officeView.kind).toBe('counts');
    const json = JSON.stringify(officeView);
    for (const personal of ['张三', '李四', '王五', '某律师事务所', '低保名单', '案卷材料']) expect(json).not.toContain(personal);
    expect(officeView.applications[ROW_RECEIVED][6]).toBe(5);
    await expect(exportRegister(w.office, w.townId, 2025)).rejects.toMatchObject({ status: 403 });
    await expect(previewRegisterImport(w.office, w.townId, 2025, { bytes: await messyXlsx(), filename: 'a.xlsx' })).rejects.toMatchObject({ status: 403 });
    await expect(saveRegister(w.office, w.townId, 2025, { baseVersion: 1, cases: [] })).rejects.toMatchObject({ status: 403 });

    const reviewerView = await loadRegister(w.reviewer, w.townId, 2025);
    expect(reviewerView).toMatchObject({ kind: 'cases', canEdit: false });
    await expect(saveRegister(w.reviewer, w.townId, 2025, { baseVersion: 1, cases: [] })).rejects.toMatchObject({ status: 403 });
  });

  it('refuses bad import options with every issue, each naming its field', async () => {
    const upload = { bytes: await messyXlsx(), filename: 'a.xlsx' };
    const options = { mapping: ['收到日期'], decisions: { 3: 'keep' }, mode: 'merge', baseVersion: -1 };
    await expect(confirmRegisterImport(w.clerk, w.townId, 2025, upload, options)).rejects.toMatchObject({
      status: 400,
      issues: ['mapping[0]', 'decisions.3', 'mode', 'baseVersion'].map((path) => expect.objectContaining({ path })),
      message: expect.stringMatching(/^导入参数无效：.*「导入方式」.*「所依据的版本」/),
    });
  });

  it('audits every export', async () => {
    const { bytes } = await exportRegister(w.clerk, w.townId, 2025);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(book.worksheets[0].getRow(1).getCell(2).value).toBe('收到日期');
    expect(book.worksheets[0].rowCount).toBe(7);
    const rows = await w.db.query<{ action: string; actor: string }>("SELECT action, actor FROM audit_log WHERE action = 'register.export'");
    expect(rows).toEqual([{ action: 'register.export', actor: w.clerk.actor.id }]);
  });
});

