import { requireApiCtx } from '@/lib/server/auth/current-actor';
import { assertSameOrigin } from '@/lib/server/http/csrf';
import { errorResponse, readJsonBody } from '@/lib/server/http/http';
import { linkReportToRegister } from '@/lib/server/verbs/register-use';

// POST { use: true|false }: the report takes Table 2 from the organ's register of its year, or stops.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const ctx = await requireApiCtx();
    const { id } = await params;
    return Response.json(await linkReportToRegister(ctx, id, await readJsonBody(request, 1024)));
  } catch (e) {
    return errorResponse(e);
  }
}
