// While the server is unreachable (issue 8): every edit made during the backoff is written to this browser's
// storage at once, not only when the next retry fires — a browser that crashes meanwhile keeps them.
import { describe, expect, it } from 'vitest';
import seed from '@/lib/domain/fixtures/seed-004.json';
import { appKey, getCell, setCell } from '@/lib/domain/cells';
import type { TReport } from '@/lib/domain/model';
import { createAutosave, readLocalDraft, type SendResult } from './autosave';

const seedReport = seed as TReport;
const withCell = (value: number): TReport => ({ ...seedReport, tables: setCell(seedReport.tables, appKey(0, 0), value) });

describe('autosave while the server is unreachable', () => {
  it('keeps each edit made during the backoff in storage immediately', async () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
    const timers: (() => void)[] = [];
    let report = withCell(1);
    const answers: ((r: SendResult) => void)[] = [];
    const autosave = createAutosave({
      reportId: 'r1',
      initial: { version: 1, report: seedReport, savedAt: '2025-01-10T06:00:00.000Z', savedBy: '张三' },
      getReport: () => report,
      send: () => new Promise((resolve) => answers.push(resolve)),
      adopt: () => undefined,
      storage,
      setTimer: (run) => timers.push(run),
      clearTimer: () => undefined,
    });
    autosave.noteChange();
    timers.shift()!(); // the debounce fires: the first save goes out
    answers.shift()!({ kind: 'unreachable', reason: '无法连接服务器' });
    await Promise.resolve();
    expect(autosave.getStatus()).toMatchObject({ kind: 'failed', willRetry: true });
    for (const value of [2, 3]) {
      report = withCell(value);
      autosave.noteChange();
      expect(getCell(readLocalDraft(storage, 'r1')!.report.tables, appKey(0, 0))).toBe(value);
    }
    expect(answers).toHaveLength(0); // no extra request: the retry with backoff still stands
  });
});
