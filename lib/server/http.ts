// Turning verb outcomes into HTTP answers for route handlers.
import { ServerError } from './context';

export function errorResponse(e: unknown): Response {
  if (e instanceof ServerError) {
    const issues = (e as { issues?: unknown }).issues;
    return Response.json({ error: e.message, ...(issues ? { issues } : {}) }, { status: e.status });
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

/**
 * Reads a JSON body no larger than maxBytes; a larger one is refused before it is parsed, and a body
 * without a length (chunked) is read only up to the limit, so it cannot fill the server's memory.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const tooLarge = () => new ServerError(413, `提交的内容过大（上限${Math.round(maxBytes / 1024)}KB）`);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(part.value);
  }
  let text: string;
  try {
    // fatal: bytes that are not UTF-8 are refused, not turned into U+FFFD and stored.
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ServerError(400, '提交的内容不是有效的 UTF-8 文本');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ServerError(400, '提交的内容不是有效的 JSON');
  }
}
