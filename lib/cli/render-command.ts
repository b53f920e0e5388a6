// `cli render --format docx|pdf|html REPORT.json -o OUT [--draft]` — lays out a canonical report (spec §10).
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readCanonicalText } from '../domain/canonical';
import { buildDocumentModel } from '../render/document-model';
import { renderHtmlDocument } from '../render/html';
import { renderReport } from '../render/index';

const FORMATS = ['docx', 'pdf', 'html'] as const;
type Format = (typeof FORMATS)[number];
const USAGE = '用法：cli render --format docx|pdf|html 报告.json -o 输出文件 [--draft]\n';

export async function runRender(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      draft: { type: 'boolean', default: false },
    },
  });
  const format = values.format as Format | undefined;
  if (positionals.length !== 1 || !values.out || !format || !FORMATS.includes(format)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const [file] = positionals;
  const read = readCanonicalText(await readFile(file, 'utf8'));
  if (!read.ok) {
    for (const e of read.errors) process.stderr.write(`${file}：${e.path}：${e.message}\n`);
    return 2;
  }
  const draft = values.draft ?? false;
  const bytes =
    format === 'html'
      ? Buffer.from(renderHtmlDocument(buildDocumentModel(read.report, { draft })), 'utf8')
      : (await renderReport(read.report, format, { draft })).bytes;
  await writeFile(values.out, bytes);
  return 0;
}
