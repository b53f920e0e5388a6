import { expect, test } from '@playwright/test';
import { signIn } from './support';

test('a wrong password is refused with a message; the right one opens the reports', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('clerk');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '用户名' })).toHaveText('用户名或密码不正确');
  await signIn(page, 'clerk');
  await expect(page.getByRole('heading', { name: '我的报告' })).toBeVisible();
  await expect(page.getByRole('link', { name: '2024年度报告' })).toBeVisible();
});
