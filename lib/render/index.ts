// Rendering a report for download: one document model, laid out as DOCX or PDF (issue 4).
import { writeCanonical } from '@/lib/domain/canonical';
import type { TReport } from '@/lib/domain/model';
import { withoutPendingInput } from '@/lib/domain/pending-input';
import { template } from '@/lib/domain/template';
import { buildDocumentModel } from './document-model';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';

export type RenderFormat = 'docx' | 'pdf';
export type RenderedFile = { bytes: Buffer; filename: string; contentType: string };

export const CONTENT_TYPES: Record<RenderFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** 「<机关全称><年份>年政府信息公开工作年度报告.docx」, with characters no file system accepts replaced. */
export function reportFilename(report: Pick<TReport, 'organ' | 'year'>, format: RenderFormat): string {
  const stem = `${report.organ}${report.year}${template.titleSuffix}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return `${stem}.${format}`;
}

/** RFC 6266 / RFC 5987: an ASCII fallback name and the UTF-8 name percent-encoded. */
export function contentDisposition(filename: string): string {
  const ext = /\.[A-Za-z0-9]+$/.exec(filename)?.[0] ?? '';
  const fallback = /^[\x20-\x7e]+$/.test(filename) && !/["\\]/.test(filename) ? filename : `report${ext}`;
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export async function renderReport(report: TReport, format: RenderFormat, opts: { draft: boolean }): Promise<RenderedFile> {
  const model = buildDocumentModel(report, { draft: opts.draft });
  // The embedded data is the report's values; text typed where a number belongs is no value.
  const json = writeCanonical(withoutPendingInput(report));
  // The PDF backend loads react-pdf (ESM-only, large) on first use, so DOCX-only callers never do.
  const bytes = format === 'docx' ? await renderDocx(model, json) : await renderPdf(model, json);
  return { bytes, filename: reportFilename(report, format), contentType: CONTENT_TYPES[format] };
}
