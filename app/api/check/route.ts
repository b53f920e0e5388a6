import { requireApiCtx } from '@/lib/server/auth/current-actor';
import { assertSameOrigin } from '@/lib/server/http/csrf';
import { checkUploadedFile, requireSupervisingRole } from '@/lib/server/verbs/check-uploaded-file';
import { errorResponse } from '@/lib/server/http/http';
import { readUpload } from '@/lib/server/http/read-upload';

// POST /api/check — one file per request (form field `file`); answers its findings, or why it could not be read.
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const ctx = await requireApiCtx();
    // Refuse before reading up to 20 MB from someone who may not use the checker.
    requireSupervisingRole(ctx);
    const { bytes, filename } = await readUpload(request);
    return Response.json(await checkUploadedFile(ctx, { bytes, filename }));
  } catch (e) {
    return errorResponse(e);
  }
}
