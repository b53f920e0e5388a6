// Element ids of the editor: findings link to them, keyboard moves focus by them.
import type { CellKey } from '@/lib/domain/cells';
import type { NarrativeKey, PartKey, TableKey } from '@/lib/domain/template';

export type SectionKey = PartKey | 'title' | 'signature';

export const cellInputId = (key: CellKey) => `cell-${key.replace(/\./g, '-')}`;
export const cellMessageId = (key: CellKey) => `${cellInputId(key)}-msg`;
export const sectionId = (section: SectionKey) => `part-${section}`;
export const sectionHeadingId = (section: SectionKey) => `part-${section}-heading`;
export const partTextId = (part: NarrativeKey) => `part-${part}-text`;
/** The line under a table that explains the focused cell's row and column (填报说明). */
export const tableHintId = (table: TableKey) => `part-${table}-hint`;
export const partMessagesId = (section: SectionKey) => `part-${section}-findings`;

export const FIELD_IDS = {
  title: 'report-title',
  signatureOrgan: 'signature-organ',
  signatureDate: 'signature-date',
} as const;
