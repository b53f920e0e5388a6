import { cellLists2019 } from '@/lib/domain/cells-2019';
import { assertSameOrigin } from '@/lib/server/http/csrf';
import { is2019 } from '@/lib/domain/edition-2019';
import { buildDocumentModel } from '@/lib/render/document-model';
import { requireApiCtx } from '@/lib/server/auth/current-actor';
import { ServerError } from '@/lib/server/context';
import { errorResponse } from '@/lib/server/http/http';
import { importPublishedReport } from '@/lib/server/verbs/import-published-report';
import { isKeptEdition } from '@/lib/server/data/imported-report';
import { previewImport } from '@/lib/server/verbs/preview-import';
import type { ImportPreviewView } from '@/lib/views/import-preview';
import { readUpload } from '@/lib/server/http/read-upload';
import { findingViews } from '@/lib/server/verbs/report-page-data';

/** The clerk's values for unread cells (a JSON object of cell name → text); the verb checks them. */
function parseFilled(raw: string | undefined): unknown {
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new ServerError(400, '补填的单元格数据无法识别');
  }
}

// POST /api/reports/import — form fields: file, organId, step=preview|confirm, digest and filled (confirm only).
// preview: what the file holds (the document as it would print, findings, warnings) or where it could not be read;
// confirm: the same file again, stored as the organ's report for its year.
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const ctx = await requireApiCtx();
    const { bytes, filename, fields } = await readUpload(request);
    const organId = fields.get('organId') ?? '';
    const step = fields.get('step');
    if (step === 'confirm') {
      const filled = parseFilled(fields.get('filled'));
      return Response.json(await importPublishedReport(ctx, { organId, digest: fields.get('digest') ?? '', filename, bytes, filled }));
    }
    if (step !== 'preview') throw new ServerError(400, '未知的操作');
    const preview = await previewImport(ctx, { organId, bytes, filename });
    if (!preview.ok) return Response.json(preview, { status: 422 });
    const { report, findings, ...rest } = preview;
    const view: ImportPreviewView = {
      ...rest,
      year: report.year,
      printedOrgan: report.organ,
      findings: findingViews(findings),
      // The 2021 edition as it would print; a 2019 report (which is not kept) as plain cell lists; a report from
      // before 2019 has no tables to list.
      model: isKeptEdition(report) ? buildDocumentModel(report, { draft: false }) : null,
      cells2019: is2019(report) ? cellLists2019(report) : null,
    };
    return Response.json(view);
  } catch (e) {
    return errorResponse(e);
  }
}
