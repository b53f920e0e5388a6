// `cli import [--json] FILE` as a clerk or CI runs it; `cli check` on a published text.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'vitest';
import seed003 from '../domain/fixtures/seed-003.json';

const ROOT = path.resolve(__dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');
const SEED_003 = path.join(SHARED, 'seeds/003_45de351d9f0b6075.txt');
const CORPUS_07 = path.join(SHARED, 'corpus/07_pingtan_zone_2021.txt');
/** Reports from before the statutory tables (2017, 2017, 2018). */
const OLD_SEEDS = ['000_7ef3ec98eff50ee2.txt', '002_f1d1333ed414e61a.txt', '001_2d63126c8570951a.txt'].map((name) => path.join(SHARED, 'seeds', name));

type Run = { code: number | null; stdout: string; stderr: string };
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'lib/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe.concurrent('cli import', () => {
  it('prints the canonical form of seed 003 with --json (exit 0)', async ({ expect }) => {
    const run = await cli('import', '--json', SEED_003);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ format: 'national-2021', year: 2024, organ: seed003.organ, level: 'town', scope: 'organ' });
    expect(report.tables).toEqual(seed003.tables);
    expect(run.stdout).toContain('\n      [1, 0, 0, 0, 0, 0, 1],\n'); // writeCanonical: a table row on one line
  });

  it('reads a crawler\'s run-together page: each cell\'s reading beside the canonical tables', async ({ expect }) => {
    const run = await cli('import', '--json', CORPUS_07);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.tables.applications[0]).toEqual([64, 0, 0, 2, 0, 4, 70]);
    expect(out.reading.cells['一、本年新收政府信息公开申请数量 / 自然人']).toMatchObject({
      status: 'value', value: '64', method: 'sums', rules: ['APP-ROW-TOTAL'], evidence: { line: 10 },
    });
    expect(out.reading.cells['第二十条第（一）项 / 行政规范性文件 / 本年制发件数']).toMatchObject({
      status: 'unread', candidates: ['6', '69', '693', '6936'],
    });
    expect(run.stderr).toContain('须补填');
  });

  it('check accepts the published text and prints the same JSON shape', async ({ expect }) => {
    const run = await cli('check', '--json', SEED_003);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      files: [{ file: SEED_003, organ: seed003.organ, year: 2024, findings: [], unread: [], undecidable: [], cells: { read: 200, decoded: 0, blank: 0, unread: 0 } }],
    });
  });

  it('imports a report from before the statutory tables (exit 0, not 2): organ, year, every cell unread', async ({ expect }) => {
    const [json, summary] = await Promise.all([cli('import', '--json', OLD_SEEDS[0]), cli('import', OLD_SEEDS[0])]);
    expect([json.code, summary.code]).toEqual([0, 0]);
    const out = JSON.parse(json.stdout);
    expect(out).toMatchObject({ format: 'pre-2019', year: 2017, organ: '重庆市长寿区' });
    expect(new Set(Object.values(out.reading.cells).map((c) => JSON.stringify(c)))).toEqual(new Set([
      JSON.stringify({ status: 'unread', reason: '2019年以前的报告格式，没有此表', candidates: [], evidence: null }),
    ]));
    expect(summary.stdout).toContain('重庆市长寿区 2017年度（2019年以前的格式，没有法定统计表），单元格：原文0、推算0、空0、未能读取200');
  });

  it('checks reports from before the statutory tables with exit 0, and prints their whole JSON through a pipe', async ({ expect }) => {
    const [text, json] = await Promise.all([cli('check', ...OLD_SEEDS), cli('check', '--json', ...OLD_SEEDS)]);
    expect([text.code, json.code]).toEqual([0, 0]);
    expect(text.stdout).toContain('  [未能读取] 全部200个单元格（第二十条第（一）项 / 规章 / 本年制发件数等）：2019年以前的报告格式，没有此表\n');
    expect(text.stdout).not.toContain('VALUE-MISSING');
    expect(text.stdout).not.toContain('OUTDATED-FORMAT');
    // Over 64 KB: the process waits for stdout to drain before it exits.
    expect(json.stdout.length).toBeGreaterThan(65_536);
    const out = JSON.parse(json.stdout);
    expect(out.files.map((f: { year: number; findings: unknown[]; unread: unknown[] }) => [f.year, f.findings.length, f.unread.length]))
      .toEqual([[2017, 0, 200], [2017, 0, 200], [2018, 0, 200]]);
  });
});
