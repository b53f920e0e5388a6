import { describe, expect, it } from 'vitest';
import { createEmptyReport, emptyParts, filledActiveTable, ZActiveTable } from './model';
import { ACTIVE_ROW_KEYS, ACTIVE_ROW_WIDTH, NARRATIVE_KEYS } from './template';

describe('the model follows the template', () => {
  it('has a Table 1 field per template row, as wide as its block (the type is written out; this keeps it true)', () => {
    expect(Object.keys(ZActiveTable.shape)).toEqual([...ACTIVE_ROW_KEYS]);
    const widths = Object.fromEntries(ACTIVE_ROW_KEYS.map((k) => [k, 'items' in ZActiveTable.shape[k].def ? ZActiveTable.shape[k].def.items.length : 1]));
    expect(widths).toEqual(ACTIVE_ROW_WIDTH);
  });

  it('builds the empty Table 1 and parts from the template', () => {
    expect(filledActiveTable(0, '0')).toEqual({
      regulations: [0, 0, 0], normativeDocuments: [0, 0, 0], licensing: 0, punishment: 0, enforcement: 0, feesWan: '0',
    });
    expect(Object.keys(emptyParts())).toEqual([...NARRATIVE_KEYS]);
    const report = createEmptyReport('某机关', 2025);
    expect(ZActiveTable.parse(report.tables.active)).toEqual(filledActiveTable(null, null));
  });
});
