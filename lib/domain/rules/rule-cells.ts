// Which cells each instance of the table rules reads (spec §6), beside the registry of checks: with it, a rule
// that involves a cell the importer could not read is known to be undecidable rather than holding (issue 14).
import { appKey, type CellKey } from '../cells';
import { APP_COLS, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL, template } from '../template';
import { SUM_RELATIONS } from '../totals';

/** One instance of a rule: what it is about (a row, a column, a group) and the cells it reads. */
export type RuleInstance = { subject: string; cells: CellKey[] };
/** `hasPrevious`: last year's report is known (the cross-year rules are judged only then). */
type InstancesOf = (input: { hasPrevious: boolean }) => RuleInstance[];

const columns = template.applications.columns.map((c) => c.label);
const sums = (rule: string): InstancesOf => () =>
  SUM_RELATIONS.filter((r) => r.rule === rule).map((r) => ({ subject: r.subject, cells: [r.total, ...r.parts] }));

const STOCK_ROWS = template.active.blocks[0].rows;

export const RULE_CELLS: Record<string, InstancesOf> = {
  'APP-BALANCE': () => columns.map((subject, c) => ({
    subject,
    cells: [ROW_RECEIVED, ROW_CARRIED_IN, ROW_RESULT_TOTAL, ROW_CARRIED_OUT].map((r) => appKey(r, c)),
  })),
  'APP-ROW-TOTAL': sums('APP-ROW-TOTAL'),
  'APP-RESULT-TOTAL': sums('APP-RESULT-TOTAL'),
  'LITIGATION-TOTAL': sums('LITIGATION-TOTAL'),
  'CARRY-OVER-MISMATCH': ({ hasPrevious }) =>
    hasPrevious ? Array.from({ length: APP_COLS }, (_, c) => ({ subject: columns[c], cells: [appKey(ROW_CARRIED_IN, c)] })) : [],
  'REGULATIONS-STOCK': ({ hasPrevious }) =>
    hasPrevious ? STOCK_ROWS.map((row) => ({ subject: row.label, cells: [0, 1, 2].map((c) => `active.${row.key}.${c}`) })) : [],
};
