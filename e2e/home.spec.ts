import { expect, test } from '@playwright/test';

test('the landing page introduces the product and links to the reports', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '政府信息公开工作年度报告' })).toBeVisible();
  await page.getByRole('link', { name: '进入我的报告' }).click();
  // Signed out, the reports page sends the visitor to sign in.
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
});
