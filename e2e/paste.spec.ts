// A paste never shifts a row (issue 13): a block from Excel or the printed table, with one line too many
// or too few, lands on its own rows or is refused by name; a total that disagrees is said so.
import { expect, test, type Page } from '@playwright/test';
import seed004 from '../lib/domain/fixtures/seed-004.json';
import { appKey, cellSpec } from '../lib/domain/cells';
import { APP_ENTRY_COLS, APP_ROWS, template } from '../lib/domain/template';
import { createReport, signIn } from './support';

const seedRows = seed004.tables.applications as number[][];
const rows = template.applications.rows;
const cell = (page: Page, row: number, col: number) =>
  page.getByRole('textbox', { name: cellSpec(appKey(row, col)).name, exact: true });
const outcome = (page: Page) => page.getByRole('status', { name: '操作结果' });

/** The printed Table 2 as Word or an Excel sheet of it copies it: three label columns, merged cells blank. */
const threeLabels = (r: number) => {
  const row = rows[r];
  const section = row.section !== undefined && rows[r - 1]?.section !== row.section ? row.section : '';
  if (!row.section) return [row.label, '', ''];
  if (!row.group) return [section, row.label, ''];
  return [section, row.group !== rows[r - 1]?.group ? row.group! : '', row.label];
};
const lines = (cells: (string | number)[][]) => cells.map((line) => line.join('\t')).join('\r\n');

async function pasteInto(page: Page, row: number, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await cell(page, row, 0).click();
  await page.keyboard.press('Control+V');
}

async function expectSeedRows(page: Page) {
  for (let r = 0; r < APP_ROWS; r++) {
    for (const c of [...APP_ENTRY_COLS, 6]) await expect(cell(page, r, c)).toHaveValue(String(seedRows[r][c]));
  }
}

test.describe('pasting a block into Table 2', () => {
  test.beforeEach(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, 'clerk');
  });

  test('a block ending in blank lines: 四 keeps its own numbers, not （七）总计’s', async ({ page }) => {
    await createReport(page, 2071);
    await page.getByRole('navigation', { name: '报告各部分' }).getByRole('link', { name: template.applications.title }).click();
    // The numbers alone, as copied from an Excel selection that ran one empty row too far.
    await pasteInto(page, 0, `${lines(seedRows)}\r\n\r\n`);
    await expectSeedRows(page);
    await expect(cell(page, 24, 0)).toHaveValue('0');
    await expect(outcome(page)).toContainText('已粘贴 25 行 × 7 列');
    await expect(outcome(page)).not.toContainText('超出表格范围');
    await page.screenshot({ path: 'test-results/screens/paste-blank-lines.png' });
  });

  test('a labelled block with a row too many lands by label, or is refused naming the row', async ({ page }) => {
    await createReport(page, 2073);
    await page.getByRole('navigation', { name: '报告各部分' }).getByRole('link', { name: template.applications.title }).click();
    const labelled = seedRows.map((numbers, r) => [...threeLabels(r), ...numbers]);

    // One line too many that is no row of the table: nothing is pasted, and the line is named.
    await pasteInto(page, 0, lines([...labelled, ['五、其他', '', '', 1, 2, 3, 4, 5, 6, 21]]));
    await expect(outcome(page)).toHaveText('第26行「五、其他」不是表二的行，未粘贴；整块内容均未粘贴，请检查所选的行。');
    await expect(cell(page, 0, 0)).toHaveValue('');
    await expect(cell(page, 24, 0)).toHaveValue('');
    await page.screenshot({ path: 'test-results/screens/paste-row-refused.png' });

    // A heading line too many, and a tab-only last line, pasted with the focus on 二: every line on its row.
    const heading = ['三、本年度办理结果', '', '', '', '', '', '', '', '', ''];
    await pasteInto(page, 1, `${lines([heading, ...labelled])}\r\n\t\t\t\r\n`);
    await expectSeedRows(page);
    await expect(outcome(page)).toContainText('略去行标题 3 列');
    await page.screenshot({ path: 'test-results/screens/paste-by-label.png' });
  });

  test('a pasted total that disagrees with its row is reported, naming the row', async ({ page }) => {
    await createReport(page, 2075);
    await page.getByRole('navigation', { name: '报告各部分' }).getByRole('link', { name: template.applications.title }).click();
    await pasteInto(page, 0, lines([[rows[0].label, 34, 10, 0, 4, 0, 5, 54]]));
    await expect(outcome(page)).toContainText(`「${cellSpec(appKey(0, 6)).name}」粘贴的总计54与各项之和53不符`);
    await expect(outcome(page)).not.toContainText('合计值由系统计算');
    await expect(cell(page, 0, 6)).toHaveValue('53');
    await page.screenshot({ path: 'test-results/screens/paste-total-disagrees.png' });
  });
});
