// Reading one uploaded file (multipart/form-data) for a route handler, refusing anything over the limit
// while it streams in: the declared length is not trusted, the bytes are counted.
import { typedTextProblem } from '../domain/typed-text';
import { ServerError } from './context';

/** Published reports are rarely over 5 MB; a scanned PDF with pictures can reach 15. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / 1024 / 1024;
/** Room for the multipart boundaries and the small text fields beside the file. */
const FORM_OVERHEAD = 64 * 1024;

export type Upload = { bytes: Uint8Array; filename: string; fields: Map<string, string> };

const tooLarge = (maxBytes: number) => new ServerError(413, `文件过大，上限 ${maxBytes / 1024 / 1024} MB`);

async function readCapped(request: Request, cap: number, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > cap) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/** A name or field is kept (audit, imports): NUL or a lone surrogate would fail in the database, so 400 here. */
function requireTypeable(label: string, text: string): string {
  const problem = typedTextProblem(text);
  if (problem) throw new ServerError(400, `「${label}」${problem}`);
  return text;
}

/** The form's `file` and its other fields; 413 over maxBytes, 400 when there is no file. */
export async function readUpload(request: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<Upload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.startsWith('multipart/form-data')) throw new ServerError(400, '请以表单方式上传文件');
  const body = await readCapped(request, maxBytes + FORM_OVERHEAD, maxBytes);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new ServerError(400, '上传的表单无法读取');
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) throw new ServerError(400, '请选择要上传的文件');
  if (file.size > maxBytes) throw tooLarge(maxBytes);
  const fields = new Map<string, string>();
  for (const [key, value] of form.entries()) if (typeof value === 'string') fields.set(key, requireTypeable(`表单字段 ${key}`, value));
  const filename = requireTypeable('文件名', 'name' in file && typeof file.name === 'string' ? file.name : '');
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename, fields };
}
