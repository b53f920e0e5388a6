import { describe, expect, it } from 'vitest';
import { appKey, getCell, setCell } from './cells';
import type { TReport } from './model';
import { applyPatch, conflictId, isEmptyPatch, mergePatch, patchBetween, rebaseOnSaved, ZReportPatch } from './report-patch';
import { cleanReport } from './test-support';

const LICENSING = 'active.licensing';
const withCell = (r: TReport, key: string, value: number | string | null): TReport => ({ ...r, tables: setCell(r.tables, key, value) });
const withPart = (r: TReport, part: 'overview' | 'problems', text: string): TReport => ({ ...r, parts: { ...r.parts!, [part]: text } });

describe('a save as a patch', () => {
  const base = cleanReport();

  it('carries only the entered cells, parts and date that changed', () => {
    const mine = { ...withPart(withCell(base, appKey(0, 0), 41), 'problems', '新的问题。'), signature: { organ: base.organ, date: '2026-01-20' } };
    expect(patchBetween(base, mine)).toEqual({ cells: { [appKey(0, 0)]: 41 }, parts: { problems: '新的问题。' }, signature: { date: '2026-01-20' } });
    expect(isEmptyPatch(patchBetween(base, base))).toBe(true);
    expect(applyPatch(base, patchBetween(base, mine))).toEqual(mine);
  });

  it('refuses a computed total or an unknown key', () => {
    expect(ZReportPatch.safeParse({ cells: { [appKey(0, 6)]: 5 } }).success).toBe(false); // 总计 column
    expect(ZReportPatch.safeParse({ cells: { 'tables.x': 5 } }).success).toBe(false);
    expect(ZReportPatch.safeParse({ cells: { [LICENSING]: 5 }, parts: { overview: 'x' } }).success).toBe(true);
    expect(ZReportPatch.safeParse({ cells: { [LICENSING]: '约20' } }).success).toBe(true); // typed text, kept as pending input
    expect(ZReportPatch.safeParse({ cells: { [LICENSING]: 'a\u0000b' } }).success).toBe(false);
    expect(ZReportPatch.safeParse({ parts: { overview: '\ud800' } }).success).toBe(false);
  });
});

describe('merging a patch with what was saved meanwhile', () => {
  const base = withPart(cleanReport(), 'overview', '第一段。\n第二段。\n第三段。');

  it('keeps both sides\' edits of different cells', () => {
    const theirs = withCell(base, LICENSING, 77);
    const merged = mergePatch(base, theirs, patchBetween(base, withCell(base, appKey(0, 0), 41)));
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect([getCell(merged.report.tables, LICENSING), getCell(merged.report.tables, appKey(0, 0))]).toEqual([77, 41]);
  });

  it('reports the same cell changed to different values as the only conflict, with both values', () => {
    const theirs = withCell(withCell(base, LICENSING, 77), appKey(1, 0), 9);
    const mine = withCell(withCell(base, LICENSING, 78), appKey(0, 0), 41);
    expect(mergePatch(base, theirs, patchBetween(base, mine))).toEqual({
      ok: false,
      conflicts: [{ kind: 'cell', key: LICENSING, name: '第二十条第（五）项 / 行政许可 / 本年处理决定数量', mine: 78, theirs: 77 }],
    });
  });

  it('takes the same value typed on both sides as agreement', () => {
    const both = withCell(base, LICENSING, 77);
    expect(mergePatch(base, both, patchBetween(base, both))).toMatchObject({ ok: true });
  });

  it('merges a part paragraph by paragraph, adjacent paragraphs included', () => {
    const theirs = withPart(base, 'overview', '第一段（改）。\n第二段。\n第三段。');
    const mine = withPart(base, 'overview', '第一段。\n第二段（我改）。\n第三段。\n第四段。');
    const merged = mergePatch(base, theirs, patchBetween(base, mine));
    expect(merged).toMatchObject({ ok: true, report: { parts: { overview: '第一段（改）。\n第二段（我改）。\n第三段。\n第四段。' } } });
  });

  it('reports a paragraph changed on both sides, with the agreed paragraphs around it', () => {
    const theirs = withPart(base, 'overview', '第一段。\n第二段（他改）。\n第三段（他改）。');
    const mine = withPart(base, 'overview', '第一段。\n第二段（我改）。\n第三段。');
    expect(mergePatch(base, theirs, patchBetween(base, mine))).toEqual({
      ok: false,
      conflicts: [{
        kind: 'part', key: 'overview', name: '一、总体情况',
        regions: [{ agreed: ['第一段。'] }, { mine: ['第二段（我改）。'], theirs: ['第二段（他改）。'] }, { agreed: ['第三段（他改）。'] }],
      }],
    });
  });

  it('reports the date changed on both sides', () => {
    const theirs = { ...base, signature: { organ: base.organ, date: '2026-01-10' } };
    const mine = { ...base, signature: { organ: base.organ, date: '2026-01-11' } };
    expect(mergePatch(base, theirs, patchBetween(base, mine))).toEqual({
      ok: false, conflicts: [{ kind: 'signature', field: 'date', name: '落款日期', mine: '2026-01-11', theirs: '2026-01-10' }],
    });
  });
});

describe('conflicts settled one by one', () => {
  const base = withPart(cleanReport(), 'overview', '第一段。\n第二段。');
  const theirs = withPart(withCell(withCell(base, LICENSING, 77), appKey(1, 0), 9), 'overview', '第一段（他改）。\n第二段。');
  const mine = withPart(withCell(withCell(base, LICENSING, 78), appKey(0, 0), 41), 'overview', '第一段（我改）。\n第二段。');
  const patch = patchBetween(base, mine);

  it('stays a conflict until every one is chosen', () => {
    const partial = mergePatch(base, theirs, patch, { [conflictId.cell(LICENSING)]: 'theirs' });
    expect(partial.ok ? [] : partial.conflicts.map((c) => c.kind)).toEqual(['part']);
  });

  it('takes each chosen side, and everything else from both', () => {
    const choices = { [conflictId.cell(LICENSING)]: 'mine', [conflictId.region('overview', 0)]: 'theirs' } as const;
    const merged = mergePatch(base, theirs, patch, choices);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect([LICENSING, appKey(0, 0), appKey(1, 0)].map((k) => getCell(merged.report.tables, k))).toEqual([78, 41, 9]);
    expect(merged.report.parts!.overview).toBe('第一段（他改）。\n第二段。');
    const other = mergePatch(base, theirs, patch, { [conflictId.cell(LICENSING)]: 'theirs', [conflictId.region('overview', 0)]: 'mine' });
    expect(other.ok && [getCell(other.report.tables, LICENSING), other.report.parts!.overview]).toEqual([77, '第一段（我改）。\n第二段。']);
  });
});

describe('the form after a merged save', () => {
  it('shows the other side\'s changes and keeps what was typed after sending', () => {
    const base = cleanReport();
    const sent = withCell(base, appKey(0, 0), 41);
    const saved = withCell(sent, LICENSING, 77); // another tab's edit, merged by the server
    const form = withCell(sent, appKey(0, 1), 5); // typed while the save was on its way
    const shown = rebaseOnSaved(form, sent, saved);
    expect([appKey(0, 0), LICENSING, appKey(0, 1)].map((k) => getCell(shown.tables, k))).toEqual([41, 77, 5]);
  });
});
