// Recognising what offices write in their registers (issue 16): column headers (收到日期/申请日期/登记日期 …)
// and values (自然人/个人/公民 → 自然人; 企业 → 商业企业; 「不掌握」 → （四）1.本机关不掌握相关政府信息 …).
// Values are matched against the statutory labels of the template first; the synonym lists only add
// what offices write instead, and name their target by a fragment of its label, checked on load.
import { APPLICANT_TYPES, RESULT_KEYS } from './case';

export type Field =
  | 'receivedOn' | 'applicant' | 'applicantType' | 'content' | 'result' | 'answeredOn' | 'extendedOn'
  | 'extended' | 'carriedIn' | 'note';

/** The register's fields as the grid and the import preview name them. */
export const FIELD_LABEL: Record<Field, string> = {
  receivedOn: '收到日期',
  applicant: '申请人',
  applicantType: '申请人类型',
  content: '申请内容',
  result: '办理结果',
  answeredOn: '答复日期',
  extended: '是否延期',
  extendedOn: '延期日期',
  carriedIn: '上年结转',
  note: '备注',
};

/** Header names seen in offices' registers, exact (after folding) before contained. */
const HEADER_NAMES: [Field, string[]][] = [
  ['receivedOn', ['收到日期', '申请日期', '登记日期', '受理日期', '收文日期', '收到申请日期', '申请时间', '收到时间', '登记时间']],
  ['applicantType', ['申请人类型', '申请人性质', '申请人类别', '申请主体类型', '申请人身份']],
  ['applicant', ['申请人', '申请人姓名', '申请人名称', '姓名', '申请人（单位）']],
  ['content', ['申请内容', '申请事项', '申请公开内容', '申请信息内容', '所需信息', '申请公开的信息', '所需政府信息']],
  ['result', ['办理结果', '答复结果', '处理结果', '答复类型', '答复情况', '办理情况', '答复方式']],
  ['answeredOn', ['答复日期', '办结日期', '答复时间', '办结时间', '回复日期']],
  ['extendedOn', ['延期日期', '延长日期', '延期答复日期', '延期告知日期']],
  ['extended', ['是否延期', '延期', '延期答复', '是否延期答复', '延长答复期限']],
  ['carriedIn', ['上年结转', '是否上年结转', '结转', '上年度结转']],
  ['note', ['备注', '说明']],
];

/** Full-width to half-width, no spaces or line breaks (headers are often wrapped in their cell). */
export const fold = (s: string): string => s.normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** The field a header names, or null (序号, 经办人 …: not imported). */
export function classifyHeader(header: string): Field | null {
  const h = fold(header).replace(/[*＊:：]/g, '');
  if (h === '') return null;
  for (const [field, names] of HEADER_NAMES) if (names.includes(h)) return field;
  // 「收到申请日期（必填）」: the longest known name it contains decides.
  let best: { field: Field; length: number } | null = null;
  for (const [field, names] of HEADER_NAMES) {
    for (const name of names) {
      if (name.length >= 2 && h.includes(name) && (!best || name.length > best.length)) best = { field, length: name.length };
    }
  }
  return best?.field ?? null;
}

export type Classified = { ok: true; value: string } | { ok: false; reason: string };

/** Target labels found by a fragment, so no label is re-typed: a fragment must match exactly one. */
function byFragment(labels: readonly string[], fragment: string): string {
  const hits = labels.filter((l) => l.includes(fragment));
  if (hits.length !== 1) throw new Error(`fragment 「${fragment}」 matches ${hits.length} labels`);
  return hits[0];
}

const APPLICANT_SYNONYMS: [string, string[]][] = [
  ['自然人', ['个人', '公民', '群众', '居民', '市民', '村民', '自然人申请']],
  ['商业企业', ['企业', '公司', '企业法人', '有限公司', '有限责任公司', '股份有限公司', '集团']],
  ['科研机构', ['科研单位', '研究所', '研究院', '研究机构']],
  ['社会公益组织', ['公益组织', '社会组织', '基金会', '慈善组织']],
  ['法律服务机构', ['律师事务所', '律所', '法律服务所', '公证处']],
  ['其他', ['其他组织', '其它', '其他法人或组织']],
];
const APPLICANT_BY_NAME = new Map<string, string>();
for (const type of APPLICANT_TYPES) APPLICANT_BY_NAME.set(type, type);
for (const [fragment, names] of APPLICANT_SYNONYMS) {
  const type = byFragment(APPLICANT_TYPES, fragment);
  for (const n of names) APPLICANT_BY_NAME.set(n, type);
}
/** Organisation names end in these: 「某某科技有限公司」 is a 商业企业, 「某某律师事务所」 a 法律服务机构. */
const APPLICANT_SUFFIXES: [string, string][] = [
  ['公司', '商业企业'], ['企业', '商业企业'], ['律师事务所', '法律服务机构'], ['研究所', '科研机构'], ['研究院', '科研机构'], ['基金会', '社会公益组织'],
].map(([suffix, fragment]) => [suffix, byFragment(APPLICANT_TYPES, fragment)]);

export function classifyApplicantType(raw: string): Classified {
  const v = fold(raw);
  if (v === '') return { ok: false, reason: '申请人类型未填写' };
  const exact = APPLICANT_BY_NAME.get(v);
  if (exact) return { ok: true, value: exact };
  const suffix = APPLICANT_SUFFIXES.find(([s]) => v.endsWith(s));
  if (suffix) return { ok: true, value: suffix[1] };
  return { ok: false, reason: `申请人类型「${raw.trim()}」无法归入${APPLICANT_TYPES.join('、')}之一` };
}

const NUMBERING = /^(（[一二三四五六七]）|[0-9]+[.、．]|[一二三四五六七][、.])/;
/** 「1.属于国家秘密」 → 「属于国家秘密」; 「（二）部分公开（区分处理的，…）」 → 「部分公开」. */
const coreOf = (label: string) => fold(label).replace(NUMBERING, '').replace(/（.*）$/, '');

/** Each result key under the words that name it alone: its own core label and group-qualified forms. */
const RESULT_BY_NAME = new Map<string, string>();
const AMBIGUOUS = new Map<string, string[]>();
for (const key of RESULT_KEYS) {
  const [groupOrLabel, sub] = key.split(' / ');
  const names = sub
    ? [coreOf(sub), `${coreOf(groupOrLabel)}${coreOf(sub)}`, fold(key), fold(`${groupOrLabel}${sub}`)]
    : [coreOf(groupOrLabel), fold(groupOrLabel)];
  for (const n of names) {
    const seen = RESULT_BY_NAME.get(n);
    if (seen && seen !== key) AMBIGUOUS.set(n, [...(AMBIGUOUS.get(n) ?? [seen]), key]);
    else RESULT_BY_NAME.set(n, key);
  }
  // A group label alone (「不予公开」) names several rows: it cannot be counted until the clerk picks one.
  if (sub) AMBIGUOUS.set(coreOf(groupOrLabel), [...(AMBIGUOUS.get(coreOf(groupOrLabel)) ?? []), key]);
}
for (const n of AMBIGUOUS.keys()) RESULT_BY_NAME.delete(n);

const RESULT_SYNONYMS: [string, string[]][] = [
  ['予以公开', ['公开', '全部公开', '同意公开', '已公开', '提供', '予以提供', '全部提供']],
  ['部分公开', ['部分提供', '区分处理']],
  ['国家秘密', ['涉及国家秘密', '涉密']],
  ['第三方合法权益', ['涉及第三方合法权益', '涉及商业秘密', '涉及个人隐私', '商业秘密', '个人隐私']],
  ['内部事务', ['内部事务信息', '内部管理信息']],
  ['过程性信息', ['过程性信息']],
  ['行政执法案卷', ['执法案卷']],
  ['行政查询事项', ['行政查询', '查询事项']],
  ['不掌握', ['信息不存在', '不掌握', '本机关不掌握', '非本机关掌握', '不属于本机关掌握', '无此信息']],
  ['另行制作', ['需另行制作', '需要另行制作', '没有现成信息']],
  ['仍不明确', ['补正后仍不明确', '申请内容不明确']],
  ['信访举报投诉', ['信访', '信访类', '信访举报', '投诉举报', '举报投诉']],
  ['重复申请', ['重复']],
  ['公开出版物', ['要求提供公开出版物', '公开出版物']],
  ['大量反复', ['大量反复申请']],
  ['确认或重新出具', ['要求确认或重新出具', '重新出具']],
  ['不补正', ['逾期不补正', '逾期未补正', '未补正']],
  ['缴纳费用', ['逾期未缴费', '未缴纳费用', '未缴费']],
];
for (const [fragment, names] of RESULT_SYNONYMS) {
  const key = byFragment(RESULT_KEYS, fragment);
  for (const n of names) RESULT_BY_NAME.set(fold(n), key);
}

export function classifyResult(raw: string): Classified {
  const v = fold(raw).replace(/[-—－/／·]/g, '');
  if (v === '') return { ok: false, reason: '办理结果未填写' };
  const direct = RESULT_BY_NAME.get(v) ?? RESULT_BY_NAME.get(coreOf(v));
  if (direct) return { ok: true, value: direct };
  const rows = AMBIGUOUS.get(v) ?? AMBIGUOUS.get(coreOf(v));
  if (rows) return { ok: false, reason: `办理结果「${raw.trim()}」须写明具体情形：${rows.map((k) => k.split(' / ').pop()).join('、')}` };
  return { ok: false, reason: `办理结果「${raw.trim()}」无法归入表二的21种办理结果` };
}

const YES = new Set(['是', '有', '√', '✓', 'Y', 'y', 'yes', '1', 'TRUE', 'true', '已延期', '延期', '结转', '已结转']);
const NO = new Set(['', '否', '无', '×', 'N', 'n', 'no', '0', 'FALSE', 'false', '未延期', '不延期']);

export function classifyYesNo(raw: string, label: string): { ok: true; value: boolean } | { ok: false; reason: string } {
  const v = fold(raw);
  if (YES.has(v)) return { ok: true, value: true };
  if (NO.has(v)) return { ok: true, value: false };
  return { ok: false, reason: `${label}「${raw.trim()}」应为「是」或「否」` };
}
