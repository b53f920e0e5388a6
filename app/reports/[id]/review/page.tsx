import Link from 'next/link';
import { ReportPreview } from '@/lib/render/report-preview';
import { CommentsPanel } from '@/components/review/comments-panel';
import { FindingsReview } from '@/components/review/findings-review';
import { WorkflowBar } from '@/components/review/workflow-bar';
import { buildDocumentModel } from '@/lib/render/document-model';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { commentViews, findingViews } from '@/lib/server/report-page-data';
import { anchorOptions } from '@/lib/domain/comment-anchor';
import { loadOr404 } from '../load';

export const dynamic = 'force-dynamic';

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx();
  const { id } = await params;
  const { record, access, findings, comments, isDraft } = await loadOr404(ctx, id);
  const isSupervisor = access.roles.includes('supervisor');
  return (
    <>
      <p><Link href={`/reports/${id}`}>← 返回报告</Link></p>
      <h1>审核：{record.organName}{record.year}年度报告</h1>
      <WorkflowBar
        reportId={id} status={record.status} roles={access.roles} showReviewLink={false} showDecision
        errors={findings.filter((f) => f.severity === 'error').length}
      />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(320px, 2fr)', gap: 20, alignItems: 'start' }}>
        <div className="card" style={{ overflow: 'auto' }}>
          <ReportPreview model={buildDocumentModel(record.report, { draft: isDraft })} />
        </div>
        <div>
          <FindingsReview reportId={id} findings={findingViews(findings)} canAccept={isSupervisor} />
          <CommentsPanel
            reportId={id}
            comments={commentViews(comments, false)}
            anchors={anchorOptions(record.report)}
            canComment={isSupervisor || access.roles.includes('clerk')}
            canResolve={access.roles.includes('clerk')}
          />
        </div>
      </div>
    </>
  );
}
