// The application register in the browser (issue 16): import a messy XLSX with the mapping and row
// preview, fix the unreadable row in the grid, take Table 2 from the register in the report, and drill
// down from a report cell to its cases. Screenshots of the register pages go to test-results/register-*.png.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { messyRegisterXlsx } from '../lib/server/data/register.test-support';
import { DEMO_YEARS, signIn } from './support';

/** The messy register of the server tests in the demo's year in progress, with 李四's case answered late; as a file to upload. */
async function messyXlsx(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'register-')), `${DEMO_YEARS.inProgress}年申请台账.xlsx`);
  writeFileSync(file, await messyRegisterXlsx(DEMO_YEARS.inProgress, '06-20'));
  return file;
}

test.describe.configure({ mode: 'serial' });
let registerUrl = '';

test('import a messy register, fix a row, use it in the report, drill down from a cell to its cases', async ({ page }) => {
  const file = await messyXlsx();
  await signIn(page, 'clerk');
  await page.getByRole('link', { name: `${DEMO_YEARS.inProgress}年度报告` }).first().click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  const reportUrl = page.url();
  await page.getByRole('link', { name: `建立${DEMO_YEARS.inProgress}年度申请台账` }).click();
  await expect(page.getByRole('heading', { name: `演示区长寿湖镇人民政府${DEMO_YEARS.inProgress}年度政府信息公开申请台账` })).toBeVisible();
  registerUrl = new URL(page.url()).pathname;

  // Import: the header is found under the titles; the blank line and the unreadable row are listed.
  await page.getByRole('link', { name: '从 Excel/CSV 导入' }).click();
  await page.getByLabel('台账文件（XLSX 或 CSV）').setInputFiles(file);
  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.getByRole('heading', { name: /列的对应关系（第3行为表头）/ })).toBeVisible();
  await expect(page.getByLabel('第4列「申请人性质」对应')).toHaveValue('applicantType');
  await expect(page.getByRole('heading', { name: '共5行，无法识别1行，空行1行（第6行，已忽略）' })).toBeVisible();
  await expect(page.getByRole('row', { name: /第8行.*申请人类型「个体户」无法归入/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/register-import.png', fullPage: true });
  await page.getByLabel('第8行的处理').selectOption('fix');
  await page.getByRole('button', { name: '确认导入' }).click();

  // The grid: 王五's case counts nowhere until its type is fixed; keys move as in the tables.
  await expect(page.getByRole('table', { name: `${DEMO_YEARS.inProgress}年度申请台账` })).toBeVisible();
  await expect(page.getByText('第4件未计入表二：未填申请人类型')).toBeVisible();
  await expect(page.getByLabel('第1件 收到日期')).toHaveValue(`${DEMO_YEARS.inProgress}-03-04`);
  await expect(page.getByLabel('第2件 答复日期')).toHaveValue(`${DEMO_YEARS.inProgress}-04-15`);
  await page.getByLabel('第1件 收到日期').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('第2件 收到日期')).toBeFocused();
  // 李四: received 05-06, due in early June (20 working days, after 端午), answered 06-20: late.
  const grid = page.getByRole('table', { name: `${DEMO_YEARS.inProgress}年度申请台账` });
  await expect(grid.getByRole('cell', { name: '逾期', exact: true })).toHaveCount(1);
  await page.getByLabel('第4件 申请人类型').selectOption('自然人');
  await expect(page.getByText('第4件未计入表二')).toHaveCount(0);
  await expect(page.getByRole('note')).toHaveText('共5件；未计入表二0件；本年度答复4件，其中逾期答复1件。');
  await expect(page.getByRole('status')).toHaveText(/已保存（第\d+版）/);
  await page.screenshot({ path: 'test-results/register-grid.png', fullPage: true });

  // The report takes Table 2 from the register: read-only counts, each linking to its cases.
  await page.goto(reportUrl);
  await page.getByRole('button', { name: '表二取自申请台账' }).click();
  const natural = page.getByRole('link', { name: '一、本年新收政府信息公开申请数量 / 自然人：3件，查看台账中的案件' });
  await expect(natural).toBeVisible();
  await expect(page.getByRole('link', { name: '四、结转下年度继续办理 / 法律服务机构：1件，查看台账中的案件' })).toBeVisible();
  // The generated paragraph says how many answers were late, by the register (李四's).
  await page.getByRole('button', { name: '生成依申请公开概述' }).click();
  await expect(page.getByRole('textbox', { name: '一、总体情况' })).toHaveValue(/本年度有1件申请未在法定期限内答复。/);
  await expect(page.getByRole('textbox', { name: '一、总体情况' })).not.toHaveValue(/均在法定期限内/);
  await natural.click();
  await expect(page.getByRole('heading', { name: /表二「一、本年新收政府信息公开申请数量 \/ 自然人」：3件/ })).toBeVisible();
  await expect(grid.getByRole('row')).toHaveCount(4); // the header and three cases
  await expect(page.getByLabel('第1件 申请人', { exact: true })).toHaveValue('张三');
  await expect(page.getByLabel('第3件 申请人', { exact: true })).toHaveValue('李四');
  await expect(page.getByLabel('第4件 申请人', { exact: true })).toHaveValue('王五');
  await expect(page.getByLabel('第2件 申请人', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/register-drilldown.png', fullPage: true });
});

test('the supervising office sees the counts, never an applicant', async ({ page }) => {
  await signIn(page, 'office');
  await page.goto(registerUrl);
  await expect(page.getByText('上级机关只能查看统计数')).toBeVisible();
  await expect(page.getByRole('cell', { name: '一、本年新收政府信息公开申请数量 / 自然人：3件' })).toBeVisible();
  for (const personal of ['张三', '李四', '王五', '低保名单']) await expect(page.getByText(personal)).toHaveCount(0);
  await expect(page.getByRole('table', { name: `${DEMO_YEARS.inProgress}年度申请台账` })).toHaveCount(0);
  const exported = await page.request.get(`/api/registers/${registerUrl.split('/')[2]}/${DEMO_YEARS.inProgress}/export`);
  expect(exported.status()).toBe(403);
  await page.screenshot({ path: 'test-results/register-office.png', fullPage: true });
});
