// Text bound for a spreadsheet (CSV, XLSX). Excel and WPS run a cell that starts with = + - @ (or a tab
// or CR before one) as a formula: =HYPERLINK(…) phones home, +cmd|… runs a program. OWASP's advice is
// followed: such text gets a leading single quote, so it shows as text.

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text, made inert for a spreadsheet; numbers and other text pass unchanged. */
export function neutralizeFormula<T extends string | number | null>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: neutralised, then quoted when it holds a quote, comma or line end. */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(neutralizeFormula(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document: UTF-8 with a BOM so Excel and WPS read the Chinese, CRLF line ends. */
export function csvDocument(lines: (string | number | null)[][]): string {
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
