// Table 3 (spec §5): fifteen numbers — 行政复议, 未经复议直接起诉, 复议后起诉, five each — in printed order,
// whether on one row, in three small tables (PDF-to-Markdown) or one cell per line.
import type { TCell } from '../domain/model';
import { LIT_CELLS, LIT_COLS, template } from '../domain/template';
import { reportBlanks, toValues } from './cell-values';
import { describeRunFailure, segmentsOf, splitRun } from './run-together';
import { SECTION_TITLES } from './sections';
import { logicalRows, trimTrailingBlanks } from './table-rows';
import type { ReadLog } from './types';

const TITLE = SECTION_TITLES.litigation;
const NAMES = template.litigation.groups.flatMap((g) => template.litigation.columns.map((c) => [...g.path, c.label].join(' / ')));

/** The header words of Table 3; in a crawler's run the numbers come after the last of them. */
const HEADER_END = /(?:总计|审结)(?=[\d\s]*$)/;

export function readLitigation(region: string, log: ReadLog): TCell[] | null {
  const oneLine = region.split('\n').some((l) => l.length > 60 && /结果维持.*结果纠正.*其他结果/.test(l) && /\d{10,}/.test(l.replace(/\s+/g, '')));
  let cells: string[];
  if (oneLine) {
    const line = region.split('\n').find((l) => /结果维持/.test(l)) as string;
    const segs = segmentsOf(line.slice(0, /五、|（一）|\(一\)/.exec(line)?.index ?? line.length));
    const lastText = segs.map((s) => s.kind).lastIndexOf('text');
    const run = segs.slice(lastText + 1).map((s) => s.text).join('');
    if (lastText < 0 || !HEADER_END.test(segs[lastText].text + run)) {
      log.error(TITLE, '未找到表格的数字');
      return null;
    }
    const split = splitRun(run, LIT_CELLS);
    if (!split.ok) {
      log.error(TITLE, describeRunFailure(split, LIT_CELLS));
      return null;
    }
    cells = split.values;
  } else {
    cells = [];
    const rows = logicalRows(region, () => LIT_COLS, () => false, false);
    let extra: string[] = [];
    for (const row of rows) {
      if (cells.length >= LIT_CELLS) {
        extra = extra.concat(row.values);
        continue;
      }
      cells.push(...row.values);
    }
    cells = trimTrailingBlanks(cells, LIT_CELLS);
    if (cells.length !== LIT_CELLS) {
      const shown = cells.map((c) => c || '空').join(' ');
      log.error(TITLE, cells.length < LIT_CELLS ? `应有${LIT_CELLS}个数，只读到${cells.length}个（${shown}）` : `应有${LIT_CELLS}个数，读到${cells.length}个（${shown}），无法确定各数的归属`);
      return null;
    }
    if (extra.length) log.warn(`${TITLE}：表格之后另有数字「${extra.join(' ')}」，未读入`);
  }
  const blanks: string[] = [];
  const values = toValues(cells, NAMES, blanks);
  reportBlanks(blanks, TITLE, log);
  return values;
}
