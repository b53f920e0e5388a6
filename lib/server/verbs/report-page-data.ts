// What the report pages (editor, review, preview) show around a report: findings, comments, access.
import { locateAnchor } from '../../domain/comment-anchor';
import { findingKey, type Finding } from '../../domain/findings';
import type { TReport } from '../../domain/model';
import { isFinal } from '../../domain/workflow';
import type { Access } from '../authorize';
import { checkRecord } from '../data/check-record';
import { findComments, type ReviewComment } from '../data/comments';
import type { Ctx } from '../context';
import { getReport } from './get-report';
import type { ReportRecord } from '../data/report-records';

export type ReportPageData = {
  record: ReportRecord;
  access: Access;
  findings: Finding[];
  comments: ReviewComment[];
  /** Drafts, and anything with an error, print with the 「草稿」 mark. */
  isDraft: boolean;
};

export async function loadReportPage(ctx: Ctx, id: string): Promise<ReportPageData> {
  const { record, access } = await getReport(ctx, id);
  const findings = await checkRecord(ctx.db, record);
  const comments = await findComments(ctx.db, id);
  const isDraft = !isFinal(record.status) || findings.some((f) => f.severity === 'error');
  return { record, access, findings, comments, isDraft };
}

export const findingViews = (findings: Finding[]) =>
  findings.map((f) => ({ key: findingKey(f), rule: f.rule, severity: f.severity, message: f.message, accepted: f.accepted }));

/**
 * Comments with readable anchors, found again in the report as it is now (a quoted sentence may have moved
 * or gone); on the editor page a cell or part anchor links to its field.
 */
export function commentViews(comments: ReviewComment[], report: Pick<TReport, 'parts'>, linkToEditor: boolean) {
  return comments.map((c) => {
    const [kind, a] = c.anchor.split(':');
    const href = !linkToEditor ? null
      : kind === 'cell' ? `#cell-${a.replace(/\./g, '-')}`
        : `#part-${a}`;
    const { anchor: place, range, quoteLost, verbatim, label } = locateAnchor(c, report);
    return { ...c, place, range, quoteLost, verbatim, anchorLabel: label, anchorHref: href };
  });
}

