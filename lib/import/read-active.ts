// Table 1 (spec §3; §9 for the 2019 edition): each row found by its label, with as many numbers as its
// block has columns. A row not printed is blank; a row printed twice or short of numbers is unread.
import { template2019 } from '../domain/edition-2019';
import { foldLabel } from '../domain/fold-label';
import { template } from '../domain/template';
import { ACTIVE_LABELS_2019, ACTIVE_LABELS_2021, recognizeActiveRow, type ActiveLabel } from './labels';
import { fromPrinted, fromRun, type RowInput } from './row-cells';
import { runsAfterLabels } from './run-together';
import { SECTION_TITLES } from './sections';
import { isRunTogether, logicalRows, type Region } from './table-rows';
import type { ReadLog } from './types';

const TITLE = SECTION_TITLES.active;

export type ActiveRowSpec = { key: string; block: string; label: string; columns: { label: string; type: 'count' | 'amount' | 'delta' }[] };

export const ACTIVE_SPECS_2021: ActiveRowSpec[] = template.active.blocks.flatMap((b) =>
  b.rows.map((r) => ({ key: r.key, block: b.label, label: r.label, columns: b.columns.map((c) => ({ label: c, type: b.valueType })) })),
);
export const ACTIVE_SPECS_2019: ActiveRowSpec[] = template2019.active.blocks.flatMap((b) =>
  b.rows.map((r) => ({ key: r.key, block: b.label, label: r.label, columns: b.columns.map((c) => ({ label: c.label, type: c.valueType })) })),
);

/**
 * The 2019 edition's Table 1 is known by its column heads and rows (spec §9): the template's labels that no
 * 2021 label contains (「处理决定数量」 is inside 「本年处理决定数量」, 「规范性文件」 inside 「行政规范性文件」).
 */
const ONLY_2019 = (() => {
  const labels2021 = template.active.blocks.flatMap((b) => [...b.columns, ...b.rows.map((r) => r.label)]).map(foldLabel);
  const labels2019 = template2019.active.blocks.flatMap((b) => [...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]).map(foldLabel);
  return [...new Set(labels2019.filter((l) => !labels2021.some((l21) => l21.includes(l))))];
})();
export function isActive2019(region: string): boolean {
  const folded = foldLabel(region);
  return ONLY_2019.some((label) => folded.includes(label));
}

/** Each row's printed numbers (as a row input) by row key; a row not printed is absent. */
export function readActive(region: Region, edition: '2021' | '2019', log: ReadLog): Map<string, RowInput> {
  const specs = edition === '2021' ? ACTIVE_SPECS_2021 : ACTIVE_SPECS_2019;
  const labels = edition === '2021' ? ACTIVE_LABELS_2021 : ACTIVE_LABELS_2019;
  const specOf = (label: string) => {
    const hits = recognizeActiveRow(label, labels);
    // 「行政规范性文件」 also contains 「规范性文件」…; a label naming two rows is the longer one's.
    const hit = hits.find((h) => h.key !== 'regulations') ?? hits[0];
    return hit ? specs.find((s) => s.key === hit.key) : undefined;
  };
  const found = new Map<string, RowInput>();
  const runTogether = isRunTogether(region.text, (line) => labels.filter((l) => l.pattern.test(line.replace(/\s+/g, ''))).length);
  if (runTogether) {
    const text = region.text.replace(/\n/g, ' ');
    const runs = runsAfterLabels(text, specs.map((s) => s.label), (row, segment) => specOf(segment)?.key === specs[row].key);
    for (const { row, run, start, found: labelled } of runs) {
      found.set(specs[row].key, fromRun(run, region.base + start, labelled));
    }
    return found;
  }
  const twice = new Set<string>();
  for (const row of logicalRows(region, (label) => specOf(label)?.columns.length, (label) => specOf(label) !== undefined)) {
    // The row's own label is the last one printed before its numbers.
    const spec = specOf(lastLabelPart(row.label, labels));
    if (!spec) continue;
    if (found.has(spec.key)) twice.add(spec.key);
    found.set(spec.key, fromPrinted(row.values, row.spans, spec.columns.length));
    if (!/行政规范性文件/.test(row.label.replace(/\s+/g, '')) && spec.label === '行政规范性文件') {
      log.warn(`${TITLE} / ${spec.block}：「规范性文件」一行按「行政规范性文件」读取`);
    }
  }
  for (const key of twice) found.set(key, { kind: 'unread', reason: '该行印了两次，无法确定取哪一行', span: null });
  for (const spec of specs) if (!found.has(spec.key)) found.set(spec.key, { kind: 'absent' });
  return found;
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
