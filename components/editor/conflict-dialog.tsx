'use client';
// Someone else (another tab, another clerk) changed the same cells, paragraphs or dates since this page's
// version: each one is shown with both values and chosen one at a time. Everything else from both sides is
// already merged; nothing is dropped until the clerk chooses, and nothing silently.
import { useEffect, useRef, useState } from 'react';
import { conflictId, type Choices, type MergeConflict, type Side } from '@/lib/domain/report-patch';
import type { TCell } from '@/lib/domain/model';
import type { ServerVersion } from './autosave';
import { formatDateTime } from './format';
import styles from './editor.module.css';

const EMPTY = '（空）';
const valueText = (v: TCell | string | null) => (v === null || v === '' ? EMPTY : String(v));
const paragraphsText = (ps: string[]) => (ps.length === 0 ? '（删除这些段落）' : ps.join('\n'));

/** One choice the clerk makes: where, both values, and its id in the choices. */
type Row = { id: string; where: string; mine: string; theirs: string };

function rowsOf(conflicts: MergeConflict[]): Row[] {
  return conflicts.flatMap((c): Row[] => {
    switch (c.kind) {
      case 'cell':
        return [{ id: conflictId.cell(c.key), where: c.name, mine: valueText(c.mine), theirs: valueText(c.theirs) }];
      case 'signature':
        return [{ id: conflictId.signature(c.field), where: `落款 / ${c.name}`, mine: valueText(c.mine), theirs: valueText(c.theirs) }];
      case 'part':
        return c.regions.flatMap((r, i) => ('agreed' in r ? [] : [{
          id: conflictId.region(c.key, i), where: `${c.name}（段落）`, mine: paragraphsText(r.mine), theirs: paragraphsText(r.theirs),
        }]));
    }
  });
}

export function ConflictDialog(props: {
  theirs: ServerVersion;
  conflicts: MergeConflict[];
  onResolve: (choices: Choices) => void;
  onClose: () => void;
}) {
  const { theirs, conflicts, onResolve, onClose } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = rowsOf(conflicts);
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const chosen = rows.filter((r) => choices[r.id]).length;
  const chooseAll = (side: Side) => setChoices(Object.fromEntries(rows.map((r) => [r.id, side])));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Start reading at the heading, not on a button that would discard one side.
    headingRef.current?.focus();
  }, []);

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby="conflict-heading" onClose={onClose}>
      <h2 id="conflict-heading" ref={headingRef} tabIndex={-1}>
        有{rows.length}处内容在另一处也被修改
      </h2>
      <p>
        {theirs.savedBy} 于 {formatDateTime(theirs.savedAt)} 保存了第 {theirs.version} 版（可能是他人，或你在另一个窗口）。
        双方修改了不同位置的内容已合并；下列位置双方都改了，请逐项选择保留哪一方。
      </p>
      <div className={styles.dialogBody}>
        <table className={styles.diffTable}>
          <thead>
            <tr>
              <th scope="col">位置</th>
              <th scope="col">我的修改</th>
              <th scope="col">对方的修改（{theirs.savedBy}）</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.where}</th>
                {(['mine', 'theirs'] as const).map((side) => (
                  <td key={side}>
                    <label className={styles.choice}>
                      <input
                        type="radio" name={row.id} checked={choices[row.id] === side}
                        onChange={() => setChoices((c) => ({ ...c, [row.id]: side }))}
                        aria-label={`${row.where}：${side === 'mine' ? '保留我的' : '采用对方的'}「${row[side]}」`}
                      />
                      <span>{row[side]}</span>
                    </label>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.dialogActions}>
        <button type="button" className={styles.buttonPrimary} disabled={chosen < rows.length} onClick={() => onResolve(choices)}>
          按所选保存（已选{chosen}/{rows.length}）
        </button>
        <button type="button" className={styles.button} onClick={() => chooseAll('mine')}>全部选我的</button>
        <button type="button" className={styles.button} onClick={() => chooseAll('theirs')}>全部选对方的</button>
        <button type="button" className={styles.linkButton} onClick={() => ref.current?.close()}>
          稍后决定
        </button>
      </p>
      <p className={styles.hint}>未选择之前，你的修改保存在本浏览器中，不会丢失。</p>
    </dialog>
  );
}
