'use client';
// A statutory table (spec §3–§5) as printed, drawn from the one table layout (lib/domain/table-layout.ts)
// the documents use too: merged headings and labels as header cells, an input where the layout has a value.
import { memo, useLayoutEffect, useRef } from 'react';
import { cellSpec } from '@/lib/domain/cells';
import { TABLE_LAYOUTS, type HeaderCell, type LabelCell, type LayoutRow } from '@/lib/domain/table-layout';
import type { TableKey } from '@/lib/domain/template';
import { sectionHeadingId } from './dom-ids';
import { trackHeight } from './height-property';
import { RegisterCountCell } from '@/components/register/register-count-cell';
import { useEditor } from './editor-context';
import { ComputedCell, EntryCell } from './grid-cell';
import styles from './tables.module.css';

const TABLE_CLASS: Record<TableKey, string> = {
  active: styles.table,
  applications: styles.table,
  litigation: `${styles.table} ${styles.litTable}`,
};
const TONE_CLASS = { note: styles.note, block: styles.blockTitle } as const;

function HeadingCell({ cell }: { cell: HeaderCell }) {
  // The note over Table 2's label columns heads no column.
  const scope = cell.tone === 'note' ? undefined : cell.colSpan > 1 ? 'colgroup' : 'col';
  return (
    <th colSpan={cell.colSpan} rowSpan={cell.rowSpan} scope={scope} className={cell.tone ? TONE_CLASS[cell.tone] : styles.head}>
      {cell.text}
    </th>
  );
}

/** A label over several rows heads a group of rows (「三、本年度办理结果」, 「（三）不予公开」). */
function RowLabel({ cell }: { cell: LabelCell }) {
  const isGroup = cell.rowSpan > 1;
  const className = [isGroup ? styles.groupLabel : styles.rowLabel, cell.narrow ? styles.narrow : ''].filter(Boolean).join(' ');
  return (
    <th colSpan={cell.colSpan} rowSpan={cell.rowSpan} scope={isGroup ? 'rowgroup' : 'row'} className={className}>
      {cell.text}
    </th>
  );
}

function Row({ row }: { row: LayoutRow }) {
  // Table 2 counted from the organ's register (issue 16): read-only counts, each linking to its cases.
  const registerHref = useEditor().applicationsFromRegister;
  return (
    <tr className={row.total ? styles.totalRow : undefined}>
      {row.cells.map((cell, i) => {
        if (cell.role === 'header') return <HeadingCell key={i} cell={cell} />;
        if (cell.role === 'label') return <RowLabel key={i} cell={cell} />;
        if (registerHref && cellSpec(cell.key).table === 'applications') return <RegisterCountCell key={cell.key} cellKey={cell.key} href={registerHref} />;
        const Cell = cellSpec(cell.key).computed ? ComputedCell : EntryCell;
        return <Cell key={cell.key} cellKey={cell.key} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} align={cell.align} />;
      })}
    </tr>
  );
}

/** Body rows cut where a Table 1 block starts, so each block is its own row group. */
function bodies(rows: LayoutRow[]): LayoutRow[][] {
  const out: LayoutRow[][] = [];
  for (const row of rows) {
    if (row.startsBlock || out.length === 0) out.push([]);
    out[out.length - 1].push(row);
  }
  return out;
}

/**
 * The sticky header's height as --head-height on the table: the cells' scroll-margin-top, so a focused
 * cell is scrolled clear of the header (its height changes with the window's width, hence the observer).
 */
function useHeadHeight() {
  const tableRef = useRef<HTMLTableElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  useLayoutEffect(() => {
    const tableEl = tableRef.current;
    const headEl = headRef.current;
    if (!tableEl || !headEl) return;
    return trackHeight(headEl, tableEl, '--head-height').stop;
  }, []);
  return { tableRef, headRef };
}

export const StatutoryTable = memo(function StatutoryTable({ table }: { table: TableKey }) {
  const layout = TABLE_LAYOUTS[table];
  const head = layout.rows.filter((r) => r.header);
  const { tableRef, headRef } = useHeadHeight();
  return (
    <table ref={tableRef} className={TABLE_CLASS[table]} aria-labelledby={sectionHeadingId(table)}>
      <colgroup>
        {layout.columnWidths.map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      {head.length > 0 && (
        <thead ref={headRef} className={styles.stickyHead}>
          {head.map((row, i) => (
            <Row key={i} row={row} />
          ))}
        </thead>
      )}
      {bodies(layout.rows.filter((r) => !r.header)).map((rows, b) => (
        <tbody key={b}>
          {rows.map((row, i) => (
            <Row key={i} row={row} />
          ))}
        </tbody>
      ))}
    </table>
  );
});
