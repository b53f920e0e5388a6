'use client';
// Actions on the whole report: 撤销 (the last paste, fill, generated paragraph or cell edit) and 恢复 (the
// last undone one). 空白填0 is per table, beside each table's count of empty cells (table-part.tsx).
import { memo, useSyncExternalStore } from 'react';
import { useEditor } from './editor-context';
import { describeRedo, describeUndo } from './editor-messages';
import styles from './editor.module.css';

/** 撤销 or 恢复: enabled while there is an action to take back or bring back, named in its title. */
function HistoryButton({ text, label, keys, onClick }: { text: string; label: string | null; keys: string; onClick: () => void }) {
  return (
    <button type="button" className={styles.button} disabled={label === null} title={label === null ? `没有可${text}的操作` : `${text}「${label}」（${keys}）`} onClick={onClick}>
      {text}
    </button>
  );
}

export const EditorToolbar = memo(function EditorToolbar() {
  const { controller, messages } = useEditor();
  const { undoStack } = controller;
  const undo = useSyncExternalStore(undoStack.subscribe, undoStack.getSnapshot, undoStack.getSnapshot);
  return (
    <div className={styles.toolbar} role="group" aria-label="编辑操作">
      <HistoryButton text="撤销" label={undo.canUndo ? undo.label : null} keys="Ctrl+Z" onClick={() => messages.say(describeUndo(controller.undo()))} />
      <HistoryButton text="恢复" label={undo.canRedo ? undo.redoLabel : null} keys="Ctrl+Y" onClick={() => messages.say(describeRedo(controller.redo()))} />
    </div>
  );
});

/** The last action's outcome, announced politely. */
export const ActionMessage = memo(function ActionMessage() {
  const { messages } = useEditor();
  const message = useSyncExternalStore(messages.subscribe, messages.getSnapshot, () => null);
  return (
    <p role="status" aria-live="polite" aria-label="操作结果" className={message?.tone === 'problem' ? styles.messageProblem : styles.message}>
      {message?.text}
    </p>
  );
});
