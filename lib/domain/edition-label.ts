// How each canonical format (spec §10, pre-2019.ts) is named to a person, after 「…年度报告」: one wording for
// the CLI's summary and the import preview.
import type { TAnyReport } from './canonical-2019';

export const EDITION_LABEL: Record<TAnyReport['format'], string> = {
  'national-2021': '2021年版表格',
  'national-2019': '2019年版表格',
  'pre-2019': '2019年以前的格式，没有法定统计表',
};
