// The clerk's editor, trusted (issue 13): two tabs editing different cells both keep their edits, the same
// cell is chosen one cell at a time, and a tab closed just after typing loses nothing.
import { expect, test, type Page } from '@playwright/test';
import { appKey, cellSpec } from '../lib/domain/cells';
import { template } from '../lib/domain/template';
import { createReport, signIn } from './support';

const cellName = (row: number, col: number) => cellSpec(appKey(row, col)).name;
const cell = (page: Page, row: number, col: number) => page.getByRole('textbox', { name: cellName(row, col), exact: true });
const status = (page: Page) => page.getByRole('status', { name: '保存状态' });
const expectSaved = (page: Page) => expect(status(page)).toContainText('已保存', { timeout: 15_000 });

async function openTable2(page: Page) {
  await page.getByRole('navigation', { name: '报告各部分' }).getByRole('link', { name: template.applications.title }).click();
}

/** The report in two tabs of the same clerk, both on the same version. */
async function twoTabs(page: Page, year: number): Promise<Page> {
  const url = await createReport(page, year);
  const other = await page.context().newPage();
  await other.goto(url);
  await openTable2(page);
  await openTable2(other);
  return other;
}

test.beforeEach(async ({ page }) => signIn(page, 'clerk'));

test('two tabs editing different cells: both kept, no dialog, a quiet notice, and the other tab shows them', async ({ page }) => {
  const other = await twoTabs(page, 2081);
  await cell(page, 0, 0).fill('7');
  await expectSaved(page);
  await cell(other, 0, 1).fill('3'); // based on the version before the first tab's save
  await expect(status(other)).toContainText('已合并张填报在另一窗口的修改', { timeout: 15_000 });
  await expect(other.getByRole('dialog')).toHaveCount(0);
  await expect(cell(other, 0, 0)).toHaveValue('7'); // the first tab's edit, shown in the second
  await other.screenshot({ path: 'test-results/screens/editor-merged.png' });

  await page.reload();
  await openTable2(page);
  await expect(cell(page, 0, 0)).toHaveValue('7');
  await expect(cell(page, 0, 1)).toHaveValue('3');
});

test('two tabs editing the same cell: the conflict shows both values and is chosen cell by cell', async ({ page }) => {
  const other = await twoTabs(page, 2083);
  await cell(page, 0, 0).fill('7');
  await cell(page, 1, 0).fill('2');
  await expectSaved(page);
  await cell(other, 0, 0).fill('8'); // the same cell: a conflict
  await cell(other, 0, 1).fill('4'); // another cell: merged
  const dialog = other.getByRole('dialog', { name: '有1处内容在另一处也被修改' });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog).toContainText(cellName(0, 0));
  await other.screenshot({ path: 'test-results/screens/editor-conflict.png' });
  const save = dialog.getByRole('button', { name: /按所选保存/ });
  await expect(save).toBeDisabled();
  await dialog.getByRole('radio', { name: `${cellName(0, 0)}：采用对方的「7」` }).check();
  await save.click();
  await expectSaved(other);
  await expect(cell(other, 0, 0)).toHaveValue('7');
  await expect(cell(other, 1, 0)).toHaveValue('2');

  await page.reload();
  await openTable2(page);
  await expect(cell(page, 0, 0)).toHaveValue('7');
  await expect(cell(page, 0, 1)).toHaveValue('4');
  await expect(cell(page, 1, 0)).toHaveValue('2');
});

test('a tab closed 100 ms after a keystroke: reopened, the value is there', async ({ page, context }) => {
  const url = await createReport(page, 2085);
  await openTable2(page);
  await cell(page, 0, 0).pressSequentially('42');
  await page.waitForTimeout(100);
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto(url);
  // Either the keepalive save reached the server, or this browser offers to restore the edit.
  const restore = again.getByRole('button', { name: '恢复本机修改' });
  await openTable2(again);
  const value = cell(again, 0, 0);
  await expect(async () => {
    if (await restore.isVisible()) await restore.click();
    await expect(value).toHaveValue('42', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
});
