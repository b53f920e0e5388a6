import { describe, expect, it } from 'vitest';
import seed from './fixtures/seed-004.json';
import { composeApplicationSummary, insertApplicationSummary, isApplicationSummary } from './application-summary';
import { appKey, setCell } from './cells';
import { findBrokenRules } from './engine';
import type { TReport, TTables } from './model';
import { initialOverview } from './new-draft';
import { deriveTotals } from './totals';

const seedReport = seed as TReport;

// Seed 004, Table 2 totals column: 一 53, 二 4, 三（七） 57, 四 0; outcomes 27, 3, 0, 16, 6, 5.
const SEED_SUMMARY =
  '本年度，本机关新收政府信息公开申请53件，上年结转申请4件，办结57件，结转下年度继续办理0件。' +
  '其中，予以公开27件，占47.4%；部分公开3件，占5.3%；不予公开0件，占0.0%；' +
  '无法提供16件，占28.1%；不予处理6件，占10.5%；其他处理5件，占8.8%。';

function summaryOf(tables: TTables): string {
  const result = composeApplicationSummary(tables);
  if (!result.ok) throw new Error(`missing ${result.missing.join(', ')}`);
  return result.text;
}

/** Seed 004 with part 一 reduced to the sub-heading and the given paragraph (its own has a wrong share). */
function reportWithOverview(tables: TTables, paragraph: string): TReport {
  return {
    ...seedReport,
    tables: deriveTotals(tables),
    parts: { ...seedReport.parts!, overview: `（二）依申请公开\n${paragraph}` },
  };
}

const narrativeFindings = (report: TReport) =>
  findBrokenRules({ report }).filter((f) => f.rule === 'NARRATIVE-NUMBER');

describe('composeApplicationSummary', () => {
  it('states received, carried over, handled, carried out and each outcome with its share (seed 004)', () => {
    // 27/57 = 47.37 → 47.4; 3/57 = 5.26 → 5.3; 16/57 = 28.07 → 28.1; 6/57 = 10.53 → 10.5; 5/57 = 8.77 → 8.8
    expect(summaryOf(seedReport.tables)).toBe(SEED_SUMMARY);
  });

  it('derives the totals itself: a table with its total cells empty gives the same paragraph', () => {
    const entered = seedReport.tables.applications.map((row) => row.map((v, c) => (c === 6 ? null : v)));
    entered[23] = entered[23].map(() => null);
    expect(summaryOf({ ...seedReport.tables, applications: entered })).toBe(SEED_SUMMARY);
  });

  it('names another subject when asked (a region-wide report)', () => {
    const result = composeApplicationSummary(seedReport.tables, { subject: '全区' });
    expect(result.ok && result.text.startsWith('本年度，全区新收政府信息公开申请53件')).toBe(true);
  });

  it('leaves shares out when nothing was handled (no division by zero)', () => {
    const zeros = seedReport.tables.applications.map((row) => row.map(() => 0));
    expect(summaryOf({ ...seedReport.tables, applications: zeros })).toBe(
      '本年度，本机关新收政府信息公开申请0件，上年结转申请0件，办结0件，结转下年度继续办理0件。' +
        '其中，予以公开0件；部分公开0件；不予公开0件；无法提供0件；不予处理0件；其他处理0件。',
    );
  });

  it('rounds half up: 1 of 8 is 12.5%, 1 of 16 is 6.3%', () => {
    let tables = seedReport.tables;
    const rows = tables.applications.map((row) => row.map(() => 0));
    tables = { ...tables, applications: rows };
    tables = setCell(tables, appKey(0, 0), 16); // 一: 16 received
    tables = setCell(tables, appKey(2, 0), 1); // （一）予以公开 1 of 16
    tables = setCell(tables, appKey(3, 0), 2); // （二）部分公开 2 of 16
    tables = setCell(tables, appKey(22, 0), 13); // （六）3.其他 13
    const text = summaryOf(tables);
    expect(text).toContain('予以公开1件，占6.3%'); // 6.25
    expect(text).toContain('部分公开2件，占12.5%');
    expect(text).toContain('其他处理13件，占81.3%'); // 81.25
  });

  it('refuses, naming the cells, while an entry cell is empty or not a valid count', () => {
    let tables = setCell(seedReport.tables, appKey(0, 0), null);
    tables = setCell(tables, appKey(5, 2), 'abc');
    tables = setCell(tables, appKey(23, 0), null); // a total cell: derived, not needed
    expect(composeApplicationSummary(tables)).toEqual({ ok: false, missing: [appKey(0, 0), appKey(5, 2)] });
  });
});

describe('NARRATIVE-NUMBER reads the paragraph back', () => {
  it('finds every stated number consistent with the table it came from', () => {
    const report = reportWithOverview(seedReport.tables, SEED_SUMMARY);
    expect(narrativeFindings(report)).toEqual([]);
  });

  // Each number the rule reads: change it in the text and the rule must object. (「办结57件」, 三（七）总计,
  // has no category in the rule yet, so it is stated for the reader but not checked.)
  it.each([
    ['新收政府信息公开申请53件', '新收政府信息公开申请54件'],
    ['上年结转申请4件', '上年结转申请5件'],
    ['结转下年度继续办理0件', '结转下年度继续办理1件'],
    ['予以公开27件', '予以公开28件'],
    ['部分公开3件', '部分公开2件'],
    ['不予公开0件', '不予公开1件'],
    ['无法提供16件', '无法提供15件'],
    ['不予处理6件', '不予处理7件'],
    ['其他处理5件', '其他处理4件'],
    ['占47.4%', '占49.4%'],
    ['占8.8%', '占9.8%'], // seed 004's own mistake
  ])('reads 「%s」 (stating 「%s」 is caught)', (stated, wrong) => {
    const report = reportWithOverview(seedReport.tables, SEED_SUMMARY.replace(stated, wrong));
    const findings = narrativeFindings(report);
    expect(findings).toHaveLength(1);
    expect(findings[0].quote).toContain(wrong.replace(/^占/, ''));
  });

  it('catches the stale sentence once the table changes afterwards', () => {
    // One more 自然人 application received and granted: 一 53→54, （一）予以公开 27→28, 三（七） 57→58.
    let tables = setCell(seedReport.tables, appKey(0, 0), 35);
    tables = setCell(tables, appKey(2, 0), 16);
    const findings = narrativeFindings(reportWithOverview(tables, SEED_SUMMARY));
    const details = findings.map((f) => f.message);
    expect(details).toContainEqual(expect.stringContaining('叙述为53件，表格一、本年新收为54件，相差1'));
    expect(details).toContainEqual(expect.stringContaining('叙述为27件，表格（一）予以公开为28件，相差1'));
    // 3/58 = 5.17%, stated 5.3%: beyond the 0.1 point tolerance.
    expect(details).toContainEqual(expect.stringContaining('占比应为3÷58=5.2%，叙述为5.3%'));
    // Generating again brings the paragraph back in line.
    expect(narrativeFindings(reportWithOverview(tables, summaryOf(tables)))).toEqual([]);
  });
});

describe('insertApplicationSummary', () => {
  const P = SEED_SUMMARY;

  it.each([
    ['under （二） of a new report', initialOverview(), `（一）主动公开\n（二）依申请公开\n${P}\n（三）政府信息管理\n（四）平台建设\n（五）监督保障`],
    ['after the text already under （二）', '（一）主动公开\n（二）依申请公开\n已有说明。\n\n（三）政府信息管理', `（一）主动公开\n（二）依申请公开\n已有说明。\n${P}\n\n（三）政府信息管理`],
    ['after a heading that carries its text on the same line', '（二）依申请公开。本机关依法答复。', `（二）依申请公开。本机关依法答复。\n${P}`],
    ['at the end of the last sub-part', '（一）主动公开\n（二）依申请公开', `（一）主动公开\n（二）依申请公开\n${P}`],
    ['appended when there is no such sub-heading', '本年度工作综述。\n\n', `本年度工作综述。\n${P}`],
    ['as the whole text when part 一 is empty', '', P],
    ['in place of the paragraph generated before', `（二）依申请公开\n${P.replace('53件', '50件')}\n其他。`, `（二）依申请公开\n${P}\n其他。`],
  ])('%s', (_name, overview, expected) => {
    expect(insertApplicationSummary(overview, P)).toBe(expected);
  });

  it('recognises its own paragraph and nothing else', () => {
    expect(isApplicationSummary(P)).toBe(true);
    expect(isApplicationSummary('2021年，全区共受理政府信息公开申请57件（含上年度结转申请4件）')).toBe(false);
  });
});

describe('composeApplicationSummary and time limits (issue 16)', () => {
  const withTimeliness = (timeliness: { answered: number; late: number; provisional: number }) => {
    const result = composeApplicationSummary(seedReport.tables, { timeliness });
    if (!result.ok) throw new Error('incomplete');
    return result.text;
  };

  it('never claims the time limits were met without a register', () => {
    expect(summaryOf(seedReport.tables)).not.toContain('法定期限');
  });

  it('says 「均在法定期限内予以答复」 only when the register shows no late answer', () => {
    expect(withTimeliness({ answered: 57, late: 0, provisional: 0 })).toBe(`${SEED_SUMMARY}办结的申请均在法定期限内予以答复。`);
  });

  it('states the number answered late instead, in words NARRATIVE-NUMBER does not misread', () => {
    const text = withTimeliness({ answered: 57, late: 2, provisional: 0 });
    expect(text).toBe(`${SEED_SUMMARY}本年度有2件申请未在法定期限内答复。`);
    expect(text).not.toContain('均在法定期限内');
    expect(narrativeFindings(reportWithOverview(seedReport.tables, text))).toEqual([]);
  });

  it('says nothing on time limits when a due date rests on a year the calendar does not know', () => {
    expect(withTimeliness({ answered: 57, late: 0, provisional: 3 })).toBe(SEED_SUMMARY);
  });
});
