// Report workflow states (issue: people and process): 草稿 → 已提交 → 已退回 / 已审定 → 已发布.
// An imported published report waits as 已导入 until a 审核人 other than its importer confirms it (issue 11).
export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'published' | 'imported';

export const STATUS_LABEL: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审定',
  published: '已发布',
  imported: '已导入，待审核人确认',
};

/** Clerks edit drafts and returned reports; a submitted report is locked, an approved one frozen. */
export const EDITABLE_STATUSES: readonly ReportStatus[] = ['draft', 'returned'];
export const isEditable = (status: ReportStatus): boolean => EDITABLE_STATUSES.includes(status);

/** Only an approved (or published) version is final; everything else prints with a 「草稿」 mark. */
export const isFinal = (status: ReportStatus): boolean => status === 'approved' || status === 'published';

export type TransitionName = 'submit' | 'return' | 'approve' | 'confirm' | 'publish';
export type WorkflowRole = 'clerk' | 'supervisor';

/** Who moves a report from which states to which, and whether a reason must be given. */
export const TRANSITIONS: Record<TransitionName, { from: ReportStatus[]; to: ReportStatus; roles: WorkflowRole[]; label: string; needsReason: boolean }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['clerk'], label: '提交审核', needsReason: false },
  // A returned import becomes the clerk's to correct and submit like any draft.
  return: { from: ['submitted', 'imported'], to: 'returned', roles: ['supervisor'], label: '退回修改', needsReason: true },
  approve: { from: ['submitted'], to: 'approved', roles: ['supervisor'], label: '审定', needsReason: false },
  confirm: { from: ['imported'], to: 'approved', roles: ['supervisor'], label: '确认导入', needsReason: false },
  publish: { from: ['approved'], to: 'published', roles: ['clerk', 'supervisor'], label: '登记发布', needsReason: false },
};
