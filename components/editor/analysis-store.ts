// What the editor derives from the report as entered: the totals and the findings of the rule engine.
// Both at once, in the keystroke's own task, so its frame shows them: the rule session re-runs only the
// rules reading what changed (tens of µs). Components subscribe with useSyncExternalStore and select one
// cell's total or one cell's findings; selections are stable values, so only what changed re-renders.
import { getCell, type CellKey } from '@/lib/domain/cells';
import { createRuleSession } from '@/lib/domain/engine';
import type { TCell, TReport } from '@/lib/domain/model';
import type { PartKey, TableKey } from '@/lib/domain/template';
import { deriveTotals } from '@/lib/domain/totals';
import type { Finding } from '@/lib/domain/findings';
import { indexFindings, type EditorField, type FindingsIndex } from './finding-location';
import { shareUnchanged } from './share-unchanged';

export type Schedule = (task: () => void) => void;

export type AnalysisStore = {
  subscribe: (listener: () => void) => () => void;
  /** The form's values after a change; a copy is kept, so the caller may go on mutating its own. */
  update: (values: TReport) => void;
  /** Many updates, one notification (a paste, an undo). */
  batch: (apply: () => void) => void;
  /** Counts changes of the entered report (not of findings): autosave watches it. */
  getVersion: () => number;
  getReport: () => TReport;
  /** The report with every computed cell derived from the entered ones, as it is saved and checked. */
  getReportWithTotals: () => TReport;
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
/** The analysis runs in the keystroke's task (tests may defer it to see the two steps apart). */
const defaultSchedule: Schedule = (task) => task();

export function createAnalysisStore(
  initial: TReport,
  options: { previous?: TReport | null; register?: TCell[][]; schedule?: Schedule } = {},
): AnalysisStore {
  const schedule = options.schedule ?? defaultSchedule;
  const listeners = new Set<() => void>();
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

  const emit = () => listeners.forEach((l) => l());

  const changed = () => {
    if (batchDepth > 0) {
      changedInBatch = true;
      return;
    }
    emit();
    if (isScheduled) return;
    isScheduled = true;
    schedule(() => {
      isScheduled = false;
      analyse();
      emit();
    });
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
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
    getDerivedCell: (key) => getCell(reportWithTotals().tables, key),
    getIndex: () => index,
    getCellFindings: (key) => index.byCell.get(key) ?? NONE,
    getPartFindings: (part) => index.byPart.get(part) ?? NONE,
    getFieldFindings: (field) => index.byField.get(field) ?? NONE,
    revealMissing(table) {
      const tables: TableKey[] = table ? [table] : ['active', 'applications', 'litigation'];
      if (tables.every((t) => revealed.has(t))) return;
      tables.forEach((t) => revealed.add(t));
      emit();
    },
    isMissingRevealed: (table) => revealed.has(table),
  };
}
