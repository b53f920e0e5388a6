// The finished document as data (issue 4): what DOCX, PDF and HTML lay out. Pure: built once from a
// report and the template; numbers, dates and labels are settled here so the backends only draw.
import type { CellKey } from '@/lib/domain/cells';
import type { TReport } from '@/lib/domain/model';
import { template, type NarrativeKey, type PartKey, type TableKey } from '@/lib/domain/template';
import type { LayoutAlign, LayoutCell } from '@/lib/domain/table-layout';
import { buildTable } from './table-model';

export type CellAlign = LayoutAlign;

type DocCellBase = {
  text: string;
  rowSpan: number;
  colSpan: number;
  align: CellAlign;
  /** A label set in a merged column two characters wide that runs down beside its rows. */
  narrow?: boolean;
};
/**
 * A column heading, a row label or a value (lib/domain/table-layout.ts); a value names the statutory cell
 * it shows (lib/domain/cells.ts), which is what a review comment on it points at.
 */
export type DocCell = (DocCellBase & { role: Exclude<LayoutCell['role'], 'value'> }) | (DocCellBase & { role: 'value'; key: CellKey });

/** A row lists only the cells that start in it, as HTML does; spans cover the rest. */
export type DocRow = {
  cells: DocCell[];
  /** Column-heading row, repeated at the top of each page the table runs onto. */
  header?: boolean;
  /** Keep on the same page as the next row (a Table 1 block, a heading with its first row). */
  keepWithNext?: boolean;
};

export type DocTable = {
  key: TableKey;
  caption: string;
  /** Relative column widths (percent of the text width, summing to 100). */
  columnWidths: number[];
  rows: DocRow[];
};

/** A run of a paragraph: the sub-heading marker and heading (（一）主动公开。) or body text. */
export type DocRun = { text: string; subheading: boolean };

export type DocBlock = { kind: 'paragraph'; runs: DocRun[] } | { kind: 'table'; table: DocTable };

export type DocSection = { key: PartKey; heading: string | null; blocks: DocBlock[] };

export type DocumentModel = {
  /** Printed on two lines: the organ, then 「2021年政府信息公开工作年度报告」. */
  title: { organ: string; name: string };
  sections: DocSection[];
  signature: { organ: string; date: string };
  draft: boolean;
};

export type DocumentOptions = { draft: boolean };

/** The mark every format shows on a report that is not final (issue 4: drafts look like drafts). */
export const DRAFT_MARK = '草稿';

const SUBHEADING_MARKER = /^[（(][一二三四五六七八九十]+[）)]/;
const SENTENCE_END = '。';

/** 「（一）主动公开。切实……」 → the marker and heading up to the first 。 as one run, the rest as another. */
export function paragraphRuns(paragraph: string): DocRun[] {
  if (!SUBHEADING_MARKER.test(paragraph)) return [{ text: paragraph, subheading: false }];
  const end = paragraph.indexOf(SENTENCE_END);
  if (end < 0 || end === paragraph.length - 1) return [{ text: paragraph, subheading: true }];
  return [
    { text: paragraph.slice(0, end + 1), subheading: true },
    { text: paragraph.slice(end + 1), subheading: false },
  ];
}

/** Paragraphs of a narrative part (spec §10: separated by \n); blank lines and hand-typed indents dropped. */
export function narrativeParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((p) => p.length > 0);
}

/** 「2025-01-17」 → 「2025年1月17日」; no date, no text. */
export function formatReportDate(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

function narrativeBlocks(report: TReport, key: NarrativeKey): DocBlock[] {
  return narrativeParagraphs(report.parts?.[key] ?? '').map((p) => ({ kind: 'paragraph', runs: paragraphRuns(p) }));
}

export function buildDocumentModel(report: TReport, options: DocumentOptions): DocumentModel {
  const sections = template.parts.map((part): DocSection => {
    const blocks =
      part.kind === 'table'
        ? [{ kind: 'table' as const, table: buildTable(part.key as TableKey, report.tables) }]
        : narrativeBlocks(report, part.key as NarrativeKey);
    return { key: part.key, heading: part.heading, blocks };
  });
  return {
    title: { organ: report.organ, name: `${report.year}${template.titleSuffix}` },
    sections,
    signature: {
      organ: report.signature?.organ || report.organ,
      date: formatReportDate(report.signature?.date),
    },
    draft: options.draft,
  };
}

/** Every row label, column label and value of a table in reading order (row by row), for tests and search. */
export function tableTexts(table: DocTable): string[] {
  return table.rows.flatMap((row) => row.cells.map((c) => c.text)).filter((t) => t !== '');
}
