'use client';
// One cell of a statutory table. An entry cell holds what the clerk typed; its value is normalised
// as they type (spec §7): a valid value is stored as the value, anything else stays as typed and is
// marked. A computed cell shows the total derived from the entered cells, read-only.
import { memo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { cellSpec, type CellKey } from '@/lib/domain/cells';
import type { Finding } from '@/lib/domain/findings';
import { formatCell } from '@/lib/domain/format-cell';
import type { LayoutAlign } from '@/lib/domain/table-layout';
import type { TCell } from '@/lib/domain/model';
import { cellAnchor } from '@/lib/domain/comment-anchor';
import { CellNotes, useCellNoteId } from './review-notes';
import { cellProblem } from '@/lib/domain/normalize';
import { isBlockPaste } from '@/lib/domain/paste-block';
import { cellInputId, cellMessageId, tableHintId } from './dom-ids';
import { useCellAnalysis, useCellValue, useEditor } from './editor-context';
import type { EditorController } from './editor-controller';
import { describePaste, describeRedo, describeUndo, pasteNeedsLook, type MessageStore } from './editor-messages';
import { historyKey } from './history-keys';
import { messageAtCell, shownAtCell } from './finding-location';
import { focusElement } from './focus';
import { moveFrom, type Move } from './grid';
import styles from './tables.module.css';

type CellProps = { cellKey: CellKey; colSpan?: number; align: LayoutAlign };


/** Arrow keys move between cells (left/right once the caret is at the edge), Enter moves down. */
export function moveFor(e: KeyboardEvent<HTMLInputElement>): Move | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const input = e.currentTarget;
  const caretAtStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const caretAtEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
  switch (e.key) {
    case 'Enter':
      return e.shiftKey ? 'up' : 'down';
    case 'ArrowUp':
      return e.shiftKey ? null : 'up';
    case 'ArrowDown':
      return e.shiftKey ? null : 'down';
    case 'ArrowLeft':
      return !e.shiftKey && (caretAtStart || input.readOnly) ? 'left' : null;
    case 'ArrowRight':
      return !e.shiftKey && (caretAtEnd || input.readOnly) ? 'right' : null;
    default:
      return null;
  }
}

function navigate(e: KeyboardEvent<HTMLInputElement>, key: CellKey): boolean {
  const move = moveFor(e);
  if (!move) return false;
  e.preventDefault();
  const next = moveFrom(key, move);
  if (next) focusElement(cellInputId(next), { select: true, block: 'nearest' });
  return true;
}

function replay(controller: EditorController, messages: MessageStore, step: 'undo' | 'redo') {
  messages.say(step === 'undo' ? describeUndo(controller.undo()) : describeRedo(controller.redo()));
}

function severityOf(findings: readonly Finding[], ownProblem: string | undefined) {
  if (ownProblem !== undefined || findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length > 0 ? 'warning' : null;
}

/** The cell's own problem (always shown) and its findings (shown while the cell has focus, clear of the grid). */
function CellMessages({ id, name, problem, findings }: { id: string; name: string; problem?: string; findings: readonly Finding[] }) {
  const others = findings.filter((f) => f.rule !== 'VALUE-FORMAT');
  return (
    <span id={id} className={styles.messages}>
      {problem !== undefined && <span className={styles.problem}>{problem}</span>}
      {others.length > 0 && (
        <span className={styles.popover}>
          {/* Shown apart from the cell (at the foot of the side column), so it names the cell. */}
          <span className={styles.popName}>{name}</span>
          {others.map((f, i) => (
            <span key={i} className={f.severity === 'error' ? styles.popError : styles.popWarning}>
              {f.severity === 'error' ? '错误：' : '警告：'}
              {messageAtCell(f, name)}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

const Badge = ({ severity }: { severity: 'error' | 'warning' | null }) =>
  severity === null ? null : (
    <span aria-hidden="true" className={severity === 'error' ? styles.badgeError : styles.badgeWarning}>
      {severity === 'error' ? '✕' : '!'}
    </span>
  );

export const EntryCell = memo(function EntryCell({ cellKey, colSpan, align }: CellProps) {
  const { controller, messages, tablesReadOnly: readOnly } = useEditor();
  const spec = cellSpec(cellKey);
  const value = useCellValue(cellKey);
  const isMissingRevealed = useCellAnalysis(cellKey, (a) => a.isMissingRevealed(spec.table));
  const findings = shownAtCell(useCellAnalysis(cellKey, (a) => a.getCellFindings(cellKey)), isMissingRevealed);
  // What the clerk is typing, shown as typed while it still stands for the stored value.
  const [draft, setDraft] = useState<{ text: string; value: TCell } | null>(null);
  const shown = draft && Object.is(draft.value, value) ? draft.text : formatCell(value);
  const problem = cellProblem(value, spec.type);
  const severity = severityOf(findings, problem);
  const hasMessages = problem !== undefined || findings.length > 0;
  const noteRef = useCellNoteId(cellAnchor(cellKey));
  const describedBy = [hasMessages ? cellMessageId(cellKey) : null, noteRef, tableHintId(spec.table)].filter(Boolean).join(' ');

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = historyKey(e);
    if (step) {
      e.preventDefault();
      if (!readOnly) replay(controller, messages, step);
      setDraft(null);
      return;
    }
    if (e.key === 'Escape' && !readOnly) {
      controller.cancelCellEdit(cellKey);
      setDraft(null);
      return;
    }
    navigate(e, cellKey);
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (readOnly || !isBlockPaste(text)) return;
    e.preventDefault();
    setDraft(null);
    const outcome = controller.paste(cellKey, text);
    messages.say(describePaste(outcome), pasteNeedsLook(outcome) ? 'problem' : 'info');
  };

  return (
    <td colSpan={colSpan} className={styles.cell} data-align={align} data-severity={severity ?? undefined}>
      <input
        id={cellInputId(cellKey)}
        className={styles.input}
        type="text"
        inputMode={spec.type === 'amount' ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        aria-label={spec.name}
        aria-invalid={severity === 'error' || undefined}
        aria-describedby={describedBy}
        value={shown}
        // An empty cell is a task while drafting: 未填, not an error, until the table is checked.
        placeholder={readOnly ? undefined : '未填'}
        readOnly={readOnly}
        onFocus={() => !readOnly && controller.beginCellEdit(cellKey)}
        onChange={(e) => {
          const text = e.target.value;
          setDraft({ text, value: controller.editCell(cellKey, text).value });
        }}
        onBlur={() => {
          setDraft(null);
          if (!readOnly) controller.commitCellEdit();
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <Badge severity={severity} />
      <CellNotes anchor={cellAnchor(cellKey)} />
      {hasMessages && <CellMessages id={cellMessageId(cellKey)} name={spec.name} problem={problem} findings={findings} />}
    </td>
  );
});

export const ComputedCell = memo(function ComputedCell({ cellKey, colSpan, align }: CellProps) {
  const spec = cellSpec(cellKey);
  const value = useCellAnalysis(cellKey, (a) => a.getDerivedCell(cellKey));
  const isMissingRevealed = useCellAnalysis(cellKey, (a) => a.isMissingRevealed(spec.table));
  const findings = shownAtCell(useCellAnalysis(cellKey, (a) => a.getCellFindings(cellKey)), isMissingRevealed);
  const severity = severityOf(findings, undefined);
  const noteRef = useCellNoteId(cellAnchor(cellKey));
  const describedBy = [findings.length > 0 ? cellMessageId(cellKey) : null, noteRef, tableHintId(spec.table)].filter(Boolean).join(' ');
  return (
    <td colSpan={colSpan} className={`${styles.cell} ${styles.computed}`} data-align={align} data-severity={severity ?? undefined}>
      <input
        id={cellInputId(cellKey)}
        className={styles.input}
        type="text"
        readOnly
        tabIndex={-1}
        aria-label={spec.name}
        aria-invalid={severity === 'error' || undefined}
        aria-describedby={describedBy}
        title="由系统根据各项数值计算"
        value={formatCell(value)}
        onKeyDown={(e) => navigate(e, cellKey)}
      />
      <Badge severity={severity} />
      <CellNotes anchor={cellAnchor(cellKey)} />
      {findings.length > 0 && <CellMessages id={cellMessageId(cellKey)} name={spec.name} findings={findings} />}
    </td>
  );
});
