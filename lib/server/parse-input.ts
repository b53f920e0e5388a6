// The one input parser of the server verbs: every issue is reported, never only the first, each with its
// JSON path and a Chinese message that names its field, so a form is corrected in one go (conventions.md).
// A message written in the schema names its field itself; zod's own (in Chinese) gets the field's name here.
import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { formatPath } from '../domain/canonical';
import { ServerError } from './context';

export type InputIssue = { path: string; message: string };

type KeysOf<T> = T extends unknown ? (T extends object ? Extract<keyof T, string> : never) : never;
/** How the messages call the input: one name for a single value, else a name for each top-level field. */
export type FieldNames<T> = string | { readonly [K in KeysOf<T>]-?: string };

/** A message lists this many issues; `issues` (in the JSON answer too, see http.ts) holds them all. */
const LISTED = 10;

export class InvalidInput extends ServerError {
  constructor(readonly issues: InputIssue[], heading?: string) {
    const more = issues.length > LISTED ? `……（共${issues.length}处）` : '';
    const listed = issues.slice(0, LISTED).map((i) => i.message).join('；') + more;
    super(400, heading ? `${heading}：${listed}` : listed);
  }
}

const zodMessage = zhCN().localeError;

function nameOf(fields: FieldNames<unknown>, path: readonly PropertyKey[]): string {
  if (typeof fields === 'string') return fields;
  const [key] = path;
  return (key === undefined ? undefined : (fields as Record<string, string>)[String(key)]) ?? '提交的内容';
}

/**
 * The input as the schema's output, or InvalidInput (400) with every issue. An issue below a top-level
 * field (a report's cell, a register's case) is prefixed by its path, as the JSON answer gives it.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, fields: FieldNames<z.input<S>>, heading?: string): z.output<S> {
  const parsed = schema.safeParse(input, {
    error: (issue) => {
      const raw = zodMessage(issue);
      const message = typeof raw === 'string' ? raw : (raw?.message ?? '无效输入');
      return (issue.path?.length ?? 0) > 1 ? message : `「${nameOf(fields, issue.path ?? [])}」${message}`;
    },
  });
  if (parsed.success) return parsed.data;
  throw new InvalidInput(parsed.error.issues.map((i) => {
    const path = formatPath(i.path);
    return { path, message: i.path.length > 1 ? `${path} ${i.message}` : i.message };
  }), heading);
}
