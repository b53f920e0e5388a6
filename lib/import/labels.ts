// Recognising the printed row labels of the statutory tables, however they were broken, spaced or
// converted on the way: each row has a few words that no other row has (spec §3, §4, §9). The words are
// the templates' (`recognize` of each row); the matchers are built from them once, at load.
import { template } from '../domain/template';
import { ROW_2019_OF, template2019 } from '../domain/edition-2019';
import { foldLabel } from '../domain/fold-label';

/** One matcher from a row's recognition words: any of them found in the folded label. */
export const matcherOf = (words: readonly string[]): RegExp => new RegExp(words.join('|'));

/** The words that identify each of the 25 rows of the 2021 Table 2, in template order. */
const APPLICATION_KEYS_2021: RegExp[] = template.applications.rows.map((row) => matcherOf(row.recognize));

/** The 23 rows of the 2019 Table 2: the single （六）其他处理 row in place of （六）1.–3. */
const APPLICATION_KEYS_2019: RegExp[] = template2019.applications.rows.map((row) => matcherOf(row.recognize));

/** The split （六） rows only the 2021 edition has (1., 2.): a print that names one is not in the 2019 habit. */
export const SPLIT_OTHER_WORDS = matcherOf(template.applications.rows.flatMap((row, r) => (ROW_2019_OF[r] === undefined ? row.recognize : [])));

/** The 2019 edition's single （六）其他处理 row: the 2019 row that a 2021 row of another label takes over. */
const singleOther = template2019.applications.rows.find((old, r) => ROW_2019_OF.some((from, at) => from === r && template.applications.rows[at].label !== old.label));
if (!singleOther) throw new Error('the 2019 template has no single （六） row');
export const SINGLE_OTHER_WORDS = matcherOf(singleOther.recognize);

function matching(keys: RegExp[], text: string): number[] {
  const folded = foldLabel(text);
  return keys.map((key, i) => (key.test(folded) ? i : -1)).filter((i) => i >= 0);
}

/** Rows of Table 2 (2021: 25 rows; 2019: 23) whose identifying words the text contains. */
export function recognizeApplicationRows(text: string, edition: '2021' | '2019'): number[] {
  return matching(edition === '2021' ? APPLICATION_KEYS_2021 : APPLICATION_KEYS_2019, text);
}

/** Table 1 row labels in template order, each with its matcher and its label as the template prints it. */
export type ActiveLabel = { key: string; pattern: RegExp; printed: string };
const activeLabels = (blocks: readonly { rows: readonly { key: string; label: string; recognize: readonly string[] }[] }[]): ActiveLabel[] =>
  blocks.flatMap((b) => b.rows.map((r) => ({ key: r.key, pattern: matcherOf(r.recognize), printed: r.label })));
export const ACTIVE_LABELS_2021: ActiveLabel[] = activeLabels(template.active.blocks);
export const ACTIVE_LABELS_2019: ActiveLabel[] = activeLabels(template2019.active.blocks);

export function recognizeActiveRow(text: string, labels: ActiveLabel[]): ActiveLabel[] {
  const folded = foldLabel(text);
  return labels.filter((l) => l.pattern.test(folded));
}
