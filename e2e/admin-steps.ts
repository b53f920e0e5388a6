// Steps on the admin page (/admin), as an administrator clicks them: add a user, disable, enable, reset.
import { expect, type Locator, type Page } from '@playwright/test';

type RoleLabel = '填报人' | '审核人' | '管理员';
export type NewUser = { username: string; displayName: string; password: string; organ: string; roles: RoleLabel[] };

export async function addUser(page: Page, user: NewUser): Promise<void> {
  await page.goto('/admin');
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('姓名').fill(user.displayName);
  await page.getByLabel('初始密码（至少8位）').fill(user.password);
  await page.getByLabel('所属机关').selectOption({ label: user.organ });
  for (const role of ['填报人', '审核人', '管理员'] as const) await page.getByRole('checkbox', { name: role }).setChecked(user.roles.includes(role));
  await page.getByRole('button', { name: '添加用户' }).click();
  await expect(page.getByText(`已添加用户「${user.username}」`)).toBeVisible();
}

/** The user's row in 用户与角色. */
export function userRow(page: Page, username: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name: username, exact: true }) });
}

/** Clicks a row button that asks for confirmation first, and accepts. */
async function clickConfirmed(page: Page, username: string, button: string): Promise<void> {
  page.once('dialog', (d) => void d.accept());
  await userRow(page, username).getByRole('button', { name: button, exact: true }).click();
}

export async function disableUser(page: Page, username: string): Promise<void> {
  await page.goto('/admin');
  await clickConfirmed(page, username, '停用');
  await expect(userRow(page, username).getByRole('status')).toHaveText(`已停用「${username}」，其登录已全部退出`);
}

/** Resets the password and returns the one-time password the page shows (once). */
export async function resetPassword(page: Page, username: string): Promise<string> {
  await page.goto('/admin');
  await clickConfirmed(page, username, '重置密码');
  const shown = userRow(page, username).getByText(/^[a-z2-9]{12}$/);
  await expect(shown).toBeVisible();
  return (await shown.textContent())!;
}
