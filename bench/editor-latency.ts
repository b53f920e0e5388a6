// Editor input-to-feedback latency (issues 3 and 8) in real Chromium against a production build: a clerk's
// fully filled Table 2 (seed 004); the cell 「二、上年结转… / 自然人」, found by its accessible name, is typed
// 4 → 5 → 4 … Each keystroke is timed from the input event (event.timeStamp) to the first frame painted after
// the cell's APP-BALANCE finding appeared in (or left) the cell's description (aria-describedby).
// The key is released only after its time is taken. After a discrete input event Chromium holds back timers
// until the next frame is produced; Playwright's press() sends the keyup a few ms after the keydown, and when
// that keyup landed after the keystroke's frame had begun, the timer marking "painted" waited one more frame
// (~17 ms) though the frame had been committed (Chrome traces, docs/benchmarks.md). A person releases a key
// ~100 ms after pressing it, long after the frame.
// Rhythm: keystrokes are timed at a brisk typist's pace, one every 200 ms (5 a second; the key held 100 ms),
// which leaves the idle time the editor's report-wide views are deferred to. Pressed back to back (~23 a
// second) right after the census, p95 was 2–5 ms higher; timed back to back after the rhythm pass, it is not.
// The cause is not fully established (docs/benchmarks.md). The back-to-back pass is still timed and reported,
// unchecked, as a stress figure.
// Baseline: a plain <input> in the same page whose input handler echoes the value into an <output> — the
// browser's own floor for "keystroke → visible change" on this machine, through the same harness — so the
// ratio is what the editor's work (React update, totals, rule engine, findings) adds to it.
// Render census: React DevTools' global hook (which React calls on every commit, production builds too) lists
// the components each commit rendered and the cell each sits in. The keystroke's own commit may render only
// the typed cell, the totals it changes and the cells whose findings change; the summary, the navigation
// and the counts follow in later commits, after the frame is painted. The census walks the whole fiber tree
// on every commit (~0.4 ms a keystroke), so it runs in a pass of its own and is off while keystrokes are timed.
import { rmSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { appKey, CELLS, cellSpec, getCell, setCell } from '../lib/domain/cells';
import { findBrokenRules } from '../lib/domain/engine';
import { deriveTotals } from '../lib/domain/totals';
import { template } from '../lib/domain/template';
import { saveDraft } from '../lib/server/verbs/save-draft';
import { loadActor } from '../lib/server/auth/sessions';
import {
  ensureBuild, freePort, freshDataDir, openDatabase, SEED_004, seedClerks, signIn, sleep, startServer, type Server,
} from '../scripts/proof-lib';
import { figures, type AsyncBenchEntry } from './figures';

const EDITS = 300;
const CENSUS_EDITS = 100;
/** Issue 12's target for keystroke → finding painted: one frame. */
const ONE_FRAME_MS = 16;
const WARM_UP = 20;
type Rhythm = { intervalMs: number; holdMs: number };
/** A brisk typist's rhythm: a key pressed every 200 ms and released 100 ms after it went down. */
const RHYTHM: Rhythm = { intervalMs: 200, holdMs: 100 };
const BACK_TO_BACK: Rhythm = { intervalMs: 0, holdMs: 0 };
/** Resolves at the wall-clock time `at` (at once if it has passed: a negative delay is 0). */
const until = (at: number) => sleep(at - Date.now());
const PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : freePort();
const CELL = appKey(1, 0); // 二、上年结转政府信息公开申请数量 / 自然人: 4 in seed 004

declare global {
  interface Window {
    __nbArm: (want: boolean | string) => void;
    __nbResult: Promise<number>;
    /** Per commit since the last arm: where each component that rendered sits (a cell's name, or 「（表格之外：…）」). */
    __nbCommits: string[][];
    /** Whether the census records commits (off while keystrokes are timed). */
    __nbCensus: boolean;
  }
}

/**
 * Installed before the page's scripts: React finds the hook and reports each commit to it. A function
 * component rendered in a commit iff its first hook (or, without hooks, its props) is a new object.
 */
const RENDER_CENSUS = `(() => {
  const seen = new WeakSet();
  window.__nbCommits = [];
  window.__nbCensus = true;
  const hostOf = (fiber) => {
    for (let f = fiber.child; f; f = f.child) if (typeof f.type === 'string') return f.stateNode;
    for (let f = fiber.return; f; f = f.return) if (typeof f.type === 'string') return f.stateNode;
    return null;
  };
  const placeOf = (fiber) => {
    const host = hostOf(fiber);
    const cell = host?.closest?.('td');
    if (cell) return cell.querySelector('input')?.getAttribute('aria-label') ?? '';
    const part = host?.closest?.('[id]');
    return '（表格之外：' + (host?.tagName ?? '?').toLowerCase() + (part ? ' in #' + part.id : '') + '）';
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(), supportsFiber: true, isDisabled: false,
    inject: () => 1, checkDCE() {}, onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(id, root) {
      if (!window.__nbCensus) return;
      const places = [];
      const walk = (first) => {
        for (let f = first; f; f = f.sibling) {
          // function, forwardRef, memo and simple memo components
          if ([0, 11, 14, 15].includes(f.tag)) {
            const own = f.memoizedState ?? f.memoizedProps;
            if (own && typeof own === 'object' && !seen.has(own)) {
              seen.add(own);
              places.push(placeOf(f));
            }
          }
          walk(f.child);
        }
      };
      walk(root.current.child);
      window.__nbCommits.push(places);
    },
  };
})();`;

/** The cells a keystroke 4 → 5 in CELL may re-render: the cell, the totals it changes, the cells whose findings change. */
function cellsAKeystrokeTouches(): Set<string> {
  const typed = { ...SEED_004, tables: setCell(SEED_004.tables, CELL, 5) };
  const totals = [deriveTotals(SEED_004.tables), deriveTotals(typed.tables)];
  const changedTotals = CELLS.filter((c) => c.computed && getCell(totals[0], c.key) !== getCell(totals[1], c.key));
  const [before, after] = [SEED_004, typed].map((report, i) => findBrokenRules({ report: { ...report, tables: totals[i] } }));
  const seen = (findings: typeof before, key: string) => findings.filter((f) => f.cellKeys.includes(key)).map((f) => f.message).join('\n');
  const changedFindings = CELLS.filter((c) => seen(before, c.key) !== seen(after, c.key));
  return new Set([CELL, ...changedTotals.map((c) => c.key), ...changedFindings.map((c) => c.key)].map((k) => cellSpec(k).name));
}

/**
 * In the page: arm() before a keystroke; __nbResult resolves with the time from that keystroke's input
 * event to the frame after the wanted state showed (a finding present/absent, or the echo's text).
 */
async function installProbe(page: Page, inputId: string) {
  // tsx names functions with a helper the page lacks: give the page one.
  await page.evaluate('globalThis.__name = (f) => f');
  return page.evaluate((id) => {
    const input = document.getElementById(id) as HTMLInputElement;
    const box = document.createElement('input');
    box.setAttribute('aria-label', '基准：回显输入');
    const echo = document.createElement('output');
    box.addEventListener('input', () => (echo.textContent = box.value));
    document.body.append(box, echo);
    let started = 0;
    const stamp = (e: Event) => (started = e.timeStamp);
    input.addEventListener('input', stamp, true);
    box.addEventListener('input', stamp, true);
    // The description is every element aria-describedby names (the message, a note, the 填报说明 line).
    const description = () =>
      (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const hasFinding = () => /相差/.test(description());
    window.__nbArm = (want) => {
      window.__nbCommits = [];
      window.__nbResult = new Promise((resolve) => {
        const reached = () => (typeof want === 'string' ? echo.textContent === want : hasFinding() === want);
        const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
        const target = typeof want === 'string' ? echo : input.closest('td')!;
        const observer = new MutationObserver(() => {
          if (started && reached()) {
            observer.disconnect();
            done();
          }
        });
        started = 0;
        observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    };
  }, inputId);
}

type Step = (i: number) => { key: string; want: boolean | string };

/**
 * Each keystroke's time, and (with the census on) where the components sat that its commit rendered: the
 * first commit that rendered the typed cell (a view of the previous keystroke may commit after the arm).
 */
async function typeKeystrokes(page: Page, step: Step, edits: number, rhythm: Rhythm, typed?: string) {
  const times: number[] = [];
  const keystrokeCommits: string[][] = [];
  for (let i = 0; i < edits + WARM_UP; i++) {
    const { key, want } = step(i);
    await page.keyboard.press('Control+a');
    await page.evaluate((w) => window.__nbArm(w), want);
    const pressed = Date.now();
    await page.keyboard.down(key);
    const [ms, commits] = await page.evaluate(() => window.__nbResult.then((t) => [t, window.__nbCommits] as const));
    await until(pressed + rhythm.holdMs);
    await page.keyboard.up(key);
    await until(pressed + rhythm.intervalMs);
    if (i < WARM_UP) continue;
    times.push(ms);
    const own = commits.find((places) => places.includes(typed ?? ''));
    if (own) keystrokeCommits.push(own);
  }
  return { times, keystrokeCommits };
}

async function measureEditor() {
  ensureBuild();
  const dataDir = freshDataDir('bench-editor');
  let server: Server | null = null;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const db = await openDatabase({ kind: 'pglite', dataDir });
    const [clerk] = await seedClerks(db, 1, 2034, 'editor');
    const [user] = await db.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [clerk.username]);
    const ctx = { db, actor: (await loadActor(db, user.id))! };
    await saveDraft(ctx, clerk.reportId, { baseVersion: 1, report: { ...SEED_004, organ: 'x', year: 2034 } });
    await db.close();
    server = await startServer(PORT, { kind: 'pglite', dataDir });
    const cookie = await signIn(server.base, clerk.username);
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: 'nianbao_session', value: cookie.split('=')[1], url: server.base }]);
    await context.addInitScript(RENDER_CENSUS);
    const page = await context.newPage();
    await page.goto(`${server.base}/reports/${clerk.reportId}`);
    await page.getByRole('navigation', { name: '报告各部分' }).getByRole('link', { name: template.applications.title }).click();
    const cell = page.getByRole('textbox', { name: cellSpec(CELL).name, exact: true });
    if ((await cell.inputValue()) !== '4') throw new Error('Table 2 is not seed 004');
    // The finding the timing waits for is the one a screen reader announces (Playwright's computation).
    await cell.fill('5');
    await page.evaluate('globalThis.__name = (f) => f');
    const message = page.locator(`#${await cell.getAttribute('id')}-msg`);
    await message.waitFor({ state: 'attached' });
    const described = await cell.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ')[0]);
    if (described !== (await message.getAttribute('id'))) throw new Error(`the cell is not described by its message first: ${described}`);
    if (!/相差1/.test((await message.textContent()) ?? '')) throw new Error(`no APP-BALANCE finding at the cell: ${await message.textContent()}`);
    await cell.fill('4');
    await page.waitForFunction((id) => !/相差/.test(document.getElementById(`${id}-msg`)?.textContent ?? ''), await cell.getAttribute('id'));
    await installProbe(page, (await cell.getAttribute('id'))!);
    const toggle: Step = (i) => (i % 2 === 0 ? { key: '5', want: true } : { key: '4', want: false });
    await cell.focus();
    const census = await typeKeystrokes(page, toggle, CENSUS_EDITS, RHYTHM, cellSpec(CELL).name);
    await page.evaluate(() => (window.__nbCensus = false));
    const own = await typeKeystrokes(page, toggle, EDITS, RHYTHM);
    const backToBack = await typeKeystrokes(page, toggle, EDITS, BACK_TO_BACK);
    const box = page.getByRole('textbox', { name: '基准：回显输入' });
    await box.focus();
    const base = await typeKeystrokes(page, (i) => ({ key: String(i % 10), want: String(i % 10) }), EDITS, RHYTHM);
    const stillRight = await cell.inputValue();
    const o = figures(own.times, 'ms');
    const b = figures(base.times, 'ms');
    const stress = figures(backToBack.times, 'ms');
    // The census: every component of a keystroke's first commit sits in a cell the keystroke touches.
    const allowed = cellsAKeystrokeTouches();
    const strays = new Map<string, number>();
    for (const place of census.keystrokeCommits.flat()) if (!allowed.has(place)) strays.set(place, (strays.get(place) ?? 0) + 1);
    const rendered = census.keystrokeCommits.map((c) => c.length).sort((x, y) => x - y);
    const rendersOk = census.keystrokeCommits.length === CENSUS_EDITS && strays.size === 0;
    return {
      own: o,
      baseline: { name: 'plain input echo, same page', ...b },
      ratio: Math.round((o.p50 / b.p50) * 100) / 100,
      ratioOf: 'p50',
      check: {
        ok: stillRight === '4' && o.p95 <= ONE_FRAME_MS && rendersOk,
        text: `${EDITS} timed edits on a full Table 2, one every ${RHYTHM.intervalMs} ms; p95 ≤ ${ONE_FRAME_MS} ms (issue 12); in ${CENSUS_EDITS} more, each keystroke's frame re-renders only the typed cell, its total and the cells whose findings change; the echo's own p95 ${b.p95} ms; back to back (not checked): p95 ${stress.p95} ms`,
      },
      details: {
        edits: EDITS, censusEdits: CENSUS_EDITS, warmUp: WARM_UP, cell: cellSpec(CELL).name, chromium: browser.version(), rhythm: RHYTHM,
        backToBack: { what: `the same ${EDITS} edits, each pressed as soon as the previous one was painted`, ...stress },
        componentsInTheKeystrokeFrame: { p50: rendered[Math.floor(rendered.length / 2)], max: rendered[rendered.length - 1] },
        cellsAllowed: [...allowed],
        strays: Object.fromEntries(strays),
      },
    };
  } finally {
    await browser.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const benches: AsyncBenchEntry[] = [{ name: 'editor: keystroke → APP-BALANCE at the cell (Chromium)', measure: measureEditor }];
