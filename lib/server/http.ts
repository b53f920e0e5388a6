// Turning verb outcomes into HTTP answers for route handlers.
import { ServerError } from './context';

export function errorResponse(e: unknown): Response {
  if (e instanceof ServerError) {
    const issues = (e as { issues?: unknown }).issues;
    return Response.json({ error: e.message, ...(issues ? { issues } : {}) }, { status: e.status });
  }
  console.error(e);
  return Response.json({ error: '服务器内部错误，请稍后重试' }, { status: 500 });
}

/** Reads a JSON body no larger than maxBytes; a larger one is refused before it is parsed. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new ServerError(413, `提交的内容过大（上限${Math.round(maxBytes / 1024)}KB）`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new ServerError(413, `提交的内容过大（上限${Math.round(maxBytes / 1024)}KB）`);
  try {
    return JSON.parse(text);
  } catch {
    throw new ServerError(400, '提交的内容不是有效的 JSON');
  }
}
