// Dates as offices type them into registers (issue 16): 2025-03-04, 2025/3/4, 2025.3.4, 2025年3月4日,
// 20250304, with or without a time, and Excel serial day numbers. The result is YYYY-MM-DD or a reason.
export type ParsedDate = { ok: true; date: string } | { ok: false; reason: string };

const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?.*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** Excel day 1 is 1900-01-01 but Excel counts a 1900-02-29 that never was: from day 61 on, day 0 is 1899-12-30. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials from 1980 to 2100: outside that range a bare number is not a date an office typed. */
const SERIAL_MIN = 29_221;
const SERIAL_MAX = 73_051;

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function fromExcelSerial(serial: number): string {
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A spreadsheet's date cell arrives as a Date (exceljs reads date-formatted cells as UTC midnight). */
export function fromDateObject(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function parseDate(raw: string | number | Date): ParsedDate {
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime()) ? { ok: false, reason: '不是有效日期' } : { ok: true, date: fromDateObject(raw) };
  }
  if (typeof raw === 'number') return parseSerial(raw, String(raw));
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: '未填写' };
  const m = YMD.exec(text) ?? COMPACT.exec(text);
  if (m) {
    const date = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { ok: true, date } : { ok: false, reason: `「${raw}」不是存在的日期` };
  }
  if (/^\d+(\.\d+)?$/.test(text)) return parseSerial(Number(text), raw);
  return { ok: false, reason: `「${raw}」不是可识别的日期（如 2025-03-04、2025/3/4、2025年3月4日）` };
}

function parseSerial(n: number, raw: string): ParsedDate {
  if (n >= SERIAL_MIN && n <= SERIAL_MAX) return { ok: true, date: fromExcelSerial(n) };
  return { ok: false, reason: `「${raw}」不是可识别的日期` };
}
