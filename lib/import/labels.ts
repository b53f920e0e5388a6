// Recognising the printed row labels of the statutory tables, however they were broken, spaced or
// converted on the way: each row has a few words that no other row has (spec §3, §4, §9).
import { template } from '../domain/template';
import { template2019 } from '../domain/edition-2019';
import { foldLabel } from '../domain/fold-label';

type Key = RegExp;
const k = (...words: string[]): Key => new RegExp(words.join('|'));

/** The words that identify each of the 25 rows of the 2021 Table 2, in template order. */
const APPLICATION_KEYS_2021: Key[] = [
  k('本年新收'),
  k('上年结转'),
  k('予以公开'),
  k('部分公开'),
  k('国家秘密'),
  k('禁止公开', '其他法律行政法规'),
  k('三安全一稳定'),
  k('第三方合法权益'),
  k('三类内部事务', '内部事务信息'),
  k('四类过程性', '过程性信息'),
  k('行政执法案卷'),
  k('行政查询事项'),
  k('不掌握'),
  k('另行制作', '没有现成信息'),
  k('仍不明确', '补正后申请'),
  k('信访举报', '投诉类申请'),
  k('重复申请'),
  k('公开出版物'),
  k('大量反复'),
  k('重新出具', '确认或重新'),
  k('逾期不补正'),
  k('收费通知', '缴纳费用'),
  /(?:^|[^\d])3\.其他(?!处理|法律|结果)/,
  k('\\(七\\)(?:总计|合计)', '七\\)总计'),
  k('结转下年度', '结转下一年度'),
];

/** The 23 rows of the 2019 Table 2: the single （六）其他处理 row in place of （六）1.–3. */
const APPLICATION_KEYS_2019: Key[] = [...APPLICATION_KEYS_2021.slice(0, 20), k('其他处理'), ...APPLICATION_KEYS_2021.slice(23)];

if (APPLICATION_KEYS_2021.length !== template.applications.rows.length) throw new Error('label keys out of step with the 2021 template');
if (APPLICATION_KEYS_2019.length !== template2019.applications.rows.length) throw new Error('label keys out of step with the 2019 template');

function matching(keys: Key[], text: string): number[] {
  const folded = foldLabel(text);
  return keys.map((key, i) => (key.test(folded) ? i : -1)).filter((i) => i >= 0);
}

/** Rows of Table 2 (2021: 25 rows; 2019: 23) whose identifying words the text contains. */
export function recognizeApplicationRows(text: string, edition: '2021' | '2019'): number[] {
  return matching(edition === '2021' ? APPLICATION_KEYS_2021 : APPLICATION_KEYS_2019, text);
}

/** Table 1 row labels: the longest first, so 「行政规范性文件」 is not taken for 「规范性文件」 alone. */
export type ActiveLabel = { key: string; pattern: RegExp; printed: string };
export const ACTIVE_LABELS_2021: ActiveLabel[] = [
  { key: 'regulations', pattern: /^规章$|规章(?!制度)/, printed: '规章' },
  { key: 'normativeDocuments', pattern: /规范性文件/, printed: '行政规范性文件' },
  { key: 'licensing', pattern: /行政许可/, printed: '行政许可' },
  { key: 'punishment', pattern: /行政处罚/, printed: '行政处罚' },
  { key: 'enforcement', pattern: /行政强制/, printed: '行政强制' },
  { key: 'feesWan', pattern: /行政事业性收费/, printed: '行政事业性收费' },
];
export const ACTIVE_LABELS_2019: ActiveLabel[] = [
  { key: 'regulations', pattern: /^规章$|规章(?!制度)/, printed: '规章' },
  { key: 'normativeDocuments', pattern: /规范性文件/, printed: '规范性文件' },
  { key: 'licensing', pattern: /行政许可/, printed: '行政许可' },
  { key: 'otherServices', pattern: /其他对外管理服务事项|对外管理服务/, printed: '其他对外管理服务事项' },
  { key: 'punishment', pattern: /行政处罚/, printed: '行政处罚' },
  { key: 'enforcement', pattern: /行政强制/, printed: '行政强制' },
  { key: 'fees', pattern: /行政事业性收费/, printed: '行政事业性收费' },
  { key: 'procurement', pattern: /政府集中采购|集中采购/, printed: '政府集中采购' },
];

export function recognizeActiveRow(text: string, labels: ActiveLabel[]): ActiveLabel[] {
  const folded = foldLabel(text);
  return labels.filter((l) => l.pattern.test(folded));
}
