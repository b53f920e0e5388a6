// The rules of spec §6 for a 2019-edition report (spec §9): Tables 2 and 3, VALUE-*, the narrative and
// meta rules through the 2021 engine on the report's 2021 view, said of the 2019 tables; the 2019 Table 1
// judged here; OUTDATED-FORMAT when the report is for 2021 or later.
import { ACTIVE_CELLS_2019, normalizeCell2019 } from './active-cells-2019';
import { is2019, type TAnyReport, type TReport2019 } from './canonical-2019';
import { findBrokenRules } from './engine';
import { fillMessage, type Finding, type RuleInput } from './findings';
import type { TCell } from './model';
import { isPre2019 } from './pre-2019';
import { findBrokenRulesPre2019 } from './rules-pre-2019';
import { template2019 } from './template-2019';
import { ruleDefinition, template } from './template';
import { cellKey2019, cellName2019, comparable, OTHER_VIEW_ROW, toView2021 } from './view-2021';

/** A finding on the view, said of the 2019 tables; null when it is only about rows the 2019 edition lacks. */
function mapFinding(f: Finding): Finding | null {
  const kept = f.cellKeys.filter((k) => cellName2019(k) !== null);
  if (f.cellKeys.length > 0 && kept.length === 0) return null;
  return {
    ...f,
    // APP-ROW-TOTAL names the row it adds up: the view's 「（六）其他处理 / 3.其他」 is the 2019 「（六）其他处理」.
    message: f.message.split(`${OTHER_VIEW_ROW.group} / ${OTHER_VIEW_ROW.label}`).join(OTHER_VIEW_ROW.group ?? ''),
    cellKeys: kept.map(cellKey2019),
    cells: kept.map((k) => cellName2019(k) as string),
  };
}

function message(rule: string, vars: Record<string, string | number>): string {
  return fillMessage(ruleDefinition(rule).message, vars);
}

/** VALUE-FORMAT, VALUE-MISSING and SECTION-MISSING over the 2019 Table 1 (spec §6 applied to §9). */
function activeFindings(report: TReport2019): Finding[] {
  const out: Finding[] = [];
  const values = ACTIVE_CELLS_2019.map((cell) => ({ cell, value: report.tables.active[cell.row][cell.col] as TCell }));
  const allBlank = values.every(({ value, cell }) => value === null || normalizeCell2019(value, cell.type).value === null);
  if (allBlank && report.parts) {
    out.push({ rule: 'SECTION-MISSING', severity: 'error', message: message('SECTION-MISSING', { part: template2019.active.title }), cells: [], cellKeys: [] });
    return out;
  }
  for (const { cell, value } of values) {
    const normalized = normalizeCell2019(value, cell.type);
    if (normalized.problem) {
      out.push({ rule: 'VALUE-FORMAT', severity: 'error', cells: [cell.name], cellKeys: [cell.key],
        message: message('VALUE-FORMAT', { cell: cell.name, value: String(value), problem: normalized.problem }) });
    } else if (normalized.value === null) {
      out.push({ rule: 'VALUE-MISSING', severity: 'error', cells: [cell.name], cellKeys: [cell.key],
        message: message('VALUE-MISSING', { cell: cell.name }) });
    }
  }
  return out;
}

export type RuleInput2019 = Omit<RuleInput, 'report' | 'previous'> & { report: TReport2019; previous?: TAnyReport };

export function findBrokenRules2019(input: RuleInput2019): Finding[] {
  const { report } = input;
  const base = findBrokenRules({ ...input, report: toView2021(report), previous: input.previous && comparable(input.previous) });
  const mapped = base
    .filter((f) => f.rule !== 'REGULATIONS-STOCK' && f.rule !== 'OUTDATED-FORMAT')
    .filter((f) => !f.cellKeys.some((k) => k.startsWith('active.')))
    .map(mapFinding)
    .filter((f): f is Finding => f !== null);
  const extra = activeFindings(report);
  if (report.year >= template2019.outdatedFrom) {
    const detail = `表格为2019年版（${template2019.outdatedMarks.join('、')}，「（六）其他处理」只有一行）`;
    extra.push({ rule: 'OUTDATED-FORMAT', severity: 'error', cells: [], cellKeys: [], message: message('OUTDATED-FORMAT', { year: report.year, detail }) });
  }
  // In the engine's order: by rule as the template lists them, Table 1 before Table 2 within a rule.
  return template.rules.flatMap((def) => [...extra.filter((f) => f.rule === def.id), ...mapped.filter((f) => f.rule === def.id)]);
}

/** The checker's entry for a report of either edition or from before them; last year's may be any of these too. */
export function findBrokenRulesAnyEdition(input: Omit<RuleInput, 'report' | 'previous'> & { report: TAnyReport; previous?: TAnyReport }): Finding[] {
  const { report, previous, ...rest } = input;
  if (is2019(report)) return findBrokenRules2019({ ...rest, report, previous });
  if (isPre2019(report)) return findBrokenRulesPre2019({ ...rest, report, previous });
  return findBrokenRules({ ...rest, report, ...(previous ? { previous: comparable(previous) } : {}) });
}
