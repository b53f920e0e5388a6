'use client';
// Table 1 (spec §3) as printed: four blocks, each with its own 信息内容 header row.
import { memo } from 'react';
import { cellSpec } from '@/lib/domain/cells';
import { template } from '@/lib/domain/template';
import { sectionHeadingId } from './dom-ids';
import { ComputedCell, EntryCell } from './grid-cell';
import { GRIDS } from './grid';
import styles from './tables.module.css';

const WIDEST = Math.max(...template.active.blocks.map((b) => b.columns.length));

/** The grid rows of Table 1 in block order, beside the block and row they belong to. */
const BLOCKS = (() => {
  let next = 0;
  return template.active.blocks.map((block) => ({
    block,
    rows: block.rows.map((row) => ({ row, cells: GRIDS.active.rows[next++] })),
  }));
})();

export const ActiveTable = memo(function ActiveTable() {
  const { headerLabel } = template.active;
  return (
    <table className={`${styles.table} ${styles.activeTable}`} aria-labelledby={sectionHeadingId('active')}>
      <colgroup>
        <col className={styles.colActiveLabel} />
        {Array.from({ length: WIDEST }, (_, i) => (
          <col key={i} className={styles.colActiveValue} />
        ))}
      </colgroup>
      {BLOCKS.map(({ block, rows }) => {
        const span = block.columns.length === 1 ? WIDEST : 1;
        return (
          <tbody key={block.label}>
            <tr>
              <th colSpan={WIDEST + 1} scope="colgroup" className={styles.blockTitle}>
                {block.label}
              </th>
            </tr>
            <tr>
              <th scope="col" className={styles.head}>
                {headerLabel}
              </th>
              {block.columns.map((column) => (
                <th key={column} scope="col" colSpan={span} className={styles.head}>
                  {column}
                </th>
              ))}
            </tr>
            {rows.map(({ row, cells }) => (
              <tr key={row.key}>
                <th scope="row" className={styles.rowLabel}>
                  {row.label}
                </th>
                {cells.map((key) =>
                  cellSpec(key).computed ? <ComputedCell key={key} cellKey={key} colSpan={span} /> : <EntryCell key={key} cellKey={key} colSpan={span} />,
                )}
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
});
