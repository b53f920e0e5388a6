// The editor's sections in order: 标题与前言, the six parts of the outline (spec §2), 落款.
import { cellSpec } from '@/lib/domain/cells';
import { template } from '@/lib/domain/template';
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

/** Open findings per section, for the navigation. */
export function countsBySection(index: FindingsIndex): SectionCounts {
  const counts = Object.fromEntries(SECTIONS.map((s) => [s.key, { errors: 0, warnings: 0 }])) as SectionCounts;
  for (const f of index.open) {
    const place = placeOf(f);
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
