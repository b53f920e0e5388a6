'use client';
// A table part (二, 三, 四): heading, findings about the table as a whole, the grid, the 填报说明 line.
import { memo } from 'react';
import { partByKey, type TableKey } from '@/lib/domain/template';
import { partMessagesId } from './dom-ids';
import { useAnalysis } from './editor-context';
import { FindingList, PartSection } from './part-section';
import { StatutoryTable } from './statutory-table';
import { CellHint } from './cell-hint';

export const TablePart = memo(function TablePart({ table }: { table: TableKey }) {
  const findings = useAnalysis((a) => a.getPartFindings(table));
  const part = partByKey(table);
  return (
    <PartSection section={table} heading={part.heading ?? part.label}>
      <FindingList id={partMessagesId(table)} findings={findings} />
      <StatutoryTable table={table} />
      <CellHint table={table} />
    </PartSection>
  );
});
