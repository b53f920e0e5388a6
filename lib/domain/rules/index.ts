// The rule registry: every rule id of templates/national-2021/rules.json and the check that judges it.
import type { CellKey } from '../cells';
import type { RuleCheck } from '../findings';
import { ENTRY_CELLS } from '../register/table2';
import { checkAppBalance } from './app-balance';
import { checkFeeStatement } from './fee-statement';
import { checkLate } from './late';
import { checkNarrativeNumber, NARRATIVE_NUMBER_CELLS } from './narrative-number';
import { checkOutdatedFormat, OTHER_ROW_CELLS } from './outdated-format';
import { checkPeriodMismatch } from './period-mismatch';
import { checkCarryOver, checkRegulationsStock } from './previous-year';
import { checkRegisterMismatch } from './register-mismatch';
import { RULE_CELLS } from './rule-cells';
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

/** The slices of its input a rule reads (besides the report's year, organ, signature and dates). */
export type InputSlice = 'tables' | 'parts' | 'previous' | 'register';

/** What each rule reads, so the editor's rule session re-runs only the rules a change concerns. */
export const RULE_READS: Record<string, readonly InputSlice[]> = {
  'APP-BALANCE': ['tables'],
  'APP-ROW-TOTAL': ['tables'],
  'APP-RESULT-TOTAL': ['tables'],
  'LITIGATION-TOTAL': ['tables'],
  'VALUE-FORMAT': ['tables'],
  'VALUE-MISSING': ['tables', 'parts'],
  'OUTDATED-FORMAT': ['tables'],
  'SECTION-MISSING': ['tables', 'parts'],
  'CARRY-OVER-MISMATCH': ['tables', 'previous'],
  'REGULATIONS-STOCK': ['tables', 'previous'],
  'REGISTER-MISMATCH': ['tables', 'register'],
  'NARRATIVE-NUMBER': ['tables', 'parts'],
  'STALE-YEAR': ['parts'],
  'PERIOD-MISMATCH': ['parts'],
  'LATE': [],
  'FEE-STATEMENT-MISSING': ['parts'],
};

const cellsOfInstances = (rule: string) => RULE_CELLS[rule]({ hasPrevious: true }).flatMap((i) => i.cells);

/**
 * The cells of the tables each rule reads, for the rules that read fewer than all of them (the others read
 * every cell): the editor's rule session re-runs a rule reading the tables only when one of its cells changed.
 */
export const RULE_TABLE_CELLS: Readonly<Partial<Record<string, readonly CellKey[]>>> = {
  'APP-BALANCE': cellsOfInstances('APP-BALANCE'),
  'APP-RESULT-TOTAL': cellsOfInstances('APP-RESULT-TOTAL'),
  'LITIGATION-TOTAL': cellsOfInstances('LITIGATION-TOTAL'),
  'OUTDATED-FORMAT': OTHER_ROW_CELLS,
  'CARRY-OVER-MISMATCH': cellsOfInstances('CARRY-OVER-MISMATCH'),
  'REGULATIONS-STOCK': cellsOfInstances('REGULATIONS-STOCK'),
  'REGISTER-MISMATCH': ENTRY_CELLS,
  'NARRATIVE-NUMBER': NARRATIVE_NUMBER_CELLS,
};
