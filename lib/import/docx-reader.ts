// DOCX → text for the text importer: paragraphs as lines, each table row as a pipe row 「| a | b |」.
// Merged cells: a cell continuing a vertical merge is empty; a cell spanning columns is one cell.
// Hostile files are refused (zip-entries.ts: bombs, names outside the archive; here: DTDs, which could
// declare external entities) and no pattern here backtracks, so a huge XML part reads in linear time.
import { strFromU8 } from 'fflate';
import { readZipEntries } from './zip-entries';

export type DocxText = { ok: true; text: string } | { ok: false; message: string };

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A character reference beyond Unicode (&#x110000;) is no character: U+FFFD, as XML readers show it. */
export const codePointText = (n: number) => (n <= 0x10ffff ? String.fromCodePoint(n) : '\uFFFD');
const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? codePointText(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e]);

const joinCell = (paragraphs: string[]) => paragraphs.map((p) => p.trim()).filter(Boolean).join('').replace(/\|/g, '｜');

/** The body of word/document.xml as lines. Nested tables flow into the cell that holds them. */
export function documentXmlToText(xml: string): string {
  const out: string[] = [];
  let para = '';
  let inText = false;
  let inRun = false;
  let depth = 0;
  let row: string[] = [];
  let cell: string[] = [];
  let continues = false;
  // Attributes stop at the next 「<」 too: a tag that never closes costs one scan, not one per 「<」 after it.
  const tags = /<(\/?)([A-Za-z]+:[A-Za-z]+)\b([^<>]*?)(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(tags)) {
    if (m[5] !== undefined) {
      if (inText) para += decodeXml(m[5]);
      continue;
    }
    const [, closing, name, attrs, selfClosing] = m;
    const open = !closing;
    switch (name) {
      case 'w:t':
        inText = open && !selfClosing;
        break;
      case 'w:r':
        inRun = open && !selfClosing;
        break;
      case 'w:tab':
        if (inRun && open) para += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (inRun && open) para += depth > 0 ? '' : '\n';
        break;
      case 'w:p':
        if (closing || selfClosing) {
          if (depth > 0) cell.push(para);
          else out.push(para.replace(/\t/g, ' '));
          para = '';
        }
        break;
      case 'w:tbl':
        if (open && !selfClosing) {
          depth++;
          if (depth === 1) out.push('');
        } else if (closing) {
          depth--;
          if (depth === 0) out.push('');
        }
        break;
      case 'w:tr':
        if (depth !== 1) break;
        if (open) row = [];
        else out.push(`| ${row.join(' | ')} |`);
        break;
      case 'w:tc':
        if (depth !== 1) break;
        if (open) {
          cell = [];
          continues = false;
        } else row.push(continues ? '' : joinCell(cell));
        break;
      case 'w:vMerge':
        if (depth === 1 && open && !/w:val="restart"/.test(attrs)) continues = true;
        break;
    }
  }
  return out.join('\n');
}

/** Office Open XML forbids DTDs (ECMA-376 Part 2); one here could only be there to declare entities. */
export const hasDtd = (xml: string) => /<!DOCTYPE|<!ENTITY/i.test(xml);

export function docxToText(bytes: Uint8Array): DocxText {
  const read = readZipEntries(bytes, (name) => name === 'word/document.xml');
  if (!read.ok) return { ok: false, message: `不是有效的 Word 文档（.docx ${read.message}）` };
  const doc = read.files['word/document.xml'];
  if (!doc) return { ok: false, message: '不是有效的 Word 文档（.docx 中没有 word/document.xml）' };
  const xml = strFromU8(doc);
  if (hasDtd(xml)) return { ok: false, message: '不是有效的 Word 文档（word/document.xml 含有 DTD 声明，可能引用外部实体，已拒绝）' };
  const open = /<w:body\b[^<>]*>/.exec(xml);
  const close = xml.lastIndexOf('</w:body>');
  const body = open && close > open.index ? xml.slice(open.index + open[0].length, close) : '';
  return { ok: true, text: documentXmlToText(body) };
}
