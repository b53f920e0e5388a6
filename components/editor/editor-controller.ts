// The editor's actions on the report held by the form: typing into a cell, pasting a block, 「空白填0」,
// inserting the 依申请公开 paragraph, undo and redo, and replacing the whole report (the other version of a
// conflict, or edits restored from this browser). Every action is a list of path changes, so one undo
// reverts exactly what one action wrote and leaves later edits elsewhere alone.
import type { YearTimeliness } from '@/lib/domain/register/timeliness';
import { composeApplicationSummary, insertApplicationSummary, type ApplicationSummary } from '@/lib/domain/application-summary';
import { CELLS, cellSpec, getCell, type CellKey } from '@/lib/domain/cells';
import type { TCell, TReport } from '@/lib/domain/model';
import { NARRATIVE_KEYS } from '@/lib/domain/narrative';
import { normalizeCell, type Normalized } from '@/lib/domain/normalize';
import { disagreeingTotals, placePasteRows, readPasteBlock, type TotalDisagreement } from '@/lib/domain/paste-block';
import type { TableKey } from '@/lib/domain/template';
import { stripUntypeable } from '@/lib/domain/typed-text';
import { planFillBlanks, planPaste, positionOf } from './grid';

/** What the controller needs of the form: read and write a value by path, the whole report, batching. */
export type FormAccess = {
  get: (path: string) => unknown;
  set: (path: string, value: unknown) => void;
  values: () => TReport;
  batch: (apply: () => void) => void;
};

export type Change = { path: string; before: unknown; after: unknown };
export type UndoEntry = { label: string; changes: Change[] };
export type UndoSnapshot = { canUndo: boolean; label: string | null; canRedo: boolean; redoLabel: string | null };

export const cellPath = (key: CellKey) => `tables.${key}`;

const same = (a: unknown, b: unknown) =>
  Object.is(a, b) || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/**
 * The actions to undo and, once undone, to redo. A new action clears the redo side: redoing past an
 * edit made after the undo would write over that edit.
 */
export function createUndoStack(limit = 100) {
  type Side = 'undo' | 'redo';
  const sides: Record<Side, UndoEntry[]> = { undo: [], redo: [] };
  let snapshot: UndoSnapshot = { canUndo: false, label: null, canRedo: false, redoLabel: null };
  const listeners = new Set<() => void>();
  const changed = () => {
    const [top, redoTop] = [sides.undo.at(-1), sides.redo.at(-1)];
    snapshot = { canUndo: Boolean(top), label: top?.label ?? null, canRedo: Boolean(redoTop), redoLabel: redoTop?.label ?? null };
    listeners.forEach((l) => l());
  };
  const onTop = (side: Side, entry: UndoEntry) => {
    sides[side] = [...sides[side].slice(-(limit - 1)), entry];
  };
  /** Takes the last action off one side and puts it on the other: undone, it waits to be redone, and back. */
  const move = (from: Side, to: Side): UndoEntry | undefined => {
    const top = sides[from].at(-1);
    if (top) {
      sides[from] = sides[from].slice(0, -1);
      onTop(to, top);
      changed();
    }
    return top;
  };
  return {
    /** A new action: undoable, and nothing undone before it can be redone any more. */
    push(entry: UndoEntry) {
      onTop('undo', entry);
      sides.redo = [];
      changed();
    },
    /** Takes the last action off to undo it; it waits on the redo side. */
    pop: () => move('undo', 'redo'),
    /** Takes the last undone action off to redo it; it is undoable again. */
    popRedo: () => move('redo', 'undo'),
    clear() {
      if (sides.undo.length === 0 && sides.redo.length === 0) return;
      sides.undo = [];
      sides.redo = [];
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
  /** Totals the block carried that agree with their sums, or cannot be checked: dropped (totals are derived). */
  onComputed: number;
  /** Totals the block carried that disagree with the sum of what was pasted: dropped, and said so. */
  disagreeing: TotalDisagreement[];
  outside: number;
  labelColumns: number;
  headerRows: number;
  /** Control characters and broken characters removed from the pasted text. */
  removed: number;
  /** Why nothing was pasted: a line whose row label names no row of the table. */
  refused?: string;
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

  /** Writes one side of an action where the form still holds the other side; a value changed since is kept. */
  /**
   * Undo or redo: the cell being typed into is committed first (a cell typed into since an undo is a new
   * action, which ends the redo side), the entry replayed, and the cell's edit resumed from its new value.
   */
  function step(take: () => UndoEntry | undefined, to: 'before' | 'after'): UndoOutcome | null {
    const editing = pending?.key;
    commitCellEdit();
    const entry = take();
    if (!entry) return null;
    const outcome = replay(entry, to);
    if (editing) pending = { key: editing, before: cellValue(editing) };
    return outcome;
  }

  function replay(entry: UndoEntry, to: 'before' | 'after'): UndoOutcome {
    const from = to === 'before' ? 'after' : 'before';
    let reverted = 0;
    form.batch(() => {
      for (const change of entry.changes) {
        if (!same(form.get(change.path), change[from])) continue;
        form.set(change.path, change[to]);
        reverted++;
      }
    });
    return { label: entry.label, reverted, kept: entry.changes.length - reverted };
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
      const { table, row } = positionOf(start);
      const placement = placePasteRows(table, row, block);
      const shape = {
        rows: block.cells.length,
        cols: Math.max(0, ...block.cells.map((r) => r.length)),
        labelColumns: block.labelColumns,
        headerRows: block.headerRows,
        removed: block.removed,
      };
      if (!placement.ok) {
        return { ...shape, written: 0, invalid: 0, onComputed: 0, disagreeing: [], outside: 0, refused: placement.message };
      }
      const plan = planPaste(start, block.cells, placement.rows);
      let invalid = 0;
      const changes = plan.writes.map(({ key, text: raw }) => {
        const normalized = normalizeCell(raw, cellSpec(key).type);
        if (normalized.problem) invalid++;
        return { path: cellPath(key), before: cellValue(key), after: normalized.value };
      });
      const written = apply('粘贴', changes);
      const disagreeing = disagreeingTotals(form.values().tables, plan.onComputed);
      return {
        ...shape,
        written,
        invalid,
        onComputed: plan.onComputed.length - disagreeing.length,
        disagreeing,
        outside: plan.outside,
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
    undo: (): UndoOutcome | null => step(() => undoStack.pop(), 'before'),

    /** Writes the last undone action again where its undone values still stand (Ctrl+Y, Ctrl+Shift+Z). */
    redo: (): UndoOutcome | null => step(() => undoStack.popRedo(), 'after'),

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
