import { describe, expect, it } from 'vitest';
import seed from './fixtures/seed-004.json';
import { isBlockPaste, parsePasteBlock, readPasteBlock, splitDelimited } from './paste-block';
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
    expect(block).toEqual({ cells: [['34', '10', '0', '4', '0', '5', '53']], labelColumns: 1, headerRows: 2, removed: 0 });
  });

  it('keeps a first data row whose numbers are all blank (labels only in the label column)', () => {
    const block = readPasteBlock(tsv([['规章', '', '', ''], ['行政规范性文件', 16, 24, 107]]));
    expect(block).toEqual({ cells: [['', '', ''], ['16', '24', '107']], labelColumns: 1, headerRows: 0, removed: 0 });
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
