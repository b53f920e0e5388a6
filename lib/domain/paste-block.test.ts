import { describe, expect, it } from 'vitest';
import seed from './fixtures/seed-004.json';
import { appKey, setCell } from './cells';
import type { TTables } from './model';
import { disagreeingTotals, isBlockPaste, parsePasteBlock, placePasteRows, readPasteBlock, splitDelimited } from './paste-block';
import { template } from './template';

const tsv = (rows: (string | number | null)[][], eol = '\r\n') =>
  rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join('\t')).join(eol) + eol;

const table2 = seed.tables.applications as number[][];
const rowLabels = template.applications.rows.map((r) => r.label);

describe('isBlockPaste', () => {
  it.each([
    ['12', false],
    ['12\r\n', false], // Excel copies one cell with a line end
    ['１２\n', false],
    ['1\t2', true],
    ['1\r\n2\r\n', true],
    ['1\n2', true],
    ['1\r2', true],
  ])('%j → %s', (text, expected) => {
    expect(isBlockPaste(text)).toBe(expected);
  });
});

describe('splitDelimited', () => {
  it.each([
    ['CRLF with a final line end', '1\t2\r\n3\t4\r\n', [['1', '2'], ['3', '4']]],
    ['LF', '1\t2\n3\t4', [['1', '2'], ['3', '4']]],
    ['CR (old WPS)', '1\t2\r3\t4\r', [['1', '2'], ['3', '4']]],
    ['empty cells kept', '\t5\t\r\n', [['', '5', '']]],
    ['a blank line is a row of one empty cell', '1\n\n2', [['1'], [''], ['2']]],
    ['quoted cell with a line break and a tab', '"a\nb\tc"\t2', [['a\nb\tc', '2']]],
    ['doubled quotes inside a quoted cell', '"say ""12"""\t3', [['say "12"', '3']]],
    ['a quote inside an unquoted cell is literal', 'a"b\t3', [['a"b', '3']]],
    ['an opening quote that never closes is literal', '"12\t3', [['"12', '3']]],
    ['spaces are not trimmed', ' 1 \t２', [[' 1 ', '２']]],
  ])('%s', (_name, text, expected) => {
    expect(splitDelimited(text)).toEqual(expected);
  });
});

describe('readPasteBlock', () => {
  it('takes a plain block of numbers as it is', () => {
    const block = readPasteBlock(tsv(table2));
    expect(block).toMatchObject({ labelColumns: 0, headerRows: 0 });
    expect(block.cells).toEqual(table2.map((r) => r.map(String)));
  });

  it('drops the row-label column copied along with Table 2 (seed 004)', () => {
    const withLabels = table2.map((r, i) => [rowLabels[i], ...r]);
    const block = readPasteBlock(tsv(withLabels));
    expect(block.labelColumns).toBe(1);
    expect(block.cells).toEqual(table2.map((r) => r.map(String)));
  });

  it('drops the three label columns of the printed layout, merged cells copied as blanks', () => {
    const rows = template.applications.rows;
    const withLabels = table2.map((r, i) => {
      const row = rows[i];
      const firstOfSection = row.section && rows[i - 1]?.section !== row.section;
      const firstOfGroup = row.group && rows[i - 1]?.group !== row.group;
      return [firstOfSection ? row.section! : '', firstOfGroup ? row.group! : '', row.label, ...r];
    });
    const block = readPasteBlock(tsv(withLabels));
    expect(block.labelColumns).toBe(3);
    expect(block.cells[0]).toEqual(['34', '10', '0', '4', '0', '5', '53']);
  });

  it('drops header rows that put labels over the number columns', () => {
    const header1 = ['', '自然人', '法人或其他组织', '', '', '', '', '总计'];
    const header2 = ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''];
    const data = [['一、本年新收政府信息公开申请数量', 34, 10, 0, 4, 0, 5, 53]];
    const block = readPasteBlock(tsv([header1, header2, ...data]));
    expect(block).toEqual({
      cells: [['34', '10', '0', '4', '0', '5', '53']], labelColumns: 1, labels: ['一、本年新收政府信息公开申请数量'], headerRows: 2, removed: 0,
    });
  });

  it('keeps a first data row whose numbers are all blank (labels only in the label column)', () => {
    const block = readPasteBlock(tsv([['规章', '', '', ''], ['行政规范性文件', 16, 24, 107]]));
    expect(block).toEqual({ cells: [['', '', ''], ['16', '24', '107']], labelColumns: 1, labels: ['规章', '行政规范性文件'], headerRows: 0, removed: 0 });
  });

  it('reads full-width digits, thousands separators and units as numbers, not labels', () => {
    const block = readPasteBlock(tsv([['１２', '1,234', '12件', '4618.24', '/', '-3']]));
    expect(block).toMatchObject({ labelColumns: 0, headerRows: 0 });
    expect(block.cells).toEqual([['１２', '1,234', '12件', '4618.24', '/', '-3']]);
  });

  it('never drops a block made only of text: the clerk meant to paste it', () => {
    expect(parsePasteBlock('abc\tdef\r\n')).toEqual([['abc', 'def']]);
    expect(parsePasteBlock('无\n无')).toEqual([['无'], ['无']]);
  });

  it('keeps a text cell among numbers where it is (it is a value, wrongly typed, not a label)', () => {
    expect(parsePasteBlock('1\tabc\n2\t3')).toEqual([['1', 'abc'], ['2', '3']]);
  });

  it('keeps ragged rows ragged (Table 1 copied block by block)', () => {
    const text = tsv([['规章', 0, 0, 0], ['行政规范性文件', 16, 24, 107], ['行政许可', 122133]]);
    expect(parsePasteBlock(text)).toEqual([['0', '0', '0'], ['16', '24', '107'], ['122133']]);
  });

  it('reads Table 3 as one row of fifteen', () => {
    const lit = seed.tables.litigation.map(String);
    expect(parsePasteBlock(`${lit.join('\t')}\n`)).toEqual([lit]);
  });

  it('takes out control characters (NUL…) and broken characters, and counts them', () => {
    const block = readPasteBlock('1\u0000\t2\r\n\u00073\t4\uD800\r\n');
    expect([block.cells, block.removed]).toEqual([[['1', '2'], ['3', '4']], 3]);
  });
});

describe('a paste never shifts a row (issue 13)', () => {
  const rows = template.applications.rows;
  const numbers = (r: number) => table2[r].map(String);
  const label1 = (r: number) => [rows[r].label];
  /** The printed layout copied from Word or an Excel sheet of it: merged cells copy as blanks. */
  const label3 = (r: number) => {
    const row = rows[r];
    const firstOfSection = row.section !== undefined && rows[r - 1]?.section !== row.section;
    const firstOfGroup = row.group !== undefined && rows[r - 1]?.group !== row.group;
    const section = firstOfSection ? row.section! : '';
    if (!row.section) return [row.label, '', ''];
    if (!row.group) return [section, row.label, ''];
    return [section, firstOfGroup ? row.group! : '', row.label];
  };
  const noLabels = () => [];
  type Labels = (r: number) => string[];
  const block = (labels: Labels, which: number[] = table2.map((_, r) => r)) => which.map((r) => [...labels(r), ...numbers(r)]);
  const all = table2.map((_, r) => r);
  const header = ['', '', '', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

  /** Where each line of the pasted text lands, row by row: the row's numbers, or the refusal. */
  function landing(text: string, startRow = 0): Map<number, string[]> | string {
    const read = readPasteBlock(text);
    const placement = placePasteRows('applications', startRow, read);
    if (!placement.ok) return placement.message;
    const landed = new Map<number, string[]>();
    placement.rows.forEach((row, i) => typeof row === 'number' && landed.set(row, read.cells[i]));
    return landed;
  }
  /** Each row of `expected` received its own numbers and no other row received any. */
  const onTheirRows = (expected: number[]) => new Map(expected.map((r) => [r, numbers(r)]));

  it.each<[string, string, number, number[] | string]>([
    ['no labels, ending in \\r\\n\\r\\n', tsv(block(noLabels)) + '\r\n', 0, all],
    ['no labels, ending in a tab-only line', tsv([...block(noLabels), ['', '', '', '', '', '', '']]), 0, all],
    ['one label column, ending in \\r\\n\\r\\n', tsv(block(label1)) + '\r\n', 0, all],
    ['one label column, ending in a tab-only line', tsv([...block(label1), ['', '', '', '', '', '', '', '']]), 0, all],
    ['three label columns, ending in blank lines', tsv(block(label3)) + '\r\n\r\n', 0, all],
    ['three label columns with the column headings, ending in a tab-only line', tsv([header, ...block(label3), ['\t']]), 0, all],
    ['labels, pasted with the focus on another row', tsv(block(label1)), 5, all],
    ['labels, one row too few (a sheet without （四）1.)', tsv(block(label3, all.filter((r) => r !== 12))), 0, all.filter((r) => r !== 12)],
    ['labels, one row too few (no （七）总计), pasted on 二', tsv(block(label1, all.filter((r) => r !== 0 && r !== 23))), 1, all.filter((r) => r !== 0 && r !== 23)],
    ['labels, one row too many: a heading line between the rows', tsv([...block(label1, all.slice(0, 12)), ['（四）无法提供'], ...block(label1, all.slice(12))]), 0, all],
    ['labels, one row too many with numbers', tsv([...block(label1), ['五、其他', '1', '2', '3', '4', '5', '6', '21']]), 0, '第26行「五、其他」不是表二的行，未粘贴'],
    ['three label columns, one row too many with numbers', tsv([header, ...block(label3), ['合计', '', '', '1', '2', '3', '4', '5', '6', '21']]), 0, '第27行「合计」不是表二的行，未粘贴'],
    ['labels, the same row twice', tsv(block(label1, [0, 1, 1])), 0, '第3行「二、上年结转政府信息公开申请数量」与第2行是表二的同一行，未粘贴'],
    ['labels written differently: 「1、」, spaces, a shortened label', tsv([['1、属于 国家秘密', ...numbers(4)], ['（二）部分公开', ...numbers(3)]]), 0, [4, 3]],
  ])('%s', (_name, text, startRow, expected) => {
    const landed = landing(text, startRow);
    if (typeof expected === 'string') expect(landed).toBe(expected);
    else expect(landed).toEqual(onTheirRows(expected));
  });

  it('「四、结转下年度继续办理」 never receives （七）总计\'s numbers, with 0, 1 or 3 label columns', () => {
    const sevenTotal = numbers(23);
    expect(sevenTotal).toEqual(['38', '10', '0', '4', '0', '5', '57']);
    for (const labels of [noLabels, label1, label3]) {
      for (const ending of ['\r\n', '\t\t\t\t\t\t\t\r\n', '\r\n\r\n']) {
        const landed = landing(tsv(block(labels)) + ending) as Map<number, string[]>;
        expect(landed.get(24)).toEqual(numbers(24));
        expect(landed.get(23)).toEqual(sevenTotal);
      }
    }
  });

  it('the clerk\'s own labels (none of the table\'s) leave the block to fill from the focused row', () => {
    const text = tsv([['甲', '1', '2'], ['乙', '3', '4']]);
    expect(landing(text, 4)).toEqual(new Map([[4, ['1', '2']], [5, ['3', '4']]]));
  });
});

describe('disagreeingTotals', () => {
  let tables = seed.tables as unknown as TTables;
  tables = setCell(tables, appKey(0, 6), null);
  it.each<[string, string, { pasted: number; sum: number }[]]>([
    ['a total that is its sum', '53', []],
    ['a total that is not (54 against 53)', '54', [{ pasted: 54, sum: 53 }]],
    ['a full-width total', '５４', [{ pasted: 54, sum: 53 }]],
    ['a blank total', '', []],
    ['a total that is not a number', '总计', []],
  ])('%s', (_name, text, expected) => {
    expect(disagreeingTotals(tables, [{ key: appKey(0, 6), text }])).toEqual(expected.map((d) => ({ key: appKey(0, 6), ...d })));
  });

  it('cannot check a total whose parts are not all numbers', () => {
    expect(disagreeingTotals(setCell(tables, appKey(0, 0), null), [{ key: appKey(0, 6), text: '54' }])).toEqual([]);
  });
});
