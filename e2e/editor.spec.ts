// The clerk's editor in a real Chromium against the production build (issue 3).
import { expect, test, type Page } from '@playwright/test';
import seed004 from '../lib/domain/fixtures/seed-004.json';
import { cellSpec, appKey } from '../lib/domain/cells';
import { APP_ENTRY_COLS, APP_ROWS, template } from '../lib/domain/template';
import { createReport, signIn } from './support';

// Years far apart, so no test's report is another's previous year.

const ENTRY_ROWS = template.applications.rows.map((r, i) => (r.computed ? -1 : i)).filter((i) => i >= 0);
const cellName = (row: number, col: number) => cellSpec(appKey(row, col)).name;
const seedRows = seed004.tables.applications as number[][];

async function openTable2(page: Page) {
  await page.getByRole('navigation', { name: '报告各部分' }).getByRole('link', { name: template.applications.title }).click();
}

const cell = (page: Page, row: number, col: number) => page.getByRole('textbox', { name: cellName(row, col), exact: true });

async function expectSeedTotals(page: Page) {
  for (let r = 0; r < APP_ROWS; r++) await expect(cell(page, r, 6)).toHaveValue(String(seedRows[r][6]));
  for (const c of APP_ENTRY_COLS) await expect(cell(page, 23, c)).toHaveValue(String(seedRows[23][c]));
}

async function expectSaved(page: Page) {
  await expect(page.getByRole('status', { name: '保存状态' })).toContainText('已保存', { timeout: 15_000 });
}

test.describe('the clerk’s editor', () => {
  test.beforeEach(async ({ page }) => signIn(page, 'clerk'));

  test('typing seed 004’s Table 2 cell by cell gives the seed’s totals', async ({ page }) => {
    await createReport(page, 2041);
    await openTable2(page);
    for (const r of ENTRY_ROWS) {
      for (const c of APP_ENTRY_COLS) await cell(page, r, c).fill(String(seedRows[r][c]));
    }
    await expectSeedTotals(page);
    await expectSaved(page);
  });

  test('pasting seed 004’s Table 2 as one tab-separated block fills the grid; one undo reverts it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await createReport(page, 2043);
    await openTable2(page);
    // As copied from Excel: row labels in the first column, then the seven numbers (totals included).
    const block = template.applications.rows.map((row, r) => [row.label, ...seedRows[r]].join('\t')).join('\r\n');
    await page.evaluate((text) => navigator.clipboard.writeText(text), block);
    await cell(page, 0, 0).click();
    await page.keyboard.press('Control+V');
    await expectSeedTotals(page);
    await page.keyboard.press('Control+Z');
    await expect(cell(page, 0, 0)).toHaveValue('');
    await expect(cell(page, 23, 6)).toHaveValue('');
  });

  test('a balance error shows at the cell and in the summary with the difference, links to the cell, and clears', async ({ page }) => {
    await createReport(page, 2045);
    await openTable2(page);
    for (const r of ENTRY_ROWS) {
      for (const c of APP_ENTRY_COLS) await cell(page, r, c).fill(String(seedRows[r][c]));
    }
    const carried = cell(page, 1, 0);
    await carried.fill('5');
    await carried.press('Tab');
    const message = '自然人：一+二=39，三（七）+四=38，相差1';
    const summary = page.getByRole('region', { name: /错误 \d+ 项/ });
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
    await expect(carried).toHaveAttribute('aria-invalid', 'true');
    await expect(carried).toHaveAccessibleDescription(new RegExp(`错误：${message.replace(/[+()]/g, '\\$&')}`));
    await summary.getByRole('link', { name: message }).click();
    await expect(cell(page, 0, 0)).toBeFocused();
    await carried.fill('4');
    await carried.press('Tab');
    await expect(summary.getByRole('link', { name: message })).toHaveCount(0);
  });

  test('full-width digits are normalised; text that is no number stays with a message and is not saved as 0', async ({ page }) => {
    const url = await createReport(page, 2047);
    await openTable2(page);
    const a = cell(page, 0, 0);
    await a.fill('１２');
    await a.press('Tab');
    await expect(a).toHaveValue('12');
    const b = cell(page, 0, 1);
    await b.fill('abc');
    await b.press('Tab');
    await expect(b).toHaveValue('abc');
    await expect(b).toHaveAttribute('aria-invalid', 'true');
    await expect(b).toHaveAccessibleDescription(/不是数字/);
    await expectSaved(page);
    await page.goto(url);
    await openTable2(page);
    await expect(cell(page, 0, 0)).toHaveValue('12');
    await expect(cell(page, 0, 1)).toHaveValue('abc');
  });

  test('every value and paragraph survives a reload', async ({ page }) => {
    await createReport(page, 2049);
    await openTable2(page);
    await cell(page, 0, 0).fill('7');
    await page.getByRole('navigation', { name: '报告各部分' }).getByRole('link', { name: '五、存在的主要问题及改进情况' }).click();
    const problems = page.getByRole('textbox', { name: '五、存在的主要问题及改进情况' });
    await problems.fill('一是公开内容有待丰富。\n二是解读形式比较单一。');
    await expectSaved(page);

    await page.reload();
    await openTable2(page);
    await expect(cell(page, 0, 0)).toHaveValue('7');
    await expect(page.getByRole('textbox', { name: '五、存在的主要问题及改进情况' })).toHaveValue('一是公开内容有待丰富。\n二是解读形式比较单一。');
  });
});
