// `cli import [--json] FILE` — reads a published report (.txt .docx .html .pdf .json) into the canonical form.
// --json prints the canonical JSON with `reading` (each cell's reading) on stdout, warnings on stderr; without
// it, a summary. Exit 0 read, 2 not a report or cannot be opened.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCanonicalAnyEdition } from '../domain/edition-2019';
import { EDITION_LABEL } from '../domain/edition-label';
import { formatImportError, importReport } from '../import';
import { countReading } from '../import/reading';

export async function runImport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) {
    process.stderr.write('用法：cli import [--json] 报告文件（.txt .docx .html .pdf .json）\n');
    return 2;
  }
  const [file] = positionals;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`${file}：${code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? (e as Error).message}）`}\n`);
    return 2;
  }
  const result = await importReport({ bytes, filename: path.basename(file) });
  if (!result.ok) {
    process.stderr.write(`${file}：无法读取\n${result.errors.map((e) => `  ${formatImportError(e)}`).join('\n')}\n`);
    return 2;
  }
  const { report, edition, warnings, reading } = result;
  if (values.json) {
    for (const w of warnings) process.stderr.write(`${file}：${w}\n`);
    // The canonical form as written, with how each cell was read beside its tables (docs/reading.md).
    const canonical = writeCanonicalAnyEdition(report);
    process.stdout.write(reading ? canonical.replace(/\n?}\s*$/, `,\n  "reading": ${JSON.stringify(reading)}\n}\n`) : canonical);
    return 0;
  }
  const counts = reading ? countReading(reading) : null;
  const shown = counts ? `，单元格：原文${counts.read}、推算${counts.decoded}、空${counts.blank}、未能读取${counts.unread}` : '';
  const lines = [`${file}：${report.organ} ${report.year}年度（${EDITION_LABEL[edition]}）${shown}`];
  for (const w of warnings) lines.push(`  [注意] ${w}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
