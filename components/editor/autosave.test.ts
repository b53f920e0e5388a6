import { describe, expect, it } from 'vitest';
import seed from '@/lib/domain/fixtures/seed-004.json';
import { appKey, getCell, setCell } from '@/lib/domain/cells';
import type { TReport } from '@/lib/domain/model';
import { conflictId, type MergeConflict } from '@/lib/domain/report-patch';
import {
  createAutosave, localBaseKey, localDraftKey, putDraft, readLocalDraft, restorableDraft, type SaveBody, type SendResult, type ServerVersion,
} from './autosave';
import { saveStatusText } from './format';

const seedReport = seed as TReport;
const server: ServerVersion = { version: 3, report: seedReport, savedAt: '2025-01-10T06:00:00.000Z', savedBy: '张三' };
const edited = (value: number | string, report = seedReport): TReport => ({ ...report, tables: setCell(report.tables, appKey(1, 0), value) });
const CELL = appKey(1, 0);
const OTHER = 'active.licensing';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

/** Timers run by hand; sends answered by the test. */
function harness(options: { report?: TReport; storage?: ReturnType<typeof memoryStorage>; initial?: ServerVersion } = {}) {
  let report = options.report ?? seedReport;
  const timers = new Map<number, { run: () => void; ms: number }>();
  let nextTimer = 1;
  const sent: SaveBody[] = [];
  const adopted: TReport[] = [];
  const answers: ((r: SendResult) => void)[] = [];
  const storage = options.storage ?? memoryStorage();
  const autosave = createAutosave({
    reportId: 'r1',
    initial: options.initial ?? server,
    getReport: () => report,
    send: (body) => {
      sent.push(body);
      return new Promise((resolve) => answers.push(resolve));
    },
    adopt: (merged) => {
      adopted.push(merged);
      report = merged;
      autosave.noteChange(); // the form changed: as in the editor, the change reaches autosave
    },
    storage,
    now: () => new Date('2025-01-10T07:00:00.000Z'),
    setTimer: (run, ms) => {
      timers.set(nextTimer, { run, ms });
      return nextTimer++;
    },
    clearTimer: (h) => void timers.delete(h as number),
  });
  return {
    autosave,
    sent,
    adopted,
    storage,
    current: () => report,
    edit(next: TReport) {
      report = next;
      autosave.noteChange();
    },
    pendingTimers: () => [...timers.values()].map((t) => t.ms),
    async fireTimers() {
      const due = [...timers.entries()];
      timers.clear();
      due.forEach(([, t]) => t.run());
      await Promise.resolve();
    },
    async answer(result: SendResult) {
      answers.shift()!(result);
      await new Promise((r) => setTimeout(r, 0));
    },
    text: () => saveStatusText(autosave.getStatus()),
  };
}

describe('autosave', () => {
  it('saves a burst of edits once, after the pause, with the version it was based on', async () => {
    const h = harness();
    expect(h.text()).toBe('已保存 14:00:00'); // 06:00 UTC is 14:00 in China
    h.edit(edited(5));
    h.edit(edited(6));
    expect(h.text()).toBe('保存中…');
    expect(h.pendingTimers()).toEqual([800]);
    await h.fireTimers();
    expect(h.sent).toEqual([{ baseVersion: 3, patch: { cells: { [CELL]: 6 } } }]); // only what changed
    expect(h.storage.items.has(localDraftKey('r1'))).toBe(true); // kept here until the server has it
    await h.answer({ kind: 'saved', version: 4, savedAt: '2025-01-10T07:00:01.000Z', savedBy: '李四' });
    expect(h.text()).toBe('已保存 15:00:01');
    expect(h.autosave.hasUnsavedChanges()).toBe(false);
    expect(h.storage.items.has(localDraftKey('r1'))).toBe(false);
    h.edit(edited(7));
    await h.fireTimers();
    expect(h.sent[1].baseVersion).toBe(4);
  });

  it('sends edits made during a save right after it, and only then says saved', async () => {
    const h = harness();
    h.edit(edited(5));
    await h.fireTimers();
    h.edit(edited(6));
    await h.answer({ kind: 'saved', version: 4, savedAt: '2025-01-10T07:00:01.000Z', savedBy: '李四' });
    expect(h.text()).toBe('保存中…');
    expect(h.autosave.hasUnsavedChanges()).toBe(true);
    await h.fireTimers();
    expect(h.sent.map((s) => s.baseVersion)).toEqual([3, 4]);
  });

  it('shows what a merged save brought from another tab, keeps what was typed meanwhile, and sends no more', async () => {
    const h = harness();
    h.edit(edited(5));
    await h.fireTimers();
    h.edit({ ...edited(5), tables: setCell(edited(5).tables, appKey(0, 0), 8) }); // typed while the save is on its way
    const theirs = { ...edited(5), tables: setCell(edited(5).tables, OTHER, 77) }; // the other tab's licensing, merged
    await h.answer({ kind: 'saved', version: 5, savedAt: '2025-01-10T07:00:01.000Z', savedBy: '张三', merged: { report: theirs, with: '张三' } });
    expect(h.adopted).toHaveLength(1);
    expect([CELL, OTHER, appKey(0, 0)].map((k) => h.current().tables.applications && getCell(h.current().tables, k))).toEqual([5, 77, 8]);
    await h.fireTimers();
    // Only what was typed after the save goes out, on the merged version: the other tab's 77 is not sent back.
    expect(h.sent.at(-1)).toEqual({ baseVersion: 5, patch: { cells: { [appKey(0, 0)]: 8 } } });
    await h.answer({ kind: 'saved', version: 6, savedAt: '2025-01-10T07:00:02.000Z', savedBy: '张三' });
    expect(h.text()).toBe('已保存 15:00:02');
  });

  it('says quietly that another window\'s edits were merged', async () => {
    const h = harness();
    h.edit(edited(5));
    await h.fireTimers();
    await h.answer({ kind: 'saved', version: 5, savedAt: '2025-01-10T07:00:01.000Z', savedBy: '张三', merged: { report: { ...edited(5), tables: setCell(edited(5).tables, OTHER, 77) }, with: '张填报' } });
    await h.fireTimers(); // the shown merge is no edit of ours: nothing to send
    expect(h.sent).toHaveLength(1);
    expect(h.text()).toBe('已保存 15:00:01（已合并张填报在另一窗口的修改）');
  });

  it('on a conflict waits for a choice per cell, then saves the choices on their version', async () => {
    const h = harness();
    h.edit({ ...edited(5), tables: setCell(edited(5).tables, appKey(0, 0), 8) });
    await h.fireTimers();
    const theirs: ServerVersion = { version: 4, report: { ...edited(9), tables: setCell(edited(9).tables, OTHER, 77) }, savedAt: '2025-01-10T06:59:00.000Z', savedBy: '王五' };
    const conflicts: MergeConflict[] = [{ kind: 'cell', key: CELL, name: '二、上年结转政府信息公开申请数量 / 自然人', mine: 5, theirs: 9 }];
    await h.answer({ kind: 'conflict', current: theirs, conflicts });
    expect(h.autosave.getStatus()).toEqual({ kind: 'conflict', theirs, conflicts });
    expect(h.text()).toBe('未保存：王五于14:59:00也修改了1处相同的内容，请逐项选择');
    h.edit({ ...edited(5), tables: setCell(setCell(edited(5).tables, appKey(0, 0), 8), appKey(0, 1), 2) }); // kept, not sent
    expect(h.pendingTimers()).toEqual([]);
    expect(readLocalDraft(h.storage, 'r1')?.report.tables.applications[0][1]).toBe(2);
    h.autosave.resolve({}, (report) => h.edit(report)); // nothing chosen: still the conflict
    expect(h.autosave.getStatus().kind).toBe('conflict');
    h.autosave.resolve({ [conflictId.cell(CELL)]: 'theirs' }, (report) => h.edit(report));
    // Their 9 and 77, and both of this page's other edits, saved on their version 4.
    expect([CELL, OTHER, appKey(0, 0), appKey(0, 1)].map((k) => getCell(h.current().tables, k))).toEqual([9, 77, 8, 2]);
    await Promise.resolve();
    expect(h.sent.at(-1)).toEqual({ baseVersion: 4, patch: { cells: { [appKey(0, 0)]: 8, [appKey(0, 1)]: 2 } } });
  });

  it('sends nothing when the form is back to what the server has (an undo)', async () => {
    const h = harness();
    h.edit(edited(5));
    h.edit(seedReport);
    await h.fireTimers();
    expect(h.sent).toHaveLength(0);
    expect(h.autosave.getStatus()).toMatchObject({ kind: 'saved', version: 3 });
    expect(h.autosave.hasUnsavedChanges()).toBe(false);
  });

  it('keeps each edit in this browser at once, before any save', () => {
    const h = harness();
    h.edit(edited(5));
    expect(readLocalDraft(h.storage, 'r1')).toMatchObject({ baseVersion: 3, report: { tables: { applications: expect.arrayContaining([expect.arrayContaining([5])]) } } });
    expect(readLocalDraft(h.storage, 'r1')?.base?.tables.applications[1][0]).toBe(seedReport.tables.applications[1][0]);
  });

  it('keeps the edits here while the server is unreachable and retries with growing waits', async () => {
    const h = harness();
    h.edit(edited(5));
    await h.fireTimers();
    await h.answer({ kind: 'unreachable', reason: '无法连接服务器' });
    expect(h.text()).toBe('未保存：无法连接服务器，修改已暂存在本机，将自动重试');
    expect(h.pendingTimers()).toEqual([2000]);
    const kept = readLocalDraft(h.storage, 'r1');
    expect(kept?.report.tables.applications[1][0]).toBe(5);
    h.edit(edited(6)); // typing does not hurry the retry
    expect(h.pendingTimers()).toEqual([2000]);
    await h.fireTimers();
    await h.answer({ kind: 'unreachable', reason: '无法连接服务器' });
    expect(h.pendingTimers()).toEqual([4000]);
    void h.autosave.flush(); // back online
    await h.answer({ kind: 'saved', version: 4, savedAt: '2025-01-10T07:00:01.000Z', savedBy: '李四' });
    expect(h.autosave.getStatus().kind).toBe('saved');
    expect(h.sent.at(-1)?.patch.cells?.[CELL]).toBe(6);
  });

  it('says why the server refused, and does not retry until the next edit', async () => {
    const h = harness();
    h.edit(edited(5));
    await h.fireTimers();
    await h.answer({ kind: 'rejected', reason: '报告已提交，不能修改' });
    expect(h.text()).toBe('未保存：报告已提交，不能修改');
    expect(h.pendingTimers()).toEqual([]);
    h.edit(edited(6));
    expect(h.pendingTimers()).toEqual([800]);
  });
});

describe('saveAll, before 提交审核', () => {
  const saved = (version: number): SendResult => ({ kind: 'saved', version, savedAt: '2025-01-10T07:00:01.000Z', savedBy: '李四' });

  it('sends the pending edit at once, without the pause, and resolves once the server has it', async () => {
    const h = harness();
    h.edit(edited(5));
    const done = h.autosave.saveAll();
    expect(h.sent).toEqual([{ baseVersion: 3, patch: { cells: { [CELL]: 5 } } }]);
    expect(h.pendingTimers()).toEqual([]);
    await h.answer(saved(4));
    expect(await done).toBeNull();
    expect(h.autosave.hasUnsavedChanges()).toBe(false);
  });

  it('waits for the save on its way, then sends what was typed after it', async () => {
    const h = harness();
    h.edit(edited(5));
    await h.fireTimers();
    h.edit(edited(6));
    const done = h.autosave.saveAll();
    await h.answer(saved(4));
    expect(h.sent.map((s) => [s.baseVersion, s.patch.cells?.[CELL]])).toEqual([[3, 5], [4, 6]]);
    await h.answer(saved(5));
    expect(await done).toBeNull();
  });

  it('says why when the server refuses the save', async () => {
    const h = harness();
    h.edit(edited(5));
    const done = h.autosave.saveAll();
    await h.answer({ kind: 'rejected', reason: '表二由申请台账统计，不能在此修改' });
    expect(await done).toBe('表二由申请台账统计，不能在此修改');
  });

  it('has nothing to do when everything is saved', async () => {
    expect(await harness().autosave.saveAll()).toBeNull();
  });
});

describe('edits kept in this browser', () => {
  const local = (baseVersion: number, editedAt: string, report = edited(5)) => ({ baseVersion, editedAt, report });

  it.each([
    { name: 'based on the server version', draft: local(3, '2025-01-10T05:00:00.000Z'), offered: true },
    { name: 'based on an older version but made after the server saved', draft: local(2, '2025-01-10T06:30:00.000Z'), offered: true },
    { name: 'older than the server version', draft: local(2, '2025-01-10T05:00:00.000Z'), offered: false },
    { name: 'no different from the server version', draft: local(3, '2025-01-10T07:00:00.000Z', seedReport), offered: false },
  ])('$name: offered = $offered', ({ draft, offered }) => {
    expect(restorableDraft(draft, server) !== null).toBe(offered);
  });

  it('are offered once, and restored as a patch on the version they were based on', async () => {
    const h = harness();
    const base2 = edited(1);
    h.storage.setItem(localDraftKey('r1'), JSON.stringify({ ...local(2, '2025-01-10T06:30:00.000Z', edited(5, base2)), base: base2 }));
    expect(h.autosave.getRestoreOffer()?.baseVersion).toBe(2);
    h.autosave.restore((report) => h.edit(report));
    expect(h.autosave.getRestoreOffer()).toBe(null);
    await h.fireTimers();
    // Against its own base: the server merges it with versions 3 and later.
    expect(h.sent[0]).toEqual({ baseVersion: 2, patch: { cells: { [CELL]: 5 } } });
  });

  it('a tab closed right after a keystroke: the next page offers exactly what was typed, on its base', async () => {
    const closed = harness();
    closed.edit(edited(5));
    closed.edit({ ...edited(5), parts: { ...seedReport.parts!, other: '补充说明' } });
    const next = harness({ storage: closed.storage });
    const offer = next.autosave.getRestoreOffer();
    expect([getCell(offer!.report.tables, CELL), offer!.report.parts?.other, offer!.baseVersion]).toEqual([5, '补充说明', 3]);
    next.autosave.restore((report) => next.edit(report));
    await next.fireTimers();
    expect(next.sent).toEqual([{ baseVersion: 3, patch: { cells: { [CELL]: 5 }, parts: { other: '补充说明' } } }]);
  });

  it('keeps each keystroke as its patch alone; the base once per version, for a page loaded after the server moved on', async () => {
    const h = harness();
    const writes: string[] = [];
    const setItem = h.storage.setItem;
    h.storage.setItem = (k, v) => (writes.push(k), setItem(k, v));
    h.edit(edited(5));
    h.edit(edited(6));
    expect(JSON.parse(h.storage.getItem(localDraftKey('r1'))!)).toEqual({ baseVersion: 3, editedAt: '2025-01-10T07:00:00.000Z', patch: { cells: { [CELL]: 6 } } });
    expect(writes).toEqual([localBaseKey('r1'), localDraftKey('r1'), localDraftKey('r1')]);
    await h.fireTimers();
    await h.answer({ kind: 'saved', version: 4, savedAt: '2025-01-10T07:00:01.000Z', savedBy: '李四' });
    h.edit({ ...edited(6), tables: setCell(edited(6).tables, OTHER, 77) }); // on version 4, then the tab closes
    expect(writes.filter((k) => k === localBaseKey('r1'))).toHaveLength(2);
    // The next page loads version 5 (another tab saved): the edit is rebuilt on its own base, version 4.
    const later: ServerVersion = { version: 5, report: edited(9), savedAt: '2025-01-10T06:59:00.000Z', savedBy: '王五' };
    const next = harness({ storage: h.storage, initial: later });
    next.autosave.restore((report) => next.edit(report));
    expect([CELL, OTHER].map((k) => getCell(next.current().tables, k))).toEqual([6, 77]);
    await next.fireTimers();
    expect(next.sent).toEqual([{ baseVersion: 4, patch: { cells: { [OTHER]: 77 } } }]);
  });

  it('ignores what cannot be read', () => {
    const storage = memoryStorage();
    storage.setItem(localDraftKey('r1'), '{not json');
    expect(readLocalDraft(storage, 'r1')).toBe(null);
    expect(readLocalDraft(null, 'r1')).toBe(null);
  });
});

describe('putDraft', () => {
  const respond = (status: number, body: unknown) => async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const conflicts: MergeConflict[] = [{ kind: 'cell', key: CELL, name: 'x', mine: 5, theirs: 9 }];
  const patch = { baseVersion: 3, patch: { cells: { [CELL]: 5 } } };

  it.each([
    ['200', respond(200, { version: 4, savedAt: 'x', savedBy: '李四' }), { kind: 'saved', version: 4, savedAt: 'x', savedBy: '李四' }],
    ['200 merged', respond(200, { version: 5, savedAt: 'x', savedBy: '李四', merged: true, report: seedReport, mergedWith: '王五' }),
      { kind: 'saved', version: 5, savedAt: 'x', savedBy: '李四', merged: { report: seedReport, with: '王五' } }],
    ['409 conflict', respond(409, { error: 'conflict', conflicts, current: server }), { kind: 'conflict', current: server, conflicts }],
    ['409 locked', respond(409, { error: '报告已提交，不能修改' }), { kind: 'rejected', reason: '报告已提交，不能修改' }],
    ['400', respond(400, { error: '报告数据不完整', issues: [] }), { kind: 'rejected', reason: '报告数据不完整' }],
    ['413', respond(413, 'too large'), { kind: 'rejected', reason: '内容过大，服务器拒绝保存' }],
    ['500', respond(500, { error: '服务器内部错误，请稍后重试' }), { kind: 'unreachable', reason: '服务器内部错误，请稍后重试' }],
    ['502 without a body', respond(502, ''), { kind: 'unreachable', reason: '服务器暂时无法保存（502）' }],
  ])('%s', async (_name, fetchImpl, expected) => {
    expect(await putDraft('r1', patch, fetchImpl as typeof fetch)).toEqual(expected);
  });

  it('a network failure is unreachable', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await putDraft('r1', patch, failing)).toEqual({ kind: 'unreachable', reason: '无法连接服务器' });
  });

  it('sends PUT /api/reports/{id}/draft with baseVersion and the patch, with keepalive when the page goes', async () => {
    let seen: { url: string; init?: RequestInit } | null = null;
    const recording = (async (url: string, init?: RequestInit) => {
      seen = { url, init };
      return new Response(JSON.stringify({ version: 4, savedAt: 'x', savedBy: 'y' }), { status: 200 });
    }) as typeof fetch;
    await putDraft('a b', patch, recording, { keepalive: true });
    expect(seen!.url).toBe('/api/reports/a%20b/draft');
    expect(seen!.init).toMatchObject({ method: 'PUT', keepalive: true });
    expect(JSON.parse(String(seen!.init?.body))).toEqual(patch);
  });

  it('reads pending input of a report it gets back into its cell', async () => {
    const stored = { ...seedReport, tables: setCell(seedReport.tables, CELL, null), pendingInput: { [CELL]: '=1+1' } };
    const result = await putDraft('r1', patch, respond(409, { error: 'conflict', conflicts, current: { ...server, report: stored } }) as typeof fetch);
    expect(result.kind === 'conflict' && getCell(result.current.report.tables, CELL)).toBe('=1+1');
    expect(result.kind === 'conflict' && result.current.report.pendingInput).toBeUndefined();
  });
});
