// Comment where you read (issue 15): the reviewer comments by clicking a cell in the preview, by keyboard
// at a part's heading, and by selecting a sentence; the open comments are marked where they point; after
// the clerk edits the paragraph the comment still finds its sentence, and says so once the sentence is gone.
import { expect, test, type Locator, type Page } from '@playwright/test';
import seed004 from '../lib/domain/fixtures/seed-004.json';
import { appKey, cellSpec } from '../lib/domain/cells';
import { commentAt, submittedForReview } from './support';

const shot = (name: string) => `test-results/screens/${name}.png`;
const overview = seed004.parts.overview;
const sentence = '因政府信息公开引起的行政复议和行政诉讼5件，无败诉案件。';
// The box and the comment name a quote by its paragraph and its first 24 characters.
const quoteLabel = `一、总体情况 第2段「${sentence.slice(0, 24)}…」`;

/** Drags the mouse across `text` inside `paragraph`, as a reader selects a sentence. */
async function select(page: Page, paragraph: Locator, text: string): Promise<void> {
  await paragraph.scrollIntoViewIfNeeded();
  const ends = await paragraph.evaluate((p, wanted) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const charRect = (i: number) => {
        const range = document.createRange();
        range.setStart(node!, i);
        range.setEnd(node!, i + 1);
        return range.getBoundingClientRect();
      };
      const first = charRect(at);
      const last = charRect(at + wanted.length - 1);
      return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
    }
    throw new Error(`not in the paragraph: ${wanted}`);
  }, text);
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 8 });
  await page.mouse.up();
}

/** The clerk rewrites part 一 in the editor and waits for the save. */
async function editOverview(clerk: Page, url: string, text: string): Promise<void> {
  await clerk.goto(url);
  await clerk.getByRole('navigation', { name: '报告各部分' }).getByRole('link', { name: '一、总体情况', exact: true }).click();
  await clerk.getByRole('textbox', { name: '一、总体情况' }).fill(text);
  await expect(clerk.getByRole('status', { name: '保存状态' })).toContainText('已保存', { timeout: 15_000 });
  await clerk.reload();
}

test('a comment by clicking a cell, by keyboard at a heading and by selecting a sentence; marks; the sentence is found again after edits', async ({ browser }) => {
  const { clerk, reviewer, id, url } = await submittedForReview(browser, 2077);
  // No anchor dropdown any more: the preview is where comments are made.
  await expect(reviewer.getByLabel('批注位置')).toHaveCount(0);

  // A click on a Table 2 figure opens the box named after the cell.
  const totalName = cellSpec(appKey(24, 6)).name;
  const total = reviewer.getByTitle(totalName, { exact: true });
  await commentAt(reviewer, total, `批注：${totalName}`, '结转总计请与台账核对。');
  await expect(total).toHaveAttribute('data-comments', /.+/);

  // By keyboard: the heading of part 五 takes the focus, Enter opens the box, Esc closes it again.
  const problems = reviewer.getByRole('heading', { name: '五、存在的主要问题及改进情况' });
  await problems.focus();
  await reviewer.keyboard.press('Enter');
  const problemsBox = reviewer.getByRole('dialog', { name: '批注：五、存在的主要问题及改进情况' });
  await expect(problemsBox.getByLabel('批注内容')).toBeFocused();
  await reviewer.keyboard.press('Escape');
  await expect(problemsBox).toHaveCount(0);
  await expect(problems).toBeFocused();
  await reviewer.keyboard.press('Enter');
  await reviewer.keyboard.type('改进措施请写明完成时限。');
  await reviewer.keyboard.press('Tab');
  await reviewer.keyboard.press('Enter');
  await expect(problemsBox.getByRole('status')).toHaveText('批注已添加');
  await reviewer.keyboard.press('Escape');
  await expect(problems.getByText('批注1')).toBeVisible();

  // Selecting a sentence anchors the comment to it; the sentence is highlighted.
  const paragraph = reviewer.locator('p[data-anchor="paragraph:overview:1"]');
  await select(reviewer, paragraph, sentence);
  const quoteBox = reviewer.getByRole('dialog', { name: `批注：${quoteLabel}` });
  await quoteBox.getByLabel('批注内容').fill('复议和诉讼的件数与表三不一致。');
  await quoteBox.getByRole('button', { name: '添加批注' }).click();
  await expect(quoteBox.getByRole('status')).toHaveText('批注已添加');
  await reviewer.keyboard.press('Escape');
  const mark = paragraph.locator('mark');
  await expect(mark).toHaveText(sentence);
  // A click on the highlight shows the comment on it.
  await mark.click();
  await expect(reviewer.getByRole('dialog', { name: `批注：${quoteLabel}` })).toContainText('复议和诉讼的件数与表三不一致。');
  await reviewer.screenshot({ path: shot('review-comments-marked'), fullPage: true });
  await reviewer.keyboard.press('Escape');
  const panel = reviewer.getByRole('region', { name: /审核批注（未解决3条）/ });
  await expect(panel).toContainText(quoteLabel);
  await expect(panel).toContainText(totalName);
  // Past the preview's many figures in one step: the link takes the focus to the findings and comments.
  await reviewer.getByRole('link', { name: '跳到检查结果和批注' }).press('Enter');
  await expect(reviewer.getByRole('region', { name: '检查结果和批注' })).toBeFocused();
  await reviewer.keyboard.press('Tab');
  await expect(reviewer.getByRole('region', { name: '检查结果和批注' }).locator(':focus')).toHaveCount(1);

  await reviewer.getByLabel('审核意见（退回时必填）').fill('请核对复议诉讼件数');
  await reviewer.getByRole('button', { name: '退回修改' }).click();
  await expect(reviewer.getByRole('region', { name: '审核流程' })).toContainText('已退回');

  // The clerk's editor names the quote in words; the clerk edits the paragraph before the sentence.
  await clerk.goto(url);
  await expect(clerk.getByRole('region', { name: /审核批注（未解决3条）/ })).toContainText(quoteLabel);
  await editOverview(clerk, url, overview.replace('其他处理，5件，占9.8%。', '其他处理5件，占8.8%。'));
  await reviewer.goto(`/reports/${id}/review`);
  await expect(paragraph.locator('mark')).toHaveText(sentence);
  await expect(reviewer.getByRole('region', { name: /审核批注（未解决3条）/ })).toContainText(quoteLabel);

  // The sentence deleted: the comment says so and falls back to its paragraph, which is outlined.
  await editOverview(clerk, url, overview.replace(sentence, ''));
  await expect(clerk.getByRole('region', { name: /审核批注（未解决3条）/ })).toContainText(`${quoteLabel}（原文已修改，未找到所评论的句子）`);
  await clerk.screenshot({ path: shot('review-comments-editor') });
  await reviewer.goto(`/reports/${id}/review`);
  await expect(paragraph.locator('mark')).toHaveCount(0);
  await expect(paragraph).toHaveAttribute('data-comments', /.+/);
  await expect(reviewer.getByRole('region', { name: /审核批注（未解决3条）/ })).toContainText('原文已修改，未找到所评论的句子');
  await reviewer.screenshot({ path: shot('review-comments-lost'), fullPage: true });
});
