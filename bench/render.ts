// Rendering seed 004 (issue 4): warm PDF and DOCX render time and memory, with LibreOffice converting the
// same DOCX (`soffice --headless --convert-to pdf`) as the baseline a user would otherwise use. Targets:
// PDF at least 3× faster than that conversion (ratio ≤ 0.33), DOCX under 100 ms, memory flat over 50 renders.
// run.ts times synchronous calls, so the renders (async) run in a worker thread that stays warm while the
// caller waits on a shared flag. Memory: peak RSS of the process, and the worker's heap after a full GC
// after the 10th render of a format and again at the end (one sample per format pays for that GC).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { unzipSync, zipSync } from 'fflate';
import { readCanonical } from '../lib/domain/canonical';
import seed004 from '../lib/domain/fixtures/seed-004.json';
import type { TReport } from '../lib/domain/model';
import { renderReport, type RenderFormat } from '../lib/render/index';
import type { BenchEntry } from './figures';

const FORMATS: RenderFormat[] = ['pdf', 'docx'];
/** Shared slots: [done flag, result size (-1 on failure), worker heap after a full GC (MB)]. */
type Slots = Int32Array;
/** A render asked of the worker (`out` also writes the file there), or a full GC and heap reading. */
type Job = { kind: 'render'; format: RenderFormat; out?: string } | { kind: 'gc' };

function loadSeed004(): TReport {
  const read = readCanonical(seed004);
  if (!read.ok) throw new Error(`seed 004 unreadable: ${JSON.stringify(read.errors)}`);
  return read.report;
}

if (!isMainThread && workerData?.role === 'render-bench') {
  const slots: Slots = new Int32Array(workerData.shared as SharedArrayBuffer);
  const report = loadSeed004();
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const done = () => {
    Atomics.store(slots, 0, 1);
    Atomics.notify(slots, 0);
  };
  parentPort!.on('message', async (job: Job) => {
    if (job.kind === 'gc') {
      gc();
      Atomics.store(slots, 2, Math.round(process.memoryUsage().heapUsed / 2 ** 20));
      return done();
    }
    try {
      const { bytes } = await renderReport(report, job.format, { draft: false });
      if (job.out) writeFileSync(job.out, bytes);
      Atomics.store(slots, 1, bytes.length);
    } catch (e) {
      process.stderr.write(`render failed: ${(e as Error).stack}\n`);
      Atomics.store(slots, 1, -1);
    }
    done();
  });
}

type Memory = { renders: number; heapAt10Mb: number | null; peakRssMb: number };
const memory: Record<RenderFormat, Memory> = {
  pdf: { renders: 0, heapAt10Mb: null, peakRssMb: 0 },
  docx: { renders: 0, heapAt10Mb: null, peakRssMb: 0 },
};

let worker: { slots: Slots; post: (job: Job) => void } | null = null;

function startWorker() {
  const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  // The worker loads this file through tsx's require hook, as `npm run bench` loads run.ts.
  const w = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, {
    eval: true,
    workerData: { role: 'render-bench', shared },
  });
  w.unref(); // never keep the bench process alive
  return { slots: new Int32Array(shared), post: (job: Job) => w.postMessage(job) };
}

/** Posts a job and waits for the worker to finish it. */
function ask(job: Job): Slots {
  worker ??= startWorker();
  Atomics.store(worker.slots, 0, 0);
  worker.post(job);
  if (Atomics.wait(worker.slots, 0, 0, 120_000) === 'timed-out') throw new Error(`${job.kind} timed out in the worker`);
  return worker.slots;
}

const heapAfterGcMb = () => Atomics.load(ask({ kind: 'gc' }), 2);

/** One warm render in the worker, waited for synchronously; returns the file size. */
function renderInWorker(format: RenderFormat, out?: string): number {
  const size = Atomics.load(ask({ kind: 'render', format, out }), 1);
  if (size < 0) throw new Error(`${format} render failed`);
  const m = memory[format];
  m.renders += 1;
  m.peakRssMb = Math.max(m.peakRssMb, Math.round(process.memoryUsage().rss / 2 ** 20));
  if (m.renders === 10) m.heapAt10Mb = heapAfterGcMb();
  return size;
}

let sample: { docx: Buffer; dir: string; file: string } | null = null;

/** The seed 004 DOCX, rendered once and kept on disk for the baselines. */
function sampleDocx() {
  if (!sample) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-'));
    const file = path.join(dir, 'seed-004.docx');
    renderInWorker('docx', file);
    sample = { docx: readFileSync(file), dir, file };
  }
  return sample;
}

function sofficeConvert(): number {
  const { file, dir } = sampleDocx();
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return 1;
}

process.on('exit', () => {
  const heapNowMb = worker ? heapAfterGcMb() : null;
  for (const format of FORMATS) {
    const m = memory[format];
    if (m.renders === 0) continue;
    console.log(
      `${format}: ${m.renders} renders, peak RSS ${m.peakRssMb} MB; worker heap after GC: ${m.heapAt10Mb ?? '–'} MB after render 10, ${heapNowMb} MB at the end`,
    );
  }
  if (sample) rmSync(sample.dir, { recursive: true, force: true });
});

export const benches: BenchEntry[] = [
  {
    name: 'renderReport(seed 004, pdf)',
    run: () => renderInWorker('pdf'),
    baseline: { name: 'soffice --convert-to pdf (same DOCX)', run: sofficeConvert },
    budgetMs: 30_000,
  },
  {
    name: 'renderReport(seed 004, docx)',
    run: () => renderInWorker('docx'),
    baseline: {
      name: 'unzip + zip the same DOCX',
      run: () => {
        const files = unzipSync(sampleDocx().docx);
        return zipSync(files, { level: 6 }).length;
      },
    },
    budgetMs: 5_000,
  },
];
