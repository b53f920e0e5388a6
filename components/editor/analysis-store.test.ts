import { describe, expect, it } from 'vitest';
import seed from '@/lib/domain/fixtures/seed-004.json';
import { appKey, CELLS, setCell, type CellKey } from '@/lib/domain/cells';
import type { TReport } from '@/lib/domain/model';
import { createAnalysisStore, type AnalysisStore } from './analysis-store';

const seedReport = seed as TReport;

/** A scheduler the test runs by hand, standing in for the task after the keystroke. */
function manualSchedule() {
  const tasks: (() => void)[] = [];
  return { schedule: (task: () => void) => void tasks.push(task), run: () => tasks.splice(0).forEach((t) => t()), tasks };
}

const withCell = (report: TReport, key: CellKey, value: number | string | null): TReport => ({
  ...report,
  tables: setCell(report.tables, key, value),
});

/** What every cell component selects (its total, its findings), as useSyncExternalStore would. */
const selections = (store: AnalysisStore) =>
  new Map(CELLS.map((c) => [c.key, { total: store.getDerivedCell(c.key), findings: store.getCellFindings(c.key) }]));

function changedCells(before: ReturnType<typeof selections>, after: ReturnType<typeof selections>) {
  return CELLS.map((c) => c.key).filter((k) => {
    const a = before.get(k)!;
    const b = after.get(k)!;
    return !Object.is(a.total, b.total) || a.findings !== b.findings;
  });
}

describe('the analysis store', () => {
  it('derives totals at once and findings in a task after the change', () => {
    const clock = manualSchedule();
    const store = createAnalysisStore(seedReport, clock);
    // 二、上年结转 / 自然人 4 → 5: one more on the left of 一+二 = 三（七）+四.
    store.update(withCell(seedReport, appKey(1, 0), 5));
    expect(store.getDerivedCell(appKey(1, 6))).toBe(5); // row total, at once
    expect(store.getCellFindings(appKey(1, 0))).toEqual([]); // findings not yet
    clock.run();
    const [balance] = store.getCellFindings(appKey(1, 0));
    expect(balance).toMatchObject({ rule: 'APP-BALANCE', difference: '1', message: '自然人：一+二=39，三（七）+四=38，相差1' });
    store.update(seedReport);
    clock.run();
    expect(store.getCellFindings(appKey(1, 0))).toEqual([]);
  });

  it('coalesces a burst of changes into one analysis', () => {
    const clock = manualSchedule();
    const store = createAnalysisStore(seedReport, clock);
    let report = seedReport;
    for (const v of [1, 12, 123]) {
      report = withCell(report, appKey(5, 0), v);
      store.update(report);
    }
    expect(clock.tasks).toHaveLength(1);
  });

  it('ignores an update that changes nothing (no new version, no notification, no save)', () => {
    const store = createAnalysisStore(seedReport, manualSchedule());
    let notified = 0;
    store.subscribe(() => notified++);
    store.update(JSON.parse(JSON.stringify(seedReport)));
    expect([store.getVersion(), notified]).toEqual([0, 0]);
  });

  it('notifies once for a batch of changes (a paste)', () => {
    const store = createAnalysisStore(seedReport, manualSchedule());
    let notified = 0;
    store.subscribe(() => notified++);
    store.batch(() => {
      for (let c = 0; c < 6; c++) store.update(withCell(seedReport, appKey(4, c), 9));
    });
    expect(notified).toBe(1);
  });

  it('keeps its own copy: the form may go on mutating the object it passed', () => {
    const store = createAnalysisStore(seedReport, manualSchedule());
    const values = JSON.parse(JSON.stringify(seedReport)) as TReport;
    values.tables.applications[0][0] = 35;
    store.update(values);
    values.tables.applications[0][0] = 99;
    expect(store.getReport().tables.applications[0][0]).toBe(35);
  });
});

// Re-rendering is tested by structure: every cell selects from the store, and a selection that did
// not change is the same value, so useSyncExternalStore leaves that cell alone.
describe('revealing VALUE-MISSING (检查本部分, 提交审核)', () => {
  it('reveals one table, then all, notifying once each; the findings themselves never change', () => {
    const store = createAnalysisStore(withCell(seedReport, appKey(0, 0), null));
    const errors = store.getIndex().errors;
    let notified = 0;
    store.subscribe(() => notified++);
    expect(store.isMissingRevealed('applications')).toBe(false);
    store.revealMissing('applications');
    expect([store.isMissingRevealed('applications'), store.isMissingRevealed('active')]).toEqual([true, false]);
    store.revealMissing('applications');
    store.revealMissing();
    expect(['active', 'applications', 'litigation'].map((t) => store.isMissingRevealed(t as 'active'))).toEqual([true, true, true]);
    store.revealMissing();
    expect(notified).toBe(2);
    expect(store.getIndex().errors).toBe(errors);
  });
});

describe('what typing in one cell touches', () => {
  it('only that cell’s totals and the cells whose findings change', () => {
    const clock = manualSchedule();
    const store = createAnalysisStore(seedReport, clock);
    const before = selections(store);
    // 一、本年新收 / 自然人 34 → 35: its row total changes, and 自然人 no longer balances.
    store.update(withCell(seedReport, appKey(0, 0), 35));
    clock.run();
    const changed = changedCells(before, selections(store)).sort();
    const balanceCells = [0, 1, 23, 24].flatMap((r) => [appKey(r, 0), appKey(r, 6)]);
    expect(changed).toEqual([...new Set([appKey(0, 6), ...balanceCells])].sort());
  });

  it('nothing at all when a narrative part changes without touching a rule', () => {
    const clock = manualSchedule();
    const store = createAnalysisStore(seedReport, clock);
    const before = selections(store);
    store.update({ ...seedReport, parts: { ...seedReport.parts!, problems: `${seedReport.parts!.problems}\n补充一句。` } });
    clock.run();
    expect(changedCells(before, selections(store))).toEqual([]);
  });

  it('a whole-table finding list stays the same object while its content is the same', () => {
    const clock = manualSchedule();
    const store = createAnalysisStore(seedReport, clock);
    const part = store.getPartFindings('other'); // FEE-STATEMENT-MISSING on 「无。」
    expect(part.map((f) => f.rule)).toEqual(['FEE-STATEMENT-MISSING']);
    store.update(withCell(seedReport, appKey(0, 0), 35));
    clock.run();
    expect(store.getPartFindings('other')).toBe(part);
  });
});

describe('who is told of a keystroke', () => {
  /** Every cell subscribed by its key, as each grid cell is; returns the keys told, in order. */
  function listenToEveryCell(store: AnalysisStore) {
    const told: CellKey[] = [];
    CELLS.forEach((c) => store.subscribeCell(c.key, () => told.push(c.key)));
    return told;
  }

  it('in the keystroke: the typed cell, its total and the cells whose findings change, nothing else', () => {
    const store = createAnalysisStore(seedReport, { afterPaint: manualSchedule().schedule });
    const told = listenToEveryCell(store);
    // 一、本年新收 / 自然人 34 → 35: the row total 34+… changes, and 一+二 = 三（七）+四 no longer holds for 自然人.
    store.update(withCell(seedReport, appKey(0, 0), 35));
    const balanceCells = [0, 1, 23, 24].flatMap((r) => [appKey(r, 0), appKey(r, 6)]);
    expect([...new Set(told)].sort()).toEqual([...new Set([appKey(0, 0), appKey(0, 6), ...balanceCells])].sort());
    // Each cell once: the value and total with the finding, in one pass.
    expect(told).toHaveLength(new Set(told).size);
  });

  it('a narrative edit that touches no rule: no cell at all', () => {
    const store = createAnalysisStore(seedReport, { afterPaint: manualSchedule().schedule });
    const told = listenToEveryCell(store);
    store.update({ ...seedReport, parts: { ...seedReport.parts!, problems: `${seedReport.parts!.problems}\n补充一句。` } });
    expect(told).toEqual([]);
  });

  it('the views of the whole report only after the frame is painted, once for a burst of keystrokes', () => {
    const paint = manualSchedule();
    const store = createAnalysisStore(seedReport, { afterPaint: paint.schedule });
    let views = 0;
    store.subscribeAfterPaint(() => views++);
    store.update(withCell(seedReport, appKey(0, 0), 35));
    store.update(withCell(seedReport, appKey(0, 0), 36));
    expect(views).toBe(0);
    paint.run();
    expect(views).toBe(1);
    expect(store.getIndex().errors).toBeGreaterThan(0); // the findings were there for the cells already
  });

  it('检查本部分 tells every cell of that table, and no cell of the others', () => {
    const store = createAnalysisStore(seedReport, { afterPaint: manualSchedule().schedule });
    const told = listenToEveryCell(store);
    store.revealMissing('litigation');
    expect(new Set(told)).toEqual(new Set(CELLS.filter((c) => c.table === 'litigation').map((c) => c.key)));
  });
});
