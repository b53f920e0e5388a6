import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime, saveStatusText } from './format';

describe('format', () => {
  it('writes times in China Standard Time', () => {
    expect(formatTime('2025-01-16T17:03:05.000Z')).toBe('01:03:05');
    expect(formatDateTime('2025-01-16T17:03:05.000Z')).toBe('2025/01/17 01:03:05');
  });

  it.each([
    [{ kind: 'saved', version: 2, savedAt: '2025-01-17T06:03:05.000Z', savedBy: '张三' }, '已保存 14:03:05'],
    [{ kind: 'saving' }, '保存中…'],
    [{ kind: 'failed', reason: '无法连接服务器', willRetry: true }, '未保存：无法连接服务器'],
  ] as const)('status %j → %s', (status, text) => {
    expect(saveStatusText(status)).toBe(text);
  });
});
