import Link from 'next/link';
import { ReportPreview } from '@/components/report-preview';
import { buildDocumentModel } from '@/lib/render/document-model';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { loadOr404 } from '../load';

export const dynamic = 'force-dynamic';

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx();
  const { id } = await params;
  const { record, isDraft } = await loadOr404(ctx, id);
  return (
    <>
      <p>
        <Link href={`/reports/${id}`}>← 返回报告</Link>　
        <a className="button" href={`/reports/${id}/download/docx`}>下载 Word（DOCX）</a>{' '}
        <a className="button" href={`/reports/${id}/download/pdf`}>下载 PDF</a>
        {isDraft && <span>　当前为草稿（未审定或仍有错误），下载的文件带「草稿」标记。</span>}
      </p>
      <div className="card"><ReportPreview model={buildDocumentModel(record.report, { draft: isDraft })} /></div>
    </>
  );
}
