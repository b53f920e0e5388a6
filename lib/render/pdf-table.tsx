// A statutory table for react-pdf, built from Views. Merged cells come from nesting: a region of the
// table is cut into row bands where no cell crosses the cut, else into column strips, down to single
// cells, so flexbox gives a merged cell the height of the rows it spans. Each band of rows that merged
// cells tie together is unbreakable; the heading rows repeat on every page the table runs onto.
import type { ReactElement, ReactNode } from 'react';
import { isHeadingRow, startColumns } from '@/lib/domain/table-layout';
import type { DocCell, DocTable } from './document-model';
import { markBreaks } from './line-break';
import { PDF_FONTS, type ReactPdf } from './pdf-kit';

export const TABLE_TEXT = { size: 10.5, line: 14 };
const BORDER = 0.5;
const PAD = 2.5;
/** textkit's "infinite" penalty: never break between two syllables that touch (it would add a hyphen). */
export const NO_HYPHEN_BREAK = 10000;

/** A cell as it falls in one band: narrow labels run on through bands as a spine. */
type Piece = {
  cell: DocCell;
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  heading: boolean;
  showText: boolean;
  /** The cell starts in this band's first row: it draws the line above it (bands overlap by a line). */
  drawTop: boolean;
  openBottom: boolean;
};

type Placed = { cell: DocCell; row: number; col: number; heading: boolean };

function placeCells(table: DocTable): Placed[] {
  const starts = startColumns(table.rows);
  return table.rows.flatMap((row, r) => {
    const heading = isHeadingRow(row);
    return row.cells.map((cell, i) => ({ cell, row: r, col: starts[r][i], heading }));
  });
}

const lastRow = (p: Placed) => p.row + p.cell.rowSpan - 1;

/** Consecutive rows tied together by merged cells (other than spines) or by keep-with-next. */
function bands(table: DocTable, placed: Placed[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  while (start < to) {
    let end = start;
    for (let r = start; r <= end; r++) {
      for (const p of placed) if (p.row === r && !p.cell.narrow) end = Math.max(end, lastRow(p));
      if (r === end && table.rows[r].keepWithNext && r + 1 < to) end = r + 1;
    }
    out.push([start, Math.min(end, to - 1)]);
    start = end + 1;
  }
  return out;
}

function piecesIn(placed: Placed[], band: [number, number], spineBand: Map<Placed, [number, number]>): Piece[] {
  const [b0, b1] = band;
  return placed
    .filter((p) => p.row <= b1 && lastRow(p) >= b0)
    .map((p) => {
      const home = spineBand.get(p);
      return {
        cell: p.cell,
        r0: Math.max(p.row, b0),
        r1: Math.min(lastRow(p), b1),
        c0: p.col,
        c1: p.col + p.cell.colSpan - 1,
        heading: p.heading,
        showText: !home || (home[0] === b0 && home[1] === b1),
        drawTop: p.row === b0,
        openBottom: lastRow(p) > b1,
      };
    });
}

/** A spine's text sits in the band it covers with the most rows (the printed label is centred in the span). */
function spineHomes(placed: Placed[], all: [number, number][]): Map<Placed, [number, number]> {
  const homes = new Map<Placed, [number, number]>();
  for (const p of placed) {
    if (!p.cell.narrow || p.cell.rowSpan === 1) continue;
    const covered = all.filter(([b0, b1]) => b0 <= lastRow(p) && b1 >= p.row);
    const best = covered.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a), covered[0]);
    if (best) homes.set(p, best);
  }
  return homes;
}

type Grid = { widths: number[] };

/** Only the styles that differ from the defaults: react-pdf resolves every style of every node per page. */
function cellStyle(piece: Piece, width: number) {
  const style: Record<string, number | string> = { width, flexGrow: 1, justifyContent: 'center', borderRightWidth: BORDER, padding: PAD };
  if (piece.c0 === 0) style.borderLeftWidth = BORDER;
  if (piece.drawTop) style.borderTopWidth = BORDER;
  if (!piece.openBottom) style.borderBottomWidth = BORDER;
  return style;
}

const HEADING_TEXT = { fontFamily: PDF_FONTS.sans, fontWeight: 500 } as const;

function cellView(kit: ReactPdf, piece: Piece, width: number): ReactElement {
  const { View, Text } = kit;
  const { cell } = piece;
  const textStyle = { ...(piece.heading ? HEADING_TEXT : {}), ...(cell.align === 'left' ? {} : { textAlign: cell.align }) };
  return (
    <View key={`${piece.r0}:${piece.c0}`} style={cellStyle(piece, width)}>
      {!piece.showText || !cell.text ? null : (
        <Text hyphenationPenalty={NO_HYPHEN_BREAK} style={textStyle}>
          {markBreaks([cell.text])[0]}
        </Text>
      )}
    </View>
  );
}

/** Lays out rows r0..r1 × columns c0..c1: bands where no piece crosses a row cut, else a column strip and the rest. */
function region(kit: ReactPdf, grid: Grid, pieces: Piece[], r0: number, r1: number, c0: number, c1: number): ReactElement {
  const { View } = kit;
  const inside = pieces.filter((p) => p.r0 >= r0 && p.r1 <= r1 && p.c0 >= c0 && p.c1 <= c1);
  const width = grid.widths.slice(c0, c1 + 1).reduce((a, b) => a + b, 0);
  if (inside.length === 1) return cellView(kit, inside[0], width);
  const key = `${r0}:${c0}-${r1}:${c1}`;
  const rowCuts = cuts(r0, r1, (y) => inside.every((p) => !(p.r0 <= y && p.r1 > y)));
  if (rowCuts.length > 1) {
    return (
      <View key={key} style={{ width, flexGrow: 1, flexDirection: 'column' }}>
        {rowCuts.map(([a, b]) => region(kit, grid, inside, a, b, c0, c1))}
      </View>
    );
  }
  // One row: a strip per cell. Several rows: only the leftmost strip, so the rest can fall into rows
  // again and keep its rows aligned.
  const colCuts = cuts(c0, c1, (x) => inside.every((p) => !(p.c0 <= x && p.c1 > x)));
  const strips: [number, number][] =
    r0 === r1 || colCuts.length <= 2 ? colCuts : [colCuts[0], [colCuts[1][0], c1]];
  if (strips.length > 1) {
    return (
      <View key={key} style={{ width, flexGrow: 1, flexDirection: 'row' }}>
        {strips.map(([a, b]) => region(kit, grid, inside, r0, r1, a, b))}
      </View>
    );
  }
  throw new Error(`table cells ${key} cannot be laid out as nested rows and columns`);
}

/** Splits first..last at every position where `canCut(i)` (a cut after i) holds. */
function cuts(first: number, last: number, canCut: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = first;
  for (let i = first; i < last; i++) {
    if (canCut(i)) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, last]);
  return out;
}

export function tableView(kit: ReactPdf, table: DocTable, textWidth: number): ReactNode {
  const { View } = kit;
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  const grid: Grid = { widths: table.columnWidths.map((w) => (w * textWidth) / total) };
  const placed = placeCells(table);
  const lastCol = grid.widths.length - 1;
  const headerRows = table.rows.findIndex((row) => !row.header);
  const headEnd = headerRows < 0 ? table.rows.length : headerRows;
  const bodyBands = bands(table, placed, headEnd, table.rows.length);
  const homes = spineHomes(placed, bodyBands);
  return (
    // Cells draw the lines, not the table: a table split at a page end would draw its sides to the page foot.
    // Text styles are set here once and inherited by every cell.
    <View style={{ width: textWidth, fontFamily: PDF_FONTS.serif, fontSize: TABLE_TEXT.size, lineHeight: `${TABLE_TEXT.line}pt` }}>
      {headEnd > 0 ? (
        <View fixed style={{ flexDirection: 'row' }}>
          {region(kit, grid, piecesIn(placed, [0, headEnd - 1], homes), 0, headEnd - 1, 0, lastCol)}
        </View>
      ) : null}
      {bodyBands.map((band, i) => (
        // Each band draws its top line over the line below the band before it, so a band that starts
        // a page has its line and two bands never show a double one.
        <View key={band[0]} wrap={false} style={{ flexDirection: 'row', marginTop: i === 0 && headEnd === 0 ? 0 : -BORDER }}>
          {region(kit, grid, piecesIn(placed, band, homes), band[0], band[1], 0, lastCol)}
        </View>
      ))}
    </View>
  );
}
