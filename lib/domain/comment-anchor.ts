// Where a review comment points: a part, a paragraph of a part, or a table cell.
import { CELLS, cellSpec } from './cells';
import type { TReport } from './model';
import { NARRATIVE_KEYS } from './narrative';
import { partByKey, template, type PartKey } from './template';

export type AnchorOption = { value: string; label: string };

export const partAnchor = (part: PartKey | 'signature') => `part:${part}`;
export const cellAnchor = (key: string) => `cell:${key}`;
export const paragraphAnchor = (part: PartKey, index: number) => `paragraph:${part}:${index}`;

const partLabel = (part: string) => (part === 'signature' ? '落款' : (partByKey(part as PartKey).heading ?? partByKey(part as PartKey).label));

export function describeAnchor(anchor: string): string {
  const [kind, a, b] = anchor.split(':');
  if (kind === 'cell') return cellSpec(a).name;
  if (kind === 'paragraph') return `${partLabel(a)} 第${Number(b) + 1}段`;
  return partLabel(a);
}

const EXCERPT = 18;

/** Every place a comment can point at: parts, then (given the report) each paragraph, then each cell. */
export function anchorOptions(report?: Pick<TReport, 'parts'>): AnchorOption[] {
  const paragraphs = NARRATIVE_KEYS.flatMap((part) =>
    (report?.parts?.[part] ?? '').split('\n').map((p) => p.trim()).filter(Boolean).map((text, i) => ({
      value: paragraphAnchor(part, i),
      label: `${partLabel(part)} 第${i + 1}段：${text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text}`,
    })),
  );
  return [
    ...template.parts.map((p) => ({ value: partAnchor(p.key), label: partLabel(p.key) })),
    { value: partAnchor('signature'), label: '落款' },
    ...paragraphs,
    ...CELLS.map((c) => ({ value: cellAnchor(c.key), label: c.name })),
  ];
}
