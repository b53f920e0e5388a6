// The checker over files: findings per file, exit code 0 clean or warnings only, 1 errors, 2 unreadable.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import seed003 from '../domain/fixtures/seed-003.json';
import { checkFiles } from './check-files';
import { loadReportFile } from './load-report-file';

const SEED_003 = path.resolve(__dirname, '../domain/fixtures/seed-003.json');
const SEED_004 = path.resolve(__dirname, '../domain/fixtures/seed-004.json');
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'nianbao-checker-'));
  const broken = structuredClone(seed003);
  broken.tables.applications[0][0] = 2; // 一/自然人 1→2: 一+二 = 2 ≠ 三（七）+四 = 1, and 一's 总计 1 ≠ 2
  await writeFile(file('error.json'), JSON.stringify(broken));
  await writeFile(file('not-a-report.json'), JSON.stringify({ hello: 'world' }));
  await writeFile(file('bad.json'), '{ "format": ');
  await writeFile(file('report.txt'), 'text');
  await writeFile(file('report.xlsx'), 'PK');
  await writeFile(file('many-problems.json'), JSON.stringify({ format: 'national-2021', year: 'x', organ: 1, level: 'x', tables: {}, parts: 1 }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loadReportFile', () => {
  // Published reports in text, DOCX, HTML and PDF are read by the importer (lib/import; its tests cover them).
  it.each([
    ['missing.json', '文件不存在'],
    ['report.txt', '无法读取：未找到「二、主动公开政府信息情况」和「三、收到和处理政府信息公开申请情况」'],
    ['report.xlsx', '暂不支持读取.xlsx文件'],
    ['bad.json', '不是有效的年度报告数据：(根)：不是有效的 JSON'],
    ['not-a-report.json', '不是有效的年度报告数据：format：'],
  ])('%s → 「%s…」', async (name, reason) => {
    const loaded = await loadReportFile(file(name));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.reason).toContain(reason);
  });

  it('shows every problem when there are up to five', async () => {
    const loaded = await loadReportFile(file('not-a-report.json'));
    // format, year, organ, tables.
    expect(loaded.ok ? [] : loaded.reason.split('；')).toHaveLength(4);
  });

  it('shows five problems and counts the rest', async () => {
    const loaded = await loadReportFile(file('many-problems.json'));
    const reason = loaded.ok ? '' : loaded.reason;
    expect(reason).toMatch(/（另有\d+处）$/);
    expect(reason.split('；')).toHaveLength(5);
  });
});

describe('checkFiles', () => {
  it('exits 0 for seed 003 (no finding) and seed 004 (warnings only)', async () => {
    const { results, exitCode } = await checkFiles([SEED_003, SEED_004]);
    expect(exitCode).toBe(0);
    expect(results.map((r) => (r.ok ? [r.organ, r.year, r.findings.length] : r.reason))).toEqual([
      ['重庆市长寿区长寿湖镇人民政府', 2024, 0],
      ['重庆市荣昌区人民政府', 2021, 2],
    ]);
  });

  it('exits 1 when a file has an error finding', async () => {
    const { results, exitCode } = await checkFiles([SEED_003, file('error.json')]);
    expect(exitCode).toBe(1);
    const broken = results[1];
    expect(broken.ok && broken.findings.map((f) => f.rule)).toEqual(['APP-BALANCE', 'APP-ROW-TOTAL']);
  });

  it('exits 2 when any file is unreadable, and still checks the others', async () => {
    const { results, exitCode } = await checkFiles([file('error.json'), file('missing.json')]);
    expect(exitCode).toBe(2);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
  });

  it('exits 2 when last year\'s file is unreadable, naming it', async () => {
    const { results, exitCode } = await checkFiles([SEED_003], file('missing.json'));
    expect(exitCode).toBe(2);
    expect(results).toEqual([{ file: file('missing.json'), ok: false, reason: '文件不存在' }]);
  });
});
