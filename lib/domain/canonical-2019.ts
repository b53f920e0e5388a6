// Canonical JSON (spec §10) of either edition: a 2019-edition report (「national-2019」, spec §9) in its own
// shape — its Table 1, 23 rows of Table 2 — read, normalised and written like a 2021 one.
import { z } from 'zod';
import { zhCN } from 'zod/locales';
import { ACTIVE_CELLS_2019, normalizeCell2019 } from './active-cells-2019';
import { formatPath, parseJsonText, readCanonical, stringifyCompact, writeCanonical, type CanonicalError } from './canonical';
import { ZCellInput, ZReport, type TReport } from './model';
import { normalizeCell } from './normalize';
import { isPre2019, PRE_2019_FORMAT, ZReportPre2019, type TReportPre2019 } from './pre-2019';
import { APP_ROWS_2019 } from './template-2019';
import { APP_COLS, LIT_CELLS } from './template';

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
/** A report of either edition, or from before them (pre-2019.ts), as the importer and the checker meet them. */
export type TAnyReport = TReport | TReport2019 | TReportPre2019;

export const is2019 = (r: TAnyReport): r is TReport2019 => r.format === 'national-2019';

const zhErrors = zhCN().localeError;

export type AnyReadResult = { ok: true; report: TAnyReport } | { ok: false; errors: CanonicalError[] };

/**
 * Canonical JSON of either edition (spec §10): 「national-2019」 in its own shape, 「pre-2019」 with every cell
 * null, anything else as readCanonical.
 */
export function readCanonicalAnyEdition(data: unknown): AnyReadResult {
  if (data && typeof data === 'object' && (data as { format?: unknown }).format === PRE_2019_FORMAT) {
    const parsed = ZReportPre2019.safeParse(data, { error: zhErrors });
    if (parsed.success) return { ok: true, report: parsed.data };
    return { ok: false, errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
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
  if (is2019(report)) return `${stringifyCompact(ZReport2019.parse(report), '')}\n`;
  if (isPre2019(report)) return `${stringifyCompact(ZReportPre2019.parse(report), '')}\n`;
  return writeCanonical(report);
}
