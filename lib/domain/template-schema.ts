// The shape of the format templates (templates/national-*), checked when they load: a typo in a
// template field stops the app at start with the field's JSON path, instead of reaching a clerk.
import { z } from 'zod';

export const ZValueType = z.enum(['count', 'amount']);
/** The part keys are the canonical JSON's names (spec §10); the outline says which part is which. */
export const ZNarrativeKey = z.enum(['preamble', 'overview', 'problems', 'other']);
export const ZTableKey = z.enum(['active', 'applications', 'litigation']);
export const ZActiveRowKey = z.enum(['regulations', 'normativeDocuments', 'licensing', 'punishment', 'enforcement', 'feesWan']);

const label = z.string().min(1);

/** A regular expression, as its source, that must compile: a template typo fails at load, not at import. */
const pattern = z.string().min(1).refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, { message: 'not a valid regular expression' });
/**
 * The words (regular expressions) by which the importer recognises a printed row label (folded, fold-label.ts)
 * or part heading however it was broken, shortened or reworded: each names this row or part and no other.
 */
const recognize = z.array(pattern).min(1);

const deadline = z.strictObject({ label, month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });

const outlinePart = z.strictObject({
  key: z.union([ZNarrativeKey, ZTableKey]),
  label,
  kind: z.enum(['narrative', 'table']),
  heading: label.nullable(),
  statutory: z.boolean(),
  subheadings: z.array(label).optional(),
  /** Headings published reports print for this part, the template's own first (spec §2). */
  variants: z.array(label).optional(),
  /** How the importer recognises the heading after its part number 「二、」, however reworded (spec §2). */
  recognize: recognize.optional(),
});

/** Each part once (seven parts of seven keys: all present), a narrative key as a narrative part, a table key as a table. */
const partsOneEach = (ctx: z.core.ParsePayload<z.infer<typeof outlinePart>[]>) => {
  const seen = new Set<string>();
  ctx.value.forEach((part, i) => {
    if (seen.has(part.key)) ctx.issues.push({ code: 'custom', message: `part ${part.key} appears twice`, input: part.key, path: [i, 'key'] });
    seen.add(part.key);
    const kind = ZNarrativeKey.safeParse(part.key).success ? 'narrative' : 'table';
    if (part.kind !== kind) ctx.issues.push({ code: 'custom', message: `part ${part.key} is a ${kind} part`, input: part.kind, path: [i, 'kind'] });
  });
};

export const ZOutline = z.strictObject({
  edition: z.literal('national-2021'),
  source: label,
  titleSuffix: label,
  firstYear: z.number().int(),
  parts: z.array(outlinePart).length(7).check(partsOneEach),
  deadlines: z.strictObject({ source: label, department: deadline, town: deadline, government: deadline }),
});

const applicationColumn = z.strictObject({ label, group: label.optional(), computed: z.boolean().optional() });
const applicationRow = z.strictObject({
  label,
  section: label.optional(),
  group: label.optional(),
  role: z.enum(['received', 'carriedIn', 'result', 'resultTotal', 'carriedOut']),
  computed: z.boolean().optional(),
  recognize,
});
const applicationsTable = z.strictObject({ title: label, note: label, headerLabel: label, columns: z.array(applicationColumn), rows: z.array(applicationRow) });
const litigationTable = z.strictObject({
  title: label,
  groups: z.array(z.strictObject({ path: z.array(label).min(1) })),
  columns: z.array(applicationColumn),
});

/** The three tables of an edition: its Table 1 blocks vary, Tables 2 and 3 have one shape. */
/** An edition's Tables 1 and 2; Table 3 is the 2021 edition's in both (spec §9). */
const editionTables = <B extends z.ZodType>(block: B) =>
  z.strictObject({
    source: label,
    active: z.strictObject({ title: label, headerLabel: label, blocks: z.array(block) }),
    applications: applicationsTable,
  });

export const ZTables = editionTables(
  z.strictObject({
    label,
    valueType: ZValueType,
    columns: z.array(label).min(1),
    rows: z.array(z.strictObject({ key: ZActiveRowKey, label, recognize })).min(1),
  }),
).extend({ litigation: litigationTable });

export const ZRules = z.strictObject({
  source: label,
  rules: z.array(
    z.strictObject({
      id: z.string().regex(/^[A-Z]+(?:-[A-Z]+)*$/),
      severity: z.enum(['error', 'warning']),
      scope: z.enum(['tables', 'narrative', 'previous', 'register', 'meta']),
      title: label,
      message: label,
    }),
  ),
});

/** A row or column of Tables 2 and 3 with its one-line 填报说明, in the order of tables.json. */
const explained = z.strictObject({ label, hint: label });

/** The 填报说明 of each row and column (explanations.json), shown when the clerk focuses a cell. */
export const ZExplanations = z.strictObject({
  source: label,
  active: z.strictObject({ rows: z.record(ZActiveRowKey, label), columns: z.record(label, label) }),
  applications: z.strictObject({ rows: z.array(explained), columns: z.array(explained) }),
  litigation: z.strictObject({ groups: z.array(explained), columns: z.array(explained) }),
});

/** The 2019 edition's own facts; its parts and headings are the 2021 outline's. */
export const ZOutline2019 = z.strictObject({
  source: label,
  /** Reports of years before this one are in the pre-2019 format (lib/domain/pre-2019.ts). */
  firstYear: z.number().int(),
  /** From this reporting year on, a report in the 2019 tables is OUTDATED-FORMAT (spec §6). */
  outdatedFrom: z.number().int(),
  outdatedMarks: z.array(label),
});

export const ZActiveKey2019 = z.enum(['regulations', 'normativeDocuments', 'licensing', 'otherServices', 'punishment', 'enforcement', 'fees', 'procurement']);

export const ZTables2019 = editionTables(
  z.strictObject({
    label,
    columns: z.array(z.strictObject({ label, valueType: z.enum(['count', 'delta', 'amount']) })).min(1),
    rows: z.array(z.strictObject({ key: ZActiveKey2019, label, recognize })).min(1),
  }),
);

/** Parses a template file, failing with the file and the JSON path of every problem. */
export function parseTemplate<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.map((i) => `${file}: ${['$', ...i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('')}: ${i.message}`);
  throw new Error(`template ${file} does not match its schema:\n${where.join('\n')}`);
}
