import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDisposition, renderReport, reportFilename } from './index';
import { readEmbeddedJsonFromDocx } from '@/lib/embedded/docx-custom-xml';
import { readEmbeddedJsonFromPdf } from '@/lib/embedded/pdf-attachment';
import { SEEDS } from './test-support';
import { writeCanonical } from '@/lib/domain/canonical';

describe('download names', () => {
  it.each([
    [{ organ: '重庆市荣昌区人民政府', year: 2021 }, 'pdf', '重庆市荣昌区人民政府2021年政府信息公开工作年度报告.pdf'],
    [{ organ: '重庆市长寿区长寿湖镇人民政府', year: 2024 }, 'docx', '重庆市长寿区长寿湖镇人民政府2024年政府信息公开工作年度报告.docx'],
    [{ organ: 'A/B:C*机关', year: 2022 }, 'pdf', 'A_B_C_机关2022年政府信息公开工作年度报告.pdf'],
  ] as const)('names %j as 「%s」', (report, format, name) => {
    expect(reportFilename(report, format)).toBe(name);
  });

  it('writes an RFC 5987 Content-Disposition with an ASCII fallback', () => {
    expect(contentDisposition('重庆市荣昌区人民政府2021年政府信息公开工作年度报告.pdf')).toBe(
      `attachment; filename="report.pdf"; filename*=UTF-8''${encodeURIComponent('重庆市荣昌区人民政府2021年政府信息公开工作年度报告')}.pdf`,
    );
    expect(contentDisposition('report (1).docx')).toBe(`attachment; filename="report (1).docx"; filename*=UTF-8''report%20%281%29.docx`);
    expect(contentDisposition('a"b.pdf')).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''a%22b.pdf`);
  });
});

describe('renderReport', () => {
  it.each(['docx', 'pdf'] as const)('renders %s with its name, type and embedded JSON', async (format) => {
    const file = await renderReport(SEEDS['004'], format, { draft: true });
    expect(file.filename).toBe(`重庆市荣昌区人民政府2021年政府信息公开工作年度报告.${format}`);
    expect(file.contentType).toBe(format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.bytes.subarray(0, 4).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
    const json = format === 'pdf' ? await readEmbeddedJsonFromPdf(file.bytes) : readEmbeddedJsonFromDocx(file.bytes);
    expect(json).toBe(writeCanonical(SEEDS['004']));
  });
});

describe('cli render', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const seed = path.resolve('lib/domain/fixtures/seed-003.json');
  const cli = (...args: string[]) =>
    promisify(execFile)(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'lib/cli/main.ts', ...args], { encoding: 'utf8' });

  // PDF through the CLI too: tsx runs it as CommonJS, where react-pdf (ESM-only) must still load.
  it('writes --format pdf', async () => {
    const out = path.join(dir, 'seed-003.pdf');
    await cli('render', '--format', 'pdf', seed, '-o', out);
    expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('writes --format html, marked with --draft', async () => {
    const out = path.join(dir, 'draft.html');
    await cli('render', '--format', 'html', '--draft', seed, '-o', out);
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<p class="nb-draft-mark" role="note">草稿</p>');
  });

  it('refuses an unreadable report with exit code 2', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"national-2021"}');
    await expect(cli('render', '--format', 'pdf', bad, '-o', path.join(dir, 'y.pdf'))).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('bad.json') });
  });
});
