// The one size-capped reader of a request body, for JSON bodies (http.ts) and uploads (read-upload.ts): the
// declared length is not trusted, the bytes are counted as they stream in (a chunked body has no length),
// and reading stops past the cap, so no body can fill the server's memory.
import type { ServerError } from '../context';

/** The body's bytes, or `tooLarge()` (the caller's 413, which names its limit) once more than `cap` bytes come. */
export async function readCappedBody(request: Request, cap: number, tooLarge: () => ServerError): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get('content-length') ?? 0) > cap) throw tooLarge();
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
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
