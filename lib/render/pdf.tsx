// PDF backend: lays the document model out with @react-pdf/renderer and open CJK fonts from npm
// (spec §8): A4, GB/T 9704 margins, 22 lines of 3号 text, page numbers 「— N —」 at the outer edge.
import type { DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { DRAFT_MARK, type DocBlock, type DocSection, type DocumentModel } from './document-model';
import { markBreaks } from './line-break';
import { attachJsonToPdf } from '@/lib/embedded/pdf-attachment';
import { loadReactPdf, PDF_FONTS, type ReactPdf } from './pdf-kit';
import { NO_HYPHEN_BREAK, tableView } from './pdf-table';

const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM, top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BODY = { size: 16, line: 28.95 };
const INDENT = 2 * BODY.size;
/** Keep a heading with at least this much of what follows it (a table's heading rows and first band). */
const HEADING_PRESENCE = 120;

const body = {
  fontFamily: PDF_FONTS.serif,
  fontSize: BODY.size,
  lineHeight: `${BODY.line}pt`,
} as const;

/** Text with its line-break opportunities marked (see line-break.ts). */
const breakable = (text: string): string => markBreaks([text])[0];

function blockView(kit: ReactPdf, block: DocBlock, key: string): ReactElement {
  const { Text, View } = kit;
  if (block.kind === 'table') {
    return (
      <View key={key} style={{ marginTop: 4, marginBottom: BODY.line / 2 }}>
        {tableView(kit, block.table, TEXT_WIDTH)}
      </View>
    );
  }
  return (
    <Text key={key} hyphenationPenalty={NO_HYPHEN_BREAK} style={{ ...body, textIndent: INDENT, textAlign: 'justify' }}>
      {markBreaks(block.runs.map((run) => run.text)).map((text, i) =>
        block.runs[i].subheading ? (
          // textkit takes the indent from the first run, so the sub-heading run carries it too.
          <Text key={i} style={{ fontWeight: 700, textIndent: INDENT }}>
            {text}
          </Text>
        ) : (
          text
        ),
      )}
    </Text>
  );
}

/** A section's heading and blocks, as direct children of the page so a heading can keep with what follows. */
function sectionView(kit: ReactPdf, section: DocSection): ReactElement[] {
  const { Text } = kit;
  const out: ReactElement[] = [];
  if (section.heading) {
    out.push(
      <Text
        key={`${section.key}-h`}
        minPresenceAhead={HEADING_PRESENCE}
        hyphenationPenalty={NO_HYPHEN_BREAK}
        style={{ ...body, fontFamily: PDF_FONTS.sans, fontWeight: 500, textIndent: INDENT }}
      >
        {breakable(section.heading)}
      </Text>,
    );
  }
  section.blocks.forEach((block, i) => out.push(blockView(kit, block, `${section.key}-${i}`)));
  return out;
}

/** 「— N —」 in 4号, one character in from the outer edge: odd pages right, even pages left. */
function pageNumbers(kit: ReactPdf): ReactElement[] {
  const { Text } = kit;
  const style = {
    position: 'absolute' as const,
    bottom: 35 * MM - 7 * MM - 14 * 1.2,
    left: PAGE.left + 14,
    right: PAGE.right + 14,
    fontFamily: PDF_FONTS.serif,
    fontSize: 14,
  };
  return [
    <Text key="odd" fixed style={{ ...style, textAlign: 'right' }} render={({ pageNumber }) => (pageNumber % 2 === 1 ? `— ${pageNumber} —` : '')} />,
    <Text key="even" fixed style={{ ...style, textAlign: 'left' }} render={({ pageNumber }) => (pageNumber % 2 === 0 ? `— ${pageNumber} —` : '')} />,
  ];
}

/** A large grey 「草稿」 across every page, behind the text, and a small one in the top corner. */
function draftMarks(kit: ReactPdf): ReactElement[] {
  const { Text, View } = kit;
  return [
    <View key="watermark" fixed style={{ position: 'absolute', top: 0, left: 0, width: PAGE.width, height: PAGE.height, justifyContent: 'center', alignItems: 'center' }}>
      <Text style={{ fontFamily: PDF_FONTS.sans, fontWeight: 500, fontSize: 150, color: '#e2e2e2', transform: 'rotate(-35deg)' }}>{DRAFT_MARK}</Text>
    </View>,
    <Text key="corner" fixed style={{ position: 'absolute', top: 15 * MM, right: PAGE.right, fontFamily: PDF_FONTS.sans, fontWeight: 500, fontSize: 14, color: '#c00000' }}>
      {DRAFT_MARK}
    </Text>,
  ];
}

export function pdfDocument(kit: ReactPdf, model: DocumentModel): ReactElement<DocumentProps> {
  const { Document, Page, Text, View } = kit;
  const title = `${model.title.organ}${model.title.name}`;
  const titleStyle = { fontFamily: PDF_FONTS.serif, fontWeight: 700, fontSize: 22, lineHeight: '35pt', textAlign: 'center' as const };
  return (
    <Document title={title} author={model.title.organ} language="zh-CN" creator="Nianbao" producer="Nianbao (react-pdf)">
      <Page
        size="A4"
        // No line height here: react-pdf drops a page-number text (render prop) that inherits one.
        style={{ paddingTop: PAGE.top, paddingBottom: PAGE.bottom, paddingLeft: PAGE.left, paddingRight: PAGE.right, fontFamily: body.fontFamily, fontSize: body.fontSize }}
      >
        {model.draft ? draftMarks(kit) : null}
        <Text hyphenationPenalty={NO_HYPHEN_BREAK} style={titleStyle}>
          {breakable(model.title.organ)}
        </Text>
        <Text hyphenationPenalty={NO_HYPHEN_BREAK} style={{ ...titleStyle, marginBottom: BODY.line }}>
          {breakable(model.title.name)}
        </Text>
        {model.sections.flatMap((section) => sectionView(kit, section))}
        <View wrap={false} style={{ ...body, marginTop: BODY.line, alignItems: 'flex-end', paddingRight: INDENT }}>
          <Text hyphenationPenalty={NO_HYPHEN_BREAK}>{breakable(model.signature.organ)}</Text>
          <Text hyphenationPenalty={NO_HYPHEN_BREAK}>{breakable(model.signature.date)}</Text>
        </View>
        {pageNumbers(kit)}
      </Page>
    </Document>
  );
}

/** The PDF bytes, carrying the report's canonical JSON as an attached file. */
export async function renderPdf(model: DocumentModel, canonicalJson: string): Promise<Buffer> {
  const kit = await loadReactPdf();
  const when = new Date();
  const pdf = await kit.renderToBuffer(pdfDocument(kit, model));
  return attachJsonToPdf(pdf, canonicalJson, when);
}
