// The three statutory tables laid out as printed (国办公开办函〔2021〕30号; spec §3–§5): which cells
// merge, which rows head the table. Labels come from the template, values as the report holds them.
import type { TCell, TTables } from '@/lib/domain/model';
import { LIT_COLS, template } from '@/lib/domain/template';
import type { CellAlign, DocCell, DocRow, DocTable } from './document-model';

/** Counts print as integers, amounts as their stored decimal string, empty as nothing; odd text as typed. */
export function formatCellValue(value: TCell): string {
  if (value === null) return '';
  return String(value);
}

const label = (text: string, align: CellAlign, span: Partial<Pick<DocCell, 'rowSpan' | 'colSpan' | 'vertical'>> = {}): DocCell => ({
  text,
  rowSpan: span.rowSpan ?? 1,
  colSpan: span.colSpan ?? 1,
  header: true,
  align,
  ...(span.vertical ? { vertical: true } : {}),
});

const value = (v: TCell, colSpan = 1): DocCell => ({ text: formatCellValue(v), rowSpan: 1, colSpan, align: 'center' });

const captionOf = (title: string) => title.replace(/^[一二三四五六七八九十]+、/, '');

/** Splits 100% so the parts add up exactly (no drift in DOCX twips). */
function widths(parts: number[]): number[] {
  const total = parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => (p * 100) / total);
}

/** Table 1: four blocks, each a full-width label row, a 信息内容 header row and its data rows. */
export function buildActiveTable(tables: TTables): DocTable {
  const { active } = template;
  const valueCols = Math.max(...active.blocks.map((b) => b.columns.length));
  const rows: DocRow[] = [];
  for (const block of active.blocks) {
    const span = valueCols / block.columns.length;
    rows.push({ cells: [label(block.label, 'center', { colSpan: valueCols + 1 })], keepWithNext: true });
    rows.push({
      cells: [label(active.headerLabel, 'center'), ...block.columns.map((c) => label(c, 'center', { colSpan: span }))],
      keepWithNext: true,
    });
    block.rows.forEach((row, i) => {
      const held = tables.active[row.key];
      const values = Array.isArray(held) ? held : [held];
      rows.push({
        cells: [label(row.label, 'left'), ...values.map((v) => value(v, span))],
        keepWithNext: i < block.rows.length - 1,
      });
    });
  }
  return {
    key: 'active',
    caption: captionOf(active.title),
    columnWidths: widths([2, ...Array.from({ length: valueCols }, () => 1)]),
    rows,
  };
}

/** Runs of equal keys in order: [['a',3],['b',1]] for a,a,a,b (undefined keys stay alone). */
function runsOf<T>(items: T[], key: (t: T) => string | undefined): { key: string | undefined; start: number; length: number }[] {
  const runs: { key: string | undefined; start: number; length: number }[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const last = runs[runs.length - 1];
    if (last && k !== undefined && last.key === k) last.length += 1;
    else runs.push({ key: k, start: i, length: 1 });
  });
  return runs;
}

/**
 * Table 2: the note over the three label columns; 申请人情况 → 自然人 | 法人或其他组织 (5) | 总计;
 * 「三、本年度办理结果」 down the first column over all result rows, each group label down the second.
 */
export function buildApplicationsTable(tables: TTables): DocTable {
  const { applications } = template;
  const { columns, rows } = applications;
  const LABEL_COLS = 3;
  const columnRuns = runsOf(columns, (c) => c.group);
  const header: DocRow[] = [
    {
      cells: [
        label(applications.note, 'left', { colSpan: LABEL_COLS, rowSpan: 3 }),
        label(applications.headerLabel, 'center', { colSpan: columns.length }),
      ],
      header: true,
      keepWithNext: true,
    },
    {
      cells: columnRuns.map((run) =>
        run.key === undefined
          ? label(columns[run.start].label, 'center', { rowSpan: 2 })
          : label(run.key, 'center', { colSpan: run.length }),
      ),
      header: true,
      keepWithNext: true,
    },
    {
      cells: columnRuns.filter((run) => run.key !== undefined).flatMap((run) =>
        columns.slice(run.start, run.start + run.length).map((c) => label(c.label, 'center')),
      ),
      header: true,
      keepWithNext: true,
    },
  ];
  const sectionRuns = runsOf(rows, (r) => r.section);
  const groupRuns = runsOf(rows, (r) => r.group);
  const body: DocRow[] = rows.map((row, r) => {
    const cells: DocCell[] = [];
    const section = sectionRuns.find((run) => run.start === r && run.key !== undefined);
    if (section) cells.push(label(section.key!, 'center', { rowSpan: section.length, vertical: true }));
    if (!row.section) {
      cells.push(label(row.label, 'left', { colSpan: LABEL_COLS }));
    } else if (row.group) {
      const group = groupRuns.find((run) => run.start === r && run.key !== undefined);
      if (group) cells.push(label(group.key!, 'center', { rowSpan: group.length }));
      cells.push(label(row.label, 'left'));
    } else {
      cells.push(label(row.label, 'left', { colSpan: LABEL_COLS - 1 }));
    }
    cells.push(...tables.applications[r].map((v) => value(v)));
    return { cells };
  });
  return {
    key: 'applications',
    caption: captionOf(applications.title),
    columnWidths: widths([4.4, 13.5, 24, ...columns.map(() => 58.1 / columns.length)]),
    rows: [...header, ...body],
  };
}

/** Table 3: 行政复议 (5) | 行政诉讼 → 未经复议直接起诉 (5) | 复议后起诉 (5), the 15 result labels, the numbers. */
export function buildLitigationTable(tables: TTables): DocTable {
  const { litigation } = template;
  const { groups, columns } = litigation;
  const depth = Math.max(...groups.map((g) => g.path.length));
  const header: DocRow[] = [];
  for (let level = 0; level < depth; level++) {
    const cells: DocCell[] = [];
    for (const run of runsOf(groups, (g) => g.path.slice(0, level + 1).join('/'))) {
      const group = groups[run.start];
      if (group.path.length < level + 1) continue; // covered by a cell spanning down from above
      const isLeaf = group.path.length === level + 1;
      cells.push(
        label(group.path[level], 'center', {
          colSpan: run.length * LIT_COLS,
          rowSpan: isLeaf ? depth - level : 1,
        }),
      );
    }
    header.push({ cells, header: true, keepWithNext: true });
  }
  header.push({
    cells: groups.flatMap(() => columns.map((c) => label(c.label, 'center'))),
    header: true,
    keepWithNext: true,
  });
  return {
    key: 'litigation',
    caption: captionOf(litigation.title),
    columnWidths: widths(groups.flatMap(() => columns.map(() => 1))),
    rows: [...header, { cells: tables.litigation.map((v) => value(v)) }],
  };
}
