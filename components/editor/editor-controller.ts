// The editor's actions on the report held by the form: typing into a cell, pasting a block, 「空白填0」,
// inserting the 依申请公开 paragraph, undo, and replacing the whole report (the other version of a
// conflict, or edits restored from this browser). Every action is a list of path changes, so one undo
// reverts exactly what one action wrote and leaves later edits elsewhere alone.
import type { YearTimeliness } from '@/lib/domain/register/timeliness';
import { composeApplicationSummary, insertApplicationSummary, type ApplicationSummary } from '@/lib/domain/application-summary';
import { CELLS, cellSpec, getCell, type CellKey } from '@/lib/domain/cells';
import type { TCell, TReport } from '@/lib/domain/model';
import { NARRATIVE_KEYS } from '@/lib/domain/narrative';
import { normalizeCell, type Normalized } from '@/lib/domain/normalize';
import { readPasteBlock } from '@/lib/domain/paste-block';
import type { TableKey } from '@/lib/domain/template';
import { stripUntypeable } from '@/lib/domain/typed-text';
import { planFillBlanks, planPaste } from './grid';

/** What the controller needs of the form: read and write a value by path, the whole report, batching. */
export type FormAccess = {
  get: (path: string) => unknown;
  set: (path: string, value: unknown) => void;
  values: () => TReport;
  batch: (apply: () => void) => void;
};

export type Change = { path: string; before: unknown; after: unknown };
export type UndoEntry = { label: string; changes: Change[] };
export type UndoSnapshot = { canUndo: boolean; label: string | null };

export const cellPath = (key: CellKey) => `tables.${key}`;

const same = (a: unknown, b: unknown) =>
  Object.is(a, b) || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

export function createUndoStack(limit = 100) {
  let entries: UndoEntry[] = [];
  let snapshot: UndoSnapshot = { canUndo: false, label: null };
  const listeners = new Set<() => void>();
  const changed = () => {
    const top = entries[entries.length - 1];
    snapshot = { canUndo: Boolean(top), label: top?.label ?? null };
    listeners.forEach((l) => l());
  };
  return {
    push(entry: UndoEntry) {
      entries = [...entries.slice(-(limit - 1)), entry];
      changed();
    },
    pop(): UndoEntry | undefined {
      const top = entries[entries.length - 1];
      if (top) {
        entries = entries.slice(0, -1);
        changed();
      }
      return top;
    },
    clear() {
      if (entries.length === 0) return;
      entries = [];
      changed();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}
export type UndoStack = ReturnType<typeof createUndoStack>;

export type PasteOutcome = {
  /** Cells whose value changed. */
  written: number;
  rows: number;
  cols: number;
  /** Pasted values that are not valid values: kept in their cells as typed, marked there. */
  invalid: number;
  onComputed: number;
  outside: number;
  labelColumns: number;
  headerRows: number;
  /** Control characters and broken characters removed from the pasted text. */
  removed: number;
};

export type UndoOutcome = { label: string; reverted: number; kept: number };

export type ControllerOptions = {
  summarySubject?: () => string;
  /** Late answers counted from the register (issue 16), for the paragraph's sentence on time limits. */
  summaryTimeliness?: () => YearTimeliness | undefined;
};

export function createEditorController(form: FormAccess, options: ControllerOptions = {}) {
  const undoStack = createUndoStack();
  let pending: { key: CellKey; before: TCell } | null = null;
  const cellValue = (key: CellKey) => form.get(cellPath(key)) as TCell;

  /** Writes the changes that change something, as one undo step; returns how many there were. */
  function apply(label: string, changes: Change[]): number {
    const real = changes.filter((c) => !same(c.before, c.after));
    if (real.length === 0) return 0;
    form.batch(() => real.forEach((c) => form.set(c.path, c.after)));
    undoStack.push({ label, changes: real });
    return real.length;
  }

  function commitCellEdit() {
    if (!pending) return;
    const { key, before } = pending;
    pending = null;
    const after = cellValue(key);
    if (!same(before, after)) {
      undoStack.push({ label: `修改「${cellSpec(key).name}」`, changes: [{ path: cellPath(key), before, after }] });
    }
  }

  function beginCellEdit(key: CellKey) {
    if (pending?.key === key) return;
    commitCellEdit();
    pending = { key, before: cellValue(key) };
  }

  return {
    undoStack,
    beginCellEdit,
    commitCellEdit,

    /**
     * What the clerk typed, normalised: a valid value is stored as the value, anything else as typed
     * (less control characters a paste may bring, which no save could keep).
     */
    editCell(key: CellKey, text: string): Normalized {
      beginCellEdit(key);
      const normalized = normalizeCell(stripUntypeable(text).text, cellSpec(key).type);
      form.set(cellPath(key), normalized.value);
      return normalized;
    },

    /** Escape: the cell goes back to what it held when the clerk entered it. */
    cancelCellEdit(key: CellKey) {
      if (pending?.key !== key) return;
      form.set(cellPath(key), pending.before);
    },

    paste(start: CellKey, text: string): PasteOutcome {
      commitCellEdit();
      const block = readPasteBlock(text);
      const plan = planPaste(start, block.cells);
      let invalid = 0;
      const changes = plan.writes.map(({ key, text: raw }) => {
        const normalized = normalizeCell(raw, cellSpec(key).type);
        if (normalized.problem) invalid++;
        return { path: cellPath(key), before: cellValue(key), after: normalized.value };
      });
      const written = apply('粘贴', changes);
      return {
        written,
        rows: block.cells.length,
        cols: Math.max(0, ...block.cells.map((r) => r.length)),
        invalid,
        onComputed: plan.onComputed,
        outside: plan.outside,
        labelColumns: block.labelColumns,
        headerRows: block.headerRows,
        removed: block.removed,
      };
    },

    /** How many cells 「空白填0」 would fill in the table: the clerk confirms that number first. */
    countBlanks(table: TableKey): number {
      return planFillBlanks(form.values().tables, table).length;
    },

    /** 「空白填0」 on one table; returns how many cells were filled. */
    fillBlanks(table: TableKey): number {
      commitCellEdit();
      const changes = planFillBlanks(form.values().tables, table).map(({ key, value }) => ({
        path: cellPath(key),
        before: cellValue(key),
        after: value,
      }));
      return apply('空白填0', changes);
    },

    /** 「生成依申请公开概述」 into part 一; refused (with the cells in the way) while Table 2 is incomplete. */
    insertApplicationSummary(): ApplicationSummary {
      commitCellEdit();
      const report = form.values();
      const summary = composeApplicationSummary(report.tables, { subject: options.summarySubject?.(), timeliness: options.summaryTimeliness?.() });
      if (!summary.ok) return summary;
      const before = report.parts?.overview ?? '';
      apply('生成依申请公开概述', [{ path: 'parts.overview', before, after: insertApplicationSummary(before, summary.text) }]);
      return summary;
    },

    /** Reverts the last action where its values still stand; a value changed since is kept. */
    undo(): UndoOutcome | null {
      const editing = pending?.key;
      commitCellEdit();
      const entry = undoStack.pop();
      if (!entry) return null;
      let reverted = 0;
      form.batch(() => {
        for (const change of entry.changes) {
          if (!same(form.get(change.path), change.after)) continue;
          form.set(change.path, change.before);
          reverted++;
        }
      });
      if (editing) pending = { key: editing, before: cellValue(editing) };
      return { label: entry.label, reverted, kept: entry.changes.length - reverted };
    },

    /** Puts a whole other version in place (the other side of a conflict, or a restored draft). */
    /** Puts another version into the form, changing only what differs; a merge keeps the undo history. */
    replaceReport(next: TReport, { keepUndo = false } = {}) {
      pending = null;
      const current = form.values();
      const changes: Change[] = [];
      const consider = (path: string, before: unknown, after: unknown) => {
        if (!same(before, after)) changes.push({ path, before, after });
      };
      for (const cell of CELLS) consider(cellPath(cell.key), getCell(current.tables, cell.key), getCell(next.tables, cell.key));
      for (const part of NARRATIVE_KEYS) consider(`parts.${part}`, current.parts?.[part] ?? '', next.parts?.[part] ?? '');
      consider('signature.organ', current.signature?.organ ?? '', next.signature?.organ ?? '');
      consider('signature.date', current.signature?.date ?? null, next.signature?.date ?? null);
      for (const field of ['year', 'organ', 'level', 'scope', 'title', 'acceptedWarnings'] as const) {
        consider(field, current[field], next[field]);
      }
      form.batch(() => changes.forEach((c) => form.set(c.path, c.after)));
      if (!keepUndo) undoStack.clear();
    },
  };
}
export type EditorController = ReturnType<typeof createEditorController>;
