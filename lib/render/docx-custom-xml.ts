// The report's canonical JSON (spec §10) inside the DOCX as a custom XML part (customXml/item1.xml, with
// its properties part and relationships), which Word, WPS and LibreOffice keep when they save the file.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

export const REPORT_XML_NAMESPACE = 'urn:nianbao:report-json:1';
const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CT_CUSTOM_XML_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function unescapeXml(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => escapeXml(text))
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|quot|apos|amp);/g, (_, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
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

const ROOT = new RegExp(`<(?:(\\w+):)?report\\b[^>]*xmlns(?::\\w+)?="${REPORT_XML_NAMESPACE.replace(/[.:]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</(?:\\w+:)?report>`);

/** The embedded report JSON as text, or null when the DOCX carries none. */
export function readEmbeddedJsonFromDocx(docx: Uint8Array): string | null {
  const files = unzipSync(docx, { filter: (f) => /^customXml\/item\d+\.xml$/.test(f.name) });
  for (const name of Object.keys(files).sort()) {
    const m = ROOT.exec(strFromU8(files[name]));
    if (m) return unescapeXml(m[2]);
  }
  return null;
}
