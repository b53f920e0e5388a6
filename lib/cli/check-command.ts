// `cli check [--json] [--previous FILE] FILE...` — prints findings; exit 0 clean, 1 errors, 2 unreadable.
import { parseArgs } from 'node:util';
import { checkFiles, type FileResult } from '../checker/check-files';

const SEVERITY_LABEL = { error: '错误', warning: '警告' } as const;

function toJson(r: FileResult) {
  if (!r.ok) return { file: r.file, error: r.reason };
  return {
    file: r.file,
    organ: r.organ,
    year: r.year,
    findings: r.findings.map(({ rule, severity, message, cells }) => ({ rule, severity, message, cells })),
  };
}

function toText(r: FileResult): string {
  if (!r.ok) return `${r.file}：无法检查——${r.reason}`;
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const lines = [`${r.file}：${r.organ} ${r.year}年度，错误${errors}项，警告${r.findings.length - errors}项`];
  for (const f of r.findings) lines.push(`  [${SEVERITY_LABEL[f.severity]}] ${f.rule} ${f.message}`);
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
