// How a statutory cell reads wherever it is shown (editor grid, DOCX, PDF, HTML): counts as integers,
// amounts as their stored decimal string, text that is not (yet) a value as typed, empty as nothing.
import type { TCell } from './model';

export const formatCell = (value: TCell): string => (value === null ? '' : String(value));
