// A report written before the 2019 edition (reporting years up to 2018: free-form text and the old
// 政府信息公开情况统计表, spec top and §9): 「pre-2019」 in the canonical form. It has no statutory table, so
// every statutory cell is unread — never a number taken from the old 统计表, whose rows are not the statutory
// rows. The tables keep the 2021 shape, all null, so the rules can say what they cannot judge (docs/reading.md).
import { z } from 'zod';
import { CELLS, getCell } from './cells';
import { ZReport, type TReport } from './model';
import { template2019 } from './template-2019';

export const PRE_2019_FORMAT = 'pre-2019';
/** Why each statutory cell of such a report is unread. */
export const PRE_2019_REASON = '2019年以前的报告格式，没有此表';
/** Reports for years before this one were written before the statutory tables existed. */
export const PRE_2019_BEFORE_YEAR = template2019.firstYear;

export const ZReportPre2019 = ZReport.omit({ format: true })
  .extend({ format: z.literal(PRE_2019_FORMAT) })
  .refine((r) => CELLS.every((cell) => getCell(r.tables, cell.key) === null), {
    message: '2019年以前的报告没有法定统计表，表格各单元格须为空（null）',
    path: ['tables'],
  })
  .refine((r) => r.year < PRE_2019_BEFORE_YEAR, { message: `2019年以前格式的报告年度须早于${PRE_2019_BEFORE_YEAR}年`, path: ['year'] });
export type TReportPre2019 = z.infer<typeof ZReportPre2019>;

export const isPre2019 = (r: { format: string }): r is TReportPre2019 => r.format === PRE_2019_FORMAT;

/** The report as the 2021 rules take it: the same words, every cell null. */
export const pre2019AsView = (r: TReportPre2019): TReport => ({ ...r, format: 'national-2021' });

/** Every statutory cell of a pre-2019 report, by name (spec §11), with why it is unread. */
export const pre2019UnreadCells = (): { cell: string; reason: string; candidates: string[] }[] =>
  CELLS.map((c) => ({ cell: c.name, reason: PRE_2019_REASON, candidates: [] }));
