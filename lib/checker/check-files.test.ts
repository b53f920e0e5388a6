// The checker over files: findings per file, exit code 0 clean or warnings only, 1 errors, 2 unreadable.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import seed003 from '../domain/fixtures/seed-003.json';
import { CELLS } from '../domain/cells';
import { PRE_2019_REASON } from '../domain/pre-2019';
import { checkFiles, type FileResult } from './check-files';
import { loadReportFile } from './load-report-file';

const SEED_003 = path.resolve(__dirname, '../domain/fixtures/seed-003.json');
const SEED_004 = path.resolve(__dirname, '../domain/fixtures/seed-004.json');
/** Seeds 000–002: reports from before the statutory tables (2017, 2018). */
const OLD_SEEDS = ['000_7ef3ec98eff50ee2.txt', '001_2d63126c8570951a.txt', '002_f1d1333ed414e61a.txt'].map((name) => path.resolve(__dirname, '../../../shared/seeds', name));
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
  const { importReport } = await import('../import');
  const old = await importReport({ bytes: await readFile(OLD_SEEDS[1]), filename: 'old.txt' });
  if (!old.ok) throw new Error('seed 001 not read');
  await writeFile(file('old.json'), JSON.stringify(old.report));
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

describe('checkFiles on reports from before the statutory tables', () => {
  /** The table rules it could not judge: rule ids, each with its count of instances. */
  function undecidableRules(r: FileResult): [string, number][] {
    const counts = new Map<string, number>();
    if (r.ok) for (const u of r.undecidable) counts.set(u.rule, (counts.get(u.rule) ?? 0) + 1);
    return [...counts];
  }

  it('reads seeds 000–002, finds nothing on their tables, and says every table rule cannot be judged (exit 0)', async () => {
    const { results, exitCode } = await checkFiles(OLD_SEEDS);
    expect(exitCode).toBe(0);
    expect(results.map((r) => (r.ok ? [r.organ, r.year, r.findings] : r.reason))).toEqual([
      ['重庆市长寿区', 2017, []],
      ['重庆市长寿区', 2018, []],
      ['重庆市', 2017, []],
    ]);
    for (const r of results) {
      if (!r.ok) continue;
      expect(r.unread).toEqual(CELLS.map((c) => ({ cell: c.name, reason: PRE_2019_REASON, candidates: [] })));
      expect(r.counts).toEqual({ read: 0, decoded: 0, blank: 0, unread: CELLS.length });
      // 7 columns + 25 rows + 7 columns + 3 groups (spec §6); no cross-year rule without last year's report.
      expect(undecidableRules(r)).toEqual([['APP-BALANCE', 7], ['APP-ROW-TOTAL', 25], ['APP-RESULT-TOTAL', 7], ['LITIGATION-TOTAL', 3]]);
    }
  });

  it('judges the same canonical JSON (no reading beside it) the same way', async () => {
    const [fromText, fromJson] = (await checkFiles([OLD_SEEDS[1], file('old.json')])).results;
    expect(fromJson.ok && fromText.ok).toBe(true);
    if (fromJson.ok && fromText.ok) {
      expect(fromJson.findings).toEqual(fromText.findings);
      expect(fromJson.unread).toEqual(fromText.unread);
      expect(fromJson.undecidable).toEqual(fromText.undecidable);
      expect(fromJson.counts).toBeNull();
    }
  });

  it('with a pre-2019 report as last year\'s, the cross-year rules cannot be judged either', async () => {
    const { results, exitCode } = await checkFiles([OLD_SEEDS[1]], OLD_SEEDS[0]);
    expect(exitCode).toBe(0);
    expect(undecidableRules(results[0])).toContainEqual(['CARRY-OVER-MISMATCH', 7]);
    expect(results[0].ok && results[0].findings).toEqual([]);
  });

  describe('last year\'s report must be the same organ\'s, of the year before', () => {
    /** Seed 003 (2024) as last year's report that carried 2 over, where this year's 二 is 0: CARRY-OVER-MISMATCH. */
    const previousAs = async (name: string, organ: string, year: number) => {
      const previous = { ...structuredClone(seed003), organ, year };
      previous.tables.applications[24] = [2, 0, 0, 0, 0, 0, 2];
      await writeFile(file(name), JSON.stringify(previous));
      return file(name);
    };
    const rulesOf = (r: FileResult) => (r.ok ? r.findings.map((f) => f.rule) : []);

    it('uses it when it is: the organ named with or without the region above it', async () => {
      for (const organ of ['重庆市长寿区长寿湖镇人民政府', '长寿区长寿湖镇人民政府']) {
        const [r] = (await checkFiles([SEED_003], await previousAs('prev-ok.json', organ, 2023))).results;
        expect(rulesOf(r)).toEqual(['CARRY-OVER-MISMATCH', 'CARRY-OVER-MISMATCH']);
        expect(r.ok && r.notes).toEqual([]);
      }
    });

    it.each([
      ['another year', '重庆市长寿区长寿湖镇人民政府', 2021, '所给上年报告为「重庆市长寿区长寿湖镇人民政府」2021年度'],
      ['another organ', '重庆市长寿区但渡镇人民政府', 2023, '所给上年报告为「重庆市长寿区但渡镇人民政府」2023年度'],
    ])('does not use it, and says so, when it is %s', async (_name, organ, year, says) => {
      const [r] = (await checkFiles([SEED_003], await previousAs('prev-wrong.json', organ, year))).results;
      expect(rulesOf(r)).toEqual([]);
      expect(r.ok && r.notes).toEqual([`${says}，不是本报告（「重庆市长寿区长寿湖镇人民政府」2024年度）同一机关的上一年度，未用于读取和跨年度核对`]);
      // Judged as without last year's report: the cross-year rules are simply not judged.
      const [alone] = (await checkFiles([SEED_003])).results;
      expect(r.ok && alone.ok && r.undecidable).toEqual(alone.ok && alone.undecidable);
    });
  });
});
