// The clerk's habits in the editor (issue 13): redo, Ctrl+S, progress per part, the 填报说明 of the focused
// cell, the reviewer's return reason and open comments first, Chinese 404 page, titles that name the page.
import { expect, test, type Page } from '@playwright/test';
import { appKey, cellSpec } from '../lib/domain/cells';
import { template } from '../lib/domain/template';
import { commentAt, createReport, signIn, submittedForReview } from './support';

const TOWN = '演示区长寿湖镇人民政府';
const cellName = (row: number, col: number) => cellSpec(appKey(row, col)).name;
const cell = (page: Page, row: number, col: number) => page.getByRole('textbox', { name: cellName(row, col), exact: true });
const status = (page: Page) => page.getByRole('status', { name: '保存状态' });
const nav = (page: Page) => page.getByRole('navigation', { name: '报告各部分' });
const shot = (name: string) => `test-results/screens/${name}.png`;

async function openTable2(page: Page) {
  await nav(page).getByRole('link', { name: template.applications.title }).click();
}

test('redo: 恢复 and Ctrl+Y after 撤销, Ctrl+Shift+Z in the cell; the part navigation counts the filled cells', async ({ page }) => {
  await signIn(page, 'clerk');
  await createReport(page, 2087);
  await openTable2(page);
  await cell(page, 0, 0).fill('7');
  await cell(page, 0, 0).press('Tab');
  const progress = nav(page).getByRole('listitem').filter({ hasText: template.applications.title });
  await expect(progress).toContainText('1/144');

  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(cell(page, 0, 0)).toHaveValue('');
  await expect(progress).toContainText('0/144');
  await page.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(cell(page, 0, 0)).toHaveValue('7');
  await expect(page.getByRole('status', { name: '操作结果' })).toHaveText(`已恢复「修改「${cellName(0, 0)}」」。`);
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await page.keyboard.press('Control+y'); // focus is on the button, not a text field
  await expect(cell(page, 0, 0)).toHaveValue('7');

  // Inside a cell: Ctrl+Z takes the typing back, Ctrl+Shift+Z puts it back.
  await cell(page, 0, 1).fill('5');
  await cell(page, 0, 1).press('Control+z');
  await expect(cell(page, 0, 1)).toHaveValue('');
  await cell(page, 0, 1).press('Control+Shift+Z');
  await expect(cell(page, 0, 1)).toHaveValue('5');
  await expect(progress).toContainText('2/144');
  await expect(nav(page).getByRole('listitem').filter({ hasText: '一、总体情况' })).toContainText(/已填|未填/);
  await page.screenshot({ path: shot('habits-redo-progress') });
});

test('Ctrl+S saves at once, without the browser\'s save dialog', async ({ page }) => {
  await signIn(page, 'clerk');
  await createReport(page, 2089);
  await openTable2(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  // Whether the browser's own Ctrl+S was stopped: the editor's handler calls preventDefault.
  await page.evaluate(() => {
    window.addEventListener('keydown', (e) => {
      if (e.key.toLowerCase() === 's') document.body.dataset.saveKeyPrevented = String(e.defaultPrevented);
    });
  });
  await cell(page, 0, 0).fill('9');
  const sent = page.waitForRequest((r) => r.method() === 'PUT' && r.url().includes('/draft'), { timeout: 500 });
  await cell(page, 0, 0).press('Control+s');
  // Sent now, not after the 0.8 s pause of autosave.
  expect((await sent).postDataJSON()).toBeTruthy();
  await expect(status(page)).toContainText('已保存');
  await expect(page.locator('body')).toHaveAttribute('data-save-key-prevented', 'true');
  expect(downloads).toBe(0);
  await page.reload();
  await openTable2(page);
  await expect(cell(page, 0, 0)).toHaveValue('9');
});

test('the 填报说明 of the focused cell\'s row and column shows under the table and describes the cell', async ({ page }) => {
  await signIn(page, 'clerk');
  await createReport(page, 2091);
  await openTable2(page);
  const carried = cell(page, 1, 0);
  await carried.focus();
  const line = '「二、上年结转政府信息公开申请数量」：应等于上一年度报告「四、结转下年度继续办理」的数字；「自然人」：以个人名义提出的申请。';
  await expect(page.getByText(line)).toBeVisible();
  await expect(carried).toHaveAccessibleDescription(/「二、上年结转政府信息公开申请数量」：应等于上一年度报告/);
  // Three rows down from 二 (予以公开, 部分公开): 1.属于国家秘密.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(cell(page, 4, 0)).toBeFocused();
  const secret = '「1.属于国家秘密」';
  await expect(page.getByText(secret)).toBeVisible();
  await expect(cell(page, 4, 0)).toHaveAccessibleDescription(new RegExp(secret));
  await page.screenshot({ path: shot('habits-hint') });
});

test('a returned report shows its reason and open comments at the top of the editor and in the list', async ({ browser }) => {
  const { clerk, reviewer, url } = await submittedForReview(browser, 2097);
  await commentAt(reviewer, reviewer.getByTitle(cellName(1, 0), { exact: true }), `批注：${cellName(1, 0)}`, '上年结转请与2021年度报告核对。');
  await expect(reviewer.getByText('上年结转请与2021年度报告核对。')).toBeVisible();
  await reviewer.getByLabel('审核意见（退回时必填）').fill('表三与原件不一致，请核对后提交');
  await reviewer.getByRole('button', { name: '退回修改' }).click();
  await expect(reviewer.getByRole('region', { name: '审核流程' })).toContainText('已退回');

  await clerk.goto(url);
  const notice = clerk.getByRole('note', { name: '审核意见' });
  await expect(notice).toContainText('已退回：表三与原件不一致，请核对后提交');
  await expect(notice).toContainText('李审核');
  await expect(notice.getByRole('link', { name: '1条未解决批注' })).toBeVisible();
  await clerk.screenshot({ path: shot('habits-returned-editor') });

  await clerk.goto('/reports');
  const row = clerk.getByRole('row').filter({ has: clerk.getByRole('link', { name: '2097年度报告' }) });
  await expect(row).toContainText('已退回：表三与原件不一致，请核对后提交');
  await expect(row).toContainText('1条未解决批注');
  await clerk.screenshot({ path: shot('habits-returned-list') });
});

test('a report that does not exist: the 404 page is in Chinese; every page\'s title names it and the report', async ({ page }) => {
  await signIn(page, 'clerk');
  await expect(page).toHaveTitle('我的报告 · 年报');
  const url = await createReport(page, 2095);
  await expect(page).toHaveTitle(`${TOWN}2095年度报告 · 编辑 · 年报`);
  await page.goto(`${url}/history`);
  await expect(page).toHaveTitle(`${TOWN}2095年度报告 · 修改记录 · 年报`);

  const response = await page.goto('/reports/00000000-0000-0000-0000-000000000000');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByText('This page could not be found')).toHaveCount(0);
  await expect(page).toHaveTitle('页面不存在 · 年报');
  await page.screenshot({ path: shot('habits-404') });
});
