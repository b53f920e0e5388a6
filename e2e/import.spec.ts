// Reading reports back in the app (issue 6): the clerk imports an earlier published report (refused for a
// year the organ already has or a year not ended, kept as 「已导入，待审核人确认」 otherwise), starts the next
// year from it — 二、上年结转 carried, every STALE-YEAR sentence marked, last year beside this year in the
// Table 2 comparison — and the town's 审核人 confirms the import (issue 11).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeCanonicalAnyEdition } from '../lib/domain/edition-2019';
import { report2019 } from '../lib/domain/edition-2019.test-support';
import { moveYears } from '../lib/domain/move-years';
import { currentYearInBeijing } from '../lib/domain/beijing-date';
import { DEMO_YEARS, signIn } from './support';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);
const TOWN = '演示区长寿湖镇人民政府';

async function readFileIn(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('报告文件').setInputFiles(file);
  await page.getByRole('button', { name: '读取' }).click();
}

test('import: unread cells marked, shown at their source and filled before confirming; an existing year and a year not ended refused; an ended year kept for confirmation', async ({ page }) => {
  await signIn(page, 'clerk');
  await page.getByRole('link', { name: '导入已发布的年度报告' }).click();
  await expect(page.getByRole('heading', { name: '导入已发布的年度报告' })).toBeVisible();
  await expect(page.getByText('不超过 20 MB')).toBeVisible();

  // A number that is no number leaves its row unread (issue 14): each cell marked, its source line on focus,
  // and 「确认导入」 waits until the clerk has filled the unread cells.
  const broken = (await readFile(fixture('seed-003-2022.txt'), 'utf8')).replace('一、本年新收政府信息公开申请数量\n\t3', '一、本年新收政府信息公开申请数量\n\t叁');
  await readFileIn(page, { name: '损坏的报告.txt', mimeType: 'text/plain', buffer: Buffer.from(broken) });
  const cells = page.getByRole('region', { name: /^单元格读取情况/ });
  await expect(cells.getByRole('heading', { name: '单元格读取情况：原文 193，推算 0，未能读取 7' })).toBeVisible();
  await expect(page.getByRole('button', { name: '确认导入（尚有7格未补填）' })).toBeDisabled();
  await cells.getByRole('row', { name: /^二、上年结转政府信息公开申请数量 \/ 自然人/ }).focus();
  await expect(cells.getByRole('status')).toContainText('二、上年结转政府信息公开申请数量 / 自然人：原文');
  const columns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
  for (const [i, column] of columns.entries()) {
    await cells.getByRole('textbox', { name: `一、本年新收政府信息公开申请数量 / ${column}`, exact: true }).fill(i === 0 || i === 6 ? '3' : '0');
  }
  await expect(page.getByRole('button', { name: '确认导入', exact: true })).toBeEnabled();

  // Seed 003 moved to the year the demo town has published: shown with its findings, then refused.
  const published = moveYears(await readFile(fixture('seed-003.txt'), 'utf8'), 2024, DEMO_YEARS.published);
  await readFileIn(page, { name: `${DEMO_YEARS.published}年报.txt`, mimeType: 'text/plain', buffer: Buffer.from(published) });
  const result = page.getByRole('region', { name: /读取结果/ });
  const printed = page.getByRole('region', { name: '导入的报告全文' });
  await expect(result.getByRole('heading', { name: `读取结果：重庆市长寿区长寿湖镇人民政府 ${DEMO_YEARS.published}年度报告（2021年版表格）` })).toBeVisible();
  await expect(result).toContainText(`文件中的机关为「重庆市长寿区长寿湖镇人民政府」，将作为「${TOWN}」的报告保存。`);
  await expect(result.getByRole('heading', { name: '校验结果：错误 0 项，警告 0 项' })).toBeVisible();
  await expect(result.getByRole('alert')).toContainText(`${TOWN}${DEMO_YEARS.published}年度报告已存在，不能再导入。如需替换，请先与管理员联系。`);
  await expect(result.getByRole('alert').getByRole('link', { name: '打开已有的报告' })).toHaveAttribute('href', /^\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);

  // A 2019-edition report (2020) is shown, its tables as cell lists, but not kept.
  await readFileIn(page, { name: '2020年报.json', mimeType: 'application/json', buffer: Buffer.from(writeCanonicalAnyEdition(report2019(2020))) });
  await expect(result.getByRole('heading', { name: /2020年度报告（2019年版表格）/ })).toBeVisible();
  await expect(result.getByRole('alert')).toContainText('这是2019年版格式的报告（2019、2020年度），只能查看和检查，不能导入保存');
  await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);
  await printed.getByText('二、主动公开政府信息情况（').click();
  await expect(printed.getByRole('row', { name: '第二十条第（五）项 / 行政许可 / 本年增/减' })).toContainText('-2');

  // A report from before 2019 (seed 001, 2018) has no statutory table: shown with why, nothing to fill, not kept.
  await readFileIn(page, path.join(__dirname, '../../shared/seeds/001_2d63126c8570951a.txt'));
  await expect(result.getByRole('heading', { name: '读取结果：重庆市长寿区 2018年度报告（2019年以前的格式，没有法定统计表）' })).toBeVisible();
  await expect(result.getByRole('alert')).toContainText('这是2019年以前格式的报告（2018年度及以前），没有法定统计表');
  await expect(result.getByRole('alert')).toContainText('无法补填');
  await expect(page.getByRole('button', { name: /确认导入/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^单元格读取情况/ })).toHaveCount(0);
  await expect(printed.getByRole('note')).toContainText('2019年以前格式的报告没有法定统计表');

  // A year not ended has no published report yet: shown, but not kept. (Next year: the demo town has a report
  // of this year from February on, and an existing year is refused as such first.)
  const year = currentYearInBeijing(new Date()) + 1;
  const nextYear = moveYears(await readFile(fixture('seed-003-2022.txt'), 'utf8'), 2022, year);
  await readFileIn(page, { name: `${year}年报.txt`, mimeType: 'text/plain', buffer: Buffer.from(nextYear) });
  await expect(result.getByRole('alert')).toHaveText(`${year}年度还未到来，不能导入该年度已发布的报告：只能导入${year - 2}年度及以前的报告。`);
  await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);

  // The same report moved to 2022: shown as it would print, then kept on 「确认导入」, waiting for a 审核人.
  await readFileIn(page, fixture('seed-003-2022.txt'));
  await expect(result.getByRole('heading', { name: /2022年度报告/ })).toBeVisible();
  await expect(result).toContainText('状态为「已导入，待审核人确认」');
  await expect(printed.getByRole('heading', { name: '三、收到和处理政府信息公开申请情况' })).toBeVisible();
  await expect(printed.getByRole('row', { name: /^四、结转下年度继续办理/ })).toHaveText(/四、结转下年度继续办理\s*2\s*0\s*0\s*0\s*0\s*0\s*2/);
  await page.screenshot({ path: 'test-results/screens/import-confirm.png' });
  await printed.getByRole('table').nth(1).screenshot({ path: 'test-results/screens/import-table-2.png' });
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  const workflow = page.getByRole('region', { name: '审核流程' });
  await expect(workflow).toContainText('状态：已导入，待审核人确认');
  await expect(workflow.getByRole('button', { name: '确认无误，转为已审定' })).toHaveCount(0); // a 填报人 cannot confirm
  await expect(workflow.getByRole('form', { name: '登记发布' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: '四、结转下年度继续办理 / 自然人', exact: true })).toHaveValue('2');

  // The year is now taken: reading the same file again says so (the server refuses a second confirm too).
  await page.goto('/reports/import');
  await readFileIn(page, fixture('seed-003-2022.txt'));
  await expect(result.getByRole('alert')).toContainText(`${TOWN}2022年度报告已存在，不能再导入。如需替换，请先与管理员联系。`);
});

test('carry-over: 2023 started from the imported 2022 report (not yet confirmed), stale years marked, last year beside this year', async ({ page }) => {
  await signIn(page, 'clerk');
  await page.goto('/reports');
  const carry = page.getByRole('checkbox', { name: '从上一年度报告开始' });
  // No 2079 report: the choice is off and cannot be ticked. 2022 exists (imported): on by default for 2023.
  await page.getByLabel('报告年度').fill('2080');
  await expect(carry).not.toBeChecked();
  await expect(carry).toBeDisabled();
  await page.getByLabel('报告年度').fill('2023');
  await expect(carry).toBeChecked();
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);

  // 二、上年结转 is 2022's 四 (自然人 2, 总计 2); 一 is left for the clerk.
  await expect(page.getByRole('textbox', { name: '二、上年结转政府信息公开申请数量 / 自然人', exact: true })).toHaveValue('2');
  await expect(page.getByRole('textbox', { name: '一、本年新收政府信息公开申请数量 / 自然人', exact: true })).toHaveValue('');

  const stale = page.getByRole('region', { name: /需要更新的年份/ });
  await expect(stale).toBeVisible();
  const marked = await stale.locator('mark').allTextContents();
  expect(marked).toContain('2022年，我镇严格按照《条例》要求，持续规范信息管理。');
  expect(marked.every((s) => s.includes('2022'))).toBe(true);
  await expect(stale.getByRole('link', { name: '一、总体情况' }).first()).toHaveAttribute('href', '#part-overview');
  await stale.screenshot({ path: 'test-results/screens/stale-years.png' });

  await page.getByText(/与上年对比：收到和处理政府信息公开申请情况/).click();
  const yoy = page.getByRole('table', { name: '申请情况总计与上年对比' });
  await expect(yoy.getByRole('columnheader')).toHaveText(['项目', '2022年', '2023年', '增减', '增减幅度']);
  // 二: 0 → 2 (no percent from 0); 四: 2 → not yet entered.
  await expect(yoy.getByRole('row', { name: /^二、上年结转/ }).getByRole('cell')).toHaveText(['0', '2', '+2', '—']);
  await expect(yoy.getByRole('row', { name: /^四、结转下年度/ }).getByRole('cell')).toHaveText(['2', '—', '—', '—']);
  await page.screenshot({ path: 'test-results/screens/carry-over.png', fullPage: false });
});

test('confirmation: the town\'s 审核人 confirms the imported 2022 report, which then counts as 已审定', async ({ page }) => {
  await signIn(page, 'reviewer');
  await page.goto('/reports');
  await page.getByRole('row').filter({ hasText: TOWN }).filter({ hasText: '已导入，待审核人确认' }).getByRole('link', { name: '2022年度报告' }).click();
  const workflow = page.getByRole('region', { name: '审核流程' });
  await expect(workflow).toContainText('状态：已导入，待审核人确认');
  await expect(workflow).toContainText('须由本机关的另一位审核人核对后确认');
  await workflow.getByRole('button', { name: '确认无误，转为已审定' }).click();
  await expect(workflow).toContainText('状态：已审定');
  await expect(workflow.getByRole('form', { name: '登记发布' })).toBeVisible();
});
