// What the import page receives from POST /api/reports/import: the preview of an uploaded report as the
// browser shows it. A wire shape shared by the server and the components, so components need no
// import from lib/server (eslint.config.mjs).
import type { CellList } from '@/lib/domain/cells-2019';
import type { Finding } from '@/lib/domain/findings';
import type { DocumentModel } from '@/lib/render/document-model';
import type { Reading } from '@/lib/import/reading';
import type { Edition } from '@/lib/import/types';

export type FindingView = Pick<Finding, 'rule' | 'severity' | 'message' | 'accepted'> & { key: string };

export type ImportPreviewView = {
  digest: string;
  edition: Edition;
  organName: string;
  warnings: string[];
  /** Why it cannot be kept (2019 edition, before 2019, or the organ already has that year's report), or null. */
  refusal: string | null;
  /** The organ's report of that year, when it already has one: the refusal links to it. */
  existingReportId: string | null;
  /** Things the clerk should know before confirming, e.g. the file names another organ. */
  notes: string[];
  year: number;
  printedOrgan: string;
  findings: FindingView[];
  /** The 2021 edition as it would print; null for a 2019-edition report (shown as cell lists) and one from before 2019. */
  model: DocumentModel | null;
  /** A 2019-edition report's tables as cell lists; null otherwise. */
  cells2019: CellList[] | null;
  /** How each cell was read (null for canonical data); unread cells are filled by the clerk on confirming. */
  reading: Reading | null;
};
