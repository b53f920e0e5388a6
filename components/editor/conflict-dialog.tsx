'use client';
// Someone else saved this report since this page loaded it: show what differs, who saved theirs and
// when, and let the clerk keep theirs or put their own on top. Nobody's edits are dropped silently.
import { useEffect, useMemo, useRef } from 'react';
import { diffReports, type ReportChange } from '@/lib/domain/diff-reports';
import type { TCell, TReport } from '@/lib/domain/model';
import type { ServerVersion } from './autosave';
import { formatDateTime } from './format';
import styles from './editor.module.css';

const EMPTY = '（空）';
const cellText = (v: TCell) => (v === null || v === '' ? EMPTY : String(v));
const excerpt = (s: string | null) => (s === null ? EMPTY : s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** One line of the comparison: where, mine, theirs. `from` is theirs, `to` is mine. */
function describe(change: ReportChange): { where: string; mine: string; theirs: string } {
  switch (change.kind) {
    case 'cell':
      return { where: change.name, mine: cellText(change.to), theirs: cellText(change.from) };
    case 'paragraph':
      return { where: `${change.partName} 第${change.index + 1}段`, mine: excerpt(change.to), theirs: excerpt(change.from) };
    case 'signature':
      return { where: change.field === 'organ' ? '落款 / 机关全称' : '落款 / 成文日期', mine: excerpt(change.to), theirs: excerpt(change.from) };
  }
}

export function ConflictDialog(props: {
  theirs: ServerVersion;
  mine: TReport;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onClose: () => void;
}) {
  const { theirs, mine, onKeepMine, onTakeTheirs, onClose } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lines = useMemo(() => diffReports(theirs.report, mine).map(describe), [theirs, mine]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Start reading at the heading, not on a button that would discard one version.
    headingRef.current?.focus();
  }, []);

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby="conflict-heading" onClose={onClose}>
      <h2 id="conflict-heading" ref={headingRef} tabIndex={-1}>
        此报告已有更新的版本
      </h2>
      <p>
        {theirs.savedBy} 于 {formatDateTime(theirs.savedAt)} 保存了第 {theirs.version} 版（可能是他人，或你在另一个窗口）。
        你在此页面的修改基于较早的版本，尚未保存。
        两个版本有 {lines.length} 处不同：
      </p>
      <div className={styles.dialogBody}>
        <table className={styles.diffTable}>
          <thead>
            <tr>
              <th scope="col">位置</th>
              <th scope="col">我的版本</th>
              <th scope="col">对方版本（{theirs.savedBy}）</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <tr key={i}>
                <th scope="row">{line.where}</th>
                <td>{line.mine}</td>
                <td>{line.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.dialogActions}>
        <button type="button" className={styles.buttonPrimary} onClick={onKeepMine}>
          保留我的版本
        </button>
        <button type="button" className={styles.button} onClick={onTakeTheirs}>
          采用对方版本
        </button>
        <button type="button" className={styles.linkButton} onClick={() => ref.current?.close()}>
          稍后决定
        </button>
      </p>
      <p className={styles.hint}>「保留我的版本」将以你的内容覆盖对方的第 {theirs.version} 版；「采用对方版本」将放弃你在此页面未保存的修改。</p>
    </dialog>
  );
}
