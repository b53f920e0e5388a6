// A 2019-edition report's tables as plain name/value lists (spec §9), for showing one that is read but
// not kept: the app lays out only the 2021 tables.
import { CELLS } from './cells';
import { ACTIVE_CELLS_2019 } from './active-cells-2019';
import type { TReport2019 } from './canonical-2019';
import { template2019 } from './template-2019';
import type { TCell } from './model';
import { template } from './template';

export type CellList = { caption: string; cells: { name: string; value: string }[] };

const shown = (v: TCell): string => (v === null ? '' : String(v));

export function cellLists2019(report: TReport2019): CellList[] {
  const { active, applications, litigation } = report.tables;
  const { rows, columns } = template2019.applications;
  return [
    {
      caption: template2019.active.title,
      cells: ACTIVE_CELLS_2019.map((c) => ({ name: c.name, value: shown(active[c.row][c.col] as TCell) })),
    },
    {
      caption: template2019.applications.title,
      cells: rows.flatMap((row, r) => columns.map((column, c) => ({
        name: [row.section, row.group, row.label, column.label].filter(Boolean).join(' / '),
        value: shown(applications[r][c]),
      }))),
    },
    {
      caption: template.litigation.title,
      cells: CELLS.filter((c) => c.table === 'litigation').map((c, i) => ({ name: c.name, value: shown(litigation[i]) })),
    },
  ];
}
