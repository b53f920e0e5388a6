// Generated rule inputs for the engine's equivalence tests: the clean report or seed 004, with cells typed
// (counts, blanks, text, negatives, full-width digits), （六） printed as one row, a table left empty, narrative
// sentences stating counts, shares and years, another year or title, last year's report, a register, pending
// input and accepted warnings. Most inputs break some rules; some break none.
import fc from 'fast-check';
import { readCanonical } from './canonical';
import { CELLS, appKey, setCell, type CellKey } from './cells';
import type { RuleInput } from './findings';
import seed004 from './fixtures/seed-004.json';
import type { TCell, TParts, TReport, TTables } from './model';
import { APP_COLS, NARRATIVE_KEYS, template, type NarrativeKey } from './template';
import { cleanPrevious, cleanReport } from './test-support';

const read = readCanonical(seed004);
if (!read.ok) throw new Error('seed 004 unreadable');
const BASES: TReport[] = [cleanReport(), read.report];

const TEXTS = ['/', '', ' ', '约20', '-3', '12.5', '12.0', '１２', ' 7 ', 'abc', '4618.24', '1,234', '3件', '007.50', '1e3'];
export const arbCellValue: fc.Arbitrary<TCell> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, 2 ** 60) },
);
export const arbCellKey: fc.Arbitrary<CellKey> = fc.constantFrom(...CELLS.map((c) => c.key));

/** Sentences the narrative rules read, with {n} and {y} filled by a count and a year. */
const SENTENCES = [
  '本年度共收到政府信息公开申请{n}件（含上年度结转申请4件），其中予以公开{n}件，占{n}%；无法提供{n}件，占15%。',
  '予以公开及部分公开{n}件，占72.5%', '部分公开{n}件', '不予处理{n}件，占{n}.5%', '其他处理，{n}件，占5%',
  '受理政府信息公开申请{n}件', '办结依申请公开{n}件', '答复政府信息公开申请{n}件（含上年度结转申请4件）', '新收申请{n}件',
  '行政复议和行政诉讼{n}件', '行政复议{n}件', '行政诉讼{n}起', '上年度结转{n}件', '结转下一年度{n}件', '不予公开{n}条',
  '{y}年，我局政务公开工作取得新进展', '（一）主动公开\n{y}年度，我局主动公开信息{n}条', '截至{y}年底办结全部申请',
  '《{y}年政务公开工作要点》明确的任务均已完成', '〔{y}〕{n}号文件印发后及时落实', '{y}年以来累计公开信息{n}条', '较{y}年上升{n}%',
  '本报告中所列数据统计期限为{y}年1月1日至12月31日', '统计期限为：{y}年1月1日——{y}年12月31日',
  '本机关本年度未收取信息处理费', '无', '', '政务公开内容质量有待提升', '（三）政府信息管理',
];
const ENDS = ['。', '；', '！', '？', '!', '\n', '。\n', ' ', ''];
const arbSentence = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 2018, max: 2026 }), fc.constantFrom(...ENDS))
  .map(([s, n, y, end]) => s.replaceAll('{n}', String(n)).replaceAll('{y}', String(y)) + end);
export const arbPartText: fc.Arbitrary<string> = fc.array(arbSentence, { maxLength: 6 }).map((s) => s.join(''));
export const arbNarrativeKey: fc.Arbitrary<NarrativeKey> = fc.constantFrom(...NARRATIVE_KEYS);

/** `arbitrary` one time in `every`, else null. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

const OTHER_ROWS = template.applications.rows.map((r, i) => (r.group === '（六）其他处理' ? i : -1)).filter((i) => i >= 0);

/** （六） printed as one row: two of its three rows left blank (OUTDATED-FORMAT). */
function collapseOther(tables: TTables, kept: number): TTables {
  return OTHER_ROWS.filter((_, i) => i !== kept).reduce(
    (t, r) => Array.from({ length: APP_COLS }, (_, c) => c).reduce((u, c) => setCell(u, appKey(r, c), null), t),
    tables,
  );
}

const blankTable = (tables: TTables, table: string): TTables =>
  CELLS.filter((c) => c.table === table).reduce((t, c) => setCell(t, c.key, null), tables);

const edited = (tables: TTables, edits: [CellKey, TCell][]) => edits.reduce((t, [k, v]) => setCell(t, k, v), tables);
const arbEdits = fc.array(fc.tuple(arbCellKey, arbCellValue), { maxLength: 8 });

export const arbRuleInput: fc.Arbitrary<RuleInput> = fc
  .record({
    base: fc.constantFrom(...BASES),
    edits: arbEdits,
    collapsed: sometimes(fc.integer({ min: 0, max: 2 }), 5),
    emptied: sometimes(fc.constantFrom('active', 'applications', 'litigation'), 8),
    parts: fc.option(fc.record(Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, arbPartText])) as Record<NarrativeKey, fc.Arbitrary<string>>), { freq: 4 }),
    noParts: sometimes(fc.constant(true), 6),
    year: sometimes(fc.integer({ min: 2019, max: 2026 }), 3),
    title: fc.option(fc.integer({ min: 2019, max: 2026 }).map((y) => `某镇${y}年政府信息公开工作年度报告`)),
    previous: fc.option(arbEdits.map((e) => ({ ...cleanPrevious(), tables: edited(cleanPrevious().tables, e) }))),
    register: fc.option(arbEdits),
    pending: sometimes(fc.dictionary(arbCellKey, fc.constantFrom('约20', '=1+1', '/', '3')), 4),
    accepted: fc.subarray(['LATE||', 'FEE-STATEMENT-MISSING||', 'APP-BALANCE|applications.0.6,applications.1.6,applications.13.6,applications.24.6|']),
    publishedOn: fc.option(fc.constantFrom('2022-01-20', '2025-01-10', '2025-03-01')),
    deadline: fc.option(fc.constantFrom('2022-03-31', '2025-01-31')),
  })
  .map((g): RuleInput => {
    let tables = edited(g.base.tables, g.edits);
    if (g.collapsed !== null) tables = collapseOther(tables, g.collapsed);
    if (g.emptied !== null) tables = blankTable(tables, g.emptied);
    const { parts: baseParts, ...rest } = g.base;
    const parts: TParts | undefined = g.noParts ? undefined : (g.parts ?? baseParts);
    const report: TReport = {
      ...rest,
      tables,
      ...(parts ? { parts } : {}),
      ...(g.year === null ? {} : { year: g.year }),
      ...(g.title === null ? {} : { title: g.title }),
      ...(g.pending === null ? {} : { pendingInput: g.pending }),
      ...(g.accepted.length ? { acceptedWarnings: g.accepted.map((finding) => ({ finding, rule: finding.split('|')[0], reason: '已核实', by: '审核人' })) } : {}),
    };
    return {
      report,
      ...(g.previous === null ? {} : { previous: g.previous }),
      ...(g.register === null ? {} : { register: edited(tables, g.register).applications }),
      ...(g.publishedOn === null ? {} : { publishedOn: g.publishedOn }),
      ...(g.deadline === null ? {} : { deadline: g.deadline }),
    };
  });
