// A calm editor (issue 13): an empty cell is a task (未填) until the clerk asks for the check, the focused
// cell never hides under the sticky header nor under the 填报说明 line, its ring shows in forced colours too,
// one live count of errors, and the generated paragraph of part 一 replaced, not repeated; a narrative
// finding's link selects its sentence.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { appKey, cellSpec, litKey } from '../lib/domain/cells';
import { APP_ENTRY_COLS, ROW_CARRIED_OUT, ROW_RECEIVED, template } from '../lib/domain/template';
import { createReport, signIn } from './support';

const cell = (page: Page, key: ReturnType<typeof appKey>) => page.getByRole('textbox', { name: cellSpec(key).name, exact: true });
const table2 = (page: Page) => page.getByRole('table', { name: template.applications.title });
const table3 = (page: Page) => page.getByRole('table', { name: template.litigation.title });
/** Cells marked as errors (aria-invalid), as a screen reader hears them and the red frame shows them. */
const invalidIn = (table: Locator) => table.locator('input[aria-invalid="true"]');
const expectSaved = (page: Page) => expect(page.getByRole('status', { name: '保存状态' })).toContainText('已保存', { timeout: 15_000 });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/calm-${name}.png` });

test.beforeEach(async ({ page }) => signIn(page, 'clerk'));

test('empty cells read 未填 while drafting, summarised once per table; red at the cells after 检查本部分 and 提交审核', async ({ page }) => {
  await createReport(page, 2053);
  await cell(page, appKey(ROW_RECEIVED, 0)).fill('5');
  await cell(page, litKey(0)).fill('1');
  await expect(page.getByText('表二还有143个空格未填')).toBeVisible();
  await expect(page.getByText('表三还有11个空格未填')).toBeVisible();
  await expect(cell(page, appKey(ROW_RECEIVED, 1))).toHaveAttribute('placeholder', '未填');
  await expect(invalidIn(table2(page))).toHaveCount(0);
  await expect(invalidIn(table3(page))).toHaveCount(0);
  await table2(page).scrollIntoViewIfNeeded();
  await shot(page, 'drafting');

  // 检查本部分 on Table 3 marks its empty cells only.
  await page.getByRole('region', { name: template.litigation.title }).getByRole('button', { name: '检查本部分' }).click();
  await expect(invalidIn(table3(page))).toHaveCount(11);
  await expect(invalidIn(table2(page))).toHaveCount(0);

  // Asking to submit marks them all, and is refused with the live count.
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByRole('form', { name: '提交审核' }).getByRole('alert')).toContainText(/还有\d+项错误，改正后才能提交审核/);
  await expect(invalidIn(table2(page))).toHaveCount(143);
  await table2(page).scrollIntoViewIfNeeded();
  await shot(page, 'after-submit');
});

test('空白填0 fills one table, after confirming how many cells', async ({ page }) => {
  await createReport(page, 2055);
  await cell(page, appKey(ROW_RECEIVED, 0)).fill('5');
  await cell(page, litKey(0)).fill('1');
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.accept();
  });
  await page.getByRole('region', { name: template.applications.title }).getByRole('button', { name: '空白填0' }).click();
  expect(asked).toBe('将把表二的143个空白单元格填为0，确定吗？');
  await expect(cell(page, appKey(ROW_CARRIED_OUT, 5))).toHaveValue('0');
  await expect(page.getByText('表二已全部填写')).toBeVisible();
  await expect(page.getByText('表三还有11个空格未填')).toBeVisible();
});

/** Where the focused cell sits after a key press, against the table's sticky header and its 填报说明 line. */
type Place = { key: string; move: number; label: string; top: number; bottom: number; headBottom: number; hintTop: number; height: number };
const described = (p: Place) => `${p.key} ${p.move}: ${p.label} at ${p.top}–${p.bottom}`;

/** Presses a key up to `moves` times from the focused cell, while the focus stays in a table cell. */
async function walk(page: Page, key: string, moves: number): Promise<Place[]> {
  const places: Place[] = [];
  for (let move = 1; move <= moves; move++) {
    await page.keyboard.press(key);
    const where = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const head = focused.closest('table')?.querySelector('thead');
      const hint = focused.closest('section')?.querySelector('p[id$="-hint"]');
      const box = focused.getBoundingClientRect();
      return {
        label: focused.closest('td') ? focused.getAttribute('aria-label') : null,
        top: box.top,
        bottom: box.bottom,
        headBottom: head?.getBoundingClientRect().bottom ?? 0,
        hintTop: hint?.getBoundingClientRect().top ?? innerHeight,
        height: innerHeight,
      };
    });
    if (where.label === null) break; // out of the table
    places.push({ key, move, ...where, label: where.label });
  }
  return places;
}

test('ArrowUp and Shift+Tab through Table 2 never leave the focused cell under the sticky header', async ({ page }) => {
  await createReport(page, 2057);
  const places: Place[] = [];
  // Up a column with ArrowUp, then back along the rows from the table's foot with Shift+Tab to its first cell.
  for (const [key, moves] of [['ArrowUp', 24], ['Shift+Tab', 150]] as const) {
    await cell(page, appKey(ROW_CARRIED_OUT, 0)).click();
    places.push(...(await walk(page, key, moves)));
    if (key === 'ArrowUp') await shot(page, 'arrow-up');
  }
  expect(places.filter((p) => p.top < p.headBottom - 0.5 || p.bottom > p.height).map(described)).toEqual([]);
  expect(places.length).toBeGreaterThan(24 + 100);
});

test('Enter, ArrowDown and Tab through Table 2 never leave the focused cell under the 填报说明 line', async ({ page }) => {
  await createReport(page, 2101);
  await cell(page, appKey(ROW_RECEIVED, 0)).click();
  const places: Place[] = [];
  // Tab along the rows (a row's last cell leads to the next row's first), then down a column to its foot.
  for (const [key, moves] of [['Tab', 60], ['Enter', 30], ['ArrowDown', 10]] as const) places.push(...(await walk(page, key, moves)));
  expect(places.filter((p) => p.bottom > p.hintTop + 0.5).map((p) => `${described(p)}, the line from ${p.hintTop}`)).toEqual([]);
  expect(places.length).toBeGreaterThan(60);
});

type Rgb = readonly [number, number, number];
const WHITE: Rgb = [255, 255, 255];

type Pixels = { width: number; data: number[] };

/** A PNG's pixels (RGBA), decoded by a canvas in a blank page (the editor's CSP keeps images of data: out). */
async function decode(page: Page, png: Buffer): Promise<Pixels> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (b64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return { width: image.width, data: [...context.getImageData(0, 0, image.width, image.height).data] };
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

function pixelsOf({ data }: Pixels, [r, g, b]: Rgb): number {
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) count++;
  return count;
}

function colourAt({ width, data }: Pixels, x: number, y: number): Rgb {
  const i = (y * width + x) * 4;
  return [data[i], data[i + 1], data[i + 2]];
}

test('the stuck header of Table 2 is solid: no row scrolled beneath shows through a seam between its lines', async ({ page }) => {
  await createReport(page, 2099);
  const head = table2(page).locator('thead');
  // Scroll the table until its header is stuck at the top with empty (white) cells passing beneath it.
  await cell(page, appKey(ROW_CARRIED_OUT, 0)).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await head.boundingBox())?.y).toBe(0);
  const box = (await head.boundingBox())!;
  expect(await table2(page).evaluate((t) => t.getBoundingClientRect().top)).toBeLessThan(-box.height);
  await shot(page, 'stuck-head');
  // The header is grey (#f2f4f7) with dark lines and text; the body's cells are white.
  expect(pixelsOf(await decode(page, await page.screenshot({ clip: { x: box.x, y: 0, width: box.width, height: box.height } })), WHITE)).toBe(0);
});

test('the focused cell wears a ring all round, and in forced colours too', async ({ page }) => {
  await createReport(page, 2069);
  const typed = cell(page, appKey(ROW_RECEIVED, 1));
  await typed.fill('7');
  await typed.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await typed.blur();
  // The cell's own box: the ring is drawn inside it, 3 px wide on each side. (A caret, where a screenshot shows
  // one, adds a few dozen pixels at most: without the forced-colours outline the count below is about 0.)
  const box = (await typed.boundingBox())!;
  const shotOfCell = async () => decode(page, await page.screenshot({ clip: box }));
  // At least the inner two of its three pixels all round (the outer one may blend at a fractional position).
  const ring = 2 * 2 * (Math.floor(box.width) + Math.floor(box.height)) - 4 * 4;
  /** Pixels of the ring's colour (read in the focused cell's corner) added by focusing the cell. */
  const ringAdded = async () => {
    const unfocused = await shotOfCell();
    await typed.focus();
    const focused = await shotOfCell();
    const colour = colourAt(focused, 1, Math.round(box.height / 2));
    await typed.blur();
    return { colour, added: pixelsOf(focused, colour) - pixelsOf(unfocused, colour) };
  };
  const plain = await ringAdded();
  expect(plain.colour).toEqual([0x0b, 0x57, 0xd0]); // #0b57d0, tables.module.css
  expect(plain.added).toBeGreaterThanOrEqual(ring);
  await typed.focus();
  await shot(page, 'focus-ring');
  await typed.blur();

  // Forced colours drop box shadows: the ring is an outline there, in the system's colours.
  await page.emulateMedia({ forcedColors: 'active' });
  expect((await ringAdded()).added).toBeGreaterThanOrEqual(ring);
});

test('a cell’s message covers neither the cell below nor its row label, and takes no clicks', async ({ page }) => {
  await createReport(page, 2059);
  await cell(page, appKey(ROW_RECEIVED, 0)).fill('5');
  await page.getByRole('region', { name: template.applications.title }).getByRole('button', { name: '检查本部分' }).click();
  const above = cell(page, appKey(ROW_RECEIVED, 1));
  const below = cell(page, appKey(ROW_RECEIVED + 1, 1));
  await above.focus();
  await expect(above).toHaveAccessibleDescription(/未填写|空/);
  const message = page.locator(`#${(await above.getAttribute('aria-describedby'))!.split(' ')[0]}`); // the message, then the 填报说明 line
  const [messageBox, belowBox] = [await message.boundingBox(), await below.boundingBox()];
  const overlaps = messageBox!.y < belowBox!.y + belowBox!.height && messageBox!.y + messageBox!.height > belowBox!.y
    && messageBox!.x < belowBox!.x + belowBox!.width && messageBox!.x + messageBox!.width > belowBox!.x;
  expect(overlaps).toBe(false);
  await below.click({ timeout: 5_000 });
  await expect(below).toBeFocused();
  await shot(page, 'message');
});

test('one count of errors, always live: the count beside 提交审核 is the summary’s', async ({ page }) => {
  await createReport(page, 2063);
  const summary = page.getByRole('heading', { name: /^错误 \d+ 项/ });
  const countIn = async () => Number((await summary.textContent())!.match(/错误 (\d+) 项/)![1]);
  const before = await countIn();
  await cell(page, appKey(ROW_RECEIVED, 0)).fill('5');
  await expect.poll(countIn).not.toBe(before);
  const live = await countIn();
  await expect(page.getByText(/还有\d+项错误/)).toHaveCount(1);
  await expect(page.getByRole('form', { name: '提交审核' })).toContainText(`还有${live}项错误，改正后才能提交审核。`);
  await shot(page, 'live-count');
});

test('生成依申请公开概述 twice leaves one generated paragraph; a narrative finding selects its sentence', async ({ page }) => {
  await createReport(page, 2065);
  for (const [c, v] of APP_ENTRY_COLS.map((c, i) => [c, i + 1] as const)) await cell(page, appKey(ROW_RECEIVED, c)).fill(String(v));
  page.on('dialog', (d) => void d.accept());
  await page.getByRole('region', { name: template.applications.title }).getByRole('button', { name: '空白填0' }).click();
  const generate = page.getByRole('button', { name: '生成依申请公开概述' });
  const overview = page.locator('#part-overview-text');
  await generate.click();
  await expect(overview).toHaveValue(/新收政府信息公开申请21件/);
  await cell(page, appKey(ROW_RECEIVED, 0)).fill('11');
  await generate.click();
  await expect(overview).toHaveValue(/新收政府信息公开申请31件/);
  const text = await overview.inputValue();
  expect(text.match(/新收政府信息公开申请\d+件/g)).toEqual(['新收政府信息公开申请31件']);
  await expectSaved(page);

  // The table changes again: the paragraph is stale, and the summary's link selects the stale words.
  await cell(page, appKey(ROW_RECEIVED, 0)).fill('12');
  const link = page.getByRole('region', { name: /错误/ }).getByRole('link', { name: /新收/ }).first();
  await link.click();
  const selected = await overview.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toContain('31');
  await shot(page, 'narrative-selected');
});
