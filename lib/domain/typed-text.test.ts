// Text a person typed (issue 11, item 6): NUL and lone surrogates are refused naming the field, a paste is stripped.
import { describe, expect, it } from 'vitest';
import { ZReport } from './model';
import { cleanReport } from './test-support';
import { stripUntypeable, typedTextProblem } from './typed-text';

describe('typedTextProblem', () => {
  it.each([
    ['NUL', 'a\u0000b', '控制字符'],
    ['a bell', 'a\u0007b', '控制字符'],
    ['a lone high surrogate', 'a\uD83Db', '孤立的代理项'],
    ['a lone low surrogate at the end', 'ab\uDE00', '孤立的代理项'],
  ])('refuses %s', (_name, text, says) => {
    expect(typedTextProblem(text)).toContain(says);
  });

  it.each([['Chinese', '本机关未收取信息处理费。'], ['line ends and tabs', 'a\tb\r\nc'], ['an emoji (a surrogate pair)', '好😀']])(
    'takes %s',
    (_name, text) => expect(typedTextProblem(text)).toBeUndefined(),
  );
});

describe('ZReport refuses untypeable narrative text, naming the part', () => {
  it.each([
    ['overview', '一、总体情况', 'x\u0000'],
    ['other', '六、其他需要报告的事项', 'x\uD800'],
  ] as const)('%s', (part, name, text) => {
    const report = cleanReport();
    const parsed = ZReport.safeParse({ ...report, parts: { ...report.parts, [part]: text } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toContain(`「${name}」`);
    expect(parsed.error?.issues[0].path).toEqual(['parts', part]);
  });
});

describe('stripUntypeable', () => {
  it('removes control characters and lone surrogates and counts them; keeps line ends, tabs and pairs', () => {
    expect(stripUntypeable('1\u00002\t3\r\n\uD800好😀\u001b')).toEqual({ text: '12\t3\r\n好😀', removed: 3 });
  });
});
