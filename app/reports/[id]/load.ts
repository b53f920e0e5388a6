// Loads a report page's data, turning "not found or not yours" into Next's 404.
import { notFound } from 'next/navigation';
import type { Ctx } from '@/lib/server/context';
import { ServerError } from '@/lib/server/context';
import { loadReportPage, type ReportPageData } from '@/lib/server/report-page-data';

export async function loadOr404(ctx: Ctx, id: string): Promise<ReportPageData> {
  try {
    return await loadReportPage(ctx, id);
  } catch (e) {
    if (e instanceof ServerError && e.status === 404) notFound();
    throw e;
  }
}
