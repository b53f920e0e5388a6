// Reads chosen entries of a ZIP (a DOCX) without trusting it: sizes are checked while inflating, so a
// zip bomb stops at the limit whatever its headers claim, and names that point outside the archive
// (「../」, 「/etc」, 「C:」) are refused. Reads the central directory; ZIP64 is refused (no .docx needs it).
import { Inflate, Unzlib } from 'fflate';

export type ZipLimits = { maxEntryBytes: number; maxEntries: number };
export type ZipEntries = { ok: true; files: Record<string, Uint8Array> } | { ok: false; message: string };

/** A report's word/document.xml is a few MB at most; 32 MB of XML is no report. */
export const ZIP_LIMITS: ZipLimits = { maxEntryBytes: 32 * 1024 * 1024, maxEntries: 10_000 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes fed to the inflater at a time: at most ~1 000× that comes out per step. */
const STEP = 16 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** A name that would land outside a folder it was extracted to, or is no plain relative path. */
export function isUnsafeEntryName(name: string): boolean {
  return /^[/\\]|^[A-Za-z]:|\\|\0/.test(name) || name.split('/').includes('..');
}

class Refused extends Error {}
/** Messages follow 「.docx」 in the caller's sentence: 「不是有效的 Word 文档（.docx 无法解压…）」. */
const DAMAGED = '无法解压，文件可能已损坏或不完整';
const tooLarge = (name: string, limits: ZipLimits) =>
  `中的「${name}」解压后超过 ${limits.maxEntryBytes / 2 ** 20} MB（疑似压缩炸弹），已拒绝`;

/** Inflates DEFLATE data (raw, or zlib-wrapped as in PDF streams), giving up (null) once the output passes max bytes. */
export function inflateCapped(data: Uint8Array, max: number, format: 'raw' | 'zlib' = 'raw'): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const collect = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total <= max) chunks.push(chunk);
  };
  const inflater = format === 'raw' ? new Inflate(collect) : new Unzlib(collect);
  if (data.length === 0) return new Uint8Array(0);
  for (let at = 0; at < data.length; at += STEP) {
    inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    if (total > max) return null;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

function findEndRecord(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(bytes, at) === EOCD) return at;
  }
  throw new Refused(DAMAGED);
}

/** The entries whose name `want` accepts, inflated within the limits; or why the archive is refused. */
export function readZipEntries(bytes: Uint8Array, want: (name: string) => boolean, limits: ZipLimits = ZIP_LIMITS): ZipEntries {
  try {
    const end = findEndRecord(bytes);
    const count = u16(bytes, end + 10);
    let at = u32(bytes, end + 16);
    if (count === 0xffff || at === 0xffffffff) throw new Refused('使用了不支持的 ZIP64 格式');
    if (count > limits.maxEntries) throw new Refused(`中的条目过多（${count}个）`);
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw new Refused(DAMAGED);
      const flags = u16(bytes, at + 8);
      const method = u16(bytes, at + 10);
      const size = u32(bytes, at + 20);
      const declared = u32(bytes, at + 24);
      const nameLength = u16(bytes, at + 28);
      const local = u32(bytes, at + 42);
      const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
      const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
      at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
      if (isUnsafeEntryName(name)) throw new Refused(`中的条目名「${name.slice(0, 80)}」指向包外，已拒绝`);
      if (!want(name)) continue;
      if (flags & 0x1) throw new Refused(`中的「${name}」已加密`);
      if (declared > limits.maxEntryBytes) throw new Refused(tooLarge(name, limits));
      if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) throw new Refused(DAMAGED);
      const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
      const data = bytes.subarray(start, start + size);
      if (data.length !== size) throw new Refused(DAMAGED);
      const content = method === 0 ? data.slice() : method === 8 ? inflateCapped(data, limits.maxEntryBytes) : undefined;
      if (content === undefined) throw new Refused(`中的「${name}」压缩方式不受支持`);
      if (content === null || content.length > limits.maxEntryBytes) {
        throw new Refused(tooLarge(name, limits));
      }
      files[name] = content;
    }
    return { ok: true, files };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, message: e.message };
    return { ok: false, message: DAMAGED };
  }
}
