import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportCharts } from '@/components/report-charts';
import { ReportPreview } from '@/lib/render/report-preview';
import { outcomeMix, trendSeries } from '@/lib/domain/chart-data';
import { findReportsOfOrgans } from '@/lib/server/data/report-records';
import { buildDocumentModel } from '@/lib/render/document-model';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { loadOr404, reportPageMetadata } from '../load';

export const generateMetadata = ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => reportPageMetadata(params, '预览');

export const dynamic = 'force-dynamic';

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx();
  const { id } = await params;
  const { record, isDraft } = await loadOr404(ctx, id);
  const years = await findReportsOfOrgans(ctx.db, [record.organId]);
  return (
    <>
      <p>
        <Link href={`/reports/${id}`}>← 返回报告</Link>　
        <a className="button" href={`/reports/${id}/download/docx`}>下载 Word（DOCX）</a>{' '}
        <a className="button" href={`/reports/${id}/download/pdf`}>下载 PDF</a>
        {isDraft && <span>　当前为草稿（未审定或仍有错误），下载的文件带「草稿」标记。</span>}
      </p>
      <section className="card" aria-label="图表">
        <ReportCharts mix={outcomeMix(record.report.tables)} trend={trendSeries(years.map((r) => r.report), record.year)} />
      </section>
      <div className="card"><ReportPreview model={buildDocumentModel(record.report, { draft: isDraft })} /></div>
    </>
  );
}
