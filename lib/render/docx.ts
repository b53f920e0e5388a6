// DOCX backend: lays the document model out as Word expects an official document (GB/T 9704; spec §8).
// The East Asian font slot names the customary fonts offices have; Latin text uses Times New Roman.
import {
  AlignmentType, BorderStyle, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType, type IParagraphOptions,
} from 'docx';
import { isHeadingRow, startColumns } from '@/lib/domain/table-layout';
import { DRAFT_MARK, type DocBlock, type DocCell, type DocRun, type DocTable, type DocumentModel } from './document-model';
import { addReportJsonPart, packDocx, unpackDocx } from '@/lib/embedded/docx-custom-xml';
import { addDraftWatermark } from './docx-watermark';

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** A4 and the GB/T 9704 margins: top 37, bottom 35, left 28, right 26 mm (text block 156 × 225 mm). */
export const DOCX_PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) },
};
const TEXT_WIDTH = DOCX_PAGE.width - DOCX_PAGE.margin.left - DOCX_PAGE.margin.right;

export const DOCX_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  pageNumber: '宋体',
} as const;
const LATIN = 'Times New Roman';
const fontOf = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia, hint: 'eastAsia' });

// Sizes in half-points: 2号 22pt, 3号 16pt, 4号 14pt, 5号 10.5pt.
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21, draft: 28 };
/** 22 lines in the 225 mm text block: a fixed 28.95 pt line (spec §8). */
const BODY_LINE = { line: 579, lineRule: LineRuleType.EXACT };
const TITLE_LINE = { line: 700, lineRule: LineRuleType.EXACT };
const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO };
/** Two characters of 3号 text. */
const INDENT_2 = { firstLine: 640, firstLineChars: 200 };

const STYLE = { title: 'NbTitle', heading: 'NbHeading', body: 'NbBody', table: 'NbTable', signature: 'NbSignature' };

function paragraphStyles() {
  const style = (id: string, name: string, font: string, size: number, paragraph: IParagraphOptions) => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    run: { font: fontOf(font), size },
    paragraph,
  });
  return [
    style(STYLE.title, '年报标题', DOCX_FONTS.title, SIZE.title, { alignment: AlignmentType.CENTER, spacing: TITLE_LINE }),
    style(STYLE.heading, '年报一级标题', DOCX_FONTS.heading, SIZE.body, {
      spacing: BODY_LINE, indent: INDENT_2, keepNext: true, keepLines: true, outlineLevel: 0,
    }),
    style(STYLE.body, '年报正文', DOCX_FONTS.body, SIZE.body, { alignment: AlignmentType.JUSTIFIED, spacing: BODY_LINE, indent: INDENT_2 }),
    style(STYLE.table, '年报表格', DOCX_FONTS.body, SIZE.table, { spacing: SINGLE_LINE }),
    style(STYLE.signature, '年报落款', DOCX_FONTS.body, SIZE.body, { alignment: AlignmentType.RIGHT, spacing: BODY_LINE, indent: { right: 640 } }),
  ];
}

function runOf(run: DocRun): TextRun {
  return new TextRun(run.subheading ? { text: run.text, font: fontOf(DOCX_FONTS.subheading) } : { text: run.text });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/** Column widths in twips that add up to the text width exactly. */
function columnTwips(table: DocTable): number[] {
  let used = 0;
  return table.columnWidths.map((w, i) => {
    const tw = i === table.columnWidths.length - 1 ? TEXT_WIDTH - used : Math.round((w * TEXT_WIDTH) / 100);
    used += tw;
    return tw;
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function tableOf(table: DocTable): Table {
  const widths = columnTwips(table);
  const starts = startColumns(table.rows);
  const rows = table.rows.map((row, r) => {
    const heading = isHeadingRow(row);
    // Columns taken by cells merged down from rows above are skipped: docx adds their continuation cells.
    // A narrow label needs no text direction: its column two characters wide keeps 「三、」 on one line
    // (LibreOffice hides rotated text in a cell merged across a page break).
    const cells = row.cells.map((cell: DocCell, i) => {
      const col = starts[r][i];
      const width = widths.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
      return new TableCell({
        children: [
          new Paragraph({
            style: STYLE.table,
            alignment: ALIGN[cell.align],
            children: [new TextRun(heading ? { text: cell.text, font: fontOf(DOCX_FONTS.heading) } : { text: cell.text })],
          }),
        ],
        rowSpan: cell.rowSpan,
        columnSpan: cell.colSpan,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
      });
    });
    return new TableRow({
      children: cells,
      cantSplit: true,
      ...(row.header ? { tableHeader: true } : {}),
      ...(row.keepWithNext ? { keepNext: true } : {}),
    });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: { top: 28, bottom: 28, left: 57, right: 57 },
  });
}

function blockOf(block: DocBlock): (Paragraph | Table)[] {
  if (block.kind === 'paragraph') return [new Paragraph({ style: STYLE.body, children: block.runs.map(runOf) })];
  // Word needs a paragraph between a table and what follows; it also gives the table room below.
  return [tableOf(block.table), new Paragraph({ style: STYLE.table, children: [] })];
}

/** 「— N —」 at the outer edge, one character in from it: right on odd pages, left on even ones. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: 280 } : { left: 280 },
        spacing: SINGLE_LINE,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: SIZE.pageNumber, font: fontOf(DOCX_FONTS.pageNumber) })],
      }),
    ],
  });
}

function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: SINGLE_LINE,
        children: [new TextRun({ text: DRAFT_MARK, size: SIZE.draft, bold: true, color: 'C00000', font: fontOf(DOCX_FONTS.heading) })],
      }),
    ],
  });
}

export function buildDocx(model: DocumentModel): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ style: STYLE.title, children: [new TextRun(model.title.organ)] }),
    new Paragraph({ style: STYLE.title, children: [new TextRun(model.title.name)], spacing: { ...TITLE_LINE, after: 579 } }),
  ];
  for (const section of model.sections) {
    if (section.heading) children.push(new Paragraph({ style: STYLE.heading, children: [new TextRun(section.heading)] }));
    for (const block of section.blocks) children.push(...blockOf(block));
  }
  children.push(
    new Paragraph({ style: STYLE.signature, spacing: { ...BODY_LINE, before: 579 }, children: [new TextRun(model.signature.organ)] }),
    new Paragraph({ style: STYLE.signature, children: [new TextRun(model.signature.date)] }),
  );
  const headers = model.draft ? { headers: { default: draftHeader(), even: draftHeader() } } : {};
  return new Document({
    creator: 'Nianbao',
    title: `${model.title.organ}${model.title.name}`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: fontOf(DOCX_FONTS.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } } } },
      paragraphStyles: paragraphStyles(),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: DOCX_PAGE.width, height: DOCX_PAGE.height },
            margin: { ...DOCX_PAGE.margin, header: twips(15), footer: twips(22) },
          },
        },
        ...headers,
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}

/** The DOCX bytes, carrying the report's canonical JSON as a custom XML part. */
export async function renderDocx(model: DocumentModel, canonicalJson: string): Promise<Buffer> {
  const files = unpackDocx(await Packer.toBuffer(buildDocx(model)));
  addReportJsonPart(files, canonicalJson);
  if (model.draft) addDraftWatermark(files, DRAFT_MARK);
  return packDocx(files);
}
