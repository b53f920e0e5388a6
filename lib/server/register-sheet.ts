// Opening an uploaded register file into rows of cell values (issue 16): XLSX with exceljs (first sheet;
// merged cells read as their top-left value, formulas as their result), CSV as offices save it from
// Excel or WPS — UTF-8 (with or without BOM) or GB18030, which is what a Chinese Excel writes.
import ExcelJS from 'exceljs';
import type { RawCell, Sheet } from '../domain/register/import-rows';
import { ServerError } from './context';

export const MAX_REGISTER_ROWS = 25_000;

function plain(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : (result as RawCell);
  }
  if ('text' in value) return String(value.text);
  return null; // an error value (#N/A …) holds nothing to import
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ServerError(400, '无法读取该 XLSX 文件，请确认它是 Excel 工作簿');
  }
  const ws = book.worksheets.find((w) => w.rowCount > 0);
  if (!ws) throw new ServerError(400, '工作簿中没有数据');
  if (ws.rowCount > MAX_REGISTER_ROWS) throw new ServerError(413, `台账不超过${MAX_REGISTER_ROWS}行`);
  const rows: Sheet['rows'] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: RawCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(plain(row.getCell(c).value));
    rows.push({ rowNumber: r, cells });
  }
  return { rows };
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

export async function readRegisterFile(bytes: Uint8Array, filename: string): Promise<Sheet> {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.csv')) {
    const rows = parseCsv(decode(bytes));
    if (rows.length > MAX_REGISTER_ROWS) throw new ServerError(413, `台账不超过${MAX_REGISTER_ROWS}行`);
    return { rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })) };
  }
  if (lower.endsWith('.xlsx')) return readXlsx(bytes);
  throw new ServerError(400, '请上传 XLSX 或 CSV 格式的台账（旧版 .xls 请先在 Excel 中另存为 .xlsx）');
}
