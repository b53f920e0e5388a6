// FEE-STATEMENT-MISSING (spec §6): part 六 says what was charged under 《政府信息公开信息处理费管理办法》.
import type { RuleCheck } from '../findings';

const FEE_STATEMENT = /处理费|未收取(?:任何)?(?:相关)?费用|不收取(?:任何)?费用|未(?:产生|发生)(?:任何)?(?:相关)?(?:收费|费用)/;

export const checkFeeStatement: RuleCheck = ({ report }) =>
  report.parts && !FEE_STATEMENT.test(report.parts.other) ? [{ part: 'other', vars: {} }] : [];
