import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, neutralizeFormula } from './spreadsheet-text';

describe('neutralizeFormula (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd|x', "'+cmd|x"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['长寿湖镇', '长寿湖镇'],
    ['4618.24', '4618.24'],
  ])('%j → %j', (text, out) => expect(neutralizeFormula(text)).toBe(out));

  it('leaves numbers and empty cells alone', () => {
    expect([neutralizeFormula(-3), neutralizeFormula(null)]).toEqual([-3, null]);
  });
});

describe('csvField and csvDocument', () => {
  it('quotes after neutralising', () => {
    expect(csvField('=A1,"x"')).toBe('"\'=A1,""x"""');
    expect(csvDocument([['a', 1], [null, '@x']])).toBe("\uFEFFa,1\r\n,'@x\r\n");
  });
});
