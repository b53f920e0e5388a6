'use client';
// A table part (二, 三, 四): heading, findings about the table as a whole, its empty cells as one task
// line (「表二还有137个空格未填」) with 空白填0 and 检查本部分 beside it, the grid, the 填报说明 line.
import { memo } from 'react';
import { partByKey, type TableKey } from '@/lib/domain/template';
import { partMessagesId } from './dom-ids';
import { useAnalysis, useEditor } from './editor-context';
import { describeFill } from './editor-messages';
import { planFillBlanks } from './grid';
import { FindingList, PartSection } from './part-section';
import { StatutoryTable } from './statutory-table';
import { CellHint } from './cell-hint';
import styles from './editor.module.css';

/** How the clerk names the statutory tables (the national notice numbers them 表一…表三). */
const TABLE_NAME: Record<TableKey, string> = { active: '表一', applications: '表二', litigation: '表三' };

function BlankCells({ table }: { table: TableKey }) {
  const { analysis, controller, messages, tablesReadOnly } = useEditor();
  const blanks = useAnalysis((a) => planFillBlanks(a.getReport().tables, table).length);
  const isRevealed = useAnalysis((a) => a.isMissingRevealed(table));
  const name = TABLE_NAME[table];
  const fill = () => {
    const count = controller.countBlanks(table);
    if (count === 0) return;
    if (!window.confirm(`将把${name}的${count}个空白单元格填为0，确定吗？`)) return;
    messages.say(describeFill(controller.fillBlanks(table)));
  };
  if (tablesReadOnly) return null;
  return (
    <p className={styles.partActions}>
      <span className={isRevealed && blanks > 0 ? styles.blanksChecked : styles.blanks}>
        {blanks > 0 ? `${name}还有${blanks}个空格未填` : `${name}已全部填写`}
      </span>
      {blanks > 0 && (
        <button type="button" className={styles.button} title={`把${name}仍为空白的单元格都填为 0`} onClick={fill}>
          空白填0
        </button>
      )}
      <button type="button" className={styles.button} onClick={() => analysis.revealMissing(table)}>
        检查本部分
      </button>
    </p>
  );
}

export const TablePart = memo(function TablePart({ table }: { table: TableKey }) {
  const findings = useAnalysis((a) => a.getPartFindings(table));
  const part = partByKey(table);
  return (
    <PartSection section={table} heading={part.heading ?? part.label}>
      <FindingList id={partMessagesId(table)} findings={findings} />
      <BlankCells table={table} />
      <StatutoryTable table={table} />
      <CellHint table={table} />
    </PartSection>
  );
});
