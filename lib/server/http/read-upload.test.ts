import { describe, expect, it } from 'vitest';
import { readUpload } from './read-upload';

const post = (form: FormData | string, headers: Record<string, string> = {}) =>
  new Request('http://x/api', { method: 'POST', body: form, headers });

const formWith = (bytes: number, name = '长寿湖镇2024年报.txt') => {
  const form = new FormData();
  form.set('organId', 'o1');
  form.set('file', new File([new Uint8Array(bytes).fill(0x41)], name));
  return form;
};

describe('readUpload', () => {
  it('returns the file (with its Chinese name) and the text fields', async () => {
    const upload = await readUpload(post(formWith(10)), 1000);
    expect([upload.filename, upload.bytes.length, upload.fields.get('organId')]).toEqual(['长寿湖镇2024年报.txt', 10, 'o1']);
  });

  it('refuses a file over the limit with 413, counting the bytes whatever the declared length', async () => {
    await expect(readUpload(post(formWith(1001)), 1000)).rejects.toMatchObject({ status: 413, message: expect.stringContaining('文件过大') });
    // Over the limit plus room for the form: refused while it streams in.
    await expect(readUpload(post(formWith(200_000)), 1000)).rejects.toMatchObject({ status: 413 });
  });

  it('stops reading a body sent without a length (chunked) as soon as it passes the limit', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 100) return controller.close();
        pulled++;
        controller.enqueue(new Uint8Array(16 * 1024));
      },
    });
    const request = new Request('http://x/api', {
      method: 'POST', body, duplex: 'half', headers: { 'content-type': 'multipart/form-data; boundary=x' },
    } as RequestInit);
    await expect(readUpload(request, 1000)).rejects.toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(10); // 1000 bytes + 64 KB of room for the form: five 16 KB chunks
  });

  it('refuses a request without a file, or one that is not a form', async () => {
    const form = new FormData();
    form.set('organId', 'o1');
    await expect(readUpload(post(form), 1000)).rejects.toMatchObject({ status: 400, message: '请选择要上传的文件' });
    await expect(readUpload(post('{}', { 'content-type': 'application/json' }), 1000)).rejects.toMatchObject({ status: 400 });
  });

  it('refuses a NUL in a file name or a field with 400 naming it, instead of failing in the database', async () => {
    await expect(readUpload(post(formWith(10, 'a\u0000.txt')), 1000)).rejects.toMatchObject({ status: 400, message: expect.stringContaining('「文件名」') });
    const form = formWith(10);
    form.set('digest', 'x\u0000');
    await expect(readUpload(post(form), 1000)).rejects.toMatchObject({ status: 400, message: expect.stringContaining('digest') });
  });
});
