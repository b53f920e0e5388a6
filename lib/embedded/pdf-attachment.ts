// Data embedded in our documents, in one place: the PDF renderer writes it, the importer reads it back.
// The report's canonical JSON (spec §10) as a file attached to the PDF (an EmbeddedFiles entry and an
// associated file of the document), so a published PDF can be re-checked without reading its text.
// react-pdf cannot attach files, so pdf-lib adds it to the finished PDF.
import {
  AFRelationship, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString,
} from 'pdf-lib';
import { inflateCapped } from '../import/zip-entries';

export const EMBEDDED_JSON_NAME = 'report.json';

export async function attachJsonToPdf(pdf: Uint8Array, json: string, when: Date): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  await doc.attach(new TextEncoder().encode(json), EMBEDDED_JSON_NAME, {
    mimeType: 'application/json',
    description: '政府信息公开工作年度报告数据（规范 JSON）',
    afRelationship: AFRelationship.Data,
    creationDate: when,
    modificationDate: when,
  });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

const MAX_TREE_DEPTH = 16;

/** Entries of a PDF name tree (the leaves' Names arrays, through Kids). */
function* nameTreeEntries(node: PDFDict, depth = 0): Generator<[string, PDFDict]> {
  if (depth > MAX_TREE_DEPTH) return;
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  for (let i = 0; names && i + 1 < names.size(); i += 2) {
    const key = names.lookup(i);
    const value = names.lookup(i + 1);
    if ((key instanceof PDFString || key instanceof PDFHexString) && value instanceof PDFDict) yield [key.decodeText(), value];
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) {
    const kid = kids.lookup(i);
    if (kid instanceof PDFDict) yield* nameTreeEntries(kid, depth + 1);
  }
}

/** Four narrative parts at their limit are under 1 MB of JSON: more is no report of ours. */
export const MAX_EMBEDDED_JSON_BYTES = 8 * 1024 * 1024;

/** The stream's bytes, inflated within max bytes (a deflate bomb stops there); null for other filters. */
function decodeWithin(stream: PDFRawStream, max: number): Uint8Array | null {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const names = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  if (names.length === 0) return stream.contents.length <= max ? stream.contents : null;
  if (names.length === 1 && names[0] === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) {
    return inflateCapped(stream.contents, max, 'zlib');
  }
  return null;
}

/** The attached report.json as text, or null when the PDF carries none (or too much to be ours). */
export async function readEmbeddedJsonFromPdf(pdf: Uint8Array): Promise<string | null> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  if (!tree) return null;
  for (const [name, spec] of nameTreeEntries(tree)) {
    if (name !== EMBEDDED_JSON_NAME) continue;
    const stream = spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
    if (stream instanceof PDFRawStream) {
      const bytes = decodeWithin(stream, MAX_EMBEDDED_JSON_BYTES);
      return bytes && new TextDecoder('utf-8').decode(bytes);
    }
  }
  return null;
}
