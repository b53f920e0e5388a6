'use client';
// The save state (「已保存 HH:MM:SS」 / 「保存中…」 / 「未保存：原因」) and, on a conflict, the dialog
// where the clerk sees both versions and chooses.
import { memo, useState, useSyncExternalStore } from 'react';
import { ConflictDialog } from './conflict-dialog';
import { useEditor } from './editor-context';
import { saveStatusText } from './format';
import styles from './editor.module.css';

export const SaveStatusLine = memo(function SaveStatusLine() {
  const { autosave, controller, readOnly } = useEditor();
  const status = useSyncExternalStore(autosave.subscribe, autosave.getStatus, autosave.getStatus);
  // The conflict a clerk closed without choosing stays closed until they open it again.
  const [closedVersion, setClosedVersion] = useState<number | null>(null);
  if (readOnly) return <p className={styles.status}>只读：此报告当前不能修改</p>;
  const conflict = status.kind === 'conflict' ? status : null;
  return (
    <>
      <p role="status" aria-live="polite" aria-label="保存状态" className={styles.status} data-state={status.kind}>
        {saveStatusText(status)}
      </p>
      {conflict && (
        <button type="button" className={styles.linkButton} onClick={() => setClosedVersion(null)}>
          查看冲突
        </button>
      )}
      {status.kind === 'failed' && (
        <button type="button" className={styles.linkButton} onClick={() => void autosave.flush()}>
          立即重试
        </button>
      )}
      {conflict && closedVersion !== conflict.theirs.version && (
        <ConflictDialog
          // A new conflict (a later version, other cells) starts with nothing chosen.
          key={`${conflict.theirs.version}:${conflict.conflicts.length}`}
          theirs={conflict.theirs}
          conflicts={conflict.conflicts}
          onResolve={(choices) => autosave.resolve(choices, (report) => controller.replaceReport(report, { keepUndo: true }))}
          onClose={() => setClosedVersion(conflict.theirs.version)}
        />
      )}
    </>
  );
});
