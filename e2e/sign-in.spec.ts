import { expect, test } from '@playwright/test';
import { DEMO_YEARS, signIn } from './support';

test('a wrong password is refused with a message; the right one opens the reports', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('clerk');
  await page.getByLabel('密码').fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '用户名' })).toHaveText('用户名或密码不正确');
  await signIn(page, 'clerk');
  await expect(page.getByRole('heading', { name: '我的报告' })).toBeVisible();
  await expect(page.getByRole('link', { name: `${DEMO_YEARS.published}年度报告` })).toBeVisible();
});

test('after three wrong passwords the form says how long to wait, in seconds', async ({ page }) => {
  const username = `someone-${Date.now()}`;
  /** One attempt, answered and shown (the form is reset once the answer is in, so the next fill comes after). */
  const attempt = async (password: string) => {
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await answered;
    await expect(page.getByRole('button', { name: '登录', exact: true })).toBeEnabled();
  };
  await page.goto('/login');
  for (let i = 0; i < 3; i++) {
    await attempt(`guess-${i}`);
    await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确' })).toBeVisible();
  }
  await attempt('guess-3');
  await expect(page.getByRole('alert').filter({ hasText: /^登录尝试次数过多，请在\d+秒后再试$/ })).toBeVisible();
});
