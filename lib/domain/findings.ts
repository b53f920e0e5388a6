// What a rule reports (spec §6): the rule id, its severity, the cells involved by name, both sides'
// values and the difference, and a Chinese message built from the template's message pattern.
import type { CellKey } from './cells';
import type { TCell, TReport } from './model';
import type { NarrativeKey, RuleSeverity } from './template';

export type Finding = {
  rule: string;
  severity: RuleSeverity;
  message: string;
  /** Cell names (spec §11), as the editor labels its inputs. */
  cells: string[];
  cellKeys: CellKey[];
  /** For narrative rules: which part, and the words the finding is about. */
  part?: NarrativeKey;
  quote?: string;
  left?: string;
  right?: string;
  /** left − right, as a decimal string. */
  difference?: string;
  /** A warning a supervisor accepted, with the written reason. */
  accepted?: { reason: string; by: string };
};

/** A finding's identity across runs, so an accepted warning stays accepted while it is the same. */
export function findingKey(f: Pick<Finding, 'rule' | 'cellKeys' | 'quote'>): string {
  return [f.rule, f.cellKeys.join(','), f.quote ?? ''].join('|');
}

/** What a rule check returns before the engine adds severity, names and the message. */
export type Hit = {
  cells?: CellKey[];
  vars: Record<string, string | number>;
  part?: NarrativeKey;
  quote?: string;
  left?: number | string;
  right?: number | string;
};

export type RuleInput = {
  report: TReport;
  /** Last year's report of the same organ, for the cross-year rules. */
  previous?: TReport;
  /** Table 2 counted from the organ's register of the same year (issue 16), when it keeps one. */
  register?: TCell[][];
  /** Date the report was published (YYYY-MM-DD); defaults to the signature date for LATE. */
  publishedOn?: string | null;
  /** Organ-specific deadline (YYYY-MM-DD) overriding the default for its level. */
  deadline?: string | null;
};


export type RuleCheck = (input: RuleInput) => Hit[];

/** A two-sided numeric hit: left and right values with the message's {left} {right} {diff}. */
export function mismatch(left: number, right: number, cells: CellKey[], vars: Hit['vars']): Hit {
  return { cells, left, right, vars: { ...vars, left, right, diff: Math.abs(left - right) } };
}

/**
 * A message pattern read once into its text and {placeholders}: filling it is then a concatenation, with no
 * pattern matching per finding. A placeholder without a value stays as written.
 */
export function compileMessage(pattern: string): (vars: Hit['vars']) => string {
  const pieces = pattern.split(/\{(\w+)\}/); // text, name, text, name, …, text
  return (vars) => {
    let out = pieces[0];
    for (let i = 1; i < pieces.length; i += 2) {
      const name = pieces[i];
      out += (name in vars ? String(vars[name]) : `{${name}}`) + pieces[i + 1];
    }
    return out;
  };
}

export function fillMessage(pattern: string, vars: Hit['vars']): string {
  return compileMessage(pattern)(vars);
}
