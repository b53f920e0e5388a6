import { requireApiCtx } from '@/lib/server/auth/current-actor';
import { NOT_VISIBLE } from '@/lib/server/authorize';
import { assertSameOrigin } from '@/lib/server/http/csrf';
import { ServerError } from '@/lib/server/context';
import { errorResponse, readJsonBody } from '@/lib/server/http/http';
import { isUuid } from '@/lib/server/data/ids';
import { MAX_PART_CHARS } from '@/lib/domain/model';
import { saveDraft } from '@/lib/server/verbs/save-draft';

// Four narrative parts at their limit in UTF-8, plus the tables: anything larger is not a report.
const MAX_BODY_BYTES = MAX_PART_CHARS * 4 * 3 + 64 * 1024;

export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const ctx = await requireApiCtx();
    const { id } = await params;
    // An id that names no report is not found, whatever the body (which is then not even read).
    if (!isUuid(id)) throw new ServerError(404, NOT_VISIBLE);
    const result = await saveDraft(ctx, id, await readJsonBody(request, MAX_BODY_BYTES));
    if (result.ok) {
      const { version, savedAt, savedBy } = result;
      return Response.json(result.merged ? { version, savedAt, savedBy, merged: true, report: result.report, mergedWith: result.mergedWith } : { version, savedAt, savedBy });
    }
    const { version, report, updatedAt, updatedBy } = result.current;
    const current = { version, report, savedAt: updatedAt, savedBy: updatedBy };
    if ('unknownBase' in result) return Response.json({ error: result.unknownBase, current }, { status: 409 });
    return Response.json({ error: 'conflict', conflicts: result.conflicts, current }, { status: 409 });
  } catch (e) {
    return errorResponse(e);
  }
}
