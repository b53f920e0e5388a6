// The rule engine: runs every rule of the template as its own pass over a (possibly partial) report.
import { cellSpec } from './cells';
import { fillMessage, findingKey, type Finding, type RuleInput } from './findings';
import { withPendingInCells } from './pending-input';
import { RULE_CHECKS } from './rules';
import { template, type RuleDefinition } from './template';

function applies(def: RuleDefinition, input: RuleInput): boolean {
  switch (def.scope) {
    case 'tables':
      return true;
    case 'narrative':
      return input.report.parts !== undefined;
    case 'previous':
      return input.previous !== undefined;
    case 'register':
      return input.register !== undefined;
    case 'meta':
      return true;
  }
}

export function findBrokenRules(given: RuleInput): Finding[] {
  // Pending input is judged in its cell, as the clerk sees it: VALUE-FORMAT, never VALUE-MISSING.
  const input = { ...given, report: withPendingInCells(given.report) };
  const findings: Finding[] = [];
  const accepted = new Map((input.report.acceptedWarnings ?? []).map((a) => [a.finding, a]));
  for (const def of template.rules) {
    if (!applies(def, input)) continue;
    for (const hit of RULE_CHECKS[def.id](input)) {
      const cellKeys = hit.cells ?? [];
      findings.push({
        rule: def.id,
        severity: def.severity,
        message: fillMessage(def.message, { year: input.report.year, ...hit.vars }),
        cells: cellKeys.map((k) => cellSpec(k).name),
        cellKeys,
        ...(hit.part ? { part: hit.part } : {}),
        ...(hit.quote ? { quote: hit.quote } : {}),
        ...(hit.left !== undefined ? { left: String(hit.left) } : {}),
        ...(hit.right !== undefined ? { right: String(hit.right) } : {}),
        ...(typeof hit.left === 'number' && typeof hit.right === 'number'
          ? { difference: String(hit.left - hit.right) }
          : {}),
      });
      const finding = findings[findings.length - 1];
      const acceptance = def.severity === 'warning' ? accepted.get(findingKey(finding)) : undefined;
      if (acceptance) finding.accepted = { reason: acceptance.reason, by: acceptance.by };
    }
  }
  return findings;
}

export const countBySeverity = (findings: Finding[]) => ({
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: findings.filter((f) => f.severity === 'warning').length,
});
