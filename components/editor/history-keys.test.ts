import { describe, expect, it } from 'vitest';
import { historyKey, isSaveKey } from './history-keys';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('historyKey', () => {
  it.each([
    [press('z', { ctrlKey: true }), 'undo'],
    [press('z', { metaKey: true }), 'undo'],
    [press('y', { ctrlKey: true }), 'redo'],
    [press('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [press('z', { metaKey: true, shiftKey: true }), 'redo'],
    [press('z'), null],
    [press('y', { ctrlKey: true, shiftKey: true }), null],
    [press('z', { ctrlKey: true, altKey: true }), null],
  ])('%j → %s', (e, expected) => {
    expect(historyKey(e)).toBe(expected);
  });
});

describe('isSaveKey', () => {
  it.each([
    [press('s', { ctrlKey: true }), true],
    [press('S', { metaKey: true }), true],
    [press('s'), false],
    [press('s', { ctrlKey: true, shiftKey: true }), false],
  ])('%j → %s', (e, expected) => {
    expect(isSaveKey(e)).toBe(expected);
  });
});
