import { contentDisposition, renderReport } from '@/lib/render/index';
import { requireApiCtx } from '@/lib/server/auth/current-actor';
import { ServerError } from '@/lib/server/context';
import { errorResponse } from '@/lib/server/http/http';
import { loadReportPage } from '@/lib/server/verbs/report-page-data';

// GET /reports/{id}/download/docx|pdf — the report as Word-compatible DOCX or as PDF.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  try {
    const ctx = await requireApiCtx();
    const { id, format } = await params;
    if (format !== 'docx' && format !== 'pdf') throw new ServerError(404, '只能下载 docx 或 pdf');
    const { record, isDraft } = await loadReportPage(ctx, id);
    const file = await renderReport(record.report, format, { draft: isDraft });
    return new Response(new Uint8Array(file.bytes), {
      headers: { 'Content-Type': file.contentType, 'Content-Disposition': contentDisposition(file.filename), 'Cache-Control': 'private, no-store' },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
