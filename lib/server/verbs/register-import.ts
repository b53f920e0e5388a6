// Verbs: import a register from XLSX/CSV in two steps (issue 16). Preview reads the file, proposes the
// column mapping and lists every row that cannot be read whole, with its reasons. Confirm reads the
// same file again with the mapping the clerk confirmed or fixed, and refuses while any listed row has no
// decision: skip it, or import it to fix in the grid (it then counts nowhere until fixed).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { FIELD_LABEL, type Field } from '../../domain/register/classify';
import {
  cellText, findHeader, mappingProblems, readRows, type ImportRow,
} from '../../domain/register/import-rows';
import { MAX_CASES, MAX_TEXT, type TCase } from '../../domain/register/case';
import { countRegister } from '../../domain/register/table2';
import type { RegisterImportPreview } from '../../views/register-import';
import { ServerError, type Ctx } from '../context';
import { parseInput } from '../parse-input';
import { requireCaseAccess } from '../register-access';
import { findRegister, insertRegister, storeRegisterVersion } from '../data/register-records';
import { syncReportTable } from '../data/register-report-link';
import { readRegisterFile } from './register-sheet';

const FIELDS = Object.keys(FIELD_LABEL) as [Field, ...Field[]];
const ZOptions = z.object({
  mapping: z.array(z.enum(FIELDS).nullable()).max(200).optional(),
  valueMap: z.object({ applicantType: z.record(z.string(), z.string()).optional(), result: z.record(z.string(), z.string()).optional() }).optional(),
});
const OPTION_NAMES = { mapping: '列的对应关系', valueMap: '取值对应' };
const ZConfirm = ZOptions.extend({
  mapping: z.array(z.enum(FIELDS).nullable()).max(200),
  decisions: z.record(z.string(), z.enum(['skip', 'fix'])),
  mode: z.enum(['replace', 'append']),
  baseVersion: z.number().int().min(0),
});


type Upload = { bytes: Uint8Array; filename: string };

async function readWithMapping(upload: Upload, year: number, options: z.infer<typeof ZOptions>) {
  const sheet = await readRegisterFile(upload.bytes, upload.filename);
  const header = findHeader(sheet);
  if (!header && !options.mapping) {
    throw new ServerError(400, '未找到表头行：前20行中没有同时含「收到日期」和「申请人类型」（或其常见名称）的一行');
  }
  const headerIndex = header?.index ?? 0;
  const mapping = options.mapping ?? header!.mapping;
  const headers = sheet.rows[headerIndex]?.cells.map(cellText) ?? [];
  const problems = mappingProblems(mapping);
  const read = problems.length === 0 ? readRows(sheet, headerIndex, mapping, year, options.valueMap) : null;
  return { sheet, headerIndex, headers, mapping, problems, read };
}

export async function previewRegisterImport(ctx: Ctx, organId: string, year: number, upload: Upload, options: unknown = {}): Promise<RegisterImportPreview> {
  const opts = parseInput(ZOptions, options, OPTION_NAMES, '导入参数无效');
  await requireCaseAccess(ctx.db, ctx.actor, organId, true);
  const { sheet, headerIndex, headers, mapping, problems, read } = await readWithMapping(upload, year, opts);
  const bad = read?.rows.filter((r) => r.problems.length > 0) ?? [];
  const cellsOf = new Map(sheet.rows.map((r) => [r.rowNumber, r.cells.map(cellText)]));
  return {
    headerRow: sheet.rows[headerIndex]?.rowNumber ?? 1,
    headers,
    mapping,
    mappingProblems: problems,
    total: read?.rows.length ?? 0,
    blankRows: read?.blankRows ?? [],
    problems: bad.map((r) => ({ rowNumber: r.rowNumber, cells: cellsOf.get(r.rowNumber) ?? [], reasons: r.problems })),
    unknownValues: read?.unknownValues ?? { applicantType: [], result: [] },
    applications: countRegister(casesOf(read?.rows.filter((r) => r.problems.length === 0) ?? []), year).applications,
  };
}

export type RegisterImportResult = { version: number; imported: number; skipped: number; toFix: number };

export async function confirmRegisterImport(ctx: Ctx, organId: string, year: number, upload: Upload, input: unknown): Promise<RegisterImportResult> {
  const opts = parseInput(ZConfirm, input, { ...OPTION_NAMES, decisions: '各行的处理', mode: '导入方式', baseVersion: '所依据的版本' }, '导入参数无效');
  await requireCaseAccess(ctx.db, ctx.actor, organId, true);
  const { problems, read } = await readWithMapping(upload, year, opts);
  if (!read) throw new ServerError(400, `列的对应关系有误：${problems.join('；')}`);
  const undecided = read.rows.filter((r) => r.problems.length > 0 && !opts.decisions[String(r.rowNumber)]);
  if (undecided.length > 0) {
    throw new ServerError(400, `以下行无法识别，请选择跳过或导入后修正：第${undecided.map((r) => r.rowNumber).join('、')}行`);
  }
  const kept = read.rows.filter((r) => r.problems.length === 0 || opts.decisions[String(r.rowNumber)] === 'fix');
  const imported = casesOf(kept);
  return ctx.db.transaction(async (tx) => {
    await requireCaseAccess(tx, ctx.actor, organId, true);
    const current = await findRegister(tx, organId, year, true);
    const detail = {
      filename: upload.filename, mode: opts.mode, imported: imported.length,
      skippedRows: read.rows.filter((r) => opts.decisions[String(r.rowNumber)] === 'skip').map((r) => r.rowNumber),
      toFixRows: kept.filter((r) => r.problems.length > 0).map((r) => r.rowNumber),
    };
    const result = { imported: imported.length, skipped: detail.skippedRows.length, toFix: detail.toFixRows.length };
    if (!current) {
      await insertRegister(tx, { id: randomUUID(), organId, year, cases: imported, actorId: ctx.actor.id, detail: { import: detail } });
      return { version: 1, ...result };
    }
    if (current.version !== opts.baseVersion) throw new ServerError(409, '台账已被他人修改，请刷新后重新导入');
    const cases = opts.mode === 'replace' ? imported : [...current.cases, ...imported];
    if (cases.length > MAX_CASES) throw new ServerError(400, `台账不超过${MAX_CASES}件`);
    const { version } = await storeRegisterVersion(tx, current, cases, ctx.actor.id, 'register.import', detail);
    if (current.feedsReport) await syncReportTable(tx, current, cases, ctx.actor.id);
    return { version, ...result };
  });
}

/** Rows to cases; a row imported for fixing keeps in its note what could not be read, so nothing is lost. */
function casesOf(rows: ImportRow[]): TCase[] {
  return rows.map((r) => {
    const unread = `导入时未能识别（第${r.rowNumber}行）：${r.problems.join('；')}`;
    const note = r.problems.length === 0 ? r.case.note : [r.case.note, unread].filter(Boolean).join('\n').slice(0, MAX_TEXT);
    return { ...r.case, id: randomUUID(), note };
  });
}
