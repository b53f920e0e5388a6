// DOCX → text for the text importer: paragraphs as lines, each table row as a pipe row 「| a | b |」.
// Merged cells: a cell continuing a vertical merge is empty; a cell spanning columns is one cell.
import { strFromU8, unzipSync } from 'fflate';

export type DocxText = { ok: true; text: string } | { ok: false; message: string };

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e]);

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
  const tags = /<(\/?)([A-Za-z]+:[A-Za-z]+)\b([^>]*?)(\/?)>|([^<]+)/g;
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

export function docxToText(bytes: Uint8Array): DocxText {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
    const doc = files['word/document.xml'];
    if (!doc) return { ok: false, message: '不是有效的 Word 文档（.docx 中没有 word/document.xml）' };
    xml = strFromU8(doc);
  } catch {
    return { ok: false, message: '不是有效的 Word 文档（.docx 无法解压，文件可能已损坏或不完整）' };
  }
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
  return { ok: true, text: documentXmlToText(body) };
}
