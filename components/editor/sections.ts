// The editor's sections in order: 标题与前言, the six parts of the outline (spec §2), 落款.
import { cellSpec } from '@/lib/domain/cells';
import { template, type TableKey } from '@/lib/domain/template';
import type { SectionKey } from './dom-ids';
import { placeOf, type FindingsIndex } from './finding-location';

export type Section = { key: SectionKey; heading: string };

export const SECTIONS: readonly Section[] = [
  { key: 'title', heading: '标题与前言' },
  ...template.parts.filter((p) => p.key !== 'preamble').map((p) => ({ key: p.key, heading: p.heading ?? p.label })),
  { key: 'signature', heading: '落款' },
];

export const sectionHeading = (key: SectionKey) => SECTIONS.find((s) => s.key === key)?.heading ?? key;

export type SectionCounts = Record<SectionKey, { errors: number; warnings: number }>;

/**
 * Open findings per section, for the navigation. As in the grid (shownAtCell), an empty cell of a table not
 * yet checked is a task, not an error: its VALUE-MISSING is left out until `isMissingRevealed(table)`.
 */
export function countsBySection(index: FindingsIndex, isMissingRevealed: (table: TableKey) => boolean): SectionCounts {
  const counts = Object.fromEntries(SECTIONS.map((s) => [s.key, { errors: 0, warnings: 0 }])) as SectionCounts;
  for (const f of index.open) {
    const place = placeOf(f);
    if (place.kind === 'cells' && f.rule === 'VALUE-MISSING' && !isMissingRevealed(cellSpec(place.keys[0]).table)) continue;
    const section: SectionKey =
      place.kind === 'cells'
        ? cellSpec(place.keys[0]).table
        : place.kind === 'part'
          ? place.part === 'preamble'
            ? 'title'
            : place.part
          : place.field === 'signatureDate'
            ? 'signature'
            : 'title';
    counts[section][f.severity === 'error' ? 'errors' : 'warnings']++;
  }
  return counts;
}
