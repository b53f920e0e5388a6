// Cold renders (issue 8): the first DOCX and PDF of a fresh process — module loading, fonts, layout — as a
// server that just started (or a CLI run) pays it. Each sample is a new Node process that renders seed 004
// once and reports the time from before loading the renderer to the finished file, and its peak RSS.
// Baseline: LibreOffice converting the same DOCX (`soffice --headless --convert-to pdf`), which is always cold.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { figures, type AsyncBenchEntry } from './figures';

const SAMPLES = 4;
const ROOT = path.resolve(__dirname, '..');

/** The child: load the renderer, render once, print {ms, rssMb}; writes the file when asked. */
const CHILD = `
const t0 = performance.now();
const { readCanonical } = require('./lib/domain/canonical');
const { renderReport } = require('./lib/render/index');
const read = readCanonical(require('./lib/domain/fixtures/seed-004.json'));
renderReport(read.report, process.argv[1], { draft: false }).then(({ bytes }) => {
  if (process.argv[2]) require('node:fs').writeFileSync(process.argv[2], bytes);
  console.log(JSON.stringify({ ms: performance.now() - t0, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
});`;

function coldRender(format: 'docx' | 'pdf', out = ''): { ms: number; rssMb: number } {
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', CHILD, format, out], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`cold ${format} render failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

async function measureCold(format: 'docx' | 'pdf') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-cold-'));
  try {
    const docx = path.join(dir, 'seed-004.docx');
    coldRender('docx', docx);
    const own = Array.from({ length: SAMPLES }, () => coldRender(format));
    const base = Array.from({ length: SAMPLES }, () => {
      const t0 = performance.now();
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
      return performance.now() - t0;
    });
    const o = figures(own.map((s) => s.ms), 'ms');
    const b = figures(base, 'ms');
    const peak = Math.max(...own.map((s) => s.rssMb));
    return {
      own: o,
      baseline: { name: 'soffice --convert-to pdf (same DOCX)', ...b },
      ratio: Math.round((o.p50 / b.p50) * 100) / 100,
      ratioOf: 'p50',
      check: { ok: true, text: `peak RSS of a cold ${format} render ${peak} MB` },
      details: { samples: SAMPLES, peakRssMb: peak },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benches: AsyncBenchEntry[] = [
  { name: 'renderReport(seed 004, pdf) cold, new process', measure: () => measureCold('pdf') },
  { name: 'renderReport(seed 004, docx) cold, new process', measure: () => measureCold('docx') },
];
