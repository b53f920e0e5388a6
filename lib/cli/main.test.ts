// The checker CLI as a clerk or CI runs it: `npx tsx lib/cli/main.ts check [--json] [--previous FILE] FILE...`.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import seed003 from '../domain/fixtures/seed-003.json';

const ROOT = path.resolve(__dirname, '../..');
const SEED_003 = 'lib/domain/fixtures/seed-003.json';
const SEED_004 = 'lib/domain/fixtures/seed-004.json';

type Run = { code: number | null; stdout: string; stderr: string };

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'lib/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

let dir: string;
const tmp = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'nianbao-cli-'));
  const broken = structuredClone(seed003);
  broken.tables.litigation[4] = 1; // 行政复议 总计 1, 0+0+0+0 = 0
  await writeFile(tmp('error.json'), JSON.stringify(broken));
  await writeFile(tmp('not-a-report.json'), JSON.stringify({ name: 'package', version: '1.0.0' }));
  const previous = structuredClone(seed003);
  previous.year = 2023;
  previous.tables.applications[24] = [2, 0, 0, 0, 0, 0, 2]; // last year carried 2 over; this year's 二 is 0
  await writeFile(tmp('previous.json'), JSON.stringify(previous));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// Each test spawns its own process (~1.5 s): run them side by side, with the test's own expect.
describe.concurrent('cli check', () => {
  it('exits 0 for seed 003 and prints its summary', async ({ expect }) => {
    const run = await cli('check', SEED_003);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('重庆市长寿区长寿湖镇人民政府 2024年度，错误0项，警告0项');
  });

  it('exits 0 for seed 004: two warnings, no error', async ({ expect }) => {
    const run = await cli('check', SEED_004);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('错误0项，警告2项');
    expect(run.stdout).toContain('[警告] NARRATIVE-NUMBER 一、总体情况「其他处理，5件，占9.8%」');
  });

  it('exits 1 for a file with an error finding', async ({ expect }) => {
    const run = await cli('check', tmp('error.json'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[错误] LITIGATION-TOTAL 行政复议：总计=1，结果维持+结果纠正+其他结果+尚未审结=0，相差1');
  });

  it('exits 2 for a missing file, naming it on stderr', async ({ expect }) => {
    const missing = tmp('no-such-report.json');
    const run = await cli('check', missing);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${missing}：文件不存在`);
  });

  it('exits 2 for JSON that is not a report, naming the file on stderr', async ({ expect }) => {
    const run = await cli('check', tmp('not-a-report.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${tmp('not-a-report.json')}：不是有效的年度报告数据`);
  });

  it('exits 2 without a file or with an unknown command', async ({ expect }) => {
    const [noFile, unknown] = await Promise.all([cli('check'), cli('publish')]);
    expect([noFile.code, unknown.code]).toEqual([2, 2]);
    expect(noFile.stderr).toContain('用法：cli check');
  });

  it('prints {"files":[{"file","organ","year","findings":[{"rule","severity","message","cells"}],"unread","undecidable"}]} with --json', async ({ expect }) => {
    const run = await cli('check', '--json', SEED_004, tmp('error.json'));
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['files']);
    // Canonical JSON has every cell as given: nothing unread, no cells counted (a print read from text has them).
    expect(out.files.map((f: object) => Object.keys(f))).toEqual([
      ['file', 'organ', 'year', 'findings', 'unread', 'undecidable'],
      ['file', 'organ', 'year', 'findings', 'unread', 'undecidable'],
    ]);
    const [seed, broken] = out.files;
    expect(seed).toMatchObject({ file: SEED_004, organ: '重庆市荣昌区人民政府', year: 2021 });
    expect(seed.findings.map((f: object) => Object.keys(f))).toEqual([['rule', 'severity', 'message', 'cells'], ['rule', 'severity', 'message', 'cells']]);
    expect(seed.findings.map((f: { rule: string; severity: string }) => [f.rule, f.severity]))
      .toEqual([['NARRATIVE-NUMBER', 'warning'], ['FEE-STATEMENT-MISSING', 'warning']]);
    expect(broken.findings).toEqual([{
      rule: 'LITIGATION-TOTAL', severity: 'error',
      message: '行政复议：总计=1，结果维持+结果纠正+其他结果+尚未审结=0，相差1',
      cells: ['行政复议 / 总计', '行政复议 / 结果维持', '行政复议 / 结果纠正', '行政复议 / 其他结果', '行政复议 / 尚未审结'],
    }]);
  });

  it('judges CARRY-OVER-MISMATCH with --previous (a warning: still exit 0)', async ({ expect }) => {
    const run = await cli('check', '--json', '--previous', tmp('previous.json'), SEED_003);
    expect(run.code).toBe(0);
    const [file] = JSON.parse(run.stdout).files;
    expect(file.findings).toEqual([
      { rule: 'CARRY-OVER-MISMATCH', severity: 'warning', message: '自然人：本年“二、上年结转”=0，上年“四、结转下年度继续办理”=2，相差2',
        cells: ['二、上年结转政府信息公开申请数量 / 自然人'] },
      { rule: 'CARRY-OVER-MISMATCH', severity: 'warning', message: '总计：本年“二、上年结转”=0，上年“四、结转下年度继续办理”=2，相差2',
        cells: ['二、上年结转政府信息公开申请数量 / 总计'] },
    ]);
  });

  it('finds no CARRY-OVER-MISMATCH for the same file without --previous', async ({ expect }) => {
    const run = await cli('check', '--json', SEED_003);
    expect(JSON.parse(run.stdout).files[0].findings).toEqual([]);
  });

  it('exits 1, not 2, for a report from before the statutory tables beside a file with an error finding', async ({ expect }) => {
    const run = await cli('check', path.resolve(ROOT, '../shared/seeds/000_7ef3ec98eff50ee2.txt'), tmp('error.json'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('重庆市长寿区 2017年度，错误0项，警告0项，200个单元格未能读取，42项规则无法判断');
  });
});
