import { describe, expect, it } from 'vitest';
import seed from '@/lib/domain/fixtures/seed-004.json';
import { appKey, getCell } from '@/lib/domain/cells';
import { createEmptyReport, ZReport, type TReport } from '@/lib/domain/model';
import { initialOverview } from '@/lib/domain/new-draft';
import { splitPendingInput } from '@/lib/domain/pending-input';
import { template } from '@/lib/domain/template';
import { createEditorController } from './editor-controller';
import { describePaste, describeRedo, describeUndo, pasteNeedsLook } from './editor-messages';
import { createTestForm } from './test-form';

const seedReport = seed as TReport;
const ROW_LABELS = template.applications.rows.map((r) => r.label);
const emptyReport = (): TReport => {
  const report = createEmptyReport('某区人民政府', 2021);
  return { ...report, parts: { ...report.parts!, overview: initialOverview() } };
};
const tsv = (rows: (string | number)[][]) => `${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`;
const setup = (report = emptyReport()) => {
  const form = createTestForm(report);
  return { form, controller: createEditorController(form), cell: (key: string) => getCell(form.values().tables, key) };
};

describe('typing into a cell', () => {
  it.each([
    ['１２', 12, undefined],
    ['1,234', 1234, undefined],
    ['', null, undefined],
    ['/', null, undefined],
    ['abc', 'abc', '不是数字'],
    ['12.5', '12.5', '须为整数'],
  ])('「%s」 is stored as %j (problem: %s) — nothing typed is lost', (typed, stored, problem) => {
    const { controller, cell } = setup();
    const result = controller.editCell(appKey(0, 0), typed);
    expect(result.problem).toBe(problem);
    expect(cell(appKey(0, 0))).toBe(stored);
  });

  it('a cell edit is one undo step, committed when the clerk leaves the cell', () => {
    const { controller, cell } = setup();
    controller.beginCellEdit(appKey(0, 0));
    controller.editCell(appKey(0, 0), '1');
    controller.editCell(appKey(0, 0), '12');
    controller.commitCellEdit();
    expect(controller.undoStack.getSnapshot()).toMatchObject({ canUndo: true, label: '修改「一、本年新收政府信息公开申请数量 / 自然人」' });
    controller.undo();
    expect(cell(appKey(0, 0))).toBe(null);
  });

  it('Ctrl+Z while still typing in the cell reverts that cell', () => {
    const { controller, cell } = setup();
    controller.beginCellEdit(appKey(0, 0));
    controller.editCell(appKey(0, 0), '7');
    expect(controller.undo()).toEqual({ label: '修改「一、本年新收政府信息公开申请数量 / 自然人」', reverted: 1, kept: 0 });
    expect(cell(appKey(0, 0))).toBe(null);
  });

  it('Escape puts back what the cell held when the clerk entered it', () => {
    const { controller, cell } = setup(seedReport);
    controller.beginCellEdit(appKey(1, 0));
    controller.editCell(appKey(1, 0), '5');
    controller.cancelCellEdit(appKey(1, 0));
    controller.commitCellEdit();
    expect(cell(appKey(1, 0))).toBe(4);
    expect(controller.undoStack.getSnapshot().canUndo).toBe(false);
  });
});

describe('pasting a block', () => {
  const table2 = seedReport.tables.applications;

  it('fills Table 2 from the focused cell, and one undo reverts the whole paste', () => {
    const { controller, form, cell } = setup();
    const withLabels = table2.map((row, r) => [`第${r + 1}行`, ...row.map(String)]);
    const outcome = controller.paste(appKey(0, 0), tsv(withLabels));
    expect(outcome).toMatchObject({ rows: 25, cols: 7, labelColumns: 1, onComputed: 31, outside: 0, invalid: 0 });
    // 24 entry rows × 6 columns, less the cells that were already… nothing: the report was empty.
    expect(outcome.written).toBe(144);
    expect(cell(appKey(0, 0))).toBe(34);
    expect(cell(appKey(24, 5))).toBe(0);
    expect(cell(appKey(0, 6))).toBe(null); // totals are derived, never pasted
    expect(describePaste(outcome)).toBe(
      '已粘贴 25 行 × 7 列，更新 144 个单元格；略去行标题 1 列；31 个合计值由系统计算，未粘贴。按 Ctrl+Z 或「撤销」可撤回。',
    );

    const undone = controller.undo();
    expect(undone).toEqual({ label: '粘贴', reverted: 144, kept: 0 });
    expect(describeUndo(undone)).toBe('已撤销「粘贴」。');
    expect(form.values().tables.applications.every((row) => row.every((v) => v === null))).toBe(true);
    expect(controller.undoStack.getSnapshot().canUndo).toBe(false);
  });

  it('keeps pasted text that is not a number, as typed, and counts it', () => {
    const { controller, cell } = setup();
    const outcome = controller.paste(appKey(0, 0), '１２\tabc\t1,234\n');
    expect(outcome).toMatchObject({ written: 3, invalid: 1 });
    expect([cell(appKey(0, 0)), cell(appKey(0, 1)), cell(appKey(0, 2))]).toEqual([12, 'abc', 1234]);
  });

  it('undo goes back step by step: the later cell edit first, then the whole paste', () => {
    const { controller, cell } = setup();
    controller.paste(appKey(0, 0), '1\t2\n3\t4\n');
    controller.beginCellEdit(appKey(1, 0));
    controller.editCell(appKey(1, 0), '30');
    controller.commitCellEdit();
    controller.undo();
    expect([cell(appKey(0, 0)), cell(appKey(0, 1)), cell(appKey(1, 0)), cell(appKey(1, 1))]).toEqual([1, 2, 3, 4]);
    expect(controller.undo()).toEqual({ label: '粘贴', reverted: 4, kept: 0 });
    expect([cell(appKey(0, 0)), cell(appKey(0, 1)), cell(appKey(1, 0)), cell(appKey(1, 1))]).toEqual([null, null, null, null]);
  });
});

describe('a paste that does not fit its rows (issue 13)', () => {
  const labelled = seedReport.tables.applications.map((row, r) => [ROW_LABELS[r], ...row.map(String)]);

  it('a pasted total that disagrees with its row is said so, naming the row; the total stays derived', () => {
    const { controller, cell } = setup();
    const outcome = controller.paste(appKey(0, 0), tsv([[ROW_LABELS[0], 34, 10, 0, 4, 0, 5, 54]]));
    expect(outcome).toMatchObject({ written: 6, onComputed: 0, disagreeing: [{ key: appKey(0, 6), pasted: 54, sum: 53 }] });
    expect(cell(appKey(0, 6))).toBe(null);
    expect(describePaste(outcome)).toBe(
      '已粘贴 1 行 × 7 列，更新 6 个单元格；「一、本年新收政府信息公开申请数量 / 总计」粘贴的总计54与各项之和53不符，总计按各项之和计算；略去行标题 1 列。按 Ctrl+Z 或「撤销」可撤回。',
    );
    expect(pasteNeedsLook(outcome)).toBe(true);
  });

  it('a labelled line that is no row of the table refuses the whole paste, and nothing changes', () => {
    const { controller, form } = setup();
    const before = form.values();
    const outcome = controller.paste(appKey(0, 0), tsv([...labelled, ['五、其他', 1, 2, 3, 4, 5, 6, 21]]));
    expect(outcome).toMatchObject({ written: 0, refused: '第26行「五、其他」不是表二的行，未粘贴' });
    expect(describePaste(outcome)).toBe('第26行「五、其他」不是表二的行，未粘贴；整块内容均未粘贴，请检查所选的行。');
    expect(form.values()).toEqual(before);
    expect(controller.undoStack.getSnapshot().canUndo).toBe(false);
  });

  it('a labelled block ending in a blank line lands on its rows, as one undo step', () => {
    const { controller, cell } = setup();
    const outcome = controller.paste(appKey(5, 0), `${tsv(labelled)}\r\n`);
    expect(outcome).toMatchObject({ rows: 25, written: 144, outside: 0, onComputed: 31 });
    expect(cell(appKey(24, 0))).toBe(0);
    expect(cell(appKey(0, 0))).toBe(34);
    expect(controller.undo()).toMatchObject({ label: '粘贴', kept: 0 });
    expect(cell(appKey(0, 0))).toBe(null);
  });
});

describe('redo (Ctrl+Y, Ctrl+Shift+Z)', () => {
  it('writes an undone paste again, and undo takes it back once more', () => {
    const { controller, cell } = setup();
    controller.paste(appKey(0, 0), '1\t2\n3\t4\n');
    controller.undo();
    expect(controller.undoStack.getSnapshot()).toEqual({ canUndo: false, label: null, canRedo: true, redoLabel: '粘贴' });
    expect(controller.redo()).toEqual({ label: '粘贴', reverted: 4, kept: 0 });
    expect(describeRedo({ label: '粘贴', reverted: 4, kept: 0 })).toBe('已恢复「粘贴」。');
    expect([cell(appKey(0, 0)), cell(appKey(0, 1)), cell(appKey(1, 0)), cell(appKey(1, 1))]).toEqual([1, 2, 3, 4]);
    expect(controller.undoStack.getSnapshot()).toEqual({ canUndo: true, label: '粘贴', canRedo: false, redoLabel: null });
    controller.undo();
    expect(cell(appKey(1, 1))).toBe(null);
  });

  it('redoes step by step, in the order the steps were undone', () => {
    const { controller, cell } = setup();
    controller.editCell(appKey(0, 0), '5');
    controller.commitCellEdit();
    controller.editCell(appKey(0, 1), '6');
    controller.commitCellEdit();
    controller.undo();
    controller.undo();
    expect([cell(appKey(0, 0)), cell(appKey(0, 1))]).toEqual([null, null]);
    controller.redo();
    expect([cell(appKey(0, 0)), cell(appKey(0, 1))]).toEqual([5, null]);
    controller.redo();
    expect([cell(appKey(0, 0)), cell(appKey(0, 1))]).toEqual([5, 6]);
    expect(controller.redo()).toBe(null);
  });

  it('a new edit after an undo clears the redo side', () => {
    const { controller, cell } = setup();
    controller.paste(appKey(0, 0), '1\t2\n');
    controller.undo();
    controller.editCell(appKey(3, 0), '9');
    controller.commitCellEdit();
    expect(controller.undoStack.getSnapshot().canRedo).toBe(false);
    expect(controller.redo()).toBe(null);
    expect([cell(appKey(0, 0)), cell(appKey(3, 0))]).toEqual([null, 9]);
  });

  it('typing into a cell after an undo, then Ctrl+Y in that cell, redoes nothing over the typing', () => {
    const { controller, cell } = setup();
    controller.paste(appKey(0, 0), '1\t2\n');
    controller.undo();
    controller.beginCellEdit(appKey(0, 0));
    controller.editCell(appKey(0, 0), '7');
    expect(controller.redo()).toBe(null);
    expect(cell(appKey(0, 0))).toBe(7);
  });

  it('keeps a value changed between the undo and the redo', () => {
    const { controller, form, cell } = setup();
    controller.paste(appKey(0, 0), '1\t2\n');
    controller.undo();
    form.set(`tables.${appKey(0, 1)}`, 8); // a merged save from another tab
    expect(controller.redo()).toEqual({ label: '粘贴', reverted: 1, kept: 1 });
    expect([cell(appKey(0, 0)), cell(appKey(0, 1))]).toEqual([1, 8]);
  });
});

describe('a paste carrying control characters (issue 11)', () => {
  it('takes them out and says so, so the save can keep what was pasted', () => {
    const { controller, form, cell } = setup();
    const outcome = controller.paste(appKey(0, 0), '1\u0000\t2x\u0007\r\n');
    expect([cell(appKey(0, 0)), cell(appKey(0, 1)), outcome.removed]).toEqual([1, '2x', 2]);
    expect(describePaste(outcome)).toContain('已删除 2 个不可见的控制字符或残缺字符');
    expect(ZReport.safeParse(splitPendingInput(form.values())).success).toBe(true);
  });

  it('takes them out of text typed or pasted into one cell', () => {
    const { controller, cell } = setup();
    controller.editCell(appKey(0, 0), '7\u0000');
    expect(cell(appKey(0, 0))).toBe(7);
  });
});

describe('空白填0', () => {
  it('fills the blanks of one table (and counts them first), and one undo empties them again', () => {
    const { controller, form, cell } = setup();
    controller.editCell(appKey(0, 0), '3');
    controller.commitCellEdit();
    expect(controller.countBlanks('applications')).toBe(143);
    expect(controller.fillBlanks('applications')).toBe(143);
    expect(cell(appKey(0, 0))).toBe(3);
    expect(cell(appKey(0, 1))).toBe(0);
    expect(cell('active.feesWan')).toBe(null); // another table: left for its own 空白填0
    expect(controller.fillBlanks('active')).toBe(10);
    expect(cell('active.feesWan')).toBe('0');
    controller.undo();
    controller.undo();
    expect(cell(appKey(0, 1))).toBe(null);
    expect(form.values().tables.litigation.every((v) => v === null)).toBe(true);
    expect(cell(appKey(0, 0))).toBe(3);
  });
});

describe('生成依申请公开概述', () => {
  it('writes the paragraph under （二）依申请公开 as one undoable step', () => {
    const report = { ...seedReport, parts: { ...seedReport.parts!, overview: initialOverview() } };
    const { controller, form } = setup(report);
    const result = controller.insertApplicationSummary();
    expect(result.ok).toBe(true);
    const lines = form.values().parts!.overview.split('\n');
    expect(lines[1]).toBe('（二）依申请公开');
    expect(lines[2]).toMatch(/^本年度，本机关新收政府信息公开申请53件/);
    controller.undo();
    expect(form.values().parts!.overview).toBe(initialOverview());
  });

  it('undo keeps the text when the clerk typed into part 一 afterwards (nothing typed is lost)', () => {
    const report = { ...seedReport, parts: { ...seedReport.parts!, overview: initialOverview() } };
    const { controller, form } = setup(report);
    controller.insertApplicationSummary();
    const typed = `${form.values().parts!.overview}\n另：本年度无行政复议。`;
    form.set('parts.overview', typed); // the text area writes straight into the form
    expect(controller.undo()).toEqual({ label: '生成依申请公开概述', reverted: 0, kept: 1 });
    expect(form.values().parts!.overview).toBe(typed);
  });

  it('refuses while Table 2 is incomplete and writes nothing', () => {
    const { controller, form } = setup();
    const result = controller.insertApplicationSummary();
    expect(result.ok).toBe(false);
    expect(form.values().parts!.overview).toBe(initialOverview());
  });
});

describe('replaceReport', () => {
  it('puts the other version in place, cell by cell and part by part, and clears undo', () => {
    const { controller, form } = setup();
    controller.paste(appKey(0, 0), '1\t2\n');
    form.writes.length = 0;
    controller.replaceReport(seedReport);
    expect(form.values().tables).toEqual(seedReport.tables);
    expect(form.values().parts).toEqual(seedReport.parts);
    expect(form.writes).toContain('parts.other');
    expect(form.writes).not.toContain('year'); // unchanged fields are not written
    expect(controller.undoStack.getSnapshot().canUndo).toBe(false);
  });
});
