// Table 3 (spec §5): fifteen numbers — 行政复议, 未经复议直接起诉, 复议后起诉, five each — in printed order,
// whether on one row, in three small tables (PDF-to-Markdown), one cell per line, or run together after the
// header words (a crawler's text).
import { LIT_CELLS, LIT_COLS, template } from '../domain/template';
import type { Span } from './reading';
import { fromPrinted, fromRun, type RowInput } from './row-cells';
import { segmentsOf, withoutTrailingYear } from './run-together';
import { SECTION_TITLES } from './sections';
import { logicalRows, trimTrailingBlanks, type Region } from './table-rows';
import type { ReadLog } from './types';

const TITLE = SECTION_TITLES.litigation;

// The header words come from the template's column labels (plain words, no pattern characters).
const COLUMN_LABELS = template.litigation.columns.map((c) => c.label);
/** A crawler's one-line table: the first three result columns' labels in order, then a long run of digits. */
const HEADER_ROW = new RegExp(COLUMN_LABELS.slice(0, 3).join('.*'));
/**
 * The header ends with the last two columns' labels (尚未审结, 总计); the numbers of a crawler's run come after
 * them. A crawler may break 「尚未审结」, so its last two characters suffice.
 */
const HEADER_END = new RegExp(`(?:${COLUMN_LABELS.at(-1)}|${COLUMN_LABELS.at(-2)!.slice(-2)})(?=[\\d\\s]*$)`);

function fromOneLine(region: Region): RowInput | null {
  const lines = region.text.split('\n');
  const index = lines.findIndex((l) => l.length > 60 && HEADER_ROW.test(l) && /\d{10,}/.test(l.replace(/\s+/g, '')));
  if (index < 0) return null;
  const line = lines[index];
  const lineStart = region.base + lines.slice(0, index).reduce((n, l) => n + l.length + 1, 0);
  const segs = segmentsOf(line.slice(0, /五、|（一）|\(一\)/.exec(line)?.index ?? line.length));
  const lastText = segs.map((s) => s.kind).lastIndexOf('text');
  const tail = segs.slice(lastText + 1);
  if (lastText < 0 || !tail.length || !HEADER_END.test(segs[lastText].text + tail[0].text)) {
    return { kind: 'unread', reason: '未找到表格的数字', span: null };
  }
  const after = line.slice(tail[0].start + tail[0].text.length);
  const run = withoutTrailingYear(tail[0].text, after).trimEnd();
  return fromRun(run.trim(), lineStart + tail[0].start + (run.length - run.trimStart().length), true);
}

export function readLitigation(region: Region, log: ReadLog): RowInput {
  const oneLine = fromOneLine(region);
  if (oneLine) return oneLine;
  const values: string[] = [];
  const spans: Span[] = [];
  let extra: string[] = [];
  for (const row of logicalRows(region, () => LIT_COLS, () => false, false)) {
    if (values.length >= LIT_CELLS) {
      extra = extra.concat(row.values);
      continue;
    }
    values.push(...row.values);
    spans.push(...row.spans);
  }
  const cells = trimTrailingBlanks(values, LIT_CELLS);
  if (extra.length) log.warn(`${TITLE}：表格之后另有数字「${extra.join(' ')}」，未读入`);
  if (cells.length === 0) return { kind: 'absent' };
  return fromPrinted(cells, spans.slice(0, cells.length), LIT_CELLS);
}
