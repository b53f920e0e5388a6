'use client';
// The 填报说明 line of a table: it explains the focused cell's row and column (issue 13). Every cell of
// the table names this line in its aria-describedby; the line is rewritten in the focus event itself,
// before a screen reader reads the description, and it stays in view at the bottom of the table.
import { memo, useEffect, useRef } from 'react';
import { CELLS, type CellKey } from '@/lib/domain/cells';
import { describeExplanation, explainCell } from '@/lib/domain/cell-explanations';
import type { TableKey } from '@/lib/domain/template';
import { cellInputId, tableHintId } from './dom-ids';
import styles from './tables.module.css';

const KEY_BY_INPUT_ID: ReadonlyMap<string, CellKey> = new Map(CELLS.map((c) => [cellInputId(c.key), c.key]));
const IDLE = '选中单元格时，这里显示该行、该列的填报说明。';

export const CellHint = memo(function CellHint({ table }: { table: TableKey }) {
  const line = useRef<HTMLParagraphElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const section = line.current?.parentElement;
    if (!section || !text.current) return;
    const shown = text.current;
    shown.textContent = IDLE;
    const focusIn = (e: FocusEvent) => {
      const key = e.target instanceof HTMLElement ? KEY_BY_INPUT_ID.get(e.target.id) : undefined;
      const explanation = key && explainCell(key);
      if (explanation) shown.textContent = describeExplanation(explanation);
    };
    section.addEventListener('focusin', focusIn);
    return () => section.removeEventListener('focusin', focusIn);
  }, []);
  return (
    <p ref={line} id={tableHintId(table)} className={styles.hint}>
      <span className={styles.hintLabel} aria-hidden="true">填报说明</span>
      <span ref={text} />
    </p>
  );
});
