'use client';
// The 填报说明 line of a table: it explains the focused cell's row and column (issue 13). Every cell of
// the table names this line in its aria-describedby; the line is rewritten in the focus event itself,
// before a screen reader reads the description, and it stays in view at the bottom of the table.
// Stuck at the bottom of the window, it would cover a cell brought into view at the bottom edge (Enter or
// ArrowDown down a column, Tab along a row): its height, as --hint-height on the part, is the cells'
// scroll-margin-bottom, and a cell focused under it is scrolled clear.
import { memo, useEffect, useRef } from 'react';
import { CELLS, type CellKey } from '@/lib/domain/cells';
import { describeExplanation, explainCell } from '@/lib/domain/cell-explanations';
import type { TableKey } from '@/lib/domain/template';
import { cellInputId, tableHintId } from './dom-ids';
import { trackHeight } from './height-property';
import styles from './tables.module.css';

const KEY_BY_INPUT_ID: ReadonlyMap<string, CellKey> = new Map(CELLS.map((c) => [cellInputId(c.key), c.key]));
const IDLE = '选中单元格时，这里显示该行、该列的填报说明。';

export const CellHint = memo(function CellHint({ table }: { table: TableKey }) {
  const line = useRef<HTMLParagraphElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const hint = line.current;
    const section = hint?.parentElement;
    if (!hint || !section || !text.current) return;
    const shown = text.current;
    shown.textContent = IDLE;
    const height = trackHeight(hint, section, '--hint-height');
    const focusIn = (e: FocusEvent) => {
      const key = e.target instanceof HTMLElement ? KEY_BY_INPUT_ID.get(e.target.id) : undefined;
      const explanation = key && explainCell(key);
      if (!explanation) return;
      shown.textContent = describeExplanation(explanation);
      // Measured at once: the explanation may wrap to more lines, and the scroll that follows a focus must
      // already keep clear of the line.
      const lineBox = height.measure();
      // Tab and a click scroll only a cell that is out of the window, not one under the line.
      if (e.target instanceof HTMLElement && e.target.getBoundingClientRect().bottom > lineBox.top) {
        e.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    };
    section.addEventListener('focusin', focusIn);
    return () => {
      section.removeEventListener('focusin', focusIn);
      height.stop();
    };
  }, []);
  return (
    <p ref={line} id={tableHintId(table)} className={styles.hint}>
      <span className={styles.hintLabel} aria-hidden="true">填报说明</span>
      <span ref={text} />
    </p>
  );
});
