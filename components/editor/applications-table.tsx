'use client';
// Table 2 (spec §4) as printed: the note over the label columns, the two-level 申请人情况 header,
// 「三、本年度办理结果」 merged down its result rows and each group label merged down its sub-rows.
import { memo } from 'react';
import { appKey, cellSpec } from '@/lib/domain/cells';
import { template } from '@/lib/domain/template';
import { RegisterCountCell } from '@/components/register/register-count-cell';
import { sectionHeadingId } from './dom-ids';
import { useEditor } from './editor-context';
import { ComputedCell, EntryCell } from './grid-cell';
import { APP_LABEL_COLUMNS, applicationHeaderRows, applicationRowHeads } from './table-layout';
import styles from './tables.module.css';

const HEADER = applicationHeaderRows();

export const ApplicationsTable = memo(function ApplicationsTable() {
  const { note, headerLabel, columns, rows } = template.applications;
  const registerHref = useEditor().applicationsFromRegister;
  return (
    <table className={`${styles.table} ${styles.appTable}`} aria-labelledby={sectionHeadingId('applications')}>
      <colgroup>
        <col className={styles.colSection} />
        <col className={styles.colGroup} />
        <col className={styles.colLabel} />
        {columns.map((c) => (
          <col key={c.label} className={styles.colValue} />
        ))}
      </colgroup>
      <thead className={styles.stickyHead}>
        <tr>
          <th colSpan={APP_LABEL_COLUMNS} rowSpan={HEADER.length + 1} className={styles.note}>
            {note}
          </th>
          <th colSpan={columns.length} scope="colgroup" className={styles.head}>
            {headerLabel}
          </th>
        </tr>
        {HEADER.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell) => (
              <th
                key={cell.label}
                colSpan={cell.colSpan}
                rowSpan={cell.rowSpan}
                scope={cell.colSpan > 1 ? 'colgroup' : 'col'}
                className={styles.head}
              >
                {cell.label}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r} className={row.computed ? styles.totalRow : undefined}>
            {applicationRowHeads(r).map((head) => (
              <th
                key={head.label}
                colSpan={head.colSpan}
                rowSpan={head.rowSpan}
                scope={head.isRowLabel ? 'row' : 'rowgroup'}
                className={head.isRowLabel ? styles.rowLabel : styles.groupLabel}
              >
                {head.label}
              </th>
            ))}
            {columns.map((_, c) => {
              const key = appKey(r, c);
              if (registerHref) return <RegisterCountCell key={key} cellKey={key} href={registerHref} />;
              return cellSpec(key).computed ? <ComputedCell key={key} cellKey={key} /> : <EntryCell key={key} cellKey={key} />;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
