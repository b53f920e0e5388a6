'use client';
// Table 3 (spec §5) as printed: 行政复议 and the two kinds of 行政诉讼, five columns each, one data row.
import { memo } from 'react';
import { cellSpec } from '@/lib/domain/cells';
import { sectionHeadingId } from './dom-ids';
import { ComputedCell, EntryCell } from './grid-cell';
import { GRIDS } from './grid';
import { litigationHeaderRows } from './table-layout';
import styles from './tables.module.css';

const HEADER = litigationHeaderRows();

export const LitigationTable = memo(function LitigationTable() {
  return (
    <table className={`${styles.table} ${styles.litTable}`} aria-labelledby={sectionHeadingId('litigation')}>
      <thead>
        {HEADER.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, j) => (
              <th key={j} colSpan={cell.colSpan} rowSpan={cell.rowSpan} scope={cell.colSpan > 1 ? 'colgroup' : 'col'} className={styles.head}>
                {cell.label}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {GRIDS.litigation.rows.map((cells, r) => (
          <tr key={r}>
            {cells.map((key) => (cellSpec(key).computed ? <ComputedCell key={key} cellKey={key} /> : <EntryCell key={key} cellKey={key} />))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
