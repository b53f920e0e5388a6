// The application register (台账, issue 16): one case per 政府信息公开申请, the source Table 2 is counted
// from. Applicant types and results are the statutory labels of Table 2 (spec §4), read from the
// template, so a case names its column and its result row in the words the table prints.
import { z } from 'zod';
import { APP_ENTRY_COLS, RESULT_ROWS, template } from '../template';

/** The six applicant columns of Table 2: 自然人, 商业企业 … 其他. */
export const APPLICANT_TYPES: readonly string[] = APP_ENTRY_COLS.map((c) => template.applications.columns[c].label);

/** A result sub-row's key: its group and label as the cell names join them (spec §11), e.g. 「（三）不予公开 / 1.属于国家秘密」. */
export const resultKeyOfRow = (row: number): string => {
  const { group, label } = template.applications.rows[row];
  return group ? `${group} / ${label}` : label;
};

/** The 21 result sub-rows （一）…（六） by key, in printed order. */
export const RESULT_KEYS: readonly string[] = RESULT_ROWS.map(resultKeyOfRow);
const ROW_OF_RESULT = new Map(RESULT_ROWS.map((r) => [resultKeyOfRow(r), r]));

/** Table 2's row index of a result key (undefined for anything that is not one of the 21). */
export const resultRowOf = (key: string): number | undefined => ROW_OF_RESULT.get(key);
/** Table 2's column index of an applicant type. */
export const applicantColumnOf = (type: string): number | undefined => {
  const i = APPLICANT_TYPES.indexOf(type);
  return i < 0 ? undefined : APP_ENTRY_COLS[i];
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期须为 YYYY-MM-DD');
export const MAX_TEXT = 2000;
export const MAX_APPLICANT = 200;

export const ZCase = z.object({
  id: z.string().min(1).max(64),
  /** 收到日期 (条例 第三十一条: the day the application is received). */
  receivedOn: isoDate.nullable(),
  /** 申请人: a name is personal data; only the organ's own clerks and reviewers see it. */
  applicant: z.string().max(MAX_APPLICANT),
  applicantType: z.enum(APPLICANT_TYPES as [string, ...string[]]).nullable(),
  content: z.string().max(MAX_TEXT),
  result: z.enum(RESULT_KEYS as [string, ...string[]]).nullable(),
  /** 答复日期: null while the case is open. */
  answeredOn: isoDate.nullable(),
  /** 延期答复 (条例 第三十三条): the date the extension was decided, null when not extended. */
  extendedOn: isoDate.nullable(),
  /** Carried over from last year's register (counted in 二, not in 一). */
  carriedIn: z.boolean(),
  note: z.string().max(MAX_TEXT),
});
export type TCase = z.infer<typeof ZCase>;

/** A register is a year of one organ's cases; 10,000 is the largest the app is tuned for (issue 16). */
export const MAX_CASES = 20_000;
export const ZCases = z.array(ZCase).max(MAX_CASES, `台账不超过${MAX_CASES}件`);

export const emptyCase = (id: string): TCase => ({
  id, receivedOn: null, applicant: '', applicantType: null, content: '', result: null,
  answeredOn: null, extendedOn: null, carriedIn: false, note: '',
});
