// The one-line 填报说明 of every cell's row and column (templates/national-2021/explanations.json, from
// the national notice 国办公开办函〔2021〕30号), joined to the cells by the tables' own labels: an
// explanation whose label drifts from tables.json stops the app at start instead of explaining the wrong row.
import type { z } from 'zod';
import explanations from '@/templates/national-2021/explanations.json';
import { activeKey, appKey, litKey, type CellKey } from './cells';
import { LIT_COLS, template, type Template } from './template';
import { parseTemplate, ZExplanations } from './template-schema';

export type Explained = { label: string; hint: string };
export type CellExplanation = { row: Explained; column: Explained };
type TExplanations = z.infer<typeof ZExplanations>;

const FILE = 'national-2021/explanations.json';

function matching(list: readonly Explained[], labels: readonly string[], where: string): Explained[] {
  if (list.length !== labels.length) throw new Error(`template ${FILE}: ${where} has ${list.length} entries, tables.json ${labels.length}`);
  list.forEach((e, i) => {
    if (e.label !== labels[i]) throw new Error(`template ${FILE}: ${where}[${i}] is 「${e.label}」, tables.json says 「${labels[i]}」`);
  });
  return [...list];
}

/** Every cell's explanation by key; throws when a label does not match the tables. */
export function explainCells(tables: Pick<Template, 'active' | 'applications' | 'litigation'>, ex: TExplanations): Map<CellKey, CellExplanation> {
  const byKey = new Map<CellKey, CellExplanation>();
  for (const block of tables.active.blocks) {
    for (const row of block.rows) {
      block.columns.forEach((column, c) => {
        const hint = ex.active.columns[column];
        if (!hint) throw new Error(`template ${FILE}: $.active.columns has no 「${column}」`);
        byKey.set(activeKey(row.key, block.columns.length === 1 ? null : c), {
          row: { label: row.label, hint: ex.active.rows[row.key] },
          column: { label: column, hint },
        });
      });
    }
  }
  const appRows = matching(ex.applications.rows, tables.applications.rows.map((r) => r.label), '$.applications.rows');
  const appCols = matching(ex.applications.columns, tables.applications.columns.map((c) => c.label), '$.applications.columns');
  appRows.forEach((row, r) => appCols.forEach((column, c) => byKey.set(appKey(r, c), { row, column })));
  const groups = matching(ex.litigation.groups, tables.litigation.groups.map((g) => g.path[g.path.length - 1]), '$.litigation.groups');
  const litCols = matching(ex.litigation.columns, tables.litigation.columns.map((c) => c.label), '$.litigation.columns');
  groups.forEach((row, g) => litCols.forEach((column, c) => byKey.set(litKey(g * LIT_COLS + c), { row, column })));
  return byKey;
}

const EXPLANATIONS = explainCells(template, parseTemplate(FILE, ZExplanations, explanations));

export const explainCell = (key: CellKey): CellExplanation | undefined => EXPLANATIONS.get(key);

/** The hint line: 「5.属于三类内部事务信息」：人事管理…；「自然人」：以个人名义提出的申请。 */
export const describeExplanation = ({ row, column }: CellExplanation) =>
  `「${row.label}」：${row.hint.replace(/。$/, '')}；「${column.label}」：${column.hint}`;
