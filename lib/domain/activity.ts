// What an audited step on a report is called in the UI. The review steps make a report's history;
// any step, saves included, can be a unit's last activity on the office's board.

export const REVIEW_STEP_LABEL: Record<string, string> = {
  'report.create': '创建', 'report.import': '导入已发布的报告', 'report.submit': '提交审核', 'report.return': '退回修改',
  'report.approve': '审定', 'report.publish': '登记发布', 'report.rollup': '汇总下级单位数据',
  'report.seed': '演示数据载入', 'comment.add': '添加批注', 'comment.resolve': '批注已解决', 'warning.accept': '接受警告',
};

export const ACTIVITY_LABEL: Record<string, string> = { ...REVIEW_STEP_LABEL, 'report.save': '保存草稿' };

/** The label of an audited action; one this build does not know is shown as recorded rather than hidden. */
export const activityLabel = (action: string): string => ACTIVITY_LABEL[action] ?? action;
