import { requireApiCtx } from '@/lib/server/auth/current-actor';
import { assertSameOrigin } from '@/lib/server/http/csrf';
import { errorResponse, readJsonBody } from '@/lib/server/http/http';
import { createRegister } from '@/lib/server/verbs/register-create';
import { loadRegister } from '@/lib/server/verbs/register-load';
import { saveRegister } from '@/lib/server/verbs/register-save';

type Params = { params: Promise<{ organ: string; year: string }> };
// 10,000 cases with their texts: a whole save stays under this.
const MAX_BODY_BYTES = 24 * 1024 * 1024;

// GET: the register as the reader may see it (cases, or counts only); POST: start the year's register;
// PUT: save (whole or patch), 409 with the current cases on a conflict.
export async function GET(_request: Request, { params }: Params) {
  try {
    const ctx = await requireApiCtx();
    const { organ, year } = await params;
    return Response.json(await loadRegister(ctx, organ, Number(year)));
  } catch (e) {
    return errorResponse(e);
  }
}

export async function POST(request: Request, { params }: Params) {
  try {
    assertSameOrigin(request);
    const ctx = await requireApiCtx();
    const { organ, year } = await params;
    return Response.json(await createRegister(ctx, organ, Number(year)));
  } catch (e) {
    return errorResponse(e);
  }
}

export async function PUT(request: Request, { params }: Params) {
  try {
    assertSameOrigin(request);
    const ctx = await requireApiCtx();
    const { organ, year } = await params;
    const result = await saveRegister(ctx, organ, Number(year), await readJsonBody(request, MAX_BODY_BYTES));
    if (result.ok) return Response.json(result);
    return Response.json({ error: 'conflict', ...result.conflict }, { status: 409 });
  } catch (e) {
    return errorResponse(e);
  }
}
