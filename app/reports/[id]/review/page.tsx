import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportPreview } from '@/lib/render/report-preview';
import { ChangesSinceReturn } from '@/components/review/changes-since-return';
import { CommentablePreview } from '@/components/review/commentable-preview';
import { CommentsPanel } from '@/components/review/comments-panel';
import { FindingsReview } from '@/components/review/findings-review';
import { WorkflowBar } from '@/components/review/workflow-bar';
import { changedAnchors, hasPlaceChanged } from '@/lib/domain/anchor-changes';
import { describePending } from '@/lib/domain/region-readiness';
import { buildDocumentModel } from '@/lib/render/document-model';
import { previewMarks } from '@/lib/render/preview-marks';
import { requireCtx } from '@/lib/server/auth/current-actor';
import { commentViews, findingViews } from '@/lib/server/verbs/report-page-data';
import { changesSinceReturn, lastSubmitNote } from '@/lib/server/verbs/since-return';
import { loadOr404, reportPageMetadata } from '../load';

export const generateMetadata = ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => reportPageMetadata(params, '审核');

export const dynamic = 'force-dynamic';

export default async function ReviewPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<{ view?: string }>;
}) {
  const ctx = await requireCtx();
  const { id } = await params;
  const { view } = await searchParams;
  const { record, access, findings, comments, isDraft } = await loadOr404(ctx, id);
  const isSupervisor = access.roles.includes('supervisor');
  const since = await changesSinceReturn(ctx.db, record);
  const note = record.status === 'submitted' ? await lastSubmitNote(ctx.db, id) : null;
  const views = commentViews(comments, record.report, false);
  const open = views.filter((c) => !c.resolvedAt);
  const canComment = isSupervisor || access.roles.includes('clerk');
  // A resubmitted report opens on its differences since the return; ?view=full shows the whole preview.
  const showChanges = since !== null && view !== 'full';
  const changed = changedAnchors(since?.changes ?? []);
  return (
    <>
      <p><Link href={`/reports/${id}`}>← 返回报告</Link></p>
      <h1>审核：{record.organName}{record.year}年度报告</h1>
      {note && (
        <section className="card" aria-label="提交说明">
          <strong>提交说明：</strong>{note.reason}
          {note.pendingUnits.length > 0 && <p>提交时尚未审定的下级单位：{describePending(note.pendingUnits)}</p>}
        </section>
      )}
      <WorkflowBar
        reportId={id} status={record.status} roles={access.roles} showReviewLink={false} showDecision
        errors={findings.filter((f) => f.severity === 'error').length}
      />
      {/* Every figure of the preview takes the focus (to comment on it): a keyboard user skips them here. */}
      <p><a href="#review-side">跳到检查结果和批注</a></p>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(320px, 2fr)', gap: 20, alignItems: 'start' }}>
        <div className="card" style={{ overflow: 'auto' }}>
          {showChanges ? (
            <ChangesSinceReturn
              {...since}
              version={record.version}
              openComments={open.map((c) => ({ ...c, anchorChanged: hasPlaceChanged(c, changed) }))}
              fullHref={`/reports/${id}/review?view=full`}
            />
          ) : (
            <>
              {since && <p><Link href={`/reports/${id}/review`}>查看退回后的修改</Link></p>}
              <CommentablePreview
                reportId={id}
                canComment={canComment}
                comments={open.map((c) => ({ id: c.id, place: c.place, range: c.range, label: c.anchorLabel, quoteLost: c.quoteLost, body: c.body, author: c.author }))}
              >
                <ReportPreview model={buildDocumentModel(record.report, { draft: isDraft })} marks={previewMarks(open)} />
              </CommentablePreview>
            </>
          )}
        </div>
        <div id="review-side" tabIndex={-1} aria-label="检查结果和批注" role="region">
          <FindingsReview reportId={id} findings={findingViews(findings)} canAccept={isSupervisor} />
          <CommentsPanel reportId={id} comments={views} canResolve={access.roles.includes('clerk')} />
        </div>
      </div>
    </>
  );
}
