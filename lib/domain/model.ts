// The report model: the canonical data form of spec §10, shared by form, server, renderers and checker.
// A stored statutory cell holds a valid value or nothing; what a clerk typed that is no valid value is
// kept beside the tables as pending input (pending-input.ts), so no export or sum ever sees it.
import './zod-config';
import { z } from 'zod';
import { CELLS, getCell } from './cells';
import { cellProblem } from './normalize';
import { ACTIVE_ROW_WIDTH, APP_COLS, APP_ROWS, LIT_CELLS, NARRATIVE_KEYS, template, type NarrativeKey } from './template';
import { partName } from './narrative';
import { personText } from './typed-text';

/** A statutory cell as stored: a number, an amount as a decimal string (spec §10), or empty. */
export const ZCell = z.union([
  z.number(),
  z.string().regex(/^\d+(\.\d+)?$/, '单元格只能保存数字；未能识别的输入应作为待确认输入保存'),
  z.null(),
]);
export type TCell = z.infer<typeof ZCell>;
/** A cell as typed or read from a document: any text, judged later by VALUE-FORMAT (spec §7). */
export const ZCellInput = z.union([z.number(), z.string(), z.null()]);

function tablesOf(cell: typeof ZCell | typeof ZCellInput) {
  const triple = z.tuple([cell, cell, cell]);
  return z.object({
    active: z.object({
      regulations: triple,
      normativeDocuments: triple,
      licensing: cell,
      punishment: cell,
      enforcement: cell,
      feesWan: cell,
    }),
    applications: z.array(z.array(cell).length(APP_COLS)).length(APP_ROWS),
    litigation: z.array(cell).length(LIT_CELLS),
  });
}

/** Stored tables: every cell a valid value of its type (a count, an amount) or empty. */
const ZStoredTables = tablesOf(ZCell);
/** Stored Table 1 (spec §3): one field per template row. */
export const ZActiveTable = ZStoredTables.shape.active;
export const ZTables = ZStoredTables.superRefine((tables, ctx) => {
  for (const cell of CELLS) {
    const problem = cellProblem(getCell(tables, cell.key), cell.type);
    if (!problem) continue;
    const path = cell.key.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    ctx.addIssue({ code: 'custom', path, message: `「${cell.name}」${problem}，不能作为数值保存` });
  }
});
export type TTables = z.infer<typeof ZTables>;
export type TActiveTable = TTables['active'];
/** Tables as typed or read, with text that is not (yet) a valid value in its cells. */
export const ZTablesInput = tablesOf(ZCellInput);

export const ZLevel = z.enum(['department', 'town', 'government']);

/** A narrative part longer than this is refused on save: a whole published report is rarely a tenth of it. */
export const MAX_PART_CHARS = 50_000;

/** One string per narrative part of the outline (spec §10): preamble, overview (一), problems (五), other (六), as a person typed it. */
export const ZParts = z.object(Object.fromEntries(NARRATIVE_KEYS.map((key) => [key, personText(partName(key))])) as Record<NarrativeKey, ReturnType<typeof personText>>);
export type TParts = z.infer<typeof ZParts>;

const CELL_KEYS = new Set(CELLS.map((c) => c.key));
const ZCellKey = z.string().refine((key) => CELL_KEYS.has(key), { message: '不是报告表格中的单元格' });
/** Far more than any number: a cell's pending input is a few characters a clerk typed. */
export const MAX_CELL_INPUT_CHARS = 200;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期须为 YYYY-MM-DD');

export const ZSignature = z.object({
  organ: personText('落款机关'),
  date: isoDate.nullable(),
});

/** The years a report can be for: wider than any real one, narrow enough for every integer column. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2199;
export const isReportYear = (year: number) => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

export const ZReport = z.object({
  format: z.literal('national-2021'),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
  organ: personText('机关名称').min(1, '机关名称不能为空'),
  level: ZLevel.optional(),
  /** The report covers the organ alone or its whole region (spec §1). */
  scope: z.enum(['organ', 'region']).optional(),
  /** The title as printed, when the report was read from a document. */
  title: personText('标题').optional(),
  tables: ZTables,
  /** What the clerk typed into a cell that is not a valid value, by cell key (pending-input.ts). */
  pendingInput: z.record(ZCellKey, personText('单元格').max(MAX_CELL_INPUT_CHARS, `单元格输入不超过${MAX_CELL_INPUT_CHARS}字`)).optional(),
  parts: ZParts.optional(),
  signature: ZSignature.optional(),
  /** Warnings a supervisor accepted with a reason; travels with the report so the checker shows them. */
  acceptedWarnings: z.array(z.object({ finding: z.string(), rule: z.string(), reason: z.string(), by: z.string() })).optional(),
});
export type TReport = z.infer<typeof ZReport>;
/** A report as typed or read from a file: cells may hold any text (the editor's form, an import, a checked file). */
export const ZReportInput = ZReport.extend({ tables: ZTablesInput });
export type TLevel = z.infer<typeof ZLevel>;

/** Table 1 with every cell set to `fill`, the amount (本年收费金额) to `fee`: its shape from the template. */
export function filledActiveTable(fill: TCell, fee: TCell): TActiveTable {
  const rows = template.active.blocks.flatMap((block) =>
    block.rows.map((row) => {
      const value = block.valueType === 'amount' ? fee : fill;
      return [row.key, ACTIVE_ROW_WIDTH[row.key] === 1 ? value : Array<TCell>(ACTIVE_ROW_WIDTH[row.key]).fill(value)];
    }),
  );
  return Object.fromEntries(rows) as TActiveTable;
}

/** Every narrative part empty. */
export const emptyParts = (): TParts => Object.fromEntries(NARRATIVE_KEYS.map((key) => [key, ''])) as TParts;

/** An empty report of the current edition: every cell blank, every part empty. */
export function createEmptyReport(organ: string, year: number, level?: TLevel): TReport {
  const blanks = (n: number): TCell[] => Array.from({ length: n }, () => null);
  return {
    format: 'national-2021',
    year,
    organ,
    ...(level ? { level } : {}),
    tables: {
      active: filledActiveTable(null, null),
      applications: Array.from({ length: APP_ROWS }, () => blanks(APP_COLS)),
      litigation: blanks(LIT_CELLS),
    },
    parts: emptyParts(),
    signature: { organ, date: null },
  };
}
