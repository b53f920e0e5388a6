// The 2021 national format, read from templates/national-2021 (data, not code: spec §2–§6) and checked
// against its schema when it loads (template-schema.ts).
import type { z } from 'zod';
import outline from '@/templates/national-2021/outline.json';
import tables from '@/templates/national-2021/tables.json';
import rules from '@/templates/national-2021/rules.json';
import {
  parseTemplate, ZActiveRowKey, ZNarrativeKey, ZOutline, ZRules, ZTableKey, ZTables, type ZValueType,
} from './template-schema';

export type ValueType = z.infer<typeof ZValueType>;
export type Level = 'department' | 'town' | 'government';
export type NarrativeKey = z.infer<typeof ZNarrativeKey>;
export type TableKey = z.infer<typeof ZTableKey>;
export type PartKey = NarrativeKey | TableKey;

type TOutline = z.infer<typeof ZOutline>;
type TTablesTemplate = z.infer<typeof ZTables>;
export type OutlinePart = TOutline['parts'][number];
export type ActiveBlock = TTablesTemplate['active']['blocks'][number];
export type ActiveRowKey = z.infer<typeof ZActiveRowKey>;
export type ApplicationRow = TTablesTemplate['applications']['rows'][number];
export type ApplicationColumn = TTablesTemplate['applications']['columns'][number];
export type LitigationGroup = TTablesTemplate['litigation']['groups'][number];
export type RuleDefinition = z.infer<typeof ZRules>['rules'][number];
export type RuleSeverity = RuleDefinition['severity'];
export type RuleScope = RuleDefinition['scope'];

const parsedOutline = parseTemplate('national-2021/outline.json', ZOutline, outline);
const parsedTables = parseTemplate('national-2021/tables.json', ZTables, tables);
const { source: _deadlineSource, ...deadlines } = parsedOutline.deadlines;

export const template = {
  edition: parsedOutline.edition,
  titleSuffix: parsedOutline.titleSuffix,
  firstYear: parsedOutline.firstYear,
  parts: parsedOutline.parts,
  deadlines: deadlines satisfies Record<Level, { label: string; month: number; day: number }>,
  active: parsedTables.active,
  applications: parsedTables.applications,
  litigation: parsedTables.litigation,
  rules: parseTemplate('national-2021/rules.json', ZRules, rules).rules,
};
export type Template = typeof template;

export const isNarrativeKey = (key: PartKey): key is NarrativeKey => ZNarrativeKey.safeParse(key).success;
/** The narrative parts in outline order: preamble, 一, 五, 六 (spec §10). */
export const NARRATIVE_KEYS: readonly NarrativeKey[] = template.parts.map((p) => p.key).filter(isNarrativeKey);
/** The rows of Table 1 in printed order (spec §3), each a key of tables.active. */
export const ACTIVE_ROW_KEYS: readonly ActiveRowKey[] = template.active.blocks.flatMap((b) => b.rows.map((r) => r.key));
/** Table 1's values per row key: one for a one-column block, else as many as the block has columns. */
export const ACTIVE_ROW_WIDTH: Readonly<Record<ActiveRowKey, number>> = Object.fromEntries(
  template.active.blocks.flatMap((b) => b.rows.map((r) => [r.key, b.columns.length])),
) as Record<ActiveRowKey, number>;

/** Index helpers derived once from the template, so no code hard-codes a row position. */
export const APP_ROWS = template.applications.rows.length; // 25
export const APP_COLS = template.applications.columns.length; // 7
export const APP_TOTAL_COL = template.applications.columns.findIndex((c) => c.computed);
export const APP_ENTRY_COLS = template.applications.columns.map((_, i) => i).filter((i) => i !== APP_TOTAL_COL);
const rowIndex = (role: ApplicationRow['role']) => template.applications.rows.findIndex((r) => r.role === role);
export const ROW_RECEIVED = rowIndex('received');
export const ROW_CARRIED_IN = rowIndex('carriedIn');
export const ROW_RESULT_TOTAL = rowIndex('resultTotal');
export const ROW_CARRIED_OUT = rowIndex('carriedOut');
export const RESULT_ROWS = template.applications.rows.map((r, i) => (r.role === 'result' ? i : -1)).filter((i) => i >= 0);

export const LIT_COLS = template.litigation.columns.length; // 5
export const LIT_TOTAL_COL = template.litigation.columns.findIndex((c) => c.computed);
export const LIT_CELLS = template.litigation.groups.length * LIT_COLS; // 15

export function ruleDefinition(id: string): RuleDefinition {
  const def = template.rules.find((r) => r.id === id);
  if (!def) throw new Error(`rule ${id} is not in the template`);
  return def;
}

export function partByKey(key: PartKey): OutlinePart {
  const part = template.parts.find((p) => p.key === key);
  if (!part) throw new Error(`part ${key} is not in the outline`);
  return part;
}

/** A part's heading as the template prints it and as published reports also print it (spec §2). */
export function headingVariants(key: PartKey): string[] {
  const part = partByKey(key);
  return [...new Set([part.heading, ...(part.variants ?? [])].filter((h): h is string => h !== null))];
}

/** Groups of result rows sharing a group label (（三）…（六）), or the row alone (（一）, （二）). */
export function resultGroups(): { label: string; rows: number[] }[] {
  const groups: { label: string; rows: number[] }[] = [];
  for (const i of RESULT_ROWS) {
    const row = template.applications.rows[i];
    const label = row.group ?? row.label;
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.rows.push(i);
    else groups.push({ label, rows: [i] });
  }
  return groups;
}
