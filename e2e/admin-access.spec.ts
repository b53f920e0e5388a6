// Taking access back through the admin page (issue 11 item 5), as the district office's administrator
// does it in the browser, watched from the affected user's own open browser.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addUser, disableUser, resetPassword, userRow, type NewUser } from './admin-steps';
import { signIn } from './support';

const TOWN = '演示区长寿湖镇人民政府';
const newUser = (prefix: string, roles: NewUser['roles'] = ['填报人']): NewUser => ({
  username: `${prefix}-${Date.now()}`, displayName: '临时人员', password: 'first-password-1', organ: TOWN, roles,
});

async function signInAs(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function adminPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, 'office');
  return page;
}

test('disabling a user signs their open browser out at once; enabled again, they sign in', async ({ browser }) => {
  const admin = await adminPage(browser);
  const user = newUser('leaver');
  await addUser(admin, user);
  const theirs = await browser.newPage();
  await signInAs(theirs, user.username, user.password);
  await expect(theirs).toHaveURL(/\/reports$/);

  await disableUser(admin, user.username);
  await expect(userRow(admin, user.username).getByText('已停用', { exact: true })).toBeVisible();
  await theirs.reload();
  await expect(theirs).toHaveURL(/\/login$/);
  await signInAs(theirs, user.username, user.password);
  await expect(theirs.getByRole('alert').filter({ hasText: '该账号已停用，请联系管理员' })).toBeVisible();

  await userRow(admin, user.username).getByRole('button', { name: '启用', exact: true }).click();
  await expect(userRow(admin, user.username).getByRole('status')).toHaveText(`已启用「${user.username}」`);
  await signInAs(theirs, user.username, user.password);
  await expect(theirs).toHaveURL(/\/reports$/);
});

test('a reset password is shown once; the user must set a new one before using anything else', async ({ browser }) => {
  const admin = await adminPage(browser);
  const user = newUser('forgetful');
  await addUser(admin, user);
  const theirs = await browser.newPage();
  await signInAs(theirs, user.username, user.password);
  await expect(theirs).toHaveURL(/\/reports$/);

  const oneTime = await resetPassword(admin, user.username);
  await expect(userRow(admin, user.username).getByText('待修改密码')).toBeVisible();
  await admin.screenshot({ path: test.info().outputPath('admin-after-reset.png'), fullPage: true });
  await theirs.reload();
  await expect(theirs).toHaveURL(/\/login$/);
  await signInAs(theirs, user.username, user.password);
  await expect(theirs.getByRole('alert').filter({ hasText: '用户名或密码不正确' })).toBeVisible();

  await signInAs(theirs, user.username, oneTime);
  await expect(theirs).toHaveURL(/\/account$/);
  await expect(theirs.getByRole('alert').filter({ hasText: '管理员已重置您的密码' })).toBeVisible();
  await theirs.goto('/reports');
  await expect(theirs).toHaveURL(/\/account$/);
  await theirs.getByLabel('当前密码').fill(oneTime);
  await theirs.getByLabel('新密码（至少8位）').fill('my-own-password-2');
  await theirs.getByLabel('再次输入新密码').fill('my-own-password-2');
  await theirs.getByRole('button', { name: '修改密码' }).click();
  await expect(theirs).toHaveURL(/\/reports$/);
  await expect(theirs.getByRole('heading', { name: '我的报告' })).toBeVisible();

  // Shown once: the page, loaded again, no longer holds it.
  await admin.reload();
  await expect(userRow(admin, user.username).getByText(oneTime)).toHaveCount(0);
  await expect(userRow(admin, user.username).getByText('正常', { exact: true })).toBeVisible();
  await expect(userRow(admin, user.username).getByText('待修改密码')).toHaveCount(0);
});

test('a role is removed; a user keeps their only role, and the admin their own last admin role', async ({ browser }) => {
  const admin = await adminPage(browser);
  const user = newUser('two-hats', ['填报人', '审核人']);
  await addUser(admin, user);
  const row = userRow(admin, user.username);
  await row.getByRole('button', { name: `移除 ${user.username} 在${TOWN}的审核人角色` }).click();
  await expect(row.getByRole('status')).toHaveText(`已移除「${user.username}」的审核人角色`);
  await expect(row.getByText(`${TOWN}：审核人`)).toHaveCount(0);
  await row.getByRole('button', { name: `移除 ${user.username} 在${TOWN}的填报人角色` }).click();
  await expect(row.getByRole('alert')).toHaveText('这是该用户唯一的角色；要收回全部权限，请停用该账号');

  const own = userRow(admin, 'office');
  await expect(own.getByRole('button', { name: '停用' })).toHaveCount(0);
  await own.getByRole('button', { name: '移除 office 在演示区人民政府的管理员角色' }).click();
  await expect(own.getByRole('alert')).toHaveText('不能移除自己的最后一个管理员角色');
});
