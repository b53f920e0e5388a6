// Saving, trusted (issue 13): Ctrl+S on a report that cannot change says so instead of opening the browser's
// save dialog; the part navigation shows progress, not red empty cells, while drafting; 提交审核 saves the
// last keystrokes first, and a refused save stops the submission, saying why.
import { expect, test, type Page } from '@playwright/test';
import seed004 from '../lib/domain/fixtures/seed-004.json';
import { appKey, cellSpec } from '../lib/domain/cells';
import { ROW_RECEIVED, template } from '../lib/domain/template';
import { createReport, signIn } from './support';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/save-${name}.png` });
const workflow = (page: Page) => page.getByRole('region', { name: '审核流程' });
const partSix = (page: Page) => page.getByRole('textbox', { name: '六、其他需要报告的事项' });

/** A report of the year filled with seed 004's content (no error finding), open in the editor. */
async function completeReport(page: Page, year: number): Promise<string> {
  const url = await createReport(page, year);
  const id = url.split('/').at(-1)!;
  const saved = await page.request.put(`/api/reports/${id}/draft`, { headers: { origin: new URL(url).origin }, data: { baseVersion: 1, report: seed004 } });
  expect(saved.status()).toBe(200);
  await page.reload();
  return url;
}

/** Whether the next Ctrl+S reached the window with its default (the browser's save dialog) prevented. */
async function pressCtrlS(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    window.addEventListener('keydown', (e) => {
      if (e.key === 's') document.body.setAttribute('data-save-prevented', String(e.defaultPrevented));
    });
  });
  await page.keyboard.press('Control+s');
  return (await page.locator('body').getAttribute('data-save-prevented')) === 'true';
}

test('Ctrl+S on a submitted report, for its clerk and its reviewer: a quiet notice, never the save dialog', async ({ browser }) => {
  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, 'clerk');
  const url = await completeReport(clerk, 2111);
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect(workflow(clerk)).toContainText('已提交');
  await clerk.getByRole('heading', { level: 1 }).click();
  expect(await pressCtrlS(clerk)).toBe(true);
  await expect(clerk.getByRole('status', { name: '操作结果' })).toHaveText('此报告为只读，无需保存');
  await shot(clerk, 'read-only-ctrl-s');

  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, 'reviewer');
  await reviewer.goto(url);
  await expect(partSix(reviewer)).toBeVisible();
  expect(await pressCtrlS(reviewer)).toBe(true);
  await expect(reviewer.getByRole('status', { name: '操作结果' })).toHaveText('此报告为只读，无需保存');
});

test('the part navigation shows progress while drafting, and red empty cells only once the table is checked', async ({ page }) => {
  await signIn(page, 'clerk');
  await createReport(page, 2113);
  await page.getByRole('textbox', { name: cellSpec(appKey(ROW_RECEIVED, 0)).name, exact: true }).fill('5');
  const navItem = page.getByRole('navigation', { name: '报告各部分' }).getByRole('listitem').filter({ hasText: template.parts.find((p) => p.key === 'applications')!.heading! });
  await expect(navItem).toContainText(/1\/\d+/);
  await expect(navItem).not.toContainText('✕');
  await shot(page, 'nav-drafting');
  await page.getByRole('region', { name: template.applications.title }).getByRole('button', { name: '检查本部分' }).click();
  await expect(navItem).toContainText(/✕\d+/);
  await shot(page, 'nav-checked');
});

test('提交审核 right after typing saves the keystrokes first: the submitted version holds them', async ({ page }) => {
  await signIn(page, 'clerk');
  const url = await completeReport(page, 2115);
  // Typed, and submitted before the autosave's pause is over.
  await partSix(page).fill('无。另：本年度未发生需要报告的其他事项。');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(workflow(page)).toContainText('已提交');
  await page.goto(url);
  await expect(partSix(page)).toHaveValue('无。另：本年度未发生需要报告的其他事项。');
});

test('提交审核 with a save the server refuses: nothing submitted, and the message says why', async ({ page }) => {
  await signIn(page, 'clerk');
  await completeReport(page, 2117);
  await page.route('**/api/reports/*/draft', (route) => route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: '没有执行此操作的权限' }) }));
  await partSix(page).fill('无。另：本年度未发生需要报告的其他事项。');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByRole('form', { name: '提交审核' }).getByRole('alert')).toHaveText('最后的修改未能保存（没有执行此操作的权限），未提交审核。');
  await expect(workflow(page)).not.toContainText('已提交');
  await shot(page, 'submit-refused');
});
