// The three statutory tables as the renderers draw them: the one table layout (lib/domain/table-layout.ts)
// with each value cell's figure written in, so DOCX, PDF and HTML only lay out text.
import { getCell } from '@/lib/domain/cells';
import { formatCell } from '@/lib/domain/format-cell';
import type { TTables } from '@/lib/domain/model';
import { TABLE_LAYOUTS } from '@/lib/domain/table-layout';
import type { TableKey } from '@/lib/domain/template';
import type { DocCell, DocTable } from './document-model';

export function buildTable(key: TableKey, tables: TTables): DocTable {
  const layout = TABLE_LAYOUTS[key];
  return {
    key,
    caption: layout.caption,
    columnWidths: layout.columnWidths,
    rows: layout.rows.map((row) => ({
      cells: row.cells.map((cell): DocCell => {
        const { rowSpan, colSpan, align } = cell;
        if (cell.role === 'value') return { text: formatCell(getCell(tables, cell.key)), role: cell.role, rowSpan, colSpan, align, key: cell.key };
        return { text: cell.text, role: cell.role, rowSpan, colSpan, align, ...(cell.role === 'label' && cell.narrow ? { narrow: true } : {}) };
      }),
      ...(row.header ? { header: true } : {}),
      ...(row.keepWithNext ? { keepWithNext: true } : {}),
    })),
  };
}
