// Element ids of the editor: findings link to them, keyboard moves focus by them.
import type { CellKey } from '@/lib/domain/cells';
import type { NarrativeKey, PartKey } from '@/lib/domain/template';

export type SectionKey = PartKey | 'title' | 'signature';

export const cellInputId = (key: CellKey) => `cell-${key.replace(/\./g, '-')}`;
export const cellMessageId = (key: CellKey) => `${cellInputId(key)}-msg`;
export const sectionId = (section: SectionKey) => `part-${section}`;
export const sectionHeadingId = (section: SectionKey) => `part-${section}-heading`;
export const partTextId = (part: NarrativeKey) => `part-${part}-text`;
export const partMessagesId = (section: SectionKey) => `part-${section}-findings`;

export const FIELD_IDS = {
  title: 'report-title',
  signatureOrgan: 'signature-organ',
  signatureDate: 'signature-date',
} as const;
