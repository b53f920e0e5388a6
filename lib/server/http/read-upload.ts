// Reading one uploaded file (multipart/form-data) for a route handler, refusing anything over the limit
// while it streams in (read-body.ts).
import { typedTextProblem } from '../../domain/typed-text';
import { ServerError } from '../context';
import { readCappedBody } from './read-body';

/** Published reports are rarely over 5 MB; a scanned PDF with pictures can reach 15. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / 1024 / 1024;
/** Room for the multipart boundaries and the small text fields beside the file. */
const FORM_OVERHEAD = 64 * 1024;

export type Upload = { bytes: Uint8Array; filename: string; fields: Map<string, string> };

const tooLarge = (maxBytes: number) => new ServerError(413, `文件过大，上限 ${maxBytes / 1024 / 1024} MB`);

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
  const body = await readCappedBody(request, maxBytes + FORM_OVERHEAD, () => tooLarge(maxBytes));
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
