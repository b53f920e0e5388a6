// Text a person typed (narrative parts, comments, reasons, names). A NUL byte is refused by PostgreSQL
// and a lone surrogate cannot be written as UTF-8: either would fail deep in a save after part of it was
// done, so both are refused up front, with the field's name, as ordinary bad input.
import { z } from 'zod';

/** C0 control characters other than tab and line ends (NUL included). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why this text cannot be kept, or undefined when it can. */
export function typedTextProblem(text: string): string | undefined {
  if (CONTROL.test(text)) return '含有不可见的控制字符（如 NUL），请删除后再保存';
  if (LONE_SURROGATE.test(text)) return '含有无法识别的残缺字符（孤立的代理项），请删除后再保存';
  return undefined;
}

/** The same text without control characters and lone surrogates (a paste from elsewhere), and how many went. */
export function stripUntypeable(text: string): { text: string; removed: number } {
  const pattern = new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}`, 'g');
  let removed = 0;
  const kept = text.replace(pattern, () => {
    removed++;
    return '';
  });
  return { text: kept, removed };
}

/** A string a person typed into the field called `label`. */
export const personText = (label: string) =>
  z.string().superRefine((text, ctx) => {
    const problem = typedTextProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: `「${label}」${problem}` });
  });
