// The office's board (issue: the supervising office's desk): the filter and the order live in the URL, so a
// reload or a shared link shows the same list; each unit shows its last activity. And a duplicate year links
// to the report that exists.
import { expect, test } from '@playwright/test';
import { DEMO_YEARS, signIn } from './support';

test('the board keeps its filter and order in the URL and shows each unit\'s last activity', async ({ page, browser }) => {
  // The clerk saves the town's draft: the board names who did what.
  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  await signIn(clerk, 'clerk');
  await clerk.getByRole('link', { name: `${DEMO_YEARS.inProgress}年度报告` }).click();
  await clerk.getByRole('textbox', { name: '第二十条第（五）项 / 行政许可 / 本年处理决定数量', exact: true }).fill('12');
  await expect(clerk.getByRole('status', { name: '保存状态' })).toContainText('已保存', { timeout: 15_000 });
  await clerkContext.close();

  await signIn(page, 'office');
  await page.goto(`/office?year=${DEMO_YEARS.inProgress}`);
  const units = page.getByRole('region', { name: '单位列表' });
  await expect(units.getByRole('row').filter({ hasText: '演示区长寿湖镇人民政府' })).toContainText(/张填报 保存草稿 · /);

  await page.getByLabel('按状态筛选').selectOption('draft');
  await units.getByRole('button', { name: '单位' }).click();
  await units.getByRole('button', { name: /^单位/ }).click(); // second click: descending
  await expect(page).toHaveURL(/state=draft/);
  await expect(page).toHaveURL(/sort=organName/);
  await expect(page).toHaveURL(/dir=desc/);

  await page.reload();
  await expect(page.getByLabel('按状态筛选')).toHaveValue('draft');
  await expect(units.getByRole('columnheader', { name: /单位/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(units.getByRole('row')).toHaveCount(2); // header + the town's draft
  await page.screenshot({ path: 'test-results/screens/office-board-filtered.png', fullPage: true });
});

test('creating a report for a year the organ already has links to that report', async ({ page }) => {
  await signIn(page, 'clerk');
  await page.goto('/reports');
  await page.getByLabel('报告年度').fill(String(DEMO_YEARS.inProgress));
  await page.getByRole('button', { name: '创建' }).click();
  const alert = page.getByRole('alert').filter({ hasText: `${DEMO_YEARS.inProgress}年度报告已存在` });
  await expect(alert).toBeVisible();
  await alert.getByRole('link', { name: '打开已有的报告' }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(String(DEMO_YEARS.inProgress));
});
