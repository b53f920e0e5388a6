import { contentDisposition } from '@/lib/render/index';
import { requireApiCtx } from '@/lib/server/auth/current-actor';
import { errorResponse } from '@/lib/server/http/http';
import { exportRegister } from '@/lib/server/verbs/register-export';

// GET: the register as XLSX, for the organ's own clerks and reviewers; audited (register.export).
export async function GET(_request: Request, { params }: { params: Promise<{ organ: string; year: string }> }) {
  try {
    const ctx = await requireApiCtx();
    const { organ, year } = await params;
    const { filename, bytes } = await exportRegister(ctx, organ, Number(year));
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': contentDisposition(filename),
        'Cache-Control': 'no-store',
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
