// Reading a register from a spreadsheet's cells (issue 16), after the file is opened (lib/server):
// find the header row under any merged title rows, propose a field per column, then read each row
// into a case. Every row that cannot be read whole is listed with its reasons; nothing is guessed.
import { APPLICANT_TYPES, MAX_APPLICANT, MAX_TEXT, RESULT_KEYS, emptyCase, type TCase } from './case';
import {
  classifyApplicantType, classifyHeader, classifyResult, classifyYesNo, fold, FIELD_LABEL, type Classified, type Field,
} from './classify';
import { parseDate } from './dates';

export type RawCell = string | number | boolean | Date | null;
/** A sheet as read: each row with its 1-based row number in the file, so messages name the row the clerk sees. */
export type Sheet = { rows: { rowNumber: number; cells: RawCell[] }[] };

/** Column index → field (or null: not imported), as proposed and then confirmed or fixed by the clerk. */
export type Mapping = (Field | null)[];
/** Values the clerk mapped by hand: folded raw text → applicant type or result key. */
export type ValueMap = { applicantType?: Record<string, string>; result?: Record<string, string> };

export type ImportRow = { rowNumber: number; case: Omit<TCase, 'id'>; problems: string[] };
export type ReadResult = {
  rows: ImportRow[];
  blankRows: number[];
  /** Distinct values no rule recognised, for the clerk to map: field → raw texts. */
  unknownValues: { applicantType: string[]; result: string[] };
};

const REQUIRED: Field[] = ['receivedOn', 'applicantType'];
const HEADER_SCAN_ROWS = 20;

export const cellText = (v: RawCell): string => {
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
};

/** The first row (of the first 20) in which the required fields are recognised: titles above it are skipped. */
export function findHeader(sheet: Sheet): { index: number; mapping: Mapping } | null {
  for (const [index, row] of sheet.rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    const mapping = row.cells.map((c) => classifyHeader(cellText(c)));
    if (REQUIRED.every((f) => mapping.includes(f))) return { index, mapping: dropRepeats(mapping) };
  }
  return null;
}

/** A field claimed by two columns keeps the first: the clerk sees the second as 「不导入」 and may swap. */
function dropRepeats(mapping: Mapping): Mapping {
  const seen = new Set<Field>();
  return mapping.map((f) => {
    if (f === null || seen.has(f)) return null;
    seen.add(f);
    return f;
  });
}

/** Problems of a mapping as a whole, in the clerk's words; empty when it can be used. */
export function mappingProblems(mapping: Mapping): string[] {
  const problems = REQUIRED.filter((f) => !mapping.includes(f)).map((f) => `没有指定「${FIELD_LABEL[f]}」所在的列`);
  const counts = new Map<Field, number>();
  for (const f of mapping) if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const [f, n] of counts) if (n > 1) problems.push(`「${FIELD_LABEL[f]}」指定了${n}列`);
  return problems;
}

/** A classifier remembering its answers: a register repeats a handful of values thousands of times. */
function classifierWith(map: Record<string, string> | undefined, allowed: readonly string[], classify: (s: string) => Classified) {
  const seen = new Map<string, Classified>();
  return (raw: string): Classified => {
    let answer = seen.get(raw);
    if (!answer) {
      const chosen = map?.[fold(raw)];
      answer = chosen !== undefined && allowed.includes(chosen) ? { ok: true, value: chosen } : classify(raw);
      seen.set(raw, answer);
    }
    return answer;
  };
}

export function readRows(sheet: Sheet, headerIndex: number, mapping: Mapping, year: number, valueMap: ValueMap = {}): ReadResult {
  const out: ReadResult = { rows: [], blankRows: [], unknownValues: { applicantType: [], result: [] } };
  const unknown = { applicantType: new Set<string>(), result: new Set<string>() };
  const classifyType = classifierWith(valueMap.applicantType, APPLICANT_TYPES, classifyApplicantType);
  const classifyResultOf = classifierWith(valueMap.result, RESULT_KEYS, classifyResult);
  const dates = new Map<string, ReturnType<typeof parseDate>>();
  const parseDateOnce = (v: string | number | Date) => {
    if (typeof v !== 'string') return parseDate(v);
    let parsed = dates.get(v);
    if (!parsed) dates.set(v, (parsed = parseDate(v)));
    return parsed;
  };
  for (const { rowNumber, cells } of sheet.rows.slice(headerIndex + 1)) {
    if (cells.every((c) => cellText(c) === '')) {
      out.blankRows.push(rowNumber);
      continue;
    }
    const value = (f: Field): RawCell => {
      const i = mapping.indexOf(f);
      return i < 0 ? null : (cells[i] ?? null);
    };
    const text = (f: Field) => cellText(value(f));
    const c = emptyCase('');
    const problems: string[] = [];
    const date = (f: 'receivedOn' | 'answeredOn' | 'extendedOn', required: boolean): string | null => {
      const v = value(f);
      if (v === null || cellText(v) === '') {
        if (required) problems.push(`${FIELD_LABEL[f]}未填写`);
        return null;
      }
      const parsed = parseDateOnce(typeof v === 'boolean' ? String(v) : v);
      if (parsed.ok) return parsed.date;
      problems.push(`${FIELD_LABEL[f]}：${parsed.reason}`);
      return null;
    };
    c.receivedOn = date('receivedOn', true);
    c.answeredOn = date('answeredOn', false);
    c.extendedOn = date('extendedOn', false);
    const limited = (f: 'applicant' | 'content' | 'note', max: number) => {
      const t = text(f);
      if (t.length <= max) return t;
      problems.push(`${FIELD_LABEL[f]}超过${max}字`);
      return t.slice(0, max);
    };
    c.applicant = limited('applicant', MAX_APPLICANT);
    c.content = limited('content', MAX_TEXT);
    // Room is left in the note for what an import could not read (lib/server/verbs/register-import.ts).
    c.note = limited('note', MAX_TEXT - 500);

    const type = classifyType(text('applicantType'));
    if (type.ok) c.applicantType = type.value;
    else {
      problems.push(type.reason);
      if (text('applicantType')) unknown.applicantType.add(text('applicantType'));
    }
    if (text('result') !== '') {
      const result = classifyResultOf(text('result'));
      if (result.ok) c.result = result.value;
      else {
        problems.push(result.reason);
        unknown.result.add(text('result'));
      }
    } else if (c.answeredOn) problems.push('已填答复日期但未填办理结果');

    if (mapping.includes('extended')) {
      const extended = classifyYesNo(text('extended'), FIELD_LABEL.extended);
      if (!extended.ok) problems.push(extended.reason);
      else if (extended.value && !c.extendedOn) problems.push('标为延期答复，但未填延期日期');
    }
    if (mapping.includes('carriedIn') && text('carriedIn') !== '') {
      const carried = classifyYesNo(text('carriedIn'), FIELD_LABEL.carriedIn);
      if (carried.ok) c.carriedIn = carried.value;
      else problems.push(carried.reason);
    } else if (c.receivedOn && c.receivedOn < `${year}-01-01`) {
      // Received before the year yet in this year's register: carried over from last year.
      c.carriedIn = true;
    }
    if (c.receivedOn && c.receivedOn > `${year}-12-31`) problems.push(`收到日期${c.receivedOn}晚于${year}年`);
    if (c.answeredOn && c.receivedOn && c.answeredOn < c.receivedOn) problems.push(`答复日期${c.answeredOn}早于收到日期${c.receivedOn}`);
    out.rows.push({ rowNumber, case: withoutId(c), problems });
  }
  out.unknownValues = { applicantType: [...unknown.applicantType], result: [...unknown.result] };
  return out;
}

function withoutId(c: TCase): Omit<TCase, 'id'> {
  const { id: _id, ...rest } = c;
  return rest;
}
