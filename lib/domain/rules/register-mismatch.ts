// REGISTER-MISMATCH (issue 16): where a report's Table 2 was typed and the organ keeps a register for the
// year, each entry cell whose typed count differs from the register's count. Totals are not compared:
// they follow from the entry cells, and a wrong printed total is already APP-ROW-TOTAL/APP-RESULT-TOTAL.
import { cellSpec, getCell } from '../cells';
import { mismatch, type Hit, type RuleCheck } from '../findings';
import { countOf } from '../normalize';
import { ENTRY_CELLS } from '../register/table2';

export const checkRegisterMismatch: RuleCheck = ({ report, register }) => {
  if (!register) return [];
  const counted = { ...report.tables, applications: register };
  const hits: Hit[] = [];
  for (const key of ENTRY_CELLS) {
    const typed = countOf(getCell(report.tables, key));
    const fromRegister = countOf(getCell(counted, key));
    if (typed === null || fromRegister === null || typed === fromRegister) continue;
    hits.push(mismatch(typed, fromRegister, [key], { cell: cellSpec(key).name }));
  }
  return hits;
};
