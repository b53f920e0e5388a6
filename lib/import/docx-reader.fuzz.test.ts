// Hostile DOCX files (issue 8): zip bombs (honest and lying headers), huge XML, external entities,
// names outside the archive, broken character references, and random damage to a real report — each
// refused with a clear message or read, quickly, never a crash.
import { deflateRawSync, constants as zlib } from 'node:zlib';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../render/index';
import { readEmbeddedJsonFromDocx } from '../embedded/docx-custom-xml';
import { SEEDS } from '../render/test-support';
import { docxToText, documentXmlToText } from './docx-reader';
import { importReport } from './import-report';
import { expectNumbersFrom, zipOf, type Entry } from './fuzz-support';
import { isUnsafeEntryName, readZipEntries, ZIP_LIMITS } from './zip-entries';

const CONTENT_TYPES = { name: '[Content_Types].xml', data: strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') };
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
const docxWith = (xml: Uint8Array, more: Entry[] = []) => zipOf([CONTENT_TYPES, { name: 'word/document.xml', data: xml }, ...more]);

/** Raw DEFLATE of `megabytes` MB of zeros: 1 MB compressed once and repeated (sync-flushed blocks chain). */
function zerosDeflated(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(2 ** 20), { finishFlush: zlib.Z_SYNC_FLUSH });
  return Buffer.concat([...Array(megabytes).fill(block), Buffer.from([0x03, 0x00])]);
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}

describe('zip bombs are refused with a clear message, in bounded time and memory', () => {
  it('an entry whose header says 1 GB is refused before anything is inflated', () => {
    const honest = zipOf([CONTENT_TYPES, { name: 'word/document.xml', data: zerosDeflated(4), method: 8, declared: 2 ** 30 }]);
    const { value, ms } = timed(() => docxToText(honest));
    expect(value).toEqual({ ok: false, message: '不是有效的 Word 文档（.docx 中的「word/document.xml」解压后超过 32 MB（疑似压缩炸弹），已拒绝）' });
    expect(ms).toBeLessThan(200);
  });

  it('a 1 GB bomb whose header lies (says 1 KB) stops at the 32 MB limit instead of inflating it all', () => {
    const liar = zipOf([CONTENT_TYPES, { name: 'word/document.xml', data: zerosDeflated(1024), method: 8, declared: 1024 }]);
    expect(liar.length).toBeLessThan(2 * 2 ** 20); // ~1 MB on disk
    const before = process.memoryUsage().rss;
    const { value, ms } = timed(() => docxToText(liar));
    expect(value.ok ? '' : value.message).toMatch(/疑似压缩炸弹/);
    expect(ms).toBeLessThan(3000);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 2 ** 20);
  });

  it('a bomb in the embedded-data part is refused there, and the text is still read', async () => {
    const { bytes } = await renderReport(SEEDS['004'], 'docx', { draft: false });
    const files = unzipSync(bytes);
    const item = Object.keys(files).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    delete files[item];
    const entries: Entry[] = Object.entries(files).map(([name, data]) => ({ name, data }));
    entries.push({ name: item, data: zerosDeflated(64), method: 8, declared: 100 });
    const bomb = zipOf(entries);
    expect(() => readEmbeddedJsonFromDocx(bomb)).toThrow(/疑似压缩炸弹/);
    const result = await importReport({ bytes: bomb, filename: 'r.docx' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.report.tables).toEqual(SEEDS['004'].tables);
  });

  it('too many entries, ZIP64 markers, encryption and unknown compression are refused by name', () => {
    const many = zipOf(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `f${i}`, data: new Uint8Array(0) })));
    expect(docxToText(many)).toEqual({ ok: false, message: `不是有效的 Word 文档（.docx 中的条目过多（${ZIP_LIMITS.maxEntries + 1}个））` });
    const encrypted = zipOf([{ name: 'word/document.xml', data: documentXml(''), flags: 1 }]);
    expect(docxToText(encrypted)).toEqual({ ok: false, message: '不是有效的 Word 文档（.docx 中的「word/document.xml」已加密）' });
    const bzip = zipOf([{ name: 'word/document.xml', data: documentXml(''), method: 12 }]);
    expect(docxToText(bzip)).toEqual({ ok: false, message: '不是有效的 Word 文档（.docx 中的「word/document.xml」压缩方式不受支持）' });
    const zip64 = docxWith(documentXml(''));
    new DataView(zip64.buffer, zip64.byteOffset).setUint32(zip64.length - 22 + 16, 0xffffffff, true);
    expect(docxToText(zip64)).toEqual({ ok: false, message: '不是有效的 Word 文档（.docx 使用了不支持的 ZIP64 格式）' });
  });
});

describe('names outside the archive, external entities, huge and odd XML', () => {
  it.each(['../../etc/passwd', '/etc/passwd', 'word/../../x.xml', 'C:\\Windows\\x', 'word\\..\\x', 'a\0b'])('an entry named %j is refused', (name) => {
    expect(isUnsafeEntryName(name)).toBe(true);
    const result = docxToText(docxWith(documentXml('<w:p/>'), [{ name, data: strToU8('x') }]));
    expect(result.ok ? '' : result.message).toMatch(/^不是有效的 Word 文档（\.docx 中的条目名「.*」指向包外，已拒绝）$/s);
  });

  it.each(['word/document.xml', 'customXml/item1.xml', '[Content_Types].xml', 'word/media/image..png'])('%j is a safe name', (name) => {
    expect(isUnsafeEntryName(name)).toBe(false);
  });

  it('a DTD (which could declare an external entity) is refused; the entity is never expanded', async () => {
    const xxe = strToU8(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`);
    expect(docxToText(docxWith(xxe))).toEqual({ ok: false, message: '不是有效的 Word 文档（word/document.xml 含有 DTD 声明，可能引用外部实体，已拒绝）' });
    const result = await importReport({ bytes: docxWith(xxe), filename: 'r.docx' });
    expect(result.ok ? '' : result.errors[0].message).toMatch(/DTD/);
    expect(documentXmlToText('<w:p><w:r><w:t>&xxe;&lt;x&gt;</w:t></w:r></w:p>')).toBe('&xxe;<x>');
  });

  it('character references beyond Unicode read as U+FFFD instead of throwing', () => {
    expect(documentXmlToText('<w:p><w:r><w:t>a&#x110000;b&#99999999999;c&#x41;</w:t></w:r></w:p>')).toBe('a\uFFFDb\uFFFDcA');
  });

  it('30 MB of document XML reads in linear time; shapes that made patterns rescan read in well under a second', () => {
    const para = '<w:p><w:r><w:t>一、总体情况 1234</w:t></w:r></w:p>';
    const big = documentXml(para.repeat(Math.floor((30 * 2 ** 20) / para.length / 1.2)));
    const { value, ms } = timed(() => docxToText(docxWith(big)));
    expect(value.ok).toBe(true);
    expect(ms).toBeLessThan(20_000);
    for (const body of ['<a:a'.repeat(500_000), '<w:body'.repeat(300_000), '<w:t>'.repeat(400_000), `<w:t x="${'>'.repeat(1_000_000)}`]) {
      const odd = timed(() => docxToText(docxWith(strToU8(`<w:document ${W}><w:body>${body}`))));
      expect(odd.ms, body.slice(0, 10)).toBeLessThan(1500);
    }
  });
});

describe('random damage to a real report’s DOCX', () => {
  it('bytes flipped, cut or inserted anywhere: an answer, never a throw, under a second each (150 files)', async () => {
    const { bytes } = await renderReport(SEEDS['004'], 'docx', { draft: false });
    const damage = fc.record({
      at: fc.array(fc.nat({ max: bytes.length - 1 }), { minLength: 1, maxLength: 8 }),
      value: fc.nat({ max: 255 }),
      cut: fc.option(fc.nat({ max: bytes.length }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ at, value, cut }) => {
        const damaged = Buffer.from(bytes);
        for (const i of at) damaged[i] ^= value || 1;
        const input = cut === undefined ? damaged : damaged.subarray(0, cut);
        const t0 = performance.now();
        expect(() => docxToText(input)).not.toThrow();
        const result = await importReport({ bytes: input, filename: 'r.docx' });
        expect(performance.now() - t0).toBeLessThan(1000);
        if (!result.ok) for (const e of result.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 150 },
    );
  });

  it('XML cut, repeated or laced with stray tags: the text reader answers; the importer reads no number the text lacks', async () => {
    const { bytes } = await renderReport(SEEDS['004'], 'docx', { draft: false });
    const files = unzipSync(bytes);
    for (const name of Object.keys(files)) if (name.startsWith('customXml/')) delete files[name];
    const xml = strFromU8(files['word/document.xml']);
    const edit = fc.record({
      from: fc.nat({ max: xml.length }),
      length: fc.nat({ max: 2000 }),
      insert: fc.constantFrom('', '<w:tbl>', '</w:tc>', '<w:tr>', '<w:p>', '</w:t>', '<w:t>7</w:t>', '<w:vMerge/>', '&#x110000;', '<!-- x -->', '<<<', '>'),
      repeat: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        let damaged = xml;
        for (const e of edits) {
          const cutOut = damaged.slice(e.from, e.from + e.length);
          damaged = damaged.slice(0, e.from) + e.insert + (e.repeat ? cutOut + cutOut : '') + damaged.slice(e.from + e.length);
        }
        const docx = zipSync({ ...files, 'word/document.xml': strToU8(damaged) });
        const text = docxToText(docx);
        expect(text.ok).toBe(true);
        const result = await importReport({ bytes: docx, filename: 'r.docx' });
        if (result.ok && text.ok) expectNumbersFrom(text.text, result.report.tables);
      }),
      { numRuns: 120 },
    );
  });
});

describe('readZipEntries', () => {
  it('reads stored and deflated entries as fflate wrote them, and only those asked for', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'), 'b/c.xml': [strToU8('c'.repeat(10_000)), { level: 9 }] });
    const read = readZipEntries(zip, (n) => n.endsWith('.xml'));
    expect(read.ok && Object.keys(read.files)).toEqual(['a.xml', 'b/c.xml']);
    expect(read.ok && strFromU8(read.files['b/c.xml'])).toBe('c'.repeat(10_000));
    expect(readZipEntries(zip, (n) => n === 'a.xml')).toEqual({ ok: true, files: { 'a.xml': strToU8('<a/>') } });
  });
});
