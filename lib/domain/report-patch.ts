// A save as a patch (issue: the clerk's editor, trusted): only what the clerk changed since the version the
// edit was based on — entered cells, whole narrative parts, the signature date. The server merges it with
// whatever was saved meanwhile (two tabs, two clerks): a cell changed on both sides is the only conflict; a
// part changed on both sides is merged paragraph by paragraph, and only a paragraph changed on both sides
// conflicts. Either the whole patch is kept or the save is refused with every conflict (issue 11).
import { diff3Merge } from 'node-diff3';
import { z } from 'zod';
import { CELLS, cellSpec, getCell, setCell, type CellKey } from './cells';
import { MAX_CELL_INPUT_CHARS, MAX_PART_CHARS, ZParts, type TCell, type TReport } from './model';
import { personText } from './typed-text';
import { NARRATIVE_KEYS, partName } from './narrative';
import type { NarrativeKey } from './template';

const ENTERED = new Set(CELLS.filter((c) => !c.computed).map((c) => c.key));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期须为 YYYY-MM-DD');

/** A cell as the clerk typed it: a value, or text kept as pending input by the server (pending-input.ts). */
const ZTypedCell = z.union([z.number(), personText('单元格').max(MAX_CELL_INPUT_CHARS, `单元格输入不超过${MAX_CELL_INPUT_CHARS}字`), z.null()]);

/** The narrative parts as a save may carry them: each within the length a save accepts. */
export const ZSavedParts = z.object(Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, ZParts.shape[k].max(MAX_PART_CHARS, `每部分不超过${MAX_PART_CHARS}字`)])) as Record<NarrativeKey, z.ZodString>);

export const ZReportPatch = z.object({
  cells: z.record(z.string(), ZTypedCell)
    .refine((cells) => Object.keys(cells).every((k) => ENTERED.has(k)), { message: '含有不是填报单元格的键（合计由系统计算）' })
    .optional(),
  parts: ZSavedParts.partial().optional(),
  signature: z.object({ organ: personText('落款机关').max(200, '落款机关过长'), date: isoDate.nullable() }).partial().optional(),
});
export type TReportPatch = z.infer<typeof ZReportPatch>;

export type CellConflict = { kind: 'cell'; key: CellKey; name: string; mine: TCell; theirs: TCell };
/** A part changed on both sides: its paragraphs in order, agreed runs and the runs that differ. */
export type PartRegion = { agreed: string[] } | { mine: string[]; theirs: string[] };
export type PartConflict = { kind: 'part'; key: NarrativeKey; name: string; regions: PartRegion[] };
type SignatureField = 'organ' | 'date';
const SIGNATURE_NAME: Record<SignatureField, string> = { organ: '落款机关', date: '落款日期' };
export type SignatureConflict = { kind: 'signature'; field: SignatureField; name: string; mine: string | null; theirs: string | null };
export type MergeConflict = CellConflict | PartConflict | SignatureConflict;

/** The clerk's choice for each conflict (cell, signature field, or a part's region), by conflictId. */
export type Side = 'mine' | 'theirs';
export type Choices = Readonly<Record<string, Side>>;
export const conflictId = {
  cell: (key: CellKey) => `cell:${key}`,
  signature: (field: SignatureField) => `signature:${field}`,
  region: (part: NarrativeKey, index: number) => `part:${part}:${index}`,
};

export const isEmptyPatch = (p: TReportPatch) =>
  Object.keys(p.cells ?? {}).length === 0 && Object.keys(p.parts ?? {}).length === 0 && Object.keys(p.signature ?? {}).length === 0;

const signatureOf = (r: TReport, field: SignatureField): string | null => r.signature?.[field] ?? null;

/** What `mine` changed relative to `base`, as a patch. */
export function patchBetween(base: TReport, mine: TReport): TReportPatch {
  const cells: Record<CellKey, TCell> = {};
  for (const key of ENTERED) {
    const value = getCell(mine.tables, key);
    if (value !== getCell(base.tables, key)) cells[key] = value;
  }
  const parts: Partial<Record<NarrativeKey, string>> = {};
  for (const key of NARRATIVE_KEYS) {
    const text = mine.parts?.[key] ?? '';
    if (text !== (base.parts?.[key] ?? '')) parts[key] = text;
  }
  const signature: NonNullable<TReportPatch['signature']> = {};
  if (signatureOf(mine, 'organ') !== signatureOf(base, 'organ')) signature.organ = mine.signature?.organ ?? '';
  if (signatureOf(mine, 'date') !== signatureOf(base, 'date')) signature.date = signatureOf(mine, 'date');
  return {
    ...(Object.keys(cells).length ? { cells } : {}),
    ...(Object.keys(parts).length ? { parts } : {}),
    ...(Object.keys(signature).length ? { signature } : {}),
  };
}

/** The patch put on a report that has not changed since its base. */
export function applyPatch(report: TReport, patch: TReportPatch): TReport {
  let tables = report.tables;
  for (const [key, value] of Object.entries(patch.cells ?? {})) tables = setCell(tables, key, value);
  const parts = { preamble: '', overview: '', problems: '', other: '', ...report.parts, ...patch.parts };
  const signature = patch.signature && Object.keys(patch.signature).length
    ? { organ: report.signature?.organ ?? report.organ, date: report.signature?.date ?? null, ...patch.signature }
    : report.signature;
  return { ...report, tables, parts, ...(signature ? { signature } : {}) };
}

const paragraphsOf = (text: string) => text.split('\n');

/** Paragraph runs that differ on both sides but have the same length are merged paragraph by paragraph. */
function mergeRun(mine: string[], base: string[], theirs: string[]): PartRegion[] {
  if (mine.length !== base.length || theirs.length !== base.length) return [{ mine, theirs }];
  return base.map((b, i): PartRegion => {
    if (mine[i] === b || mine[i] === theirs[i]) return { agreed: [theirs[i]] };
    if (theirs[i] === b) return { agreed: [mine[i]] };
    return { mine: [mine[i]], theirs: [theirs[i]] };
  });
}

/**
 * A narrative part changed on both sides: merged by paragraph, or the regions that conflict. A region the
 * clerk has chosen a side for (`choose`) counts as agreed.
 */
function mergePart(mine: string, base: string, theirs: string, choose: (region: number) => Side | undefined): { text: string } | { regions: PartRegion[] } {
  const regions = diff3Merge(paragraphsOf(mine), paragraphsOf(base), paragraphsOf(theirs), { excludeFalseConflicts: true })
    .flatMap((r): PartRegion[] => (r.ok ? [{ agreed: r.ok }] : mergeRun(r.conflict!.a, r.conflict!.o, r.conflict!.b)));
  const settled = regions.map((r, i): PartRegion => {
    const side = 'agreed' in r ? undefined : choose(i);
    return side && !('agreed' in r) ? { agreed: r[side] } : r;
  });
  if (settled.every((r) => 'agreed' in r)) return { text: settled.flatMap((r) => ('agreed' in r ? r.agreed : [])).join('\n') };
  return { regions };
}

export type MergeResult = { ok: true; report: TReport } | { ok: false; conflicts: MergeConflict[] };

/**
 * The patch (made against `base`) put on `current`, the version saved meanwhile: every change of the patch
 * that `current` did not also change differently is taken; `current`'s own changes stay. A change made on
 * both sides is a conflict unless `choices` says which side to keep.
 */
export function mergePatch(base: TReport, current: TReport, patch: TReportPatch, choices: Choices = {}): MergeResult {
  const conflicts: MergeConflict[] = [];
  const merged: TReportPatch = { cells: {}, parts: {} };
  for (const [key, mine] of Object.entries(patch.cells ?? {})) {
    const theirs = getCell(current.tables, key);
    const chosen = choices[conflictId.cell(key)];
    if (theirs === getCell(base.tables, key) || theirs === mine || chosen === 'mine') merged.cells![key] = mine;
    else if (chosen !== 'theirs') conflicts.push({ kind: 'cell', key, name: cellSpec(key).name, mine, theirs });
  }
  for (const [key, mine] of Object.entries(patch.parts ?? {}) as [NarrativeKey, string][]) {
    const theirs = current.parts?.[key] ?? '';
    const base_ = base.parts?.[key] ?? '';
    if (theirs === base_ || theirs === mine) {
      merged.parts![key] = mine;
      continue;
    }
    const part = mergePart(mine, base_, theirs, (i) => choices[conflictId.region(key, i)]);
    if ('text' in part) merged.parts![key] = part.text;
    else conflicts.push({ kind: 'part', key, name: partName(key), regions: part.regions });
  }
  for (const [field, mine] of Object.entries(patch.signature ?? {}) as [SignatureField, string | null][]) {
    const theirs = signatureOf(current, field);
    const chosen = choices[conflictId.signature(field)];
    if (theirs === signatureOf(base, field) || theirs === mine || chosen === 'mine') merged.signature = { ...merged.signature, [field]: mine };
    else if (chosen !== 'theirs') conflicts.push({ kind: 'signature', field, name: SIGNATURE_NAME[field], mine, theirs });
  }
  return conflicts.length ? { ok: false, conflicts } : { ok: true, report: applyPatch(current, merged) };
}

/**
 * The form after a merged save: the saved version with what the clerk typed since the save was sent
 * (`form` against `sent`) on top, so another tab's merged changes show and nothing typed meanwhile is lost.
 */
export function rebaseOnSaved(form: TReport, sent: TReport, saved: TReport): TReport {
  return applyPatch(saved, patchBetween(sent, form));
}
