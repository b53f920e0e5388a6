// Pending input: what a clerk typed into a statutory cell that is not a valid value (「约20」, 「=1+1」).
// Spec §7 says nothing typed is lost, so it is kept, but beside the tables, never in them: stored
// cells hold values only, and exports, roll-ups and renderers read the tables alone. The editor puts
// it back into its cells on load; the rule engine judges it there (VALUE-FORMAT, not VALUE-MISSING).
import { CELLS, getCell, setCell } from './cells';
import { ZReportInput, type TReport } from './model';
import { cellProblem } from './normalize';

/**
 * The report with every cell that holds no valid value emptied and its text moved to pendingInput.
 * Pending input already held stays unless its cell now holds a value (the later entry wins).
 */
export function splitPendingInput(report: TReport): TReport {
  let tables = report.tables;
  const pending: Record<string, string> = {};
  for (const cell of CELLS) {
    const value = getCell(tables, cell.key);
    const held = report.pendingInput?.[cell.key];
    if (value === null) {
      if (held !== undefined && held.trim() !== '') pending[cell.key] = held;
      continue;
    }
    if (cellProblem(value, cell.type) === undefined) continue;
    pending[cell.key] = String(value);
    tables = setCell(tables, cell.key, null);
  }
  const { pendingInput: _old, ...rest } = report;
  return { ...rest, tables, ...(Object.keys(pending).length > 0 ? { pendingInput: pending } : {}) };
}

/** The report as the clerk sees it: each pending input back in its cell, no pendingInput beside. */
export function withPendingInCells(report: TReport): TReport {
  if (!report.pendingInput) return report;
  let tables = report.tables;
  for (const [key, text] of Object.entries(report.pendingInput)) tables = setCell(tables, key, text);
  const { pendingInput: _pending, ...rest } = report;
  return { ...rest, tables };
}

/** The report without its pending input, for what leaves the product (exports, documents). */
export function withoutPendingInput(report: TReport): TReport {
  const { pendingInput: _pending, ...rest } = report;
  return rest;
}

/**
 * A report as stored. Rows written before pending input existed kept typed text in their cells:
 * they are read leniently and split, so they load like any other.
 */
export function readStoredReport(data: unknown): TReport {
  return splitPendingInput(ZReportInput.parse(data));
}
