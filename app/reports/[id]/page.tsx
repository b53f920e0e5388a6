import { notFound } from 'next/navigation';
import Link from 'next/link';
import { ReportEditor } from '@/components/editor/report-editor';
import { isEditable, STATUS_LABEL } from '@/lib/domain/workflow';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { ServerError } from '@/lib/server/context';
import { getReport } from '@/lib/server/get-report';
import { findPreviousReport } from '@/lib/server/report-records';

export const dynamic = 'force-dynamic';

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx();
  const { id } = await params;
  let loaded;
  try {
    loaded = await getReport(ctx, id);
  } catch (e) {
    if (e instanceof ServerError && e.status === 404) notFound();
    throw e;
  }
  const { record, access } = loaded;
  const canEdit = access.roles.includes('clerk') && isEditable(record.status);
  const previous = await findPreviousReport(ctx.db, record);
  return (
    <>
      <p>
        <Link href="/reports">← 我的报告</Link>　<span className="badge">{STATUS_LABEL[record.status]}</span>　
        <Link href={`/reports/${record.id}/preview`}>预览与下载</Link>
      </p>
      <ReportEditor
        key={record.id}
        reportId={record.id}
        previous={previous?.report}
        organName={record.organName}
        readOnly={!canEdit}
        initial={{ report: record.report, version: record.version, savedAt: record.updatedAt, savedBy: record.updatedBy }}
      />
    </>
  );
}
