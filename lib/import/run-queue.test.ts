// The pdftotext queue (issue 11, item 8): never more than `concurrency` at once, in order, a wait bounded.
import { describe, expect, it } from 'vitest';
import { createRunQueue } from './run-queue';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createRunQueue', () => {
  it('runs 4 slow tasks never more than 2 at once, all of them, in order', async () => {
    const queue = createRunQueue({ concurrency: 2, waitMs: 5_000 });
    let now = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all([0, 1, 2, 3].map((i) => queue.run(async () => {
      started.push(i);
      now++;
      most = Math.max(most, now);
      await sleep(40);
      now--;
      return i * 10;
    })));
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(results).toEqual([0, 10, 20, 30].map((value) => ({ ok: true, value })));
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('gives up a task that cannot start within the wait, and the queue goes on', async () => {
    const queue = createRunQueue({ concurrency: 1, waitMs: 20 });
    const slow = queue.run(() => sleep(100).then(() => 'slow'));
    const late = queue.run(async () => 'late');
    expect(queue.load()).toEqual({ running: 1, waiting: 1 });
    await expect(late).resolves.toEqual({ ok: false, reason: 'wait-timeout' });
    await expect(slow).resolves.toEqual({ ok: true, value: 'slow' });
    await expect(queue.run(async () => 'next')).resolves.toEqual({ ok: true, value: 'next' });
  });

  it('frees its place when a task fails', async () => {
    const queue = createRunQueue({ concurrency: 1, waitMs: 1_000 });
    await expect(queue.run(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    await expect(queue.run(async () => 1)).resolves.toEqual({ ok: true, value: 1 });
  });
});
