// What a clerk's save may change (issue 11): the tables (with what was typed that is no value yet), the
// narrative parts and the signature. Organ, year,
// level, scope, format and the title as printed belong to the server; a save never sets them.
import { CELLS } from './cells';
import { diffReports } from './diff-reports';
import type { TReport } from './model';
import { template, type TableKey } from './template';

export type ClerkContent = Pick<TReport, 'tables' | 'parts' | 'signature' | 'pendingInput'>;

/** The stored report with the clerk's content in place; every other field stays as stored. */
export function withClerkContent(stored: TReport, sent: ClerkContent): TReport {
  const { pendingInput: _stored, ...rest } = stored;
  return { ...rest, tables: sent.tables, parts: sent.parts, signature: sent.signature, ...(sent.pendingInput ? { pendingInput: sent.pendingInput } : {}) };
}

const TABLE_TITLE: Record<TableKey, string> = {
  active: template.active.title, applications: template.applications.title, litigation: template.litigation.title,
};
const TABLE_OF = new Map(CELLS.map((c) => [c.key, c.table]));

/** Tables a save may not change, and where their numbers come from instead. */
export type ReadOnlyTables = { tables: TableKey[]; source: string };

/**
 * Why a save cannot be kept when tables are read-only (a region's come from the roll-up, a Table 2 from the
 * register): the tables it names and the first cells it changed — or null when it leaves them as stored.
 */
export function readOnlyTablesRefusal(
  stored: TReport, sent: Pick<TReport, 'tables'>, readOnly: ReadOnlyTables = { tables: ['active', 'applications', 'litigation'], source: '本地区汇总' },
): string | null {
  const changed = diffReports(stored, { ...stored, tables: sent.tables })
    .flatMap((c) => (c.kind === 'cell' && readOnly.tables.includes(TABLE_OF.get(c.key)!) ? [c] : []));
  if (changed.length === 0) return null;
  const tables = [...new Set(changed.map((c) => TABLE_OF.get(c.key)!))].map((t) => `「${TABLE_TITLE[t]}」`);
  const shown = changed.slice(0, 3).map((c) => `「${c.name}」`).join('、');
  const more = changed.length > 3 ? `等${changed.length}处` : '';
  return `${tables.join('、')}的数字由${readOnly.source}生成，不能修改（改动了${shown}${more}）。本次保存未被接受，文字部分也未保存：请撤销表格中的改动，或刷新页面后再修改文字。`;
}
