// What the editor derives from the report as entered: the totals and the findings of the rule engine.
// Both at once, in the keystroke's own task, so its frame shows them: the rule session re-runs only the
// rules reading what changed (tens of µs). A cell subscribes to its own key and is told only when its
// value, its total or its findings change; the views over the whole report (the summary, the navigation,
// the counts) are told after the keystroke's frame is painted, so that frame holds the typed cell alone.
import { CELLS, getCell, cellValues, type CellKey } from '@/lib/domain/cells';
import { createRuleSession } from '@/lib/domain/engine';
import type { TCell, TReport } from '@/lib/domain/model';
import type { PartKey, TableKey } from '@/lib/domain/template';
import { deriveTotals } from '@/lib/domain/totals';
import type { Finding } from '@/lib/domain/findings';
import { indexFindings, type EditorField, type FindingsIndex } from './finding-location';
import { shareUnchanged } from './share-unchanged';

export type Schedule = (task: () => void) => void;

export type AnalysisStore = {
  /** Every change, at once (autosave counts versions here). */
  subscribe: (listener: () => void) => () => void;
  /** One cell: told at once when its entered value, its total, its findings or its table's reveal change. */
  subscribeCell: (key: CellKey, listener: () => void) => () => void;
  /** Views of the whole report (summary, navigation, counts): told once the keystroke's frame is painted. */
  subscribeAfterPaint: (listener: () => void) => () => void;
  /** The form's values after a change; a copy is kept, so the caller may go on mutating its own. */
  update: (values: TReport) => void;
  /** Many updates, one notification (a paste, an undo). */
  batch: (apply: () => void) => void;
  /** Counts changes of the entered report (not of findings): autosave watches it. */
  getVersion: () => number;
  getReport: () => TReport;
  /** The report with every computed cell derived from the entered ones, as it is saved and checked. */
  getReportWithTotals: () => TReport;
  /** What the clerk entered in a cell (as the form holds it). */
  getEnteredCell: (key: CellKey) => TCell;
  getDerivedCell: (key: CellKey) => TCell;
  getIndex: () => FindingsIndex;
  getCellFindings: (key: CellKey) => readonly Finding[];
  getPartFindings: (part: PartKey) => readonly Finding[];
  getFieldFindings: (field: EditorField) => readonly Finding[];
  /**
   * Empty cells are tasks while drafting: VALUE-MISSING shows at the cells of a table only once the
   * clerk asks for the check (检查本部分) or to submit (all tables). The count and the gate never change.
   */
  revealMissing: (table?: TableKey) => void;
  isMissingRevealed: (table: TableKey) => boolean;
};

const NONE: readonly Finding[] = Object.freeze([]);
const TABLES: readonly TableKey[] = ['active', 'applications', 'litigation'];
/** The analysis runs in the keystroke's task (tests may defer it to see the two steps apart). */
const defaultSchedule: Schedule = (task) => task();
/**
 * Once the next frame is painted, when the page is idle (at the latest 100 ms later): the frame after a
 * keystroke shows the typed cell first, and the views of the whole report never delay the next keystroke.
 */
const afterNextPaint: Schedule = (task) => {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(task, 0);
  requestAnimationFrame(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 100 }) : setTimeout(task, 0)));
};

/** What a cell shows, for the whole catalogue at once: compared after a change to tell only the cells that differ. */
type CellsView = { entered: readonly TCell[]; derived: readonly TCell[]; findings: ReadonlyMap<CellKey, readonly Finding[]> };

export function createAnalysisStore(
  initial: TReport,
  options: { previous?: TReport | null; register?: TCell[][]; schedule?: Schedule; afterPaint?: Schedule } = {},
): AnalysisStore {
  const schedule = options.schedule ?? defaultSchedule;
  const afterPaint = options.afterPaint ?? afterNextPaint;
  const listeners = new Set<() => void>();
  const paintListeners = new Set<() => void>();
  const cellListeners = new Map<CellKey, Set<() => void>>();
  let report: TReport = shareUnchanged(undefined, initial);
  let version = 0;
  let withTotals: { for: TReport; report: TReport } | null = null;
  // Only the rules reading what changed run again: the copy keeps unchanged parts' identity.
  const runRules = createRuleSession();
  const findingsOf = () => runRules({
    report: reportWithTotals(), ...(options.previous ? { previous: options.previous } : {}), ...(options.register ? { register: options.register } : {}),
  });
  let index: FindingsIndex = indexFindings(findingsOf());
  let analysedVersion = 0;
  let isScheduled = false;
  let batchDepth = 0;
  let changedInBatch = false;
  const revealed = new Set<TableKey>();
  let isPaintScheduled = false;

  function reportWithTotals(): TReport {
    if (withTotals?.for !== report) {
      // Totals derive from the tables alone: a change elsewhere keeps the derived tables (and their identity).
      const tables = withTotals && withTotals.for.tables === report.tables ? withTotals.report.tables : deriveTotals(report.tables);
      withTotals = { for: report, report: { ...report, tables } };
    }
    return withTotals.report;
  }

  const analyse = () => {
    if (analysedVersion === version) return;
    index = indexFindings(findingsOf(), index);
    analysedVersion = version;
  };

  const viewOfCells = (): CellsView => ({
    entered: cellValues(report.tables),
    derived: cellValues(reportWithTotals().tables),
    findings: index.byCell,
  });
  let shownCells = viewOfCells();

  /** Tells the cells whose view changed since they were last told (and every cell of a table just revealed). */
  function tellCells(revealedNow: readonly TableKey[] = []) {
    const next = viewOfCells();
    const before = shownCells;
    shownCells = next;
    CELLS.forEach((cell, i) => {
      const told = cellListeners.get(cell.key);
      if (!told) return;
      const isChanged =
        !Object.is(before.entered[i], next.entered[i]) ||
        !Object.is(before.derived[i], next.derived[i]) ||
        before.findings.get(cell.key) !== next.findings.get(cell.key) ||
        revealedNow.includes(cell.table);
      if (isChanged) told.forEach((l) => l());
    });
  }

  const tellAfterPaint = () => {
    if (isPaintScheduled) return;
    isPaintScheduled = true;
    afterPaint(() => {
      isPaintScheduled = false;
      paintListeners.forEach((l) => l());
    });
  };

  const emit = (revealedNow?: readonly TableKey[]) => {
    tellCells(revealedNow);
    listeners.forEach((l) => l());
    tellAfterPaint();
  };

  const changed = () => {
    if (batchDepth > 0) {
      changedInBatch = true;
      return;
    }
    if (!isScheduled) {
      isScheduled = true;
      schedule(() => {
        isScheduled = false;
        analyse();
        emit();
      });
    }
    // The analysis waits for its task: the values and totals show now, the findings then.
    if (isScheduled) emit();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeCell(key, listener) {
      const told = cellListeners.get(key) ?? new Set();
      cellListeners.set(key, told.add(listener));
      return () => {
        told.delete(listener);
        if (told.size === 0) cellListeners.delete(key);
      };
    },
    subscribeAfterPaint(listener) {
      paintListeners.add(listener);
      return () => paintListeners.delete(listener);
    },
    update(values) {
      const next = shareUnchanged(report, values);
      if (next === report) return;
      report = next;
      version++;
      changed();
    },
    batch(apply) {
      batchDepth++;
      try {
        apply();
      } finally {
        batchDepth--;
        if (batchDepth === 0 && changedInBatch) {
          changedInBatch = false;
          changed();
        }
      }
    },
    getVersion: () => version,
    getReport: () => report,
    getReportWithTotals: reportWithTotals,
    getEnteredCell: (key) => getCell(report.tables, key),
    getDerivedCell: (key) => getCell(reportWithTotals().tables, key),
    getIndex: () => index,
    getCellFindings: (key) => index.byCell.get(key) ?? NONE,
    getPartFindings: (part) => index.byPart.get(part) ?? NONE,
    getFieldFindings: (field) => index.byField.get(field) ?? NONE,
    revealMissing(table) {
      const tables = (table ? [table] : TABLES).filter((t) => !revealed.has(t));
      if (tables.length === 0) return;
      tables.forEach((t) => revealed.add(t));
      emit(tables);
    },
    isMissingRevealed: (table) => revealed.has(table),
  };
}
