// Turning verb outcomes into HTTP answers for route handlers.
import { ServerError } from '../context';
import { InvalidInput } from '../parse-input';
import { readCappedBody } from './read-body';

export function errorResponse(e: unknown): Response {
  if (e instanceof ServerError) {
    // Bad input comes with every issue and its path, so a client can mark each field (parse-input.ts).
    return Response.json({ error: e.message, ...(e instanceof InvalidInput ? { issues: e.issues } : {}) }, { status: e.status });
  }
  console.error(describeForLog(e));
  return Response.json({ error: '服务器内部错误，请稍后重试' }, { status: 500 });
}

/**
 * An unexpected error as the server log shows it: its kind, its database code and where it was thrown,
 * never its message — a database error's message and detail quote the row (report text, parameters).
 */
export function describeForLog(e: unknown): string {
  if (!(e instanceof Error)) return `unexpected ${typeof e} thrown`;
  const code = (e as { code?: unknown }).code;
  const frames = (e.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 8);
  return [`unexpected ${e.name}${typeof code === 'string' ? ` (code ${code})` : ''}`, ...frames].join('\n');
}

/** Reads a JSON body no larger than maxBytes (413 past it, read-body.ts); 400 for bytes that are no UTF-8 JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const bytes = await readCappedBody(request, maxBytes, () => new ServerError(413, `提交的内容过大（上限${Math.round(maxBytes / 1024)}KB）`));
  let text: string;
  try {
    // fatal: bytes that are not UTF-8 are refused, not turned into U+FFFD and stored.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ServerError(400, '提交的内容不是有效的 UTF-8 文本');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ServerError(400, '提交的内容不是有效的 JSON');
  }
}
