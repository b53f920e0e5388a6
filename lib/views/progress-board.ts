// One row of the supervising office's progress board: a unit below the office, its report's state, the
// counts of its findings and its deadline. A wire shape shared by the server and the components, so
// components need no import from lib/server (eslint.config.mjs).
import type { TLevel } from '@/lib/domain/model';
import type { ReportStatus } from '@/lib/domain/workflow';

export type BoardState = ReportStatus | 'not-started';
export type BoardRow = {
  organId: string;
  organName: string;
  level: TLevel;
  reportId: string | null;
  state: BoardState;
  errors: number;
  warnings: number;
  deadline: string;
  /** Days from today to the deadline; negative once it has passed. */
  daysLeft: number;
  late: boolean;
};
