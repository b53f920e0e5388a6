// The supervising office (issue 7): the board over units in different states, the region roll-up of final
// reports only going out of date when a unit is approved and being re-run, the XLSX export read back, and
// the 「含未审定」 switch summing a draft with its cells marked (issue 15).
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO_YEARS, signIn } from './support';

test('board, roll-up of final reports out of date after an approval, re-run, XLSX read back, 含未审定 marks', async ({ browser }) => {
  const officeContext = await browser.newContext();
  const office = await officeContext.newPage();
  await signIn(office, 'office');
  await office.goto(`/office?year=${DEMO_YEARS.inProgress}`);
  const units = office.getByRole('region', { name: '单位列表' });
  const row = (name: string) => units.getByRole('row').filter({ hasText: name });
  await expect(row('演示区长寿湖镇人民政府')).toContainText('草稿');
  await expect(row('演示区教育委员会')).toContainText('已提交');
  await expect(row('演示区桃花街道办事处')).toContainText('已审定');
  await expect(row('演示区交通运输委员会')).toContainText('未开始');
  await expect(office.getByText(/共4个单位：未开始1个，草稿1个，已提交1个，已审定1个/)).toBeVisible();
  await office.screenshot({ path: 'test-results/screens/office-board.png', fullPage: true });

  // First roll-up: by default the approved street office only (一 = 1); the others are listed with their state.
  await office.getByRole('link', { name: '本地区汇总' }).click();
  const unitList = office.getByRole('region', { name: '下级单位' });
  const unit = (name: string) => unitList.getByRole('row').filter({ hasText: name });
  await expect(unitList).toContainText(/尚未审定：.*演示区长寿湖镇人民政府（草稿）/);
  await expect(unit('演示区长寿湖镇人民政府')).toContainText('草稿');
  await expect(unit('演示区教育委员会')).toContainText('已提交');
  await expect(unit('演示区交通运输委员会')).toContainText('未开始');
  await expect(office.getByLabel('含未审定')).not.toBeChecked();
  await office.getByRole('button', { name: '重新汇总' }).click();
  await expect(office.getByText(/汇总了1个单位/)).toBeVisible();
  await expect(unit('演示区桃花街道办事处')).toContainText('已计入');
  await expect(unit('演示区长寿湖镇人民政府')).toContainText('未计入');
  await expect(office.getByRole('table').filter({ hasText: '汇总值' }).first()).toContainText('一、本年新收政府信息公开申请数量 / 总计：汇总值 1');
  await expect(office.getByRole('region', { name: '汇总结果' })).toContainText('全部单元格均由已审定的报告汇总而成');
  await office.screenshot({ path: 'test-results/screens/office-rollup-final-only.png', fullPage: true });

  // The reviewer approves the education commission's report: the sums are now out of date.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, 'reviewer');
  const educationRow = reviewer.getByRole('row').filter({ hasText: '演示区教育委员会' });
  await educationRow.getByRole('link', { name: `${DEMO_YEARS.inProgress}年度报告` }).click();
  await reviewer.getByRole('link', { name: '审核', exact: true }).click();
  await reviewer.getByRole('button', { name: '审定' }).click();
  await expect(reviewer.getByRole('region', { name: '审核流程' })).toContainText('状态：已审定');
  await reviewerContext.close();

  await office.reload();
  await expect(office.getByRole('alert').filter({ hasText: '汇总数据已过期' })).toContainText('演示区教育委员会的报告已审定，尚未汇总');
  await office.getByRole('button', { name: '重新汇总' }).click();
  await expect(office.getByText(/汇总了2个单位/)).toBeVisible();
  await expect(office.getByRole('alert').filter({ hasText: '汇总数据已过期' })).toHaveCount(0);
  await expect(office.getByRole('table').filter({ hasText: '汇总值' }).first()).toContainText('汇总值 4'); // 1 + 3

  // The region report shows the sums, which nobody types over.
  await office.getByRole('link', { name: `演示区人民政府${DEMO_YEARS.inProgress}年度报告` }).click();
  await expect(office.getByText('本报告为本地区汇总报告')).toBeVisible();
  const summed = office.getByRole('textbox', { name: '一、本年新收政府信息公开申请数量 / 自然人', exact: true });
  await expect(summed).toHaveValue('4');
  await expect(summed).not.toBeEditable();

  // The XLSX of the whole district: one sheet per table, one row per unit report.
  await office.goto(`/office?year=${DEMO_YEARS.inProgress}`);
  const download = office.waitForEvent('download');
  await office.getByRole('link', { name: 'XLSX' }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(await readFile(await (await download).path())).buffer as ArrayBuffer);
  const sheet = book.getWorksheet('收到和处理政府信息公开申请情况')!;
  const header = sheet.getRow(1).values as unknown[];
  const col = header.indexOf('一、本年新收政府信息公开申请数量 / 总计');
  expect(col).toBeGreaterThan(0);
  const byOrgan = new Map<string, unknown>();
  sheet.eachRow((r, i) => { if (i > 1) byOrgan.set(String(r.getCell(1).value), r.getCell(col).value); });
  expect(byOrgan.get('演示区教育委员会')).toBe(3);
  expect(byOrgan.get('演示区桃花街道办事处')).toBe(1);
  expect(byOrgan.get('演示区人民政府')).toBe(4); // the region report itself

  // 「含未审定」: the town's draft is summed too, and every cell it feeds says so in words.
  await office.goto(`/office?year=${DEMO_YEARS.inProgress}`);
  await office.getByRole('link', { name: '本地区汇总' }).click();
  await office.getByLabel('含未审定').check();
  await office.getByRole('button', { name: '重新汇总' }).click();
  await expect(office.getByText(/汇总了3个单位（含未审定）/)).toBeVisible();
  await expect(office.getByLabel('含未审定')).toBeChecked();
  await expect(office.getByRole('region', { name: '下级单位' }).getByRole('row').filter({ hasText: '演示区长寿湖镇人民政府' })).toContainText('已计入（含未审定）');
  const result = office.getByRole('region', { name: '汇总结果' });
  const total = result.getByRole('row').filter({ has: office.getByRole('rowheader', { name: '一、本年新收政府信息公开申请数量 / 总计', exact: true }) });
  await expect(total).toContainText('含未审定');
  await expect(total).toContainText('演示区长寿湖镇人民政府');
  await expect(result.getByRole('row').filter({ hasText: '含未审定' }).filter({ hasText: '演示区教育委员会' })).toHaveCount(0);
  await office.screenshot({ path: 'test-results/screens/office-rollup-with-draft.png', fullPage: true });
  await office.getByRole('link', { name: `演示区人民政府${DEMO_YEARS.inProgress}年度报告` }).click();
  await expect(office.getByText(/汇总含未审定单位的数据/)).toBeVisible();
  await office.screenshot({ path: 'test-results/screens/office-region-report-with-draft.png' });
  await officeContext.close();
});
