// Reads a report file for the checker. Canonical JSON today; published DOCX/HTML/text/PDF join here later.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readCanonicalText } from '../domain/canonical';
import type { TReport } from '../domain/model';

export type LoadedReport = { ok: true; report: TReport } | { ok: false; reason: string };

export async function loadReportFile(file: string): Promise<LoadedReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? (e as Error).message}）` };
  }
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.json') return { ok: false, reason: `暂不支持读取${ext || '无扩展名'}文件，请提供规范 JSON（.json）` };
  const result = readCanonicalText(text);
  if (result.ok) return result;
  const shown = result.errors.slice(0, 5).map((e) => `${e.path}：${e.message}`);
  const more = result.errors.length > 5 ? `（另有${result.errors.length - 5}处）` : '';
  return { ok: false, reason: `不是有效的年度报告数据：${shown.join('；')}${more}` };
}
