'use client';
// A Table 2 cell of a report that takes Table 2 from the register (issue 16): the count, read-only,
// linking to the cases it counts on the register page.
import Link from 'next/link';
import { cellSpec, type CellKey } from '@/lib/domain/cells';
import { useCellValue } from '@/components/editor/editor-context';
import { formatCell } from '@/lib/domain/format-cell';
import tables from '@/components/editor/tables.module.css';

export function RegisterCountCell({ cellKey, href }: { cellKey: CellKey; href: string }) {
  const value = useCellValue(cellKey);
  const text = formatCell(value);
  return (
    <td className={`${tables.cell} ${tables.computed}`}>
      <Link href={`${href}?cell=${cellKey}`} aria-label={`${cellSpec(cellKey).name}：${text}件，查看台账中的案件`} style={{ display: 'block', padding: '6px 8px', textAlign: 'right' }}>
        {text}
      </Link>
    </td>
  );
}
