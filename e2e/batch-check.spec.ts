// The batch checker for supervising offices (issue 6): three files at once, one unreadable; the table of
// files × findings, its filters, and the CSV read back. Clerks are refused by the route itself.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './support';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);
const textFile = async (name: string) => ({ name, mimeType: 'text/plain', buffer: await readFile(fixture(name)) });

test('batch check: progress, a table of findings with the unreadable file named, filters, CSV', async ({ page }) => {
  await signIn(page, 'office');
  await page.goto('/office');
  await page.getByRole('link', { name: '批量检查已发布的报告' }).click();
  await expect(page.getByRole('heading', { name: '批量检查已发布的年度报告' })).toBeVisible();

  await page.getByLabel('报告文件（可多选）').setInputFiles([
    await textFile('seed-003.txt'),
    await textFile('seed-004.txt'),
    { name: 'garbage.bin', mimeType: 'application/octet-stream', buffer: randomBytes(4096) },
  ]);
  await page.getByRole('button', { name: '开始检查' }).click();
  await expect(page.getByRole('status')).toHaveText(/已检查 3 \/ 3。/);

  const table = page.getByRole('table', { name: '检查结果' });
  const rows = table.getByRole('rowgroup').last().getByRole('row');
  await expect(rows).toHaveCount(3);
  const row = (file: string) => table.getByRole('row', { name: new RegExp(`^${file.replace('.', '\\.')}`) });
  await expect(row('seed-003.txt')).toContainText('重庆市长寿区长寿湖镇人民政府');
  await expect(row('seed-003.txt')).toContainText('未发现问题');
  await expect(row('seed-004.txt').getByRole('cell')).toHaveText([
    '重庆市荣昌区人民政府', '2021', '0', '2', '原文 200 · 推算 0 · 未能读取 0', /NARRATIVE-NUMBER.*占比应为5÷57=8\.8%.*FEE-STATEMENT-MISSING/,
  ]);
  await expect(row('garbage.bin')).toContainText('无法读取');
  await expect(row('garbage.bin')).toContainText('不是文本文件');
  // Readable at 1366 px: the organ's column holds its name on a few lines, not one character a line.
  await page.setViewportSize({ width: 1366, height: 900 });
  const organ = row('seed-004.txt').getByRole('cell', { name: '重庆市荣昌区人民政府' });
  expect((await organ.boundingBox())!.width).toBeGreaterThan(120);
  await page.screenshot({ path: 'test-results/screens/batch-check.png', fullPage: true });

  // Filters: one rule; unreadable only; back to all.
  await page.getByLabel('规则').selectOption('FEE-STATEMENT-MISSING');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).not.toContainText('NARRATIVE-NUMBER');
  await page.getByLabel('规则').selectOption('');
  await page.getByLabel('读取情况').selectOption('unreadable');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('garbage.bin');
  await page.getByLabel('读取情况').selectOption('all');
  await page.getByLabel('类别').selectOption('warning');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('类别').selectOption('all');
  await expect(rows).toHaveCount(3);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('批量检查结果.csv');
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('文件,机关,年度,错误数,警告数,类别,规则,说明');
  expect(lines.slice(1).map((l) => l.split(',').slice(0, 7).join(','))).toEqual([
    'seed-003.txt,重庆市长寿区长寿湖镇人民政府,2024,0,0,,',
    'seed-004.txt,重庆市荣昌区人民政府,2021,0,2,警告,NARRATIVE-NUMBER',
    'seed-004.txt,重庆市荣昌区人民政府,2021,0,2,警告,FEE-STATEMENT-MISSING',
    'garbage.bin,,,,,无法读取,',
  ]);
  expect(lines[4]).toContain('不是文本文件');
});

test('the routes refuse the signed-out (401), clerks (403) and files over 20 MB (413)', async ({ browser, page, request }) => {
  const multipart = { file: await textFile('seed-004.txt') };
  expect((await request.post('/api/check', { multipart })).status()).toBe(401);
  await signIn(page, 'clerk');
  const refused = await page.request.post('/api/check', { multipart });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: '只有审核人或管理员可以使用批量检查' });
  await page.goto('/office/check');
  await expect(page.getByRole('alert').filter({ hasText: '批量检查' })).toHaveText('只有审核人或管理员可以使用批量检查。');

  // 20 MB is enforced by the server, whatever the page does: for the import (a clerk) and the check (the office).
  const huge = { file: { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 0x20) } };
  const importTooLarge = await page.request.post('/api/reports/import', { multipart: { ...huge, organId: 'x', step: 'preview' } });
  expect([importTooLarge.status(), await importTooLarge.json()]).toEqual([413, { error: '文件过大，上限 20 MB' }]);
  const officeContext = await browser.newContext();
  const office = await officeContext.newPage();
  await signIn(office, 'office');
  const checkTooLarge = await office.request.post('/api/check', { multipart: huge });
  expect([checkTooLarge.status(), await checkTooLarge.json()]).toEqual([413, { error: '文件过大，上限 20 MB' }]);
  await officeContext.close();
});
