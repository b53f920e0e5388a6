// The report's canonical JSON (spec §10) as a file attached to the PDF (an EmbeddedFiles entry and an
// associated file of the document), so a published PDF can be re-checked without reading its text.
// react-pdf cannot attach files, so pdf-lib adds it to the finished PDF.
import {
  AFRelationship, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream,
} from 'pdf-lib';

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

/** The attached report.json as text, or null when the PDF carries none. */
export async function readEmbeddedJsonFromPdf(pdf: Uint8Array): Promise<string | null> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  if (!tree) return null;
  for (const [name, spec] of nameTreeEntries(tree)) {
    if (name !== EMBEDDED_JSON_NAME) continue;
    const stream = spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
    if (stream instanceof PDFRawStream) return new TextDecoder('utf-8').decode(decodePDFRawStream(stream).decode());
  }
  return null;
}
