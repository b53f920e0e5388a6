// The proof that office software reads the DOCX: LibreOffice converts it and its text holds the tables.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCanonical } from '@/lib/domain/canonical';
import { buildDocumentModel } from './document-model';
import { renderDocx } from './docx';
import { CLOSING, findInOrder, OPENING, pdfText, printedTableTexts, SEEDS, stripSpace, textLines } from './test-support';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-soffice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasSoffice)('LibreOffice reading the DOCX', () => {
  it('converts seed 004 to PDF whose text holds every table label and number in order', { timeout: 120_000 }, async () => {
    const report = SEEDS['004'];
    const docx = path.join(dir, 'seed-004.docx');
    writeFileSync(docx, await renderDocx(buildDocumentModel(report, { draft: true }), writeCanonical(report)));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { stdio: 'ignore', timeout: 115_000 },
    );
    const text = pdfText(path.join(dir, 'seed-004.pdf'));
    const flat = stripSpace(text);
    const printed = printedTableTexts(report);
    expect(findInOrder(flat, printed.active.filter(Boolean)).missing).toBeNull();
    // LibreOffice sets the merged 「三、本年度办理结果」 in its column beside the rows: looked for on its own.
    const apps = printed.applications.filter((t) => t && t !== '三、本年度办理结果');
    expect(findInOrder(flat, apps).missing).toBeNull();
    expect(flat).toContain('三、本年度办理结果');
    expect(findInOrder(flat, printed.litigation.filter(Boolean)).missing).toBeNull();
    // clreq (spec §8) as LibreOffice breaks the lines: 「三、」 stays together in its narrow column.
    expect(textLines(text).filter((l) => CLOSING.test(l))).toEqual([]);
    expect(textLines(text).filter((l) => OPENING.test(l))).toEqual([]);
    expect(text).toMatch(/— 1 —/);
    expect(text).toContain('草稿');
  });
});
