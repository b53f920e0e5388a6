// Data embedded in our documents, in one place: the DOCX renderer writes it, the importer reads it back.
// The report's canonical JSON (spec §10) inside the DOCX as a custom XML part (customXml/item1.xml, with
// its properties part and relationships), which Word, WPS and LibreOffice keep when they save the file.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { codePointText, hasDtd } from '../import/docx-reader';
import { readZipEntries } from '../import/zip-entries';

export const REPORT_XML_NAMESPACE = 'urn:nianbao:report-json:1';
const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CT_CUSTOM_XML_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** CDATA sections as escaped text (found with indexOf: a lazy pattern would rescan an unclosed one). */
function escapeCdata(s: string): string {
  let out = '';
  for (let at = 0; ;) {
    const start = s.indexOf('<![CDATA[', at);
    const end = start < 0 ? -1 : s.indexOf(']]>', start + 9);
    if (end < 0) return out + s.slice(at);
    out += s.slice(at, start) + escapeXml(s.slice(start + 9, end));
    at = end + 3;
  }
}

function unescapeXml(s: string): string {
  return escapeCdata(s)
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g, (_, e: string) => {
      if (e[0] === '#') return codePointText(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e];
    });
}

/** A stable GUID for the data-store item, derived from its content. */
function itemGuid(json: string): string {
  const h = createHash('sha1').update(json).digest('hex');
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`.toUpperCase();
}

function freeItemIndex(files: Unzipped): number {
  let n = 1;
  while (files[`customXml/item${n}.xml`]) n++;
  return n;
}

function insertBefore(xml: string, closingTag: string, insertion: string): string {
  const at = xml.lastIndexOf(closingTag);
  if (at < 0) throw new Error(`DOCX part lacks ${closingTag}`);
  return xml.slice(0, at) + insertion + xml.slice(at);
}

/** Adds the JSON to an unpacked DOCX (in place). */
export function addReportJsonPart(files: Unzipped, json: string): void {
  const n = freeItemIndex(files);
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  files[`customXml/item${n}.xml`] = strToU8(
    `${decl}<report xmlns="${REPORT_XML_NAMESPACE}" mediaType="application/json">${escapeXml(json)}</report>`,
  );
  files[`customXml/itemProps${n}.xml`] = strToU8(
    `${decl}<ds:datastoreItem ds:itemID="${itemGuid(json)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${REPORT_XML_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files[`customXml/_rels/item${n}.xml.rels`] = strToU8(
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const relsPath = 'word/_rels/document.xml.rels';
  files[relsPath] = strToU8(
    insertBefore(strFromU8(files[relsPath]), '</Relationships>',
      `<Relationship Id="rIdNianbaoReport${n}" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/>`),
  );
  let types = strFromU8(files['[Content_Types].xml']);
  if (!/<Default [^>]*Extension="xml"/.test(types)) {
    types = insertBefore(types, '</Types>', '<Default Extension="xml" ContentType="application/xml"/>');
  }
  files['[Content_Types].xml'] = strToU8(
    insertBefore(types, '</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CT_CUSTOM_XML_PROPS}"/>`),
  );
}

export function unpackDocx(docx: Uint8Array): Unzipped {
  return unzipSync(docx);
}

export function packDocx(files: Unzipped): Buffer {
  // [Content_Types].xml first, as Office writes it; some readers sniff the first entry.
  const ordered: Unzipped = { '[Content_Types].xml': files['[Content_Types].xml'] };
  for (const [name, data] of Object.entries(files)) if (name !== '[Content_Types].xml') ordered[name] = data;
  return Buffer.from(zipSync(ordered, { level: 6 }));
}

// The opening tag cannot span a 「<」 and the closing one is found with indexOf: linear on any input.
const OPEN = new RegExp(`<(?:(\\w+):)?report\\b[^<>]*xmlns(?::\\w+)?="${REPORT_XML_NAMESPACE.replace(/[.:]/g, '\\$&')}"[^<>]*>`);

/** The embedded report JSON as text, or null when the DOCX carries none; throws on a hostile archive. */
export function readEmbeddedJsonFromDocx(docx: Uint8Array): string | null {
  const read = readZipEntries(docx, (name) => /^customXml\/item\d+\.xml$/.test(name));
  if (!read.ok) throw new Error(read.message);
  const { files } = read;
  for (const name of Object.keys(files).sort()) {
    const xml = strFromU8(files[name]);
    if (hasDtd(xml)) throw new Error(`「${name}」含有 DTD 声明，已拒绝`);
    const open = OPEN.exec(xml);
    const end = open ? xml.indexOf(`</${open[1] ? `${open[1]}:` : ''}report>`, open.index + open[0].length) : -1;
    if (open && end >= 0) return unescapeXml(xml.slice(open.index + open[0].length, end));
  }
  return null;
}
