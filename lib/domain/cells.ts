// Every statutory cell, addressed by a stable key and named by its labels from the outside in (spec §11).
import type { TCell, TTables } from './model';
import { LIT_COLS, template, type ActiveRowKey, type TableKey, type ValueType } from './template';

export type CellKey = string;
export type CellSpec = {
  key: CellKey;
  /** Accessible name and the name findings use, e.g. 「行政复议 / 结果维持」. */
  name: string;
  table: TableKey;
  type: ValueType;
  /** Computed cells (总计) are derived in the editor and checked when printed. */
  computed: boolean;
  /** Path in the canonical JSON, for error messages: tables.applications[3][2]. */
  jsonPath: string;
};

const SEP = ' / ';

function buildCatalogue(): CellSpec[] {
  const cells: CellSpec[] = [];
  for (const block of template.active.blocks) {
    for (const row of block.rows) {
      block.columns.forEach((column, c) => {
        const single = block.columns.length === 1;
        cells.push({
          key: activeKey(row.key, single ? null : c),
          name: [block.label, row.label, column].join(SEP),
          table: 'active',
          type: block.valueType,
          computed: false,
          jsonPath: single ? `tables.active.${row.key}` : `tables.active.${row.key}[${c}]`,
        });
      });
    }
  }
  template.applications.rows.forEach((row, r) => {
    template.applications.columns.forEach((column, c) => {
      cells.push({
        key: `applications.${r}.${c}`,
        name: [row.section, row.group, row.label, column.label].filter(Boolean).join(SEP),
        table: 'applications',
        type: 'count',
        computed: Boolean(row.computed || column.computed),
        jsonPath: `tables.applications[${r}][${c}]`,
      });
    });
  });
  template.litigation.groups.forEach((group, g) => {
    template.litigation.columns.forEach((column, c) => {
      const i = g * LIT_COLS + c;
      cells.push({
        key: `litigation.${i}`,
        name: [...group.path, column.label].join(SEP),
        table: 'litigation',
        type: 'count',
        computed: Boolean(column.computed),
        jsonPath: `tables.litigation[${i}]`,
      });
    });
  });
  return cells;
}

export const CELLS: readonly CellSpec[] = buildCatalogue();
const BY_KEY = new Map(CELLS.map((c) => [c.key, c]));

export function cellSpec(key: CellKey): CellSpec {
  const spec = BY_KEY.get(key);
  if (!spec) throw new Error(`unknown cell ${key}`);
  return spec;
}

/** A Table 1 cell: 「active.licensing」 for a one-column block, 「active.regulations.2」 otherwise. */
export function activeKey(row: ActiveRowKey, col: number | null): CellKey {
  return col === null ? `active.${row}` : `active.${row}.${col}`;
}
export const appKey = (row: number, col: number): CellKey => `applications.${row}.${col}`;
export const litKey = (index: number): CellKey => `litigation.${index}`;
export const appKeyOf = (key: CellKey): { row: number; col: number } | null => {
  const m = /^applications\.(\d+)\.(\d+)$/.exec(key);
  return m ? { row: Number(m[1]), col: Number(m[2]) } : null;
};

type Address =
  | { table: 'active'; row: ActiveRowKey; col: number | null }
  | { table: 'applications'; row: number; col: number }
  | { table: 'litigation'; index: number };

function parseAddress(key: CellKey): Address {
  const [table, a, b] = key.split('.');
  if (table === 'active') return { table, row: a as ActiveRowKey, col: b === undefined ? null : Number(b) };
  if (table === 'applications') return { table, row: Number(a), col: Number(b) };
  return { table: 'litigation', index: Number(a) };
}

/** Every cell's address, parsed once: the rules read cells by key on every keystroke. */
const ADDRESS_LIST = CELLS.map((c) => parseAddress(c.key));
const ADDRESSES = new Map(CELLS.map((c, i) => [c.key, ADDRESS_LIST[i]]));
const address = (key: CellKey): Address => ADDRESSES.get(key) ?? parseAddress(key);
/** Each cell's position in CELLS, so code that reads many cells can index cellValues() instead. */
const INDEX_OF = new Map(CELLS.map((c, i) => [c.key, i]));

export function cellIndex(key: CellKey): number {
  const i = INDEX_OF.get(key);
  if (i === undefined) throw new Error(`unknown cell ${key}`);
  return i;
}

function readAt(tables: TTables, at: Address): TCell {
  if (at.table === 'applications') return tables.applications[at.row][at.col];
  if (at.table === 'litigation') return tables.litigation[at.index];
  const row = tables.active[at.row];
  return Array.isArray(row) ? row[at.col ?? 0] : (row as TCell);
}

export const getCell = (tables: TTables, key: CellKey): TCell => readAt(tables, address(key));

const valuesCache = new WeakMap<TTables, readonly TCell[]>();
/** Every cell's value in catalogue order (CELLS[i] ↔ values[i]), read once per version of the tables. */
export function cellValues(tables: TTables): readonly TCell[] {
  let values = valuesCache.get(tables);
  if (!values) {
    values = ADDRESS_LIST.map((at) => readAt(tables, at));
    valuesCache.set(tables, values);
  }
  return values;
}

/** The cells whose values differ between two versions of the tables, by index in CELLS. */
export function changedCells(before: TTables, after: TTables): number[] {
  if (before === after) return [];
  const a = cellValues(before);
  const b = cellValues(after);
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.push(i);
  return changed;
}

/** A copy of the tables with one cell replaced; the rest is shared, not copied. */
export function setCell(tables: TTables, key: CellKey, value: TCell): TTables {
  const at = address(key);
  if (at.table === 'applications') {
    const applications = tables.applications.slice();
    const row = applications[at.row].slice();
    row[at.col] = value;
    applications[at.row] = row;
    return { ...tables, applications };
  }
  if (at.table === 'litigation') {
    const litigation = tables.litigation.slice();
    litigation[at.index] = value;
    return { ...tables, litigation };
  }
  const current = tables.active[at.row];
  if (Array.isArray(current)) {
    const row = current.slice() as typeof current;
    row[at.col ?? 0] = value;
    return { ...tables, active: { ...tables.active, [at.row]: row } };
  }
  return { ...tables, active: { ...tables.active, [at.row]: value } };
}
