// The three statutory tables laid out as printed (国办公开办函〔2021〕30号; spec §3–§5): which cells merge,
// which are headings, row labels or values, how they align and how wide the columns are. The one layout
// the editor grid and the DOCX, PDF and HTML renderers all draw from; labels come from the template.
import { activeKey, appKey, litKey, type CellKey } from './cells';
import { LIT_COLS, template, type TableKey } from './template';

export type LayoutAlign = 'left' | 'center' | 'right';
type Spans = { rowSpan: number; colSpan: number };

/** A column heading; `tone` marks Table 2's note over its label columns and a Table 1 block title. */
export type HeaderCell = Spans & { role: 'header'; text: string; align: LayoutAlign; tone?: 'note' | 'block' };
/**
 * A row label, or (spanning rows) the label of a group of rows. `narrow`: set in a column two characters
 * wide that runs down beside its rows, so 「三、」 stays on one line (clreq, spec §8).
 */
export type LabelCell = Spans & { role: 'label'; text: string; align: LayoutAlign; narrow?: boolean };
export type ValueCell = Spans & { role: 'value'; key: CellKey; align: LayoutAlign };
export type LayoutCell = HeaderCell | LabelCell | ValueCell;

/** A row lists only the cells that start in it, as HTML does; spans cover the rest. */
export type LayoutRow = {
  cells: LayoutCell[];
  /** Column-heading row, repeated at the top of each page the table runs onto. */
  header?: boolean;
  /** Keep on the same page as the next row (a Table 1 block, a heading with its first row). */
  keepWithNext?: boolean;
  /** First row of a Table 1 block (its own heading rows follow). */
  startsBlock?: boolean;
  /** A row of computed totals (（七）总计). */
  total?: boolean;
};

export type TableLayout = {
  key: TableKey;
  /** The table's title without its part numeral: 「收到和处理政府信息公开申请情况」. */
  caption: string;
  /** Relative column widths, percent of the table width, summing to 100. */
  columnWidths: number[];
  rows: LayoutRow[];
};

const header = (text: string, spans: Partial<Spans> = {}, tone?: HeaderCell['tone']): HeaderCell => ({
  role: 'header',
  text,
  rowSpan: spans.rowSpan ?? 1,
  colSpan: spans.colSpan ?? 1,
  align: tone === 'note' ? 'left' : 'center',
  ...(tone ? { tone } : {}),
});
const label = (text: string, align: LayoutAlign, spans: Partial<Spans> = {}, narrow = false): LabelCell => ({
  role: 'label',
  text,
  rowSpan: spans.rowSpan ?? 1,
  colSpan: spans.colSpan ?? 1,
  align,
  ...(narrow ? { narrow: true } : {}),
});
const value = (key: CellKey, colSpan = 1): ValueCell => ({ role: 'value', key, rowSpan: 1, colSpan, align: 'center' });

const captionOf = (title: string) => title.replace(/^[一二三四五六七八九十]+、/, '');

/** Splits 100% in the given proportions so the parts add up exactly (no drift in DOCX twips). */
function widths(parts: number[]): number[] {
  const total = parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => (p * 100) / total);
}

/** Runs of consecutive items sharing a key: [a, a, b] → a×2, b×1 (undefined keys run alone). */
export function runsOf<T>(items: readonly T[], keyOf: (item: T) => string | undefined) {
  const runs: { key: string | undefined; start: number; length: number }[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    const last = runs[runs.length - 1];
    if (last && key !== undefined && last.key === key) last.length++;
    else runs.push({ key, start: i, length: 1 });
  });
  return runs;
}

/** Table 1: four blocks, each a full-width title row, a 信息内容 header row and its data rows. */
function activeLayout(): TableLayout {
  const { active } = template;
  const valueCols = Math.max(...active.blocks.map((b) => b.columns.length));
  const rows: LayoutRow[] = [];
  for (const block of active.blocks) {
    const span = valueCols / block.columns.length;
    const single = block.columns.length === 1;
    rows.push({ cells: [header(block.label, { colSpan: valueCols + 1 }, 'block')], keepWithNext: true, startsBlock: true });
    rows.push({ cells: [header(active.headerLabel), ...block.columns.map((c) => header(c, { colSpan: span }))], keepWithNext: true });
    block.rows.forEach((row, i) => {
      rows.push({
        cells: [label(row.label, 'left'), ...block.columns.map((_, c) => value(activeKey(row.key, single ? null : c), span))],
        keepWithNext: i < block.rows.length - 1,
      });
    });
  }
  return { key: 'active', caption: captionOf(active.title), columnWidths: widths([2, ...Array.from({ length: valueCols }, () => 1)]), rows };
}

/** Table 2 has three label columns: 三、本年度办理结果 | （三）不予公开 … | 1.属于国家秘密 … */
const APP_LABEL_COLUMNS = 3;
/**
 * Percent of the width: the first label column holds two characters of table text (五号, 10.5 pt, in a
 * 156 mm text block, with the cell's padding), so 「三、」 is one line; the figures share what is left.
 */
const APP_LABEL_WIDTHS = [6.5, 13.5, 21.9];

/**
 * Table 2: the note over the three label columns; 申请人情况 → 自然人 | 法人或其他组织 (5) | 总计;
 * 「三、本年度办理结果」 down the first column over all result rows, each group label down the second.
 */
function applicationsLayout(): TableLayout {
  const { applications } = template;
  const { columns, rows } = applications;
  const columnRuns = runsOf(columns, (c) => c.group);
  const head: LayoutRow[] = [
    {
      cells: [header(applications.note, { colSpan: APP_LABEL_COLUMNS, rowSpan: 3 }, 'note'), header(applications.headerLabel, { colSpan: columns.length })],
      header: true,
      keepWithNext: true,
    },
    {
      cells: columnRuns.map((run) =>
        run.key === undefined ? header(columns[run.start].label, { rowSpan: 2 }) : header(run.key, { colSpan: run.length }),
      ),
      header: true,
      keepWithNext: true,
    },
    {
      cells: columnRuns
        .filter((run) => run.key !== undefined)
        .flatMap((run) => columns.slice(run.start, run.start + run.length).map((c) => header(c.label))),
      header: true,
      keepWithNext: true,
    },
  ];
  const sectionRuns = runsOf(rows, (r) => r.section);
  const groupRuns = runsOf(rows, (r) => r.group);
  const body = rows.map((row, r): LayoutRow => {
    const cells: LayoutCell[] = [];
    const section = sectionRuns.find((run) => run.start === r && run.key !== undefined);
    if (section) cells.push(label(section.key!, 'center', { rowSpan: section.length }, true));
    if (!row.section) {
      cells.push(label(row.label, 'left', { colSpan: APP_LABEL_COLUMNS }));
    } else if (row.group) {
      const group = groupRuns.find((run) => run.start === r && run.key !== undefined);
      if (group) cells.push(label(group.key!, 'center', { rowSpan: group.length }));
      cells.push(label(row.label, 'left'));
    } else {
      cells.push(label(row.label, 'left', { colSpan: APP_LABEL_COLUMNS - 1 }));
    }
    cells.push(...columns.map((_, c) => value(appKey(r, c))));
    return { cells, ...(row.computed ? { total: true } : {}) };
  });
  const labelShare = APP_LABEL_WIDTHS.reduce((a, b) => a + b, 0);
  return {
    key: 'applications',
    caption: captionOf(applications.title),
    columnWidths: widths([...APP_LABEL_WIDTHS, ...columns.map(() => (100 - labelShare) / columns.length)]),
    rows: [...head, ...body],
  };
}

/**
 * Table 3 as printed (seed 003): one header row per level of the groups' paths plus the column labels.
 * A group whose path is shorter (行政复议) has its column labels span the remaining rows.
 */
function litigationLayout(): TableLayout {
  const { litigation } = template;
  const { groups, columns } = litigation;
  const depth = Math.max(...groups.map((g) => g.path.length));
  const head: LayoutRow[] = Array.from({ length: depth + 1 }, () => ({ cells: [], header: true, keepWithNext: true }));
  for (let level = 0; level < depth; level++) {
    for (const run of runsOf(groups, (g) => (g.path.length > level ? g.path.slice(0, level + 1).join('/') : undefined))) {
      const group = groups[run.start];
      if (group.path.length > level) head[level].cells.push(header(group.path[level], { colSpan: run.length * LIT_COLS }));
      else if (group.path.length === level) for (const c of columns) head[level].cells.push(header(c.label, { rowSpan: depth + 1 - level }));
    }
  }
  for (const group of groups) if (group.path.length === depth) for (const c of columns) head[depth].cells.push(header(c.label));
  return {
    key: 'litigation',
    caption: captionOf(litigation.title),
    columnWidths: widths(groups.flatMap(() => columns.map(() => 1))),
    rows: [...head, { cells: groups.flatMap((_, g) => columns.map((__, c) => value(litKey(g * LIT_COLS + c)))) }],
  };
}

export const TABLE_LAYOUTS: Readonly<Record<TableKey, TableLayout>> = {
  active: activeLayout(),
  applications: applicationsLayout(),
  litigation: litigationLayout(),
};

/** A row of headings only (a column-heading row, a Table 1 block title): set as a heading in every format. */
export const isHeadingRow = (row: { cells: readonly { role: LayoutCell['role'] }[] }): boolean => row.cells.every((c) => c.role === 'header');

/** The column each cell starts in, skipping columns taken by cells merged down from above (as HTML does). */
export function startColumns(rows: readonly { cells: readonly Spans[] }[]): number[][] {
  const taken = new Set<string>();
  return rows.map((row, r) => {
    let c = 0;
    return row.cells.map((cell) => {
      while (taken.has(`${r}:${c}`)) c++;
      const start = c;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) taken.add(`${r + dr}:${c + dc}`);
      c += cell.colSpan;
      return start;
    });
  });
}
