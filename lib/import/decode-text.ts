// Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (GBK) as Chinese Windows saves it.
// Binary content is refused rather than read as mojibake.
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

const REPLACEMENT = /\uFFFD/g;
// C0 controls other than tab, newline, carriage return and form feed (pdftotext's page break).
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/g;

function decodeWith(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: false }).decode(bytes);
  } catch {
    return null;
  }
}

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: '文件为空' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(decodeWith('utf-16le', bytes.subarray(2)) ?? '', 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(decodeWith('utf-16be', bytes.subarray(2)) ?? '', 'UTF-16BE');
  const utf8 = decodeWith('utf-8', bytes) ?? '';
  if (count(utf8, REPLACEMENT) === 0) return finish(utf8.replace(/^\uFEFF/, ''), 'UTF-8');
  const gb = decodeWith('gb18030', bytes);
  if (gb !== null && count(gb, REPLACEMENT) < count(utf8, REPLACEMENT)) return finish(gb, 'GB18030');
  return finish(utf8, 'UTF-8');
}

function finish(text: string, encoding: string): Decoded {
  const bad = count(text, REPLACEMENT) + count(text, CONTROL);
  if (bad > Math.max(8, text.length * 0.01)) return { ok: false, message: '不是文本文件（含有大量无法识别的字符），请提供 .txt、.docx、.html、.pdf 或 .json 文件' };
  return { ok: true, text, encoding };
}
