// The three statutory tables of a published report read cell by cell (issue 14): each reader hands over its
// rows as printed; run-together rows become candidate splits; Table 2 is solved as a whole under its sums and
// Table 3 group by group; every cell ends as a value, a blank or unread, with its evidence. The canonical
// tables hold the values, and null for blanks and unread cells.
import { normalizeCell2019, template2019, type TAnyReport } from '../domain/edition-2019';
import { memoString } from '../domain/memo-string';
import type { TCell } from '../domain/model';
import { normalizeCell } from '../domain/normalize';
import { APP_COLS, template } from '../domain/template';
import { decodeApplications, decodeLitigation, LEFT_OUT, SINGLE_OTHER_ROW } from './decode-tables';
import { ACTIVE_SPECS_2019, ACTIVE_SPECS_2021, readActive, type ActiveRowSpec } from './read-active';
import { readApplications, type ApplicationsRead, type ApplicationsShape } from './read-applications';
import { readLitigation } from './read-litigation';
import type { CellReading, Reading, SourceText } from './reading';
import { candidatesOf, readingsOf, type RowInput } from './row-cells';
import { SECTION_TITLES } from './sections';
import type { RowTuple } from './solve-applications';
import type { Region } from './table-rows';
import type { ReadLog } from './types';

/** `active` by row key in the format's shape; the report model's schema checks it when the report is built. */
export type TablesRead = {
  format: 'national-2021' | 'national-2019';
  active: Record<string, TCell | TCell[]>;
  applications: TCell[][];
  litigation: TCell[];
  shape: ApplicationsShape;
  reading: Reading;
};

type Regions = { active: Region; applications: Region; litigation: Region };
type ValueType = 'count' | 'amount' | 'delta';

const SEP = ' / ';
const LIT_NAMES = template.litigation.groups.flatMap((g) => template.litigation.columns.map((c) => [...g.path, c.label].join(SEP)));
const namesOf = (rows: { section?: string; group?: string; label: string }[]) =>
  rows.map((row) => template.applications.columns.map((c) => [row.section, row.group, row.label, c.label].filter(Boolean).join(SEP)));
const APP_NAMES: Record<ApplicationsShape, string[][]> = { full: namesOf(template.applications.rows), 'single-other': namesOf(template2019.applications.rows) };
const appNames = (shape: ApplicationsShape) => APP_NAMES[shape];
// A cell's value by its printed text, remembered per type: the same few texts fill most cells of every report.
const VALUE_OF: Record<ValueType, (printed: string) => TCell> = {
  count: memoString((printed) => normalizeCell(printed, 'count').value),
  amount: memoString((printed) => normalizeCell(printed, 'amount').value),
  delta: memoString((printed) => normalizeCell2019(printed, 'delta').value),
};
function valueOf(reading: CellReading, type: ValueType): TCell {
  return reading.status === 'value' ? VALUE_OF[type](reading.value) : null;
}

/** Table 1's readings by row key: no sums tie its cells, so a run is read only where its digits alone decide. */
function activeReadings(region: Region, edition: '2021' | '2019', source: SourceText, log: ReadLog): Map<string, CellReading[]> {
  const rows = readActive(region, edition, log);
  const out = new Map<string, CellReading[]>();
  for (const spec of activeSpecs(edition)) {
    const input = rows.get(spec.key) as RowInput;
    const n = spec.columns.length;
    const cands = candidatesOf(input, n, { amount: (c) => spec.columns[c].type === 'amount' });
    out.set(spec.key, readingsOf(cands, { sums: 'none' }, n, source, input.kind === 'absent'));
  }
  return out;
}

const activeSpecs = (edition: '2021' | '2019'): ActiveRowSpec[] => (edition === '2021' ? ACTIVE_SPECS_2021 : ACTIVE_SPECS_2019);

/**
 * A 2019-edition Table 1 in a report whose Table 2 is the 2021 one: the 处理决定数量 of 行政许可/处罚/强制
 * mean what the 2021 column means; the other 2021 cells have no 2019 counterpart and stay unread.
 */
const DECISIONS_2019_COLUMN = 2;
function activeFrom2019(readings: Map<string, CellReading[]>): Map<string, CellReading[]> {
  const out = new Map<string, CellReading[]>();
  for (const spec of ACTIVE_SPECS_2021) {
    const same = readings.get(spec.key);
    if (spec.columns.length === 1 && same && spec.key !== 'feesWan') out.set(spec.key, [same[DECISIONS_2019_COLUMN]]);
    else out.set(spec.key, spec.columns.map(() => ({ status: 'unread', reason: '表一印的是2019年版的栏目，与2021年版不同，须补填', candidates: [], evidence: null })));
  }
  return out;
}

function activeTable(readings: Map<string, CellReading[]>, edition: '2021' | '2019', cells: Record<string, CellReading>) {
  const table: Record<string, TCell | TCell[]> = {};
  for (const spec of activeSpecs(edition)) {
    const row = readings.get(spec.key) as CellReading[];
    row.forEach((r, c) => {
      cells[[spec.block, spec.label, spec.columns[c].label].join(SEP)] = r;
    });
    const values = row.map((r, c) => valueOf(r, spec.columns[c].type));
    table[spec.key] = edition === '2021' && values.length === 1 ? values[0] : values;
  }
  return table;
}

/** Table 2 in the format's shape: 25 rows, or 23 in the 2019 edition; a single （六） row of a 2021 report in 「3.其他」. */
function applicationsTable(
  read: ApplicationsRead,
  format: TablesRead['format'],
  source: SourceText,
  log: ReadLog,
  cells: Record<string, CellReading>,
  previousOut?: RowTuple,
): TCell[][] {
  const { rows, shape } = read;
  const { readings, failure } = decodeApplications(rows, shape, source, previousOut);
  if (failure) {
    log.warn(failure === 'none'
      ? `${SECTION_TITLES.applications}：连写数字的各种拆分都与表内合计对不上（原表可能有误），只读取拆分唯一确定的数`
      : `${SECTION_TITLES.applications}：连写数字可能的拆分过多，未按合计求解`);
  }
  const names = appNames(format === 'national-2021' ? 'full' : 'single-other');
  const nameRow = (r: number) => (format === 'national-2019' || shape === 'full' || r < SINGLE_OTHER_ROW ? r : r + LEFT_OUT.length);
  const table = readings.map((row, r) => {
    row.forEach((reading, col) => {
      cells[names[nameRow(r)][col]] = reading;
    });
    return row.map((reading) => valueOf(reading, 'count'));
  });
  if (format === 'national-2019' || shape === 'full') return table;
  // spec §10: the single （六） row's numbers go into 「3.其他」; the two rows it leaves out are empty.
  for (const r of LEFT_OUT) names[r].forEach((name) => {
    cells[name] = { status: 'blank', method: 'separated', evidence: null, absent: true };
  });
  log.warn(`${SECTION_TITLES.applications}：「（六）其他处理」只印了一行（2019年版写法），其数字读入「（六）其他处理 / 3.其他」，另两行留空`);
  return [...table.slice(0, SINGLE_OTHER_ROW), ...LEFT_OUT.map(() => Array<TCell>(APP_COLS).fill(null)), ...table.slice(SINGLE_OTHER_ROW)];
}

function litigationTable(region: Region, source: SourceText, log: ReadLog, cells: Record<string, CellReading>) {
  const readings = decodeLitigation(readLitigation(region, log), source);
  readings.forEach((r, i) => {
    cells[LIT_NAMES[i]] = r;
  });
  return readings.map((r) => valueOf(r, 'count'));
}

/**
 * Reads the three tables. `table1`: the edition Table 1 is printed in. The report is of the 2019 edition when
 * both Table 1 and Table 2 are (spec §9); otherwise of the 2021 edition. `previous` (last year's report)
 * lends its 四 to decide this year's 二.
 */
export function readTables(regions: Regions, table1: '2021' | '2019', source: SourceText, log: ReadLog, previous?: TAnyReport): TablesRead {
  const cells: Record<string, CellReading> = {};
  const applicationsRead = readApplications(regions.applications, log);
  const { shape } = applicationsRead;
  const format = table1 === '2019' && shape === 'single-other' ? 'national-2019' : 'national-2021';
  let activeRead = activeReadings(regions.active, table1, source, log);
  if (table1 === '2019' && format === 'national-2021') {
    log.warn(`${SECTION_TITLES.active}：表一为2019年版，表二为2021年版；表一只读取行政许可、行政处罚、行政强制的处理决定数量，其余须补填`);
    activeRead = activeFrom2019(activeRead);
  }
  const active = activeTable(activeRead, format === 'national-2021' ? '2021' : '2019', cells);
  const previousOut = previous?.tables.applications[previous.tables.applications.length - 1].map((v) => (typeof v === 'number' ? v : null));
  const applications = applicationsTable(applicationsRead, format, source, log, cells, previousOut);
  const litigation = litigationTable(regions.litigation, source, log, cells);
  reportCells(cells, log);
  return { format, active, applications, litigation, shape, reading: { cells } };
}

type Kind = 'blank' | 'absent' | 'unread';
const KIND_MESSAGE: Record<Kind, (n: number) => string> = {
  blank: (n) => `${n}个单元格在文件中为空或印作「/」，读作空（未填）`,
  absent: (n) => `${n}个单元格所在的行在文件中未找到，读作空（未填）`,
  unread: (n) => `${n}个单元格未能读取，须补填`,
};

/** One warning per table and kind, naming the first cells: blanks as printed, rows left out, cells not read. */
function reportCells(cells: Record<string, CellReading>, log: ReadLog): void {
  const buckets = new Map<string, string[]>();
  // Object.keys, not entries: a record of some 200 cells is a dictionary, which entries walks several times slower.
  for (const name of Object.keys(cells)) {
    const c = cells[name];
    if (c.status === 'value') continue;
    const kind: Kind = c.status === 'unread' ? 'unread' : c.absent ? 'absent' : 'blank';
    const key = `${tableOf(name)}|${kind}`;
    const list = buckets.get(key);
    if (list) list.push(name);
    else buckets.set(key, [name]);
  }
  for (const title of [SECTION_TITLES.active, SECTION_TITLES.applications, SECTION_TITLES.litigation]) {
    for (const kind of ['blank', 'absent', 'unread'] as Kind[]) {
      const names = buckets.get(`${title}|${kind}`);
      if (names) log.warn(`${title}：${KIND_MESSAGE[kind](names.length)}：${names.slice(0, 6).join('、')}${names.length > 6 ? '等' : ''}`);
    }
  }
}

const LIT_SET = new Set(LIT_NAMES);
const tableOf = (name: string) =>
  name.startsWith('第二十条') ? SECTION_TITLES.active : LIT_SET.has(name) ? SECTION_TITLES.litigation : SECTION_TITLES.applications;
