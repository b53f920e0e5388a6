import { describe, expect, it } from 'vitest';
import { checksToCsv, filterChecks, NO_FILTER, rulesIn, type FileCheck } from './batch-table';

const checks: FileCheck[] = [
  { file: '003.txt', ok: true, organ: '长寿湖镇', year: 2024, edition: 'national-2021', findings: [], warnings: [], cells: null, undecidable: [] },
  {
    file: '004.txt', ok: true, organ: '荣昌区', year: 2021, edition: 'national-2021', warnings: [], cells: null, undecidable: [],
    findings: [
      { rule: 'NARRATIVE-NUMBER', severity: 'warning', message: '占比应为5÷57=8.8%，叙述为9.8%' },
      { rule: 'FEE-STATEMENT-MISSING', severity: 'warning', message: '未说明信息处理费收取情况' },
    ],
  },
  {
    file: '=bad.txt', ok: true, organ: '某局', year: 2023, edition: 'national-2021', warnings: [], cells: null, undecidable: [],
    findings: [{ rule: 'APP-ROW-TOTAL', severity: 'error', message: '总计=5，各项之和=4, 相差"1"' }],
  },
  { file: 'scan.png', ok: false, reason: '暂不支持读取.png文件' },
];

const files = (shown: ReturnType<typeof filterChecks>) => shown.map((s) => [s.check.file, s.findings.map((f) => f.rule)]);

describe('filterChecks', () => {
  it.each([
    ['no filter: every file, every finding', NO_FILTER, [['003.txt', []], ['004.txt', ['NARRATIVE-NUMBER', 'FEE-STATEMENT-MISSING']], ['=bad.txt', ['APP-ROW-TOTAL']], ['scan.png', []]]],
    ['one rule: files with it, only it', { ...NO_FILTER, rule: 'FEE-STATEMENT-MISSING' }, [['004.txt', ['FEE-STATEMENT-MISSING']]]],
    ['errors only', { ...NO_FILTER, severity: 'error' }, [['=bad.txt', ['APP-ROW-TOTAL']]]],
    ['warnings only', { ...NO_FILTER, severity: 'warning' }, [['004.txt', ['NARRATIVE-NUMBER', 'FEE-STATEMENT-MISSING']]]],
    ['rule and severity that do not meet', { ...NO_FILTER, rule: 'APP-ROW-TOTAL', severity: 'warning' }, []],
    ['unreadable only', { ...NO_FILTER, readable: 'unreadable' }, [['scan.png', []]]],
    ['readable only', { ...NO_FILTER, readable: 'readable' }, [['003.txt', []], ['004.txt', ['NARRATIVE-NUMBER', 'FEE-STATEMENT-MISSING']], ['=bad.txt', ['APP-ROW-TOTAL']]]],
  ] as const)('%s', (_name, filter, expected) => {
    expect(files(filterChecks(checks, filter))).toEqual(expected);
  });

  it('offers the rules that fired, in order met', () => {
    expect(rulesIn(checks)).toEqual(['NARRATIVE-NUMBER', 'FEE-STATEMENT-MISSING', 'APP-ROW-TOTAL']);
  });
});

describe('checksToCsv', () => {
  const csv = checksToCsv(filterChecks(checks, NO_FILTER));

  it('starts with a BOM and writes one line per finding, one for a clean file and one for an unreadable one', () => {
    expect(csv.startsWith('\uFEFF文件,机关,年度,错误数,警告数,类别,规则,说明\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '文件,机关,年度,错误数,警告数,类别,规则,说明',
      '003.txt,长寿湖镇,2024,0,0,,,未发现问题',
      '004.txt,荣昌区,2021,0,2,警告,NARRATIVE-NUMBER,占比应为5÷57=8.8%，叙述为9.8%',
      '004.txt,荣昌区,2021,0,2,警告,FEE-STATEMENT-MISSING,未说明信息处理费收取情况',
      // Quotes and commas are quoted; a leading = is kept as text, not run as a formula.
      '\'=bad.txt,某局,2023,1,0,错误,APP-ROW-TOTAL,"总计=5，各项之和=4, 相差""1"""',
      'scan.png,,,,,无法读取,,暂不支持读取.png文件',
      '',
    ]);
  });

  it('writes only what the filter shows, with each file\'s full counts', () => {
    const only = checksToCsv(filterChecks(checks, { ...NO_FILTER, rule: 'FEE-STATEMENT-MISSING' }));
    expect(only.slice(1).split('\r\n')[1]).toBe('004.txt,荣昌区,2021,0,2,警告,FEE-STATEMENT-MISSING,未说明信息处理费收取情况');
    expect(only.slice(1).split('\r\n')).toHaveLength(3);
  });
});
