'use client';
// Actions on the whole report: 撤销 (the last paste, fill, generated paragraph or cell edit) and 恢复 (the
// last undone one). 空白填0 is per table, beside each table's count of empty cells (table-part.tsx).
import { memo, useSyncExternalStore } from 'react';
import { useEditor } from './editor-context';
import { describeRedo, describeUndo } from './editor-messages';
import styles from './editor.module.css';

export const EditorToolbar = memo(function EditorToolbar() {
  const { controller, messages } = useEditor();
  const { undoStack } = controller;
  const undo = useSyncExternalStore(undoStack.subscribe, undoStack.getSnapshot, undoStack.getSnapshot);
  return (
    <div className={styles.toolbar} role="group" aria-label="编辑操作">
      <button
        type="button"
        className={styles.button}
        disabled={!undo.canUndo}
        title={undo.label ? `撤销「${undo.label}」（Ctrl+Z）` : '没有可撤销的操作'}
        onClick={() => messages.say(describeUndo(controller.undo()))}
      >
        撤销
      </button>
      <button
        type="button"
        className={styles.button}
        disabled={!undo.canRedo}
        title={undo.redoLabel ? `恢复「${undo.redoLabel}」（Ctrl+Y）` : '没有可恢复的操作'}
        onClick={() => messages.say(describeRedo(controller.redo()))}
      >
        恢复
      </button>
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
