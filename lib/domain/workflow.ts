// Report workflow states (issue: people and process): 草稿 → 已提交 → 已退回 / 已审定 → 已发布.
export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'published';

export const STATUS_LABEL: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已审定',
  published: '已发布',
};

/** Clerks edit drafts and returned reports; a submitted report is locked, an approved one frozen. */
export const isEditable = (status: ReportStatus): boolean => status === 'draft' || status === 'returned';

/** Only an approved (or published) version is final; everything else prints with a 「草稿」 mark. */
export const isFinal = (status: ReportStatus): boolean => status === 'approved' || status === 'published';
