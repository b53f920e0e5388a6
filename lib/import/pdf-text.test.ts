// pdftotext under a bound (issue 11, item 8): a run past its time is killed and answered in Chinese;
// a file that cannot get a turn is answered as busy. Needs poppler-utils (scripts/setup.sh installs it).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfToText } from './pdf-text';
import { createRunQueue } from './run-queue';

const PDF = path.resolve(__dirname, '../../../shared/corpus/03_huaian_city_gov_2024.pdf');

describe('pdfToText', () => {
  it('reads a PDF within its time', async () => {
    const text = await pdfToText(await readFile(PDF));
    expect(text.ok && text.text).toContain('政府信息公开');
  });

  it('kills a run that passes its time, with a message saying so', async () => {
    const t0 = Date.now();
    const text = await pdfToText(await readFile(PDF), { timeoutMs: 1 });
    expect(text).toEqual({ ok: false, message: expect.stringContaining('已停止') });
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it('answers a file that cannot get a turn as busy, the others still read', async () => {
    const bytes = await readFile(PDF);
    const queue = createRunQueue({ concurrency: 1, waitMs: 1 });
    const results = await Promise.all([pdfToText(bytes, { queue }), pdfToText(bytes, { queue })]);
    expect(results[0].ok).toBe(true);
    expect(results[1]).toEqual({ ok: false, message: expect.stringContaining('服务器正忙于提取其他 PDF 文件的文字') });
  });
});
