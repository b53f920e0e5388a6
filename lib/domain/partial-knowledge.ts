// The rules with partial knowledge (issue 14): a report read from a print may have cells nobody could read.
// A rule that involves such a cell is 「无法判断」 — listed apart, never a finding (not VALUE-MISSING, not a
// broken sum) and never taken as holding. Blank cells stay what they are: the author's VALUE-MISSING.
import { cellSpec } from './cells';
import type { Finding } from './findings';
import { RULE_CELLS } from './rules/rule-cells';
import { template, type RuleSeverity } from './template';

export const UNDECIDABLE_LABEL = '无法判断';

/** A rule instance that cannot be judged, with the unread cells that stop it (by cell name, spec §11). */
export type Undecidable = { rule: string; severity: RuleSeverity; subject: string; cells: string[]; unread: string[]; message: string };

/** Findings that do not rest on an unread cell (findings name their cells as spec §11 does). */
export function withoutUnread(findings: Finding[], unread: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => !f.cells.some((name) => unread.has(name)));
}

type Instance = { rule: string; severity: RuleSeverity; title: string; subject: string; names: string[] };

// The rule instances and their cells' names depend only on whether last year's report is there: listed once each.
const instancesOf = new Map<boolean, Instance[]>();
function ruleInstances(hasPrevious: boolean): Instance[] {
  let listed = instancesOf.get(hasPrevious);
  if (!listed) {
    listed = template.rules.flatMap((def) =>
      (RULE_CELLS[def.id]?.({ hasPrevious }) ?? []).map(({ subject, cells }) => ({
        rule: def.id, severity: def.severity, title: def.title, subject, names: cells.map((k) => cellSpec(k).name),
      })));
    instancesOf.set(hasPrevious, listed);
  }
  return listed;
}

/** Every instance of the table rules that reads an unread cell, in the template's rule order. */
export function findUndecidableRules(input: { hasPrevious: boolean }, unread: ReadonlySet<string>): Undecidable[] {
  if (unread.size === 0) return [];
  const out: Undecidable[] = [];
  for (const { rule, severity, title, subject, names } of ruleInstances(input.hasPrevious)) {
    const stopping = names.filter((n) => unread.has(n));
    if (!stopping.length) continue;
    const shown = stopping.slice(0, 3).join('、') + (stopping.length > 3 ? `等${stopping.length}格` : '');
    out.push({ rule, severity, subject, cells: [...names], unread: stopping, message: `${title}（${subject}）${UNDECIDABLE_LABEL}：${shown}未能读取` });
  }
  return out;
}
