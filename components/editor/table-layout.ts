// The printed layout of Tables 2 and 3 (spec §4–§5): merged header and row-label cells, computed
// from the template's labels so no label is typed twice.
import { template } from '@/lib/domain/template';

export type HeadCell = { label: string; colSpan: number; rowSpan: number };

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

/** Table 2 has three label columns: 三、本年度办理结果 | （三）不予公开 … | 1.属于国家秘密 … */
export const APP_LABEL_COLUMNS = 3;

/**
 * Table 2 header below its first row (the note over the label columns and 「申请人情况」):
 * 自然人 and 总计 span two rows, 法人或其他组织 spans its five columns.
 */
export function applicationHeaderRows(): HeadCell[][] {
  const { columns } = template.applications;
  const upper: HeadCell[] = [];
  const lower: HeadCell[] = [];
  for (const run of runsOf(columns, (c) => c.group)) {
    if (run.key === undefined) {
      upper.push({ label: columns[run.start].label, colSpan: 1, rowSpan: 2 });
      continue;
    }
    upper.push({ label: run.key, colSpan: run.length, rowSpan: 1 });
    for (let i = run.start; i < run.start + run.length; i++) lower.push({ label: columns[i].label, colSpan: 1, rowSpan: 1 });
  }
  return [upper, lower];
}

const sectionRuns = runsOf(template.applications.rows, (r) => r.section);
const groupRuns = runsOf(template.applications.rows, (r) => r.group);

/** The label cells a row of Table 2 starts with, merged cells appearing only in their first row. */
export function applicationRowHeads(r: number): (HeadCell & { isRowLabel: boolean })[] {
  const row = template.applications.rows[r];
  if (!row.section) return [{ label: row.label, colSpan: APP_LABEL_COLUMNS, rowSpan: 1, isRowLabel: true }];
  const heads: (HeadCell & { isRowLabel: boolean })[] = [];
  const section = sectionRuns.find((run) => run.start === r && run.key !== undefined);
  if (section) heads.push({ label: row.section, colSpan: 1, rowSpan: section.length, isRowLabel: false });
  if (!row.group) {
    heads.push({ label: row.label, colSpan: APP_LABEL_COLUMNS - 1, rowSpan: 1, isRowLabel: true });
    return heads;
  }
  const group = groupRuns.find((run) => run.start === r && run.key !== undefined);
  if (group) heads.push({ label: row.group, colSpan: 1, rowSpan: group.length, isRowLabel: false });
  heads.push({ label: row.label, colSpan: 1, rowSpan: 1, isRowLabel: true });
  return heads;
}

/**
 * Table 3 header: one row per level of the groups' paths plus the column labels. A group whose path
 * is shorter (行政复议) has its column labels span the remaining rows.
 */
export function litigationHeaderRows(): HeadCell[][] {
  const { groups, columns } = template.litigation;
  const depth = Math.max(...groups.map((g) => g.path.length));
  const rows: HeadCell[][] = Array.from({ length: depth + 1 }, () => []);
  for (let level = 0; level < depth; level++) {
    const runs = runsOf(groups, (g) => (g.path.length > level ? g.path.slice(0, level + 1).join('/') : undefined));
    for (const run of runs) {
      const group = groups[run.start];
      if (group.path.length > level) {
        rows[level].push({ label: group.path[level], colSpan: run.length * columns.length, rowSpan: 1 });
      } else if (group.path.length === level) {
        for (const column of columns) rows[level].push({ label: column.label, colSpan: 1, rowSpan: depth + 1 - level });
      }
    }
  }
  for (const group of groups) {
    if (group.path.length === depth) for (const column of columns) rows[depth].push({ label: column.label, colSpan: 1, rowSpan: 1 });
  }
  return rows;
}
