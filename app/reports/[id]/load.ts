// Loads a report page's data, turning "not found or not yours" into Next's 404; and the pages' titles,
// which name the page and the report (「某镇人民政府2025年度报告 · 编辑」).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { currentCtx } from '@/lib/server/auth/current-actor';
import type { Ctx } from '@/lib/server/context';
import { ServerError } from '@/lib/server/context';
import { getReport } from '@/lib/server/verbs/get-report';
import { loadReportPage, type ReportPageData } from '@/lib/server/verbs/report-page-data';

export async function loadOr404(ctx: Ctx, id: string): Promise<ReportPageData> {
  try {
    return await loadReportPage(ctx, id);
  } catch (e) {
    if (e instanceof ServerError && e.status === 404) notFound();
    throw e;
  }
}

/** The title of a report's page; a report not found or not the reader's is named as such, never leaked. */
export async function reportPageMetadata(params: Promise<{ id: string }>, page: string): Promise<Metadata> {
  const ctx = await currentCtx();
  if (!ctx) return { title: page };
  try {
    const { record } = await getReport(ctx, (await params).id);
    return { title: `${record.organName}${record.year}年度报告 · ${page}` };
  } catch (e) {
    if (e instanceof ServerError && e.status === 404) return { title: '页面不存在' };
    throw e;
  }
}
