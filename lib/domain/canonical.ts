// The canonical JSON form (spec §10): read with clear errors naming the JSON path, and write.
import { zhCN } from 'zod/locales';
import { CELLS, getCell, setCell } from './cells';
import { ZReport, ZReportInput, type TReport } from './model';
import { normalizeCell } from './normalize';
import { splitPendingInput } from './pending-input';

export type CanonicalError = { path: string; message: string };
export type ReadResult = { ok: true; report: TReport } | { ok: false; errors: CanonicalError[] };

const zhErrors = zhCN().localeError;

/** tables.applications[3][2] from ['tables','applications',3,2]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), '') || '(根)';
}

/** Cells given as text ("1,234", "１２", "/") become values; text that is no value becomes pending input. */
function normalizeCells(report: TReport): TReport {
  let tables = report.tables;
  for (const cell of CELLS) {
    const raw = getCell(tables, cell.key);
    if (typeof raw !== 'string') continue;
    const { value } = normalizeCell(raw, cell.type);
    if (value !== raw) tables = setCell(tables, cell.key, value);
  }
  return tables === report.tables ? report : { ...report, tables };
}

export function readCanonical(data: unknown): ReadResult {
  const format = data && typeof data === 'object' ? (data as { format?: unknown }).format : undefined;
  // A 2019-edition report, or one from before 2019, has its own shape: readCanonicalAnyEdition (edition-2019.ts) reads it.
  if (format === 'national-2019' || format === 'pre-2019') {
    const name = format === 'national-2019' ? '2019年版格式' : '2019年以前的格式';
    return { ok: false, errors: [{ path: 'format', message: `${name}（${format}）不能作为2021年版报告读取` }] };
  }
  const parsed = ZReportInput.safeParse(data, { error: zhErrors });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  return { ok: true, report: splitPendingInput(normalizeCells(parsed.data)) };
}

/** JSON text to data, or the error a reader reports for text that is not JSON at all. */
export function parseJsonText(text: string): { ok: true; data: unknown } | { ok: false; errors: CanonicalError[] } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (e) {
    return { ok: false, errors: [{ path: '(根)', message: `不是有效的 JSON：${(e as Error).message}` }] };
  }
}

export function readCanonicalText(text: string): ReadResult {
  const parsed = parseJsonText(text);
  return parsed.ok ? readCanonical(parsed.data) : parsed;
}

/** Canonical JSON with the key order of spec §10; cells stay exactly as held. */
export function writeCanonical(report: TReport): string {
  return `${stringifyCompact(ZReport.parse(report), '')}\n`;
}

/** JSON with arrays of plain values on one line, so a table row reads as a row. */
export function stringifyCompact(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + stringifyCompact(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const inner = indent + '  ';
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyCompact(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

