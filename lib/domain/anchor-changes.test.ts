import { describe, expect, it } from 'vitest';
import { changedAnchors } from './anchor-changes';
import { diffReports } from './diff-reports';
import { createEmptyReport } from './model';

describe('changedAnchors', () => {
  const before = { ...createEmptyReport('某镇', 2025), parts: { preamble: '', overview: '第一段。\n第二段。', problems: '无。', other: '' }, signature: { organ: '某镇', date: '2026年1月20日' } };
  const after = {
    ...before,
    tables: { ...before.tables, active: { ...before.tables.active, licensing: 7 } },
    parts: { ...before.parts, overview: '第一段。\n第二段，改过。' },
  };
  const changed = changedAnchors(diffReports(before, after));

  it.each([
    ['cell:active.licensing', true],
    ['cell:active.punishment', false],
    ['paragraph:overview:1', true],
    ['paragraph:overview:0', false],
    ['part:overview', true], // one of its paragraphs changed
    ['part:problems', false],
    ['part:signature', false],
  ])('%s changed: %s', (anchor, expected) => {
    expect(changed(anchor)).toBe(expected);
  });

  it('sees a changed signature at the signature anchor', () => {
    expect(changedAnchors(diffReports(before, { ...before, signature: { organ: '某镇', date: '2026年1月25日' } }))('part:signature')).toBe(true);
  });
});
