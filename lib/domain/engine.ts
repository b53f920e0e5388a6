// The rule engine: runs every rule of the template as its own pass over a (possibly partial) report.
import { cellIndex, cellSpec, changedCells } from './cells';
import { compileMessage, findingKey, type Finding, type Hit, type RuleInput } from './findings';
import { withPendingInCells } from './pending-input';
import { RULE_CHECKS, RULE_READS, RULE_TABLE_CELLS, type InputSlice } from './rules';
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

/** Each rule's message pattern, read once from the template. */
const MESSAGE_OF = new Map(template.rules.map((def) => [def.id, compileMessage(def.message)]));

function findingOf(def: RuleDefinition, hit: Hit, year: number): Finding {
  const cellKeys = hit.cells ?? [];
  // Optional fields are set only when present, in the order findings have always listed them.
  const finding: Finding = {
    rule: def.id,
    severity: def.severity,
    message: MESSAGE_OF.get(def.id)!({ year, ...hit.vars }),
    cells: cellKeys.map((k) => cellSpec(k).name),
    cellKeys,
  };
  if (hit.part) finding.part = hit.part;
  if (hit.quote) finding.quote = hit.quote;
  if (hit.left !== undefined) finding.left = String(hit.left);
  if (hit.right !== undefined) finding.right = String(hit.right);
  if (typeof hit.left === 'number' && typeof hit.right === 'number') finding.difference = String(hit.left - hit.right);
  return finding;
}

/** The findings of the rules' hits, in the template's rule order, with messages, names and acceptances. */
function findingsOf(input: RuleInput, hitsOf: (def: RuleDefinition) => Hit[] | null): Finding[] {
  const findings: Finding[] = [];
  const accepted = input.report.acceptedWarnings?.length ? new Map(input.report.acceptedWarnings.map((a) => [a.finding, a])) : null;
  for (const def of template.rules) {
    for (const hit of hitsOf(def) ?? []) {
      const finding = findingOf(def, hit, input.report.year);
      const acceptance = def.severity === 'warning' ? accepted?.get(findingKey(finding)) : undefined;
      if (acceptance) finding.accepted = { reason: acceptance.reason, by: acceptance.by };
      findings.push(finding);
    }
  }
  return findings;
}

/** Pending input is judged in its cell, as the clerk sees it: VALUE-FORMAT, never VALUE-MISSING. */
const withPendingJudged = (input: RuleInput): RuleInput => ({ ...input, report: withPendingInCells(input.report) });

export function findBrokenRules(given: RuleInput): Finding[] {
  const input = withPendingJudged(given);
  return findingsOf(input, (def) => (applies(def, input) ? RULE_CHECKS[def.id](input) : null));
}

const sliceOf = (input: RuleInput, slice: InputSlice) => (slice === 'previous' || slice === 'register' ? input[slice] : input.report[slice]);

/** Everything but the tables, the parts and last year's report: a change here runs every rule again. */
function sameMeta(a: RuleInput, b: RuleInput): boolean {
  if (a.publishedOn !== b.publishedOn || a.deadline !== b.deadline) return false;
  const keys = new Set([...Object.keys(a.report), ...Object.keys(b.report)]) as Set<keyof RuleInput['report']>;
  for (const key of keys) if (key !== 'tables' && key !== 'parts' && a.report[key] !== b.report[key]) return false;
  return true;
}

/** Per rule that reads fewer than all cells, which cells it reads (RULE_TABLE_CELLS), by index in CELLS. */
const CELLS_READ = new Map(Object.entries(RULE_TABLE_CELLS).map(([id, keys]) => [id, new Set(keys!.map(cellIndex))]));
const readsAny = (id: string, changed: readonly number[]) => {
  const read = CELLS_READ.get(id);
  return read === undefined ? changed.length > 0 : changed.some((i) => read.has(i));
};

/**
 * The engine for an editor, where each keystroke changes a cell or a part: it keeps each rule's hits and runs
 * a rule again only when a slice it reads (RULE_READS) is a new object, or, for the tables, when a cell it
 * reads (RULE_TABLE_CELLS) holds another value. Callers keep the unchanged slices' identity (a copy-on-write
 * report); the findings equal findBrokenRules'.
 */
export function createRuleSession(): (input: RuleInput) => Finding[] {
  let last: { input: RuleInput; hits: Map<string, Hit[]> } | null = null;
  return (given) => {
    const input = withPendingJudged(given);
    const before = last && sameMeta(last.input, input) ? last : null;
    const changed = before ? changedCells(before.input.report.tables, input.report.tables) : [];
    const isUnchanged = (id: string, slice: InputSlice) =>
      slice === 'tables' ? !readsAny(id, changed) : sliceOf(before!.input, slice) === sliceOf(input, slice);
    const hits = new Map<string, Hit[]>();
    for (const def of template.rules) {
      if (!applies(def, input)) continue;
      const kept = before?.hits.get(def.id);
      const isFresh = kept !== undefined && RULE_READS[def.id].every((slice) => isUnchanged(def.id, slice));
      hits.set(def.id, isFresh ? kept : RULE_CHECKS[def.id](input));
    }
    last = { input, hits };
    return findingsOf(input, (def) => hits.get(def.id) ?? null);
  };
}

export const countBySeverity = (findings: Finding[]) => ({
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: findings.filter((f) => f.severity === 'warning').length,
});
