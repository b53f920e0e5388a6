// The report model: the canonical data form of spec §10, shared by form, server, renderers and checker.
// Lenient about cell values (a half-filled draft is valid data); the rule engine judges values.
import { z } from 'zod';
import { ACTIVE_ROW_WIDTH, APP_COLS, APP_ROWS, LIT_CELLS, NARRATIVE_KEYS, template, type NarrativeKey } from './template';

/** A statutory cell: a number, a decimal string (amounts), text that is not (yet) a valid value, or empty. */
export const ZCell = z.union([z.number(), z.string(), z.null()]);
export type TCell = z.infer<typeof ZCell>;

const triple = z.tuple([ZCell, ZCell, ZCell]);

export const ZActiveTable = z.object({
  regulations: triple,
  normativeDocuments: triple,
  licensing: ZCell,
  punishment: ZCell,
  enforcement: ZCell,
  feesWan: ZCell,
});
export type TActiveTable = z.infer<typeof ZActiveTable>;

export const ZTables = z.object({
  active: ZActiveTable,
  applications: z.array(z.array(ZCell).length(APP_COLS)).length(APP_ROWS),
  litigation: z.array(ZCell).length(LIT_CELLS),
});
export type TTables = z.infer<typeof ZTables>;

export const ZLevel = z.enum(['department', 'town', 'government']);

/** A narrative part longer than this is refused on save: a whole published report is rarely a tenth of it. */
export const MAX_PART_CHARS = 50_000;

/** One string per narrative part of the outline (spec §10): preamble, overview (一), problems (五), other (六). */
export const ZParts = z.object(Object.fromEntries(NARRATIVE_KEYS.map((key) => [key, z.string()])) as Record<NarrativeKey, z.ZodString>);
export type TParts = z.infer<typeof ZParts>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期须为 YYYY-MM-DD');

export const ZSignature = z.object({
  organ: z.string(),
  date: isoDate.nullable(),
});

export const ZReport = z.object({
  format: z.literal('national-2021'),
  year: z.number().int().min(2000).max(2100),
  organ: z.string().min(1, '机关名称不能为空'),
  level: ZLevel.optional(),
  /** The report covers the organ alone or its whole region (spec §1). */
  scope: z.enum(['organ', 'region']).optional(),
  /** The title as printed, when the report was read from a document. */
  title: z.string().optional(),
  tables: ZTables,
  parts: ZParts.optional(),
  signature: ZSignature.optional(),
  /** Warnings a supervisor accepted with a reason; travels with the report so the checker shows them. */
  acceptedWarnings: z.array(z.object({ finding: z.string(), rule: z.string(), reason: z.string(), by: z.string() })).optional(),
});
export type TReport = z.infer<typeof ZReport>;
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
