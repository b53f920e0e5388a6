// The rule registry: every rule id of templates/national-2021/rules.json and the check that judges it.
import type { RuleCheck } from '../findings';
import { checkAppBalance } from './app-balance';
import { checkFeeStatement } from './fee-statement';
import { checkLate } from './late';
import { checkNarrativeNumber } from './narrative-number';
import { checkOutdatedFormat } from './outdated-format';
import { checkPeriodMismatch } from './period-mismatch';
import { checkCarryOver, checkRegulationsStock } from './previous-year';
import { checkRegisterMismatch } from './register-mismatch';
import { checkSectionMissing } from './section-missing';
import { checkStaleYear } from './stale-year';
import { checkSums } from './sum-relations';
import { checkValueFormat, checkValueMissing } from './values';

export const RULE_CHECKS: Record<string, RuleCheck> = {
  'APP-BALANCE': checkAppBalance,
  'APP-ROW-TOTAL': checkSums('APP-ROW-TOTAL'),
  'APP-RESULT-TOTAL': checkSums('APP-RESULT-TOTAL'),
  'LITIGATION-TOTAL': checkSums('LITIGATION-TOTAL'),
  'VALUE-FORMAT': checkValueFormat,
  'VALUE-MISSING': checkValueMissing,
  'OUTDATED-FORMAT': checkOutdatedFormat,
  'SECTION-MISSING': checkSectionMissing,
  'CARRY-OVER-MISMATCH': checkCarryOver,
  'REGULATIONS-STOCK': checkRegulationsStock,
  'REGISTER-MISMATCH': checkRegisterMismatch,
  'NARRATIVE-NUMBER': checkNarrativeNumber,
  'STALE-YEAR': checkStaleYear,
  'PERIOD-MISMATCH': checkPeriodMismatch,
  'LATE': checkLate,
  'FEE-STATEMENT-MISSING': checkFeeStatement,
};
