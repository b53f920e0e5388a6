// People and process in a real browser: the clerk submits a complete report, the supervisor returns it
// with a comment (by keyboard), the clerk corrects and resubmits, the review opens on what changed since
// the return, the supervisor approves (by keyboard); downloads lose 「草稿」.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import seed003 from '../lib/domain/fixtures/seed-003.json';
import { CELLS } from '../lib/domain/cells';
import { template } from '../lib/domain/template';
import { commentAt, createReport, signIn } from './support';

const stateOf = (page: Page) => page.getByRole('region', { name: '审核流程' });
const nav = (page: Page) => page.getByRole('navigation', { name: '报告各部分' });
const t = seed003.tables;

/** Fills seed 003's content into the open editor: Table 1 cell by cell, Tables 2 and 3 by paste. */
async function fillSeed003(page: Page) {
  const active = [...t.active.regulations, ...t.active.normativeDocuments, t.active.licensing, t.active.punishment, t.active.enforcement, t.active.feesWan];
  const activeCells = CELLS.filter((c) => c.table === 'active');
  for (const [i, c] of activeCells.entries()) await page.getByRole('textbox', { name: c.name, exact: true }).fill(String(active[i]));
  const paste = async (firstCell: string, rows: (number | string)[][]) => {
    await page.evaluate((text) => navigator.clipboard.writeText(text), rows.map((r) => r.join('\t')).join('\n'));
    await page.getByRole('textbox', { name: firstCell, exact: true }).click();
    await page.keyboard.press('Control+V');
  };
  await paste(CELLS.find((c) => c.key === 'applications.0.0')!.name, t.applications);
  await paste(CELLS.find((c) => c.key === 'litigation.0')!.name, [t.litigation]);
  for (const part of ['problems', 'other'] as const) {
    const heading = template.parts.find((p) => p.key === part)!.heading!;
    await nav(page).getByRole('link', { name: heading, exact: true }).click();
    await page.getByRole('textbox', { name: heading }).fill(seed003.parts[part]);
  }
  await page.getByLabel('成文日期').fill('2052-01-15');
  await expect(page.getByRole('status', { name: '保存状态' })).toContainText('已保存', { timeout: 15_000 });
}

test('submit, return with a comment, resolve, resubmit, approve, publish; the approved PDF has no 草稿 mark', async ({ browser }) => {
  const clerkContext = await browser.newContext();
  await clerkContext.grantPermissions(['clipboard-read', 'clipboard-write']);
  const clerk = await clerkContext.newPage();
  await signIn(clerk, 'clerk');
  const url = await createReport(clerk, 2051);
  const id = url.split('/').at(-1)!;
  await fillSeed003(clerk);
  // One error (二 changed: 自然人 and 总计 no longer balance): submission is refused with the reason.
  const carried = clerk.getByRole('textbox', { name: '二、上年结转政府信息公开申请数量 / 自然人', exact: true });
  await carried.fill('1');
  await expect(clerk.getByRole('status', { name: '保存状态' })).toContainText('已保存', { timeout: 15_000 });
  await clerk.reload();
  // The editor's live count beside 提交审核; asking to submit is refused in the browser with the same count.
  await expect(clerk.getByRole('form', { name: '提交审核' })).toContainText('还有2项错误，改正后才能提交审核');
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect(clerk.getByRole('form', { name: '提交审核' }).getByRole('alert')).toContainText('还有2项错误，改正后才能提交审核');
  await expect(stateOf(clerk)).toContainText('状态：草稿');
  await carried.fill('0');
  await expect(clerk.getByRole('status', { name: '保存状态' })).toContainText('已保存', { timeout: 15_000 });
  await clerk.reload();
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect(stateOf(clerk)).toContainText('状态：已提交');

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, 'reviewer');
  await reviewer.goto(`/reports/${id}/review`);
  await expect(reviewer.getByRole('heading', { name: /校验结果：错误 0 项/ })).toBeVisible();
  await expect(reviewer.getByText('草稿', { exact: true }).first()).toBeVisible();
  // Comment on a Table 2 cell and a Table 3 cell where they are in the preview, then return with a reason.
  const carriedName = '二、上年结转政府信息公开申请数量 / 自然人';
  await commentAt(reviewer, reviewer.getByTitle(carriedName, { exact: true }), `批注：${carriedName}`, '请核实复议数据。');
  await expect(reviewer.getByText('请核实复议数据。')).toBeVisible();
  await commentAt(reviewer, reviewer.getByTitle('行政复议 / 结果维持', { exact: true }), '批注：行政复议 / 结果维持', '复议结果维持数请核对。');
  await expect(reviewer.getByText('复议结果维持数请核对。')).toBeVisible();

  // Return by keyboard: from the reason, Tab reaches 审定 then 退回修改; without a reason nothing is sent.
  const reason = reviewer.getByLabel('审核意见（退回时必填）');
  await reason.focus();
  await reviewer.keyboard.press('Tab');
  await expect(reviewer.getByRole('button', { name: '审定' })).toBeFocused();
  await reviewer.keyboard.press('Tab');
  await expect(reviewer.getByRole('button', { name: '退回修改' })).toBeFocused();
  await reviewer.screenshot({ path: 'test-results/screens/review-keyboard-focus.png', fullPage: true });
  await reviewer.keyboard.press('Enter');
  expect(await reason.evaluate((el) => (el as HTMLTextAreaElement).validity.valueMissing)).toBe(true);
  await expect(stateOf(reviewer)).toContainText('状态：已提交');
  await reason.fill('复议数据需核实');
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.press('Enter');
  await expect(stateOf(reviewer)).toContainText('状态：已退回');

  // The clerk sees the open comment at its cell and resolves it, then resubmits.
  await clerk.goto(url);
  const comments = clerk.getByRole('region', { name: /审核批注（未解决2条）/ });
  await expect(comments.getByRole('link', { name: '二、上年结转政府信息公开申请数量 / 自然人' })).toHaveAttribute('href', '#cell-applications-1-0');
  await expect(clerk.getByRole('textbox', { name: '二、上年结转政府信息公开申请数量 / 自然人', exact: true }))
    .toHaveAccessibleDescription(/审核批注：李审核：请核实复议数据。/);
  await comments.getByRole('listitem').filter({ hasText: '请核实复议数据。' }).getByRole('button', { name: '标记已解决' }).click();
  await expect(clerk.getByRole('region', { name: /审核批注（未解决1条）/ })).toBeVisible();
  // The clerk corrects the cell the second comment is on, and a sentence of part 五.
  await clerk.getByRole('textbox', { name: '行政复议 / 结果维持', exact: true }).fill('1');
  const problems = template.parts.find((p) => p.key === 'problems')!.heading!;
  await nav(clerk).getByRole('link', { name: problems, exact: true }).click();
  await clerk.getByRole('textbox', { name: problems }).fill(seed003.parts.problems.replace('一是政务公开内容质量有待提升', '一是政务公开内容的质量仍有待提升'));
  await expect(clerk.getByRole('status', { name: '保存状态' })).toContainText('已保存', { timeout: 15_000 });
  await clerk.reload();
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect(stateOf(clerk)).toContainText('状态：已提交');

  // The review opens on what changed since the return.
  await reviewer.reload();
  const changes = reviewer.getByRole('region', { name: /退回后的修改（第\d+版 → 第\d+版）/ });
  await expect(changes).toContainText('复议数据需核实');
  await expect(changes.getByRole('row').filter({ hasText: '行政复议 / 结果维持' })).toHaveText(/行政复议 \/ 结果维持\s*0\s*1/);
  await expect(changes.getByRole('insertion').filter({ hasText: '的' }).first()).toBeVisible();
  await expect(changes.getByRole('insertion').filter({ hasText: '仍' })).toHaveCount(1);
  await expect(changes.getByRole('listitem').filter({ hasText: '复议结果维持数请核对。' })).toContainText('此处已修改');
  await reviewer.screenshot({ path: 'test-results/screens/review-since-return.png', fullPage: true });
  await changes.getByRole('link', { name: '查看全文预览' }).click();
  await expect(reviewer.getByRole('link', { name: '查看退回后的修改' })).toBeVisible();
  await expect(reviewer.getByRole('region', { name: /退回后的修改/ })).toHaveCount(0);
  await reviewer.screenshot({ path: 'test-results/screens/review-full-preview.png', fullPage: true });

  // Approve by keyboard: Tab from the reason to 审定, then Enter; no reason is needed.
  await reviewer.getByLabel('审核意见（退回时必填）').focus();
  await reviewer.keyboard.press('Tab');
  await expect(reviewer.getByRole('button', { name: '审定' })).toBeFocused();
  await reviewer.keyboard.press('Enter');
  await expect(stateOf(reviewer)).toContainText('状态：已审定');
  await reviewer.goto(`/reports/${id}/preview`);
  await expect(reviewer.getByText('当前为草稿')).toHaveCount(0);
  const download = reviewer.waitForEvent('download');
  await reviewer.getByRole('link', { name: '下载 PDF' }).click();
  expect((await download).suggestedFilename()).toBe('演示区长寿湖镇人民政府2051年政府信息公开工作年度报告.pdf');
  const pdfText = execFileSync('pdftotext', [await (await download).path(), '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('演示区长寿湖镇人民政府');
  expect(pdfText).not.toContain('草稿');

  // The history shows every step, with the reason for the return.
  await reviewer.goto(`/reports/${id}/history`);
  const steps = reviewer.getByRole('region', { name: '审核记录' }).getByRole('row');
  await expect(steps.filter({ hasText: '退回修改' })).toContainText('复议数据需核实');
  for (const step of ['创建', '批注已解决', '审定']) await expect(steps.filter({ hasText: step })).toHaveCount(1);
  await expect(steps.filter({ hasText: '添加批注' })).toHaveCount(2);
  await expect(steps.filter({ hasText: '提交审核' })).toHaveCount(2);

  // Approved: the clerk can no longer edit; publication is recorded.
  await clerk.goto(url);
  await expect(clerk.getByRole('textbox', { name: '行政复议 / 结果维持', exact: true })).not.toBeEditable();
  await clerk.getByLabel('发布日期').fill('2052-01-20');
  await clerk.getByLabel('发布网址').fill('https://www.example.gov.cn/nb/2051.html');
  await clerk.getByRole('button', { name: '登记发布' }).click();
  await expect(stateOf(clerk)).toContainText('状态：已发布');
  await clerkContext.close();
  await reviewerContext.close();
});

test('a clerk cannot approve, and another organ’s report is not found', async ({ page, request }) => {
  await signIn(page, 'clerk');
  const url = await createReport(page, 2061);
  const id = url.split('/').at(-1)!;
  await page.goto(`/reports/${id}/review`);
  await expect(page.getByRole('button', { name: '审定' })).toHaveCount(0);
  // Signed out, the API refuses; a made-up id is a 404 for a signed-in user.
  expect((await request.put(`/api/reports/${id}/draft`, { data: {} })).status()).toBe(401);
  expect((await page.request.get(`/reports/00000000-0000-0000-0000-000000000000/download/pdf`)).status()).toBe(404);
});
