// Where the editor shows a finding and where its summary link sends the focus: at its cells, at a
// narrative part (or a whole table), or at a field of the title or signature.
import type { CellKey } from '@/lib/domain/cells';
import { findingKey, type Finding } from '@/lib/domain/findings';
import { template, type NarrativeKey, type PartKey, type TableKey } from '@/lib/domain/template';
import { cellInputId, FIELD_IDS, partTextId } from './dom-ids';
import { firstEntryCell, isEntryCell } from './grid';

export type EditorField = 'title' | 'signatureDate';
export type FindingPlace =
  | { kind: 'cells'; keys: CellKey[] }
  | { kind: 'part'; part: PartKey }
  | { kind: 'field'; field: EditorField };

const TABLE_KEYS: readonly PartKey[] = ['active', 'applications', 'litigation'];
const isTable = (part: PartKey): part is TableKey => TABLE_KEYS.includes(part);

/** Rules whose hits carry neither cells nor a part: where they belong (spec §6). */
function placeWithoutLocation(f: Finding): FindingPlace {
  switch (f.rule) {
    case 'SECTION-MISSING': {
      // The message names the part by its heading.
      const part = template.parts.find((p) => f.message.includes(p.heading ?? p.label));
      if (part) return { kind: 'part', part: part.key };
      return { kind: 'field', field: 'title' };
    }
    case 'OUTDATED-FORMAT':
      return { kind: 'part', part: 'applications' };
    case 'LATE':
      return { kind: 'field', field: 'signatureDate' };
    default:
      // PERIOD-MISMATCH on the title, and anything new: the report as a whole.
      return { kind: 'field', field: 'title' };
  }
}

export function placeOf(f: Finding): FindingPlace {
  if (f.part) return { kind: 'part', part: f.part };
  if (f.cellKeys.length > 0) return { kind: 'cells', keys: f.cellKeys };
  return placeWithoutLocation(f);
}

/** The element a summary link focuses: the first cell the clerk can change, or the part's text. */
export function targetIdOf(f: Finding): string {
  const place = placeOf(f);
  switch (place.kind) {
    case 'cells':
      return cellInputId(place.keys.find(isEntryCell) ?? place.keys[0]);
    case 'part':
      return isTable(place.part) ? cellInputId(firstEntryCell(place.part)) : partTextId(place.part as NarrativeKey);
    case 'field':
      return FIELD_IDS[place.field];
  }
}

export type FindingsIndex = {
  all: readonly Finding[];
  /** Not yet accepted: these are what the editor marks and counts. */
  open: readonly Finding[];
  byCell: ReadonlyMap<CellKey, readonly Finding[]>;
  byPart: ReadonlyMap<PartKey, readonly Finding[]>;
  byField: ReadonlyMap<EditorField, readonly Finding[]>;
  errors: number;
  warnings: number;
  accepted: number;
};

/** The same finding as the clerk sees it (rule, place, message, accepted or not): a new analysis makes new objects. */
export const isSameFinding = (a: Finding, b: Finding) =>
  a.message === b.message && findingKey(a) === findingKey(b) && !a.accepted === !b.accepted;

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) => a.length === b.length && a.every((f, i) => isSameFinding(f, b[i]));

/** Keeps the previous list when nothing changed, so a cell re-renders only when its own findings do. */
function stable<K>(next: Map<K, Finding[]>, previous: ReadonlyMap<K, readonly Finding[]> | undefined) {
  const out = new Map<K, readonly Finding[]>();
  for (const [key, list] of next) {
    const before = previous?.get(key);
    out.set(key, before && sameFindings(before, list) ? before : list);
  }
  return out;
}

export function indexFindings(findings: readonly Finding[], previous?: FindingsIndex): FindingsIndex {
  const open = findings.filter((f) => !f.accepted);
  const byCell = new Map<CellKey, Finding[]>();
  const byPart = new Map<PartKey, Finding[]>();
  const byField = new Map<EditorField, Finding[]>();
  const add = <K>(map: Map<K, Finding[]>, key: K, f: Finding) => {
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  };
  for (const f of open) {
    const place = placeOf(f);
    if (place.kind === 'cells') new Set(place.keys).forEach((k) => add(byCell, k, f));
    else if (place.kind === 'part') add(byPart, place.part, f);
    else add(byField, place.field, f);
  }
  const all = previous && sameFindings(previous.all, findings) ? previous.all : findings;
  return {
    all,
    open: all === previous?.all ? previous.open : open,
    byCell: stable(byCell, previous?.byCell),
    byPart: stable(byPart, previous?.byPart),
    byField: stable(byField, previous?.byField),
    errors: open.filter((f) => f.severity === 'error').length,
    warnings: open.filter((f) => f.severity === 'warning').length,
    accepted: findings.length - open.length,
  };
}

/** A finding's message as shown beside its cell, where the cell's own name need not be repeated. */
export function messageAtCell(f: Finding, cellName: string): string {
  const prefix = `${cellName}：`;
  return f.message.startsWith(prefix) ? f.message.slice(prefix.length) : f.message;
}

/**
 * What a cell shows of its findings: while its table's empty cells are still tasks (not yet checked),
 * VALUE-MISSING is left out, so an empty cell reads 未填 instead of an error. The same list otherwise.
 */
export function shownAtCell(findings: readonly Finding[], isMissingRevealed: boolean): readonly Finding[] {
  if (isMissingRevealed || !findings.some((f) => f.rule === 'VALUE-MISSING')) return findings;
  return findings.filter((f) => f.rule !== 'VALUE-MISSING');
}

/** Where a narrative finding's quoted words stand in the part's text, to select them; null when edited away. */
export function quoteRange(text: string, quote: string | undefined): { start: number; end: number } | null {
  if (!quote) return null;
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}
