// Screenshots of every part of the editor, the preview and the office pages, for people to look at
// (test-results/screens/*.png). Each step also asserts the part is shown.
import { expect, test } from '@playwright/test';
import { template } from '../lib/domain/template';
import { DEMO_YEARS, signIn } from './support';

const PARTS = ['标题与前言', ...template.parts.filter((p) => p.heading).map((p) => p.heading!), '落款'];

test('each part of the editor, as the clerk sees it', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signIn(page, 'clerk');
  await page.getByRole('link', { name: `${DEMO_YEARS.inProgress}年度报告` }).click();
  const nav = page.getByRole('navigation', { name: '报告各部分' });
  for (const [i, part] of PARTS.entries()) {
    await nav.getByRole('link', { name: part, exact: true }).click();
    await expect(page.getByRole('heading', { name: part, exact: true }).first()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/editor-${i}.png` });
  }
});

test('the review page and the preview with its charts', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signIn(page, 'reviewer');
  await page.getByRole('row').filter({ hasText: '演示区教育委员会' }).getByRole('link', { name: `${DEMO_YEARS.inProgress}年度报告` }).click();
  await page.getByRole('link', { name: '审核', exact: true }).click();
  await expect(page.getByRole('heading', { name: /校验结果/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/review.png' });
  await page.goto('/reports');
  await page.getByRole('row').filter({ hasText: '演示区长寿湖镇人民政府' }).getByRole('link', { name: `${DEMO_YEARS.published}年度报告` }).click();
  await page.getByRole('link', { name: '预览与下载' }).click();
  await expect(page.getByRole('figure', { name: /办理结果构成/ })).toBeVisible();
  await page.getByRole('figure', { name: /办理结果构成/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/preview.png' });
});
