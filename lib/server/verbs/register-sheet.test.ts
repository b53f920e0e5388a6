import { describe, expect, it } from 'vitest';
import { parseCsv, readRegisterFile } from './register-sheet';

describe('register files', () => {
  it('parses CSV with quoted commas, quotes and line breaks', () => {
    expect(parseCsv('收到日期,申请内容\r\n2025/3/4,"甲，乙,""丙""\n丁"\n')).toEqual([['收到日期', '申请内容'], ['2025/3/4', '甲，乙,"丙"\n丁']]);
  });

  it('reads a CSV saved by a Chinese Excel (GB18030) as well as UTF-8 with BOM', async () => {
    const text = '收到日期,申请人类型\n2025年3月4日,个人\n';
    const gb = Uint8Array.from(Buffer.from('ytW1vcjVxtosyerH68jLwODQzQoyMDI1xOoz1MI0yNUsuPbIywo=', 'base64'));
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const bytes of [gb, utf8]) {
      expect((await readRegisterFile(bytes, 'a.csv')).rows.map((r) => r.cells)).toEqual([['收到日期', '申请人类型'], ['2025年3月4日', '个人']]);
    }
  });

  it('refuses an old .xls with a way out', async () => {
    await expect(readRegisterFile(new Uint8Array(), 'a.xls')).rejects.toMatchObject({ status: 400, message: expect.stringContaining('另存为 .xlsx') });
  });
});
