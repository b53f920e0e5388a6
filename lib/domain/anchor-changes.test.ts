import { describe, expect, it } from 'vitest';
import { changedAnchors, hasPlaceChanged } from './anchor-changes';
import { locateAnchor } from './comment-anchor';
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

describe('hasPlaceChanged: a quoted sentence by its own words', () => {
  const before = { ...createEmptyReport('某镇', 2025), parts: { preamble: '', overview: '全年收到申请十二件，均已办结。', problems: '', other: '' } };
  const quote = { text: '均已办结', start: 10, end: 14, prefix: '全年收到申请十二件，', suffix: '。' };
  const comment = { anchor: 'paragraph:overview:0', quote };
  const placeChanged = (overview: string) => {
    const after = { ...before, parts: { ...before.parts, overview } };
    return hasPlaceChanged({ ...comment, ...locateAnchor(comment, after), anchor: comment.anchor }, changedAnchors(diffReports(before, after)));
  };

  it('the paragraph changed elsewhere: the sentence did not', () => {
    expect(placeChanged('全年共收到申请十二件，均已办结。')).toBe(false);
  });
  it('the sentence reworded or deleted: it did', () => {
    expect(placeChanged('全年收到申请十二件，均已办理完结。')).toBe(true);
    expect(placeChanged('全年收到申请十二件。')).toBe(true);
  });
  it('a comment without a quote goes by its anchor', () => {
    const after = { ...before, parts: { ...before.parts, overview: '全年共收到申请十二件，均已办结。' } };
    const changed = changedAnchors(diffReports(before, after));
    expect(hasPlaceChanged({ anchor: 'paragraph:overview:0', quote: null, verbatim: true }, changed)).toBe(true);
  });
});
