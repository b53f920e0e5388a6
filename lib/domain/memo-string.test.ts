// A pure function of one string remembered: same answers, each string worked out once, memory bounded.
import { describe, expect, it } from 'vitest';
import { memoString } from './memo-string';

describe('memoString', () => {
  it('answers as the function does, working each string out once', () => {
    const calls: string[] = [];
    const length = memoString((s: string) => {
      calls.push(s);
      return s.length;
    });
    expect([length('ab'), length('abc'), length('ab')]).toEqual([2, 3, 2]);
    expect(calls).toEqual(['ab', 'abc']);
  });

  it('remembers an undefined answer too', () => {
    let calls = 0;
    const none = memoString(() => {
      calls++;
      return undefined;
    });
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('holds at most `limit` answers, then starts afresh', () => {
    const calls: string[] = [];
    const upper = memoString((s: string) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    ['a', 'b', 'c', 'a'].forEach((s) => upper(s));
    // 「c」 found the memory full and dropped 「a」「b」: 「a」 is worked out again.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
    expect(upper('c')).toBe('C');
    expect(calls).toHaveLength(4);
  });

  it('does not remember a throw', () => {
    let calls = 0;
    const failing = memoString((s: string) => {
      calls++;
      throw new Error(s);
    });
    expect(() => failing('x')).toThrow('x');
    expect(() => failing('x')).toThrow('x');
    expect(calls).toBe(2);
  });
});
