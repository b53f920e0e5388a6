import { requireApiCtx } from '@/lib/server/auth/current-actor';
import { ServerError } from '@/lib/server/context';
import { assertSameOrigin } from '@/lib/server/http/csrf';
import { errorResponse } from '@/lib/server/http/http';
import { readUpload } from '@/lib/server/http/read-upload';
import { confirmRegisterImport, previewRegisterImport } from '@/lib/server/verbs/register-import';

// POST — form fields: file, step=preview|confirm, options (JSON: mapping, valueMap; for confirm also
// decisions, mode, baseVersion). The file is sent again on confirm: nothing is kept between the steps.
export async function POST(request: Request, { params }: { params: Promise<{ organ: string; year: string }> }) {
  try {
    assertSameOrigin(request);
    const ctx = await requireApiCtx();
    const { organ, year } = await params;
    const { bytes, filename, fields } = await readUpload(request);
    let options: unknown;
    try {
      options = JSON.parse(fields.get('options') ?? '{}');
    } catch {
      throw new ServerError(400, '导入参数不是有效的 JSON');
    }
    const upload = { bytes, filename };
    const step = fields.get('step');
    if (step === 'preview') return Response.json(await previewRegisterImport(ctx, organ, Number(year), upload, options));
    if (step === 'confirm') return Response.json(await confirmRegisterImport(ctx, organ, Number(year), upload, options));
    throw new ServerError(400, '未知的操作');
  } catch (e) {
    return errorResponse(e);
  }
}
