// What the register's import page receives: the preview of an uploaded register (issue 16). A wire shape
// shared by the server and the components, so components need no import from lib/server (eslint.config.mjs).
import type { TCell } from '@/lib/domain/model';
import type { Mapping, ReadResult } from '@/lib/domain/register/import-rows';

export type RegisterImportPreview = {
  headerRow: number;
  headers: string[];
  mapping: Mapping;
  mappingProblems: string[];
  total: number;
  blankRows: number[];
  /** Every row that cannot be read whole: its number in the file, its cells as typed, and why. */
  problems: { rowNumber: number; cells: string[]; reasons: string[] }[];
  unknownValues: ReadResult['unknownValues'];
  /** Table 2 as the readable rows would count it. */
  applications: TCell[][];
};
