// The 2019 edition's format (国办公开办函〔2019〕60号, spec §9), read from templates/national-2019 and
// checked against its schema when it loads: its own Table 1, a Table 2 whose （六）其他处理 is one row
// (23 rows), the 2021 Table 3.
import type { z } from 'zod';
import outline2019 from '@/templates/national-2019/outline.json';
import tables2019 from '@/templates/national-2019/tables.json';
import { parseTemplate, ZActiveKey2019, ZOutline2019, ZTables2019 } from './template-schema';

type TTables2019 = z.infer<typeof ZTables2019>;
export type ActiveKey2019 = z.infer<typeof ZActiveKey2019>;
export type ActiveBlock2019 = TTables2019['active']['blocks'][number];
export type ValueType2019 = ActiveBlock2019['columns'][number]['valueType'];
export type ApplicationRow2019 = TTables2019['applications']['rows'][number];

const outline = parseTemplate('national-2019/outline.json', ZOutline2019, outline2019);
const tables = parseTemplate('national-2019/tables.json', ZTables2019, tables2019);

export const template2019 = {
  firstYear: outline.firstYear,
  outdatedFrom: outline.outdatedFrom,
  outdatedMarks: outline.outdatedMarks,
  active: tables.active,
  applications: tables.applications,
};

export const APP_ROWS_2019 = template2019.applications.rows.length; // 23
