// The 2021 national format, read from templates/national-2021 (data, not code: spec §2–§6).
import outline from '@/templates/national-2021/outline.json';
import tables from '@/templates/national-2021/tables.json';
import rules from '@/templates/national-2021/rules.json';

export type ValueType = 'count' | 'amount';
export type Level = 'department' | 'town' | 'government';
export type NarrativeKey = 'preamble' | 'overview' | 'problems' | 'other';
export type TableKey = 'active' | 'applications' | 'litigation';
export type PartKey = NarrativeKey | TableKey;

export type OutlinePart = {
  key: PartKey;
  label: string;
  kind: 'narrative' | 'table';
  numeral?: string;
  heading: string | null;
  statutory: boolean;
  subheadings?: string[];
  variants?: string[];
};

export type ActiveBlock = {
  label: string;
  valueType: ValueType;
  columns: string[];
  rows: { key: ActiveRowKey; label: string }[];
};
export type ActiveRowKey = 'regulations' | 'normativeDocuments' | 'licensing' | 'punishment' | 'enforcement' | 'feesWan';

export type ApplicationRow = {
  label: string;
  short?: string;
  section?: string;
  group?: string;
  role: 'received' | 'carriedIn' | 'result' | 'resultTotal' | 'carriedOut';
  computed?: boolean;
};
export type ApplicationColumn = { label: string; group?: string; computed?: boolean };
export type LitigationGroup = { label: string; path: string[] };

export type RuleSeverity = 'error' | 'warning';
export type RuleScope = 'tables' | 'narrative' | 'previous' | 'register' | 'meta';
export type RuleDefinition = {
  id: string;
  severity: RuleSeverity;
  scope: RuleScope;
  title: string;
  message: string;
};

export type Template = {
  edition: 'national-2021';
  titleSuffix: string;
  firstYear: number;
  parts: OutlinePart[];
  deadlines: Record<Level, { label: string; month: number; day: number }>;
  active: { title: string; headerLabel: string; blocks: ActiveBlock[] };
  applications: { title: string; note: string; headerLabel: string; columns: ApplicationColumn[]; rows: ApplicationRow[] };
  litigation: { title: string; groups: LitigationGroup[]; columns: ApplicationColumn[] };
  rules: RuleDefinition[];
};

const { source: _deadlineSource, ...deadlines } = outline.deadlines;

export const template: Template = {
  edition: 'national-2021',
  titleSuffix: outline.titleSuffix,
  firstYear: outline.firstYear,
  parts: outline.parts as OutlinePart[],
  deadlines: deadlines as Template['deadlines'],
  active: tables.active as Template['active'],
  applications: tables.applications as Template['applications'],
  litigation: tables.litigation as Template['litigation'],
  rules: rules.rules as RuleDefinition[],
};

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
