import { describe, expect, it } from 'vitest';
import { markRuns, previewMarks } from './preview-marks';

describe('preview marks', () => {
  it('sorts open comments into whole places and quoted stretches', () => {
    expect(previewMarks([
      { id: 'a', place: 'cell:litigation.0', range: null },
      { id: 'b', place: 'paragraph:overview:1', range: { start: 2, end: 5 } },
      { id: 'c', place: 'paragraph:overview:1', range: null },
    ])).toEqual({
      anchors: { 'cell:litigation.0': ['a'], 'paragraph:overview:1': ['c'] },
      quotes: { 'paragraph:overview:1': [{ start: 2, end: 5, ids: ['b'] }] },
    });
  });

  it('cuts a paragraph’s runs at the quotes’ edges, across the sub-heading run and where quotes overlap', () => {
    // 「（一）主动公开。」 is the sub-heading run (characters 0–7); quotes over 6–9 and 9–11.
    const runs = [{ text: '（一）主动公开。', subheading: true }, { text: '本年度主动公开。', subheading: false }];
    const pieces = markRuns(runs, [{ start: 6, end: 10, ids: ['x'] }, { start: 9, end: 12, ids: ['y'] }]);
    expect(pieces).toEqual([
      { text: '（一）主动公', subheading: true, ids: [] },
      { text: '开。', subheading: true, ids: ['x'] },
      { text: '本', subheading: false, ids: ['x'] },
      { text: '年', subheading: false, ids: ['x', 'y'] },
      { text: '度主', subheading: false, ids: ['y'] },
      { text: '动公开。', subheading: false, ids: [] },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('（一）主动公开。本年度主动公开。');
  });
});
