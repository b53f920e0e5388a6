// Shared steps for the browser tests: sign in as a demo user (seeded by NIANBAO_DEMO=1).
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import seed004 from '../lib/domain/fixtures/seed-004.json';
import { reportingCycle } from '../lib/domain/reporting-cycle';
import { DEMO_PASSWORD } from '../lib/server/data/seed-demo';

/**
 * The demo's years, as the server seeded them on starting today (lib/domain/reporting-cycle.ts): the year in
 * progress (the town's draft, the education commission's report under review, …) and the published year.
 */
export const DEMO_YEARS = reportingCycle(new Date());

export async function signIn(page: Page, username: 'clerk' | 'reviewer' | 'office'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  // A supervising office starts on its board, everyone else on 我的报告.
  await expect(page).toHaveURL(username === 'office' ? /\/office$/ : /\/reports$/);
}

/**
 * Creates this organ's report for a year through the reports page; returns the editor's URL. The tests share
 * one server, so each year belongs to one test: editor 2041–2049, review 2051 and 2061, paste 2071–2075,
 * editor-calm 2053–2059, 2063, 2065, 2069, 2099 and 2101, editor-trust 2081–2085, editor-habits 2087, 2089, 2091, 2095 and 2097, access 2093,
 * review-comments 2077, editor-save 2111–2119.
 */
export async function createReport(page: Page, year: number): Promise<string> {
  await page.goto('/reports');
  await page.getByLabel('报告年度').fill(String(year));
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  return page.url();
}

/**
 * Comments where the reviewer reads: a click on a place in the review page's preview opens the comment box
 * named after it; the comment is added, shows in the box, and Esc closes the box.
 */
export async function commentAt(page: Page, place: Locator, boxName: string | RegExp, text: string): Promise<void> {
  await place.click();
  const box = page.getByRole('dialog', { name: boxName });
  await box.getByLabel('批注内容').fill(text);
  await box.getByRole('button', { name: '添加批注' }).click();
  await expect(box.getByRole('status')).toHaveText('批注已添加');
  await expect(box.getByRole('list', { name: '此处的未解决批注' })).toContainText(text);
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
}

/**
 * A report of the given year filled with seed 004's content (no error finding), submitted by the clerk, and
 * the town's reviewer on its review page: each in a browser context of their own.
 */
export async function submittedForReview(browser: Browser, year: number): Promise<{ clerk: Page; reviewer: Page; id: string; url: string }> {
  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, 'clerk');
  const url = await createReport(clerk, year);
  const id = url.split('/').at(-1)!;
  const saved = await clerk.request.put(`/api/reports/${id}/draft`, {
    headers: { origin: new URL(url).origin }, data: { baseVersion: 1, report: seed004 },
  });
  expect(saved.status()).toBe(200);
  await clerk.reload();
  await clerk.getByRole('button', { name: '提交审核' }).click();
  await expect(clerk.getByRole('region', { name: '审核流程' })).toContainText('已提交');

  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, 'reviewer');
  await reviewer.goto(`/reports/${id}/review`);
  return { clerk, reviewer, id, url };
}
