// `cli check [--json] [--previous FILE] FILE...` — prints findings, and apart from them the cells that could not
// be read and the rules they leave undecidable; exit 0 clean, 1 errors, 2 not a report or cannot be opened.
import { parseArgs } from 'node:util';
import { checkFiles, type FileResult } from '../checker/check-files';
import type { UnreadCell } from '../checker/judge';
import { UNDECIDABLE_LABEL } from '../domain/partial-knowledge';

const SEVERITY_LABEL = { error: '错误', warning: '警告' } as const;

function toJson(r: FileResult) {
  if (!r.ok) return { file: r.file, error: r.reason };
  return {
    file: r.file,
    organ: r.organ,
    year: r.year,
    findings: r.findings.map(({ rule, severity, message, cells }) => ({ rule, severity, message, cells })),
    unread: r.unread,
    undecidable: r.undecidable.map(({ rule, severity, subject, message, cells, unread }) => ({ rule, severity, subject, message, cells, unread })),
    ...(r.counts ? { cells: r.counts } : {}),
    ...(r.notes.length ? { notes: r.notes } : {}),
  };
}

/** One line per unread cell; one line for them all when they share a reason and offer nothing (a report before 2019). */
function unreadLines(unread: UnreadCell[]): string[] {
  const [first] = unread;
  if (unread.length > 1 && unread.every((u) => u.reason === first.reason && u.candidates.length === 0)) {
    return [`  [未能读取] 全部${unread.length}个单元格（${first.cell}等）：${first.reason}`];
  }
  return unread.map((u) => `  [未能读取] ${u.cell}：${u.reason}${u.candidates.length ? `（可能为${u.candidates.join('、')}）` : ''}`);
}

function toText(r: FileResult): string {
  if (!r.ok) return `${r.file}：无法检查——${r.reason}`;
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const unread = r.unread.length ? `，${r.unread.length}个单元格未能读取，${r.undecidable.length}项规则${UNDECIDABLE_LABEL}` : '';
  const lines = [`${r.file}：${r.organ} ${r.year}年度，错误${errors}项，警告${r.findings.length - errors}项${unread}`];
  for (const note of r.notes) lines.push(`  [说明] ${note}`);
  for (const f of r.findings) lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.rule} ${f.message}`);
  lines.push(...unreadLines(r.unread));
  for (const u of r.undecidable) lines.push(`  [${UNDECIDABLE_LABEL}] ${u.rule} ${u.message}`);
  return lines.join('\n');
}

export async function runCheck(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, previous: { type: 'string' } },
  });
  if (positionals.length === 0) {
    process.stderr.write('用法：cli check [--json] [--previous 上年报告] 报告文件...\n');
    return 2;
  }
  const { results, exitCode } = await checkFiles(positionals, values.previous);
  for (const r of results) if (!r.ok) process.stderr.write(`${r.file}：${r.reason}\n`);
  process.stdout.write(
    values.json ? `${JSON.stringify({ files: results.map(toJson) }, null, 2)}\n` : `${results.map(toText).join('\n')}\n`,
  );
  return exitCode;
}
