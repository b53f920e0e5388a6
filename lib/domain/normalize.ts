// What clerks type or paste into a cell, made into a cell value (spec §7). Never throws, never
// turns a non-empty input into 0, never drops text: anything not understood is kept as typed.
import { canonicalDecimal, decimalPlaces } from './decimal';
import type { TCell } from './model';
import type { ValueType } from './template';

export const MAX_AMOUNT_DECIMALS = 6;

export type Normalized = { value: TCell; problem?: string };

const EMPTY_MARKS = new Set(['', '/', '／']);
const UNIT_SUFFIX: Record<ValueType, RegExp> = { count: /(件|个|条|次)$/, amount: /万元$/ };
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?\d+(\.\d+)?$/;

/** Full-width forms (１２，３４５．６) to ASCII, all kinds of spaces removed. */
function foldWidth(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u3001\uFF64]/g, ',') // 、 used as a thousands mark by some IMEs
    .replace(/[\s\u00A0\u2000-\u200B\u3000\uFEFF]+/g, '');
}

export function normalizeCell(raw: string | number | null | undefined, type: ValueType): Normalized {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number') return judgeNumber(raw, String(raw), type);
  const folded = foldWidth(raw).replace(UNIT_SUFFIX[type], '');
  if (EMPTY_MARKS.has(folded)) return { value: null };
  const text = GROUPED.test(folded) ? folded.replace(/,/g, '') : folded;
  if (!PLAIN.test(text)) return { value: raw.trim(), problem: describeUnreadable(folded) };
  const unsigned = text.replace(/^\+/, '');
  if (type === 'amount') {
    if (unsigned.startsWith('-')) return { value: raw.trim(), problem: '不能为负数' };
    if (decimalPlaces(unsigned) > MAX_AMOUNT_DECIMALS) {
      return { value: raw.trim(), problem: `小数不能超过${MAX_AMOUNT_DECIMALS}位` };
    }
    return { value: canonicalDecimal(unsigned) };
  }
  if (unsigned.includes('.')) {
    // "12.0" is still a whole count; "12.5" is not.
    if (/\.0+$/.test(unsigned)) return judgeNumber(Number(unsigned.replace(/\.0+$/, '')), raw, type);
    return { value: raw.trim(), problem: '须为整数' };
  }
  return judgeNumber(Number(unsigned), raw, type);
}

function judgeNumber(n: number, raw: string, type: ValueType): Normalized {
  if (!Number.isFinite(n)) return { value: raw.trim(), problem: '不是有效数字' };
  if (type === 'count') {
    if (!Number.isSafeInteger(n)) return { value: String(raw).trim(), problem: Number.isInteger(n) ? '数值过大' : '须为整数' };
    if (n < 0) return { value: n, problem: '不能为负数' };
    return { value: n };
  }
  if (n < 0) return { value: String(raw).trim(), problem: '不能为负数' };
  const s = String(n);
  if (!/^\d+(\.\d+)?$/.test(s) || decimalPlaces(s) > MAX_AMOUNT_DECIMALS) {
    return { value: String(raw).trim(), problem: `须为不超过${MAX_AMOUNT_DECIMALS}位小数的金额` };
  }
  return { value: canonicalDecimal(s) };
}

function describeUnreadable(folded: string): string {
  if (/^[+-]?\d{1,3}(,\d+)+/.test(folded)) return '千位分隔符位置不对';
  if (/\d/.test(folded)) return '含有非数字字符';
  return '不是数字';
}

/** Judge a stored cell value; undefined problem means it is a valid value or empty. */
export function cellProblem(value: TCell, type: ValueType): string | undefined {
  if (value === null || isPlainCount(value)) return undefined;
  return normalizeCell(value, type).problem;
}

/** Empty, or text that stands for empty (「/」, spaces): VALUE-MISSING's case, not VALUE-FORMAT's (spec §6). */
export function isBlankCell(value: TCell, type: ValueType = 'count'): boolean {
  if (value === null) return true;
  return typeof value === 'string' && !/\d/.test(value) && normalizeCell(value, type).value === null;
}

/** A stored whole count (what almost every cell holds): valid for counts and amounts alike. */
export const isPlainCount = (value: TCell): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The number a cell stands for, or null when it is empty or not a valid value. */
export function countOf(value: TCell): number | null {
  if (typeof value === 'number') return isPlainCount(value) ? value : null;
  if (typeof value === 'string') {
    const n = normalizeCell(value, 'count');
    return n.problem === undefined && typeof n.value === 'number' ? n.value : null;
  }
  return null;
}
