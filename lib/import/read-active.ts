// Table 1 (spec §3; §9 for the 2019 edition): each row found by its label, with as many numbers as its
// block has columns. A row not found, found twice, or short of numbers is an error naming the cell.
import type { TActiveTable2019, ActiveKey2019 } from '../domain/edition-2019';
import { normalizeCell2019, template2019 } from '../domain/edition-2019';
import type { TActiveTable, TCell } from '../domain/model';
import { normalizeCell } from '../domain/normalize';
import { template, type ActiveRowKey } from '../domain/template';
import { ACTIVE_LABELS_2019, ACTIVE_LABELS_2021, recognizeActiveRow, type ActiveLabel } from './labels';
import { reportBlanks } from './cell-values';
import { describeRunFailure, runsAfterLabels, splitRun } from './run-together';
import { SECTION_TITLES } from './sections';
import { isRunTogether, logicalRows } from './table-rows';
import { cellKind } from './text-lines';
import type { ReadLog } from './types';

const TITLE = SECTION_TITLES.active;

type RowSpec = { key: string; block: string; label: string; columns: { label: string; type: 'count' | 'amount' | 'delta' }[] };

const SPECS_2021: RowSpec[] = template.active.blocks.flatMap((b) =>
  b.rows.map((r) => ({ key: r.key, block: b.label, label: r.label, columns: b.columns.map((c) => ({ label: c, type: b.valueType })) })),
);
const SPECS_2019: RowSpec[] = template2019.active.blocks.flatMap((b) =>
  b.rows.map((r) => ({ key: r.key, block: b.label, label: r.label, columns: b.columns.map((c) => ({ label: c.label, type: c.valueType })) })),
);

/** The 2019 edition's Table 1 is known by its column heads and rows (spec §9). */
export function isActive2019(region: string): boolean {
  return /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\s*[/／]\s*减|政府集中采购|其他对外管理服务事项/.test(region.replace(/\s+/g, ''));
}

function readRows(region: string, specs: RowSpec[], labels: ActiveLabel[], log: ReadLog): Map<string, string[]> | null {
  const specOf = (label: string) => {
    const hits = recognizeActiveRow(label, labels);
    // 「行政规范性文件」 also contains 「规范性文件」…; a label naming two rows is the longer one's.
    const hit = hits.find((h) => h.key !== 'regulations') ?? hits[0];
    return hit ? specs.find((s) => s.key === hit.key) : undefined;
  };
  const found = new Map<string, string[]>();
  let ok = true;
  const runTogether = isRunTogether(region, (line) => labels.filter((l) => l.pattern.test(line.replace(/\s+/g, ''))).length);
  if (runTogether) {
    const text = region.replace(/\n/g, ' ');
    const runs = runsAfterLabels(text, specs.map((s) => s.label), (row, segment) => specOf(segment)?.key === specs[row].key);
    for (const { row, run } of runs) {
      const spec = specs[row];
      if (run === null) continue;
      const split = splitRun(run, spec.columns.length);
      if (!split.ok) {
        log.error(`${TITLE} / ${spec.block} / ${spec.label}`, describeRunFailure(split, spec.columns.length));
        ok = false;
        continue;
      }
      found.set(spec.key, split.values);
    }
  } else {
    const rows = logicalRows(region, (label) => specOf(label)?.columns.length, (label) => specOf(label) !== undefined);
    for (const row of rows) {
      // The row's own label is the last one printed before its numbers.
      const spec = specOf(lastLabelPart(row.label, labels));
      if (!spec) continue;
      if (found.has(spec.key)) {
        log.error(`${TITLE} / ${spec.block} / ${spec.label}`, '该行出现了两次，无法确定取哪一行');
        ok = false;
        continue;
      }
      const want = spec.columns.length;
      if (row.values.length !== want) {
        const shown = row.values.map((c) => c || '空').join(' ');
        log.error(`${TITLE} / ${spec.block} / ${spec.label}`, row.values.length < want ? `应有${want}个数，只读到${row.values.length}个（${shown}）` : `应有${want}个数，读到${row.values.length}个（${shown}）`);
        ok = false;
        continue;
      }
      found.set(spec.key, row.values);
      if (!/行政规范性文件/.test(row.label.replace(/\s+/g, '')) && spec.label === '行政规范性文件') {
        log.warn(`${TITLE} / ${spec.block}：「规范性文件」一行按「行政规范性文件」读取`);
      }
    }
  }
  for (const spec of specs) {
    if (!found.has(spec.key) && !log.errors.some((e) => e.where.endsWith(` / ${spec.label}`))) {
      log.error(`${TITLE} / ${spec.block} / ${spec.label}`, '未找到该行的数字');
      ok = false;
    }
  }
  return ok ? found : null;
}

/** Of the labels printed before a row's numbers, the text from the last recognised label on. */
function lastLabelPart(label: string, labels: ActiveLabel[]): string {
  let best = -1;
  for (const l of labels) {
    const printed = l.printed === '行政规范性文件' ? '规范性文件' : l.printed;
    const i = label.lastIndexOf(printed);
    if (i > best) best = i;
  }
  if (best < 0) return label;
  return label.slice(Math.max(0, best - 2));
}

function cellValue(raw: string, type: RowSpec['columns'][number]['type'], name: string, blanks: string[]): TCell {
  if (cellKind(raw) === 'blank') {
    blanks.push(name);
    return null;
  }
  return type === 'delta' ? normalizeCell2019(raw, 'delta').value : normalizeCell(raw, type).value;
}

export function readActive2021(region: string, log: ReadLog): TActiveTable | null {
  const rows = readRows(region, SPECS_2021, ACTIVE_LABELS_2021, log);
  if (!rows) return null;
  const blanks: string[] = [];
  const values = (key: ActiveRowKey) => {
    const spec = SPECS_2021.find((s) => s.key === key) as RowSpec;
    return (rows.get(key) as string[]).map((raw, i) => cellValue(raw, spec.columns[i].type, `${spec.label} / ${spec.columns[i].label}`, blanks));
  };
  const triple = (key: ActiveRowKey) => values(key) as [TCell, TCell, TCell];
  const table: TActiveTable = {
    regulations: triple('regulations'),
    normativeDocuments: triple('normativeDocuments'),
    licensing: values('licensing')[0],
    punishment: values('punishment')[0],
    enforcement: values('enforcement')[0],
    feesWan: values('feesWan')[0],
  };
  reportBlanks(blanks, TITLE, log);
  return table;
}

export function readActive2019(region: string, log: ReadLog): TActiveTable2019 | null {
  const rows = readRows(region, SPECS_2019, ACTIVE_LABELS_2019, log);
  if (!rows) return null;
  const blanks: string[] = [];
  const values = (key: ActiveKey2019) => {
    const spec = SPECS_2019.find((s) => s.key === key) as RowSpec;
    return (rows.get(key) as string[]).map((raw, i) => cellValue(raw, spec.columns[i].type, `${spec.label} / ${spec.columns[i].label}`, blanks));
  };
  const table = {
    regulations: values('regulations'),
    normativeDocuments: values('normativeDocuments'),
    licensing: values('licensing'),
    otherServices: values('otherServices'),
    punishment: values('punishment'),
    enforcement: values('enforcement'),
    fees: values('fees'),
    procurement: values('procurement'),
  } as TActiveTable2019;
  reportBlanks(blanks, TITLE, log);
  return table;
}
