// The rules of spec §6 for a report from before the statutory tables (pre-2019.ts). Its words are judged as
// any report's. Its tables were never printed: a rule on them is 无法判断 (partial-knowledge.ts), never a
// finding. Rules about what such a report could not yet follow are not applied: OUTDATED-FORMAT (its format
// was right for its year), SECTION-MISSING of 二–四 (no statutory tables then) and of 六 (the old outline printed
// 其他需要报告的事项 only when there was something to report), FEE-STATEMENT-MISSING (信息处理费 date from 2021).
import { findBrokenRules } from './engine';
import type { Finding, RuleInput } from './findings';
import { pre2019AsView, type TReportPre2019 } from './pre-2019';
import type { TAnyReport } from './canonical-2019';
import { comparable } from './view-2021';

const NOT_APPLIED = new Set(['OUTDATED-FORMAT', 'FEE-STATEMENT-MISSING']);

/** SECTION-MISSING is kept for 一 and 五 only: the old outline had both (工作情况, 存在的主要问题和改进措施). */
const isApplied = (f: Finding) =>
  !NOT_APPLIED.has(f.rule) && f.cells.length === 0 && (f.rule !== 'SECTION-MISSING' || f.part === 'overview' || f.part === 'problems');

export function findBrokenRulesPre2019(input: Omit<RuleInput, 'report' | 'previous'> & { report: TReportPre2019; previous?: TAnyReport }): Finding[] {
  const { report, previous, ...rest } = input;
  return findBrokenRules({ ...rest, report: pre2019AsView(report), ...(previous ? { previous: comparable(previous) } : {}) }).filter(isApplied);
}
