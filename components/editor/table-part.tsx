'use client';
// A table part (二, 三, 四): heading, findings about the table as a whole, the grid.
import { memo } from 'react';
import { partByKey, type TableKey } from '@/lib/domain/template';
import { ActiveTable } from './active-table';
import { ApplicationsTable } from './applications-table';
import { partMessagesId } from './dom-ids';
import { useAnalysis } from './editor-context';
import { LitigationTable } from './litigation-table';
import { FindingList, PartSection } from './part-section';


export const TablePart = memo(function TablePart({ table }: { table: TableKey }) {
  const findings = useAnalysis((a) => a.getPartFindings(table));
  const part = partByKey(table);
  return (
    <PartSection section={table} heading={part.heading ?? part.label}>
      <FindingList id={partMessagesId(table)} findings={findings} />
      {table === 'active' && <ActiveTable />}
      {table === 'applications' && <ApplicationsTable />}
      {table === 'litigation' && <LitigationTable />}
    </PartSection>
  );
});
