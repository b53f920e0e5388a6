// Oversized request bodies are refused (issue 8): by their declared length before reading, and — sent
// chunked, with no length — as soon as the limit is passed, without reading the rest.
import { describe, expect, it, vi } from 'vitest';
import { errorResponse, readJsonBody } from './http';
import { InvalidInput } from '../parse-input';

const LIMIT = 64 * 1024;

/** A chunked body of `chunks` pieces of 16 KB; counts how many the reader pulled. */
function streamed(chunks: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
    },
  });
  const request = new Request('http://127.0.0.1/api', { method: 'PUT', body, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('readJsonBody', () => {
  it('parses a body within the limit', async () => {
    const request = new Request('http://127.0.0.1/api', { method: 'PUT', body: JSON.stringify({ a: '年报' }) });
    await expect(readJsonBody(request, LIMIT)).resolves.toEqual({ a: '年报' });
  });

  it('refuses a declared length over the limit with 413, before reading', async () => {
    const request = new Request('http://127.0.0.1/api', { method: 'PUT', body: 'x'.repeat(LIMIT + 1) });
    await expect(readJsonBody(request, LIMIT)).rejects.toMatchObject({ status: 413, message: '提交的内容过大（上限64KB）' });
  });

  it('refuses a chunked body once it passes the limit, without reading the rest (a 1 GB stream stops at 80 KB)', async () => {
    const { request, pulled } = streamed(65_536);
    await expect(readJsonBody(request, LIMIT)).rejects.toMatchObject({ status: 413 });
    expect(pulled()).toBeLessThanOrEqual(LIMIT / (16 * 1024) + 2);
  });

  it('reads a chunked body within the limit, and answers 400 for one that is no JSON', async () => {
    await expect(readJsonBody(streamed(2).request, LIMIT)).rejects.toMatchObject({ status: 400 });
    const ok = new Request('http://127.0.0.1/api', {
      method: 'PUT',
      body: new Blob(['{"baseVersion":', '3}']).stream(),
      duplex: 'half',
    } as RequestInit);
    await expect(readJsonBody(ok, LIMIT)).resolves.toEqual({ baseVersion: 3 });
  });

  it('refuses a body that is not UTF-8 with 400, instead of storing U+FFFD', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"a":"'), 0xc3, 0x28, 0xff, ...new TextEncoder().encode('"}')]);
    const request = new Request('http://127.0.0.1/api', { method: 'PUT', body: bytes });
    await expect(readJsonBody(request, LIMIT)).rejects.toMatchObject({ status: 400, message: '提交的内容不是有效的 UTF-8 文本' });
  });
});

describe('errorResponse', () => {
  it('answers 500 and logs the kind and place of an unexpected error, never its message (report text, parameters)', async () => {
    const error = Object.assign(new Error('duplicate key value: (overview)=(本机关机密段落)'), { code: '23505' });
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    try {
      const response = errorResponse(error);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: '服务器内部错误，请稍后重试' });
    } finally {
      spy.mockRestore();
    }
    const text = logged.flat().map(String).join('\n');
    expect(text).toContain('unexpected Error (code 23505)');
    expect(text).toContain('http.test.ts');
    expect(text).not.toContain('本机关机密段落');
  });

  it('answers bad input 400 with every issue and its path', async () => {
    const issues = [{ path: 'organId', message: '请选择机关' }, { path: 'year', message: '「报告年度」无效输入' }];
    const response = errorResponse(new InvalidInput(issues));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: '请选择机关；「报告年度」无效输入', issues });
  });
});
