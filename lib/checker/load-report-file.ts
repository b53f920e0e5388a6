// Reads a report file for the checker: canonical JSON of either edition, or a published report as
// .txt, .docx, .html/.htm or .pdf through the importer (our own DOCX/PDF exports by their embedded JSON).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCanonicalTextAnyEdition, type TAnyReport } from '../domain/edition-2019';
import type { Reading } from '../import/reading';

/** `reading`: each cell as read from a print (null for canonical data, where every cell is as given). */
export type LoadedReport = { ok: true; report: TAnyReport; warnings: string[]; reading: Reading | null } | { ok: false; reason: string };

const IMPORTABLE = new Set(['.txt', '.text', '.md', '.docx', '.html', '.htm', '.shtml', '.pdf']);

function listed(problems: string[]): string {
  const more = problems.length > 5 ? `（另有${problems.length - 5}处）` : '';
  return `${problems.slice(0, 5).join('；')}${more}`;
}

// The importer is loaded on the first printed report only; a dynamic import() per file costs a module
// resolution each time (a round trip to the loader thread under tsx), a sizeable part of checking a file.
let importerModule: Promise<typeof import('../import')> | null = null;
const importer = () => (importerModule ??= import('../import'));

/** `previous`: last year's report, which helps decide run-together cells of this one. */
export async function loadReportFile(file: string, previous?: TAnyReport): Promise<LoadedReport> {
  let bytes: Buffer;
  try {
    // Synchronous: one small file at a time, and fs/promises' open, stat, read and close each cost a trip
    // through the thread pool, more than the read itself.
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? (e as Error).message}）` };
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') {
    const result = readCanonicalTextAnyEdition(bytes.toString('utf8'));
    if (result.ok) return { ok: true, report: result.report, warnings: [], reading: null };
    return { ok: false, reason: `不是有效的年度报告数据：${listed(result.errors.map((e) => `${e.path}：${e.message}`))}` };
  }
  if (!IMPORTABLE.has(ext)) {
    return { ok: false, reason: `暂不支持读取${ext || '无扩展名'}文件，请提供 .json、.txt、.docx、.html 或 .pdf 文件` };
  }
  const { formatImportError, importReport } = await importer();
  const imported = await importReport({ bytes, filename: path.basename(file), previous });
  if (imported.ok) return { ok: true, report: imported.report, warnings: imported.warnings, reading: imported.reading };
  return { ok: false, reason: `无法读取：${listed(imported.errors.map(formatImportError))}` };
}
