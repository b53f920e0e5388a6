// The 2019 edition (国办公开办函〔2019〕60号, spec §9), for reading and checking 2019–2020 reports: its own
// Table 1, a Table 2 whose （六）其他处理 is one row (23 rows), the 2021 Table 3. Tables 2 and 3 are
// checked by the 2021 rule engine on a view in the 2021 shape (the single （六） row in 「3.其他」, spec §10).
import { z } from 'zod';
import { zhCN } from 'zod/locales';
import outline2019 from '@/templates/national-2019/outline.json';
import tables2019 from '@/templates/national-2019/tables.json';
import { formatPath, parseJsonText, readCanonical, stringifyCompact, writeCanonical, type CanonicalError } from './canonical';
import { appKeyOf, cellSpec } from './cells';
import { findBrokenRules } from './engine';
import { fillMessage, type Finding, type RuleInput } from './findings';
import { ZCellInput, ZReport, type TCell, type TReport } from './model';
import { normalizeCell, type Normalized } from './normalize';
import { APP_COLS, APP_ROWS, LIT_CELLS, ruleDefinition, template } from './template';

export type ValueType2019 = 'count' | 'delta' | 'amount';
export type ActiveKey2019 =
  | 'regulations' | 'normativeDocuments' | 'licensing' | 'otherServices' | 'punishment' | 'enforcement' | 'fees' | 'procurement';
export type ActiveBlock2019 = {
  label: string;
  columns: { label: string; valueType: ValueType2019 }[];
  rows: { key: ActiveKey2019; label: string }[];
};
export type ApplicationRow2019 = { label: string; section?: string; group?: string; role: string; computed?: boolean };

export const template2019 = {
  edition: 'national-2019' as const,
  firstYear: outline2019.firstYear,
  lastYear: outline2019.lastYear,
  outdatedFrom: outline2019.outdatedFrom,
  outdatedMarks: outline2019.outdatedMarks,
  active: tables2019.active as { title: string; headerLabel: string; blocks: ActiveBlock2019[] },
  applications: tables2019.applications as { title: string; rows: ApplicationRow2019[]; columns: { label: string }[] },
};

export const APP_ROWS_2019 = template2019.applications.rows.length; // 23
/** The 2019 row of each 2021 row (spec §10): rows 一…（五）5. coincide, （六） sits in 「3.其他」, （六）1./2. have none. */
const VIEW_ROW_TO_2019: (number | undefined)[] = Array.from({ length: APP_ROWS }, (_, r) =>
  r < 20 ? r : r === 20 || r === 21 ? undefined : r - 2,
);
const OTHER_VIEW_ROW = template.applications.rows[VIEW_ROW_TO_2019.indexOf(20)];

// Read, never stored or edited: cells keep what the document printed, judged by the rules.
const triple = z.tuple([ZCellInput, ZCellInput, ZCellInput]);
const pair = z.tuple([ZCellInput, ZCellInput]);

export const ZActiveTable2019 = z.object({
  regulations: triple,
  normativeDocuments: triple,
  licensing: triple,
  otherServices: triple,
  punishment: triple,
  enforcement: triple,
  fees: pair,
  procurement: pair,
});

export const ZReport2019 = ZReport.omit({ format: true, tables: true }).extend({
  format: z.literal('national-2019'),
  tables: z.object({
    active: ZActiveTable2019,
    applications: z.array(z.array(ZCellInput).length(APP_COLS)).length(APP_ROWS_2019),
    litigation: z.array(ZCellInput).length(LIT_CELLS),
  }),
});
export type TReport2019 = z.infer<typeof ZReport2019>;
export type TActiveTable2019 = z.infer<typeof ZActiveTable2019>;
/** A report of either edition, as the importer and the checker meet them. */
export type TAnyReport = TReport | TReport2019;

export const is2019 = (r: TAnyReport): r is TReport2019 => r.format === 'national-2019';

/** Table 1 cells of the 2019 edition, named like spec §11: 「第二十条第（五）项 / 行政许可 / 本年增/减」. */
export type ActiveCell2019 = { key: string; row: ActiveKey2019; col: number; name: string; type: ValueType2019 };
export const ACTIVE_CELLS_2019: readonly ActiveCell2019[] = template2019.active.blocks.flatMap((block) =>
  block.rows.flatMap((row) =>
    block.columns.map((column, col) => ({
      key: `active.${row.key}.${col}`,
      row: row.key,
      col,
      name: [block.label, row.label, column.label].join(' / '),
      type: column.valueType,
    })),
  ),
);

/** 本年增/减 may be negative (−3); otherwise the 2021 normaliser decides. */
export function normalizeCell2019(raw: string | number | null | undefined, type: ValueType2019): Normalized {
  if (type !== 'delta') return normalizeCell(raw, type);
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? { value: raw } : { value: String(raw), problem: '须为整数' };
  const folded = raw.normalize('NFKC').replace(/[−－–—]/g, '-').replace(/\s+/g, '');
  const sign = /^[+-]/.test(folded) ? folded[0] : '';
  const magnitude = normalizeCell(folded.slice(sign.length), 'count');
  if (magnitude.problem || typeof magnitude.value !== 'number') {
    return sign ? { value: raw.trim(), problem: magnitude.problem ?? '不是数字' } : magnitude;
  }
  return { value: sign === '-' && magnitude.value !== 0 ? -magnitude.value : magnitude.value };
}

const zhErrors = zhCN().localeError;

export type AnyReadResult = { ok: true; report: TAnyReport } | { ok: false; errors: CanonicalError[] };

/** Canonical JSON of either edition (spec §10): 「national-2019」 in its own shape, anything else as readCanonical. */
export function readCanonicalAnyEdition(data: unknown): AnyReadResult {
  if (!(data && typeof data === 'object' && (data as { format?: unknown }).format === 'national-2019')) return readCanonical(data);
  const parsed = ZReport2019.safeParse(data, { error: zhErrors });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const report = parsed.data;
  const active = structuredClone(report.tables.active);
  for (const cell of ACTIVE_CELLS_2019) {
    const raw = active[cell.row][cell.col];
    if (typeof raw === 'string') active[cell.row][cell.col] = normalizeCell2019(raw, cell.type).value;
  }
  const applications = report.tables.applications.map((row) => row.map((v) => (typeof v === 'string' ? normalizeCell(v, 'count').value : v)));
  const litigation = report.tables.litigation.map((v) => (typeof v === 'string' ? normalizeCell(v, 'count').value : v));
  return { ok: true, report: { ...report, tables: { active, applications, litigation } } };
}

export function readCanonicalTextAnyEdition(text: string): AnyReadResult {
  const parsed = parseJsonText(text);
  return parsed.ok ? readCanonicalAnyEdition(parsed.data) : parsed;
}

export function writeCanonicalAnyEdition(report: TAnyReport): string {
  return is2019(report) ? `${stringifyCompact(ZReport2019.parse(report), '')}\n` : writeCanonical(report);
}

const blankActive = (fill: TCell, fee: TCell): TReport['tables']['active'] => ({
  regulations: [fill, fill, fill],
  normativeDocuments: [fill, fill, fill],
  licensing: fill,
  punishment: fill,
  enforcement: fill,
  feesWan: fee,
});

/**
 * A 2019 report in the 2021 shape, for the rules the editions share: Table 2 with （六） in 「3.其他」 and
 * （六）1./2. empty, Table 3 as is. Table 1 has no 2021 counterpart: zeros (nothing to judge) for the report
 * itself, empty for last year's report (REGULATIONS-STOCK then has no stock to start from).
 */
export function toView2021(report: TReport2019, role: 'report' | 'previous' = 'report'): TReport {
  const { tables, ...rest } = report;
  const applications = Array.from({ length: APP_ROWS }, (_, r) => {
    const from = VIEW_ROW_TO_2019[r];
    return from === undefined ? Array<TCell>(APP_COLS).fill(null) : tables.applications[from].slice();
  });
  const active = role === 'report' ? blankActive(0, '0') : blankActive(null, null);
  return { ...rest, format: 'national-2021', tables: { active, applications, litigation: tables.litigation.slice() } } as TReport;
}

/** Last year's report as the 2021 rules compare with it, whatever its edition. */
export const comparable = (r: TAnyReport): TReport => (is2019(r) ? toView2021(r, 'previous') : r);

function name2019(key: string): string | null {
  const at = appKeyOf(key);
  if (!at) return cellSpec(key).name; // Table 3 is the same in both editions
  const row2019 = VIEW_ROW_TO_2019[at.row];
  if (row2019 === undefined) return null;
  const row = template2019.applications.rows[row2019];
  return [row.section, row.group, row.label, template2019.applications.columns[at.col].label].filter(Boolean).join(' / ');
}

const key2019 = (key: string): string => {
  const at = appKeyOf(key);
  return at ? `applications.${VIEW_ROW_TO_2019[at.row]}.${at.col}` : key;
};

/** A finding on the view, said of the 2019 tables; null when it is only about rows the 2019 edition lacks. */
function mapFinding(f: Finding): Finding | null {
  const kept = f.cellKeys.filter((k) => name2019(k) !== null);
  if (f.cellKeys.length > 0 && kept.length === 0) return null;
  return {
    ...f,
    // APP-ROW-TOTAL names the row it adds up: the view's 「（六）其他处理 / 3.其他」 is the 2019 「（六）其他处理」.
    message: f.message.split(`${OTHER_VIEW_ROW.group} / ${OTHER_VIEW_ROW.label}`).join(OTHER_VIEW_ROW.group ?? ''),
    cellKeys: kept.map(key2019),
    cells: kept.map((k) => name2019(k) as string),
  };
}

function message(rule: string, vars: Record<string, string | number>): string {
  return fillMessage(ruleDefinition(rule).message, vars);
}

/** VALUE-FORMAT, VALUE-MISSING and SECTION-MISSING over the 2019 Table 1 (spec §6 applied to §9). */
function activeFindings(report: TReport2019): Finding[] {
  const out: Finding[] = [];
  const values = ACTIVE_CELLS_2019.map((cell) => ({ cell, value: report.tables.active[cell.row][cell.col] as TCell }));
  const allBlank = values.every(({ value, cell }) => value === null || normalizeCell2019(value, cell.type).value === null);
  if (allBlank && report.parts) {
    out.push({ rule: 'SECTION-MISSING', severity: 'error', message: message('SECTION-MISSING', { part: template2019.active.title }), cells: [], cellKeys: [] });
    return out;
  }
  for (const { cell, value } of values) {
    const normalized = normalizeCell2019(value, cell.type);
    if (normalized.problem) {
      out.push({ rule: 'VALUE-FORMAT', severity: 'error', cells: [cell.name], cellKeys: [cell.key],
        message: message('VALUE-FORMAT', { cell: cell.name, value: String(value), problem: normalized.problem }) });
    } else if (normalized.value === null) {
      out.push({ rule: 'VALUE-MISSING', severity: 'error', cells: [cell.name], cellKeys: [cell.key],
        message: message('VALUE-MISSING', { cell: cell.name }) });
    }
  }
  return out;
}

export type RuleInput2019 = Omit<RuleInput, 'report' | 'previous'> & { report: TReport2019; previous?: TAnyReport };

/**
 * The rules of spec §6 for a 2019-edition report: Table 2/3 arithmetic, VALUE-*, the narrative and meta rules
 * through the 2021 engine; Table 1 values here; OUTDATED-FORMAT when the report is for 2021 or later.
 */
export function findBrokenRules2019(input: RuleInput2019): Finding[] {
  const { report } = input;
  const base = findBrokenRules({ ...input, report: toView2021(report), previous: input.previous && comparable(input.previous) });
  const mapped = base
    .filter((f) => f.rule !== 'REGULATIONS-STOCK' && f.rule !== 'OUTDATED-FORMAT')
    .filter((f) => !f.cellKeys.some((k) => k.startsWith('active.')))
    .map(mapFinding)
    .filter((f): f is Finding => f !== null);
  const extra = activeFindings(report);
  if (report.year >= template2019.outdatedFrom) {
    const detail = `表格为2019年版（${template2019.outdatedMarks.join('、')}，「（六）其他处理」只有一行）`;
    extra.push({ rule: 'OUTDATED-FORMAT', severity: 'error', cells: [], cellKeys: [], message: message('OUTDATED-FORMAT', { year: report.year, detail }) });
  }
  // In the engine's order: by rule as the template lists them, Table 1 before Table 2 within a rule.
  return template.rules.flatMap((def) => [...extra.filter((f) => f.rule === def.id), ...mapped.filter((f) => f.rule === def.id)]);
}

/** The checker's entry for a report of either edition; last year's may be of either edition too. */
export function findBrokenRulesAnyEdition(input: Omit<RuleInput, 'report' | 'previous'> & { report: TAnyReport; previous?: TAnyReport }): Finding[] {
  const { report, previous, ...rest } = input;
  if (is2019(report)) return findBrokenRules2019({ ...rest, report, previous });
  return findBrokenRules({ ...rest, report, ...(previous ? { previous: comparable(previous) } : {}) });
}
