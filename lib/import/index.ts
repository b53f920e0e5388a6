// The importer's public surface: importReport for files, importText for text already in hand.
export { importReport, sniffKind, MAX_IMPORT_BYTES } from './import-report';
export { importText } from './import-text';
export { formatImportError, type Edition, type ImportError, type ImportInput, type ImportResult } from './types';
