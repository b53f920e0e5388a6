import { describe, expect, it } from 'vitest';
import seed from '@/lib/domain/fixtures/seed-004.json';
import { appKey, setCell } from '@/lib/domain/cells';
import type { TReport } from '@/lib/domain/model';
import {
  createAutosave, localDraftKey, putDraft, readLocalDraft, restorableDraft, type SendResult, type ServerVersion,
} from './autosave';
import { saveStatusText } from './format';

const seedReport = seed as TReport;
const server: ServerVersion = { version: 3, report: seedReport, savedAt: '2025-01-10T06:00:00.000Z', savedBy: '张三' };
const edited = (value: number): TReport => ({ ...seedReport, tables: setCell(seedReport.tables, appKey(1, 0), value) });

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
function harness(options: { report?: TReport } = {}) {
  let report = options.report ?? seedReport;
  const timers = new Map<number, { run: () => void; ms: number }>();
  let nextTimer = 1;
  const sent: { baseVersion: number; report: TReport }[] = [];
  const answers: ((r: SendResult) => void)[] = [];
  const storage = memoryStorage();
  const autosave = createAutosave({
    reportId: 'r1',
    initial: server,
    getReport: () => report,
    send: (body) => {
      sent.push(body);
      return new Promise((resolve) => answers.push(resolve));
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
    storage,
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
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0].baseVersion).toBe(3);
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

  it('on a conflict shows theirs and waits; 「保留我的版本」 saves mine on top of their version', async () => {
    const h = harness();
    h.edit(edited(5));
    await h.fireTimers();
    const theirs: ServerVersion = { version: 4, report: edited(9), savedAt: '2025-01-10T06:59:00.000Z', savedBy: '王五' };
    await h.answer({ kind: 'conflict', current: theirs });
    expect(h.autosave.getStatus()).toEqual({ kind: 'conflict', theirs });
    expect(h.text()).toBe('未保存：王五于14:59:00保存了另一版本，请选择保留哪个版本');
    h.edit(edited(6)); // edits go on being kept, not sent
    expect(h.pendingTimers()).toEqual([]);
    h.autosave.keepMine();
    expect(h.sent.map((s) => s.baseVersion)).toEqual([3, 4]);
  });

  it('「采用对方版本」 loads theirs and is saved at their version without sending anything', async () => {
    const h = harness();
    h.edit(edited(5));
    await h.fireTimers();
    const theirs: ServerVersion = { version: 4, report: edited(9), savedAt: '2025-01-10T06:59:00.000Z', savedBy: '王五' };
    await h.answer({ kind: 'conflict', current: theirs });
    h.autosave.takeTheirs((report) => h.edit(report)); // loading theirs changes the form
    expect(h.autosave.getStatus()).toMatchObject({ kind: 'saved', version: 4, savedBy: '王五' });
    expect(h.pendingTimers()).toEqual([]);
    expect(h.autosave.hasUnsavedChanges()).toBe(false);
    h.edit(edited(10));
    await h.fireTimers();
    expect(h.sent.map((s) => s.baseVersion)).toEqual([3, 4]);
  });

  it('takes the version number silently when their version says the same as ours', async () => {
    const h = harness();
    h.edit(edited(5));
    await h.fireTimers();
    await h.answer({ kind: 'conflict', current: { version: 4, report: edited(5), savedAt: '2025-01-10T06:59:00.000Z', savedBy: '本人另一标签页' } });
    expect(h.autosave.getStatus()).toMatchObject({ kind: 'saved', version: 4 });
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
    expect(h.sent.at(-1)?.report.tables.applications[1][0]).toBe(6);
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

  it('are offered once, and restored on the version they were based on', async () => {
    const h = harness();
    h.storage.setItem(localDraftKey('r1'), JSON.stringify(local(2, '2025-01-10T06:30:00.000Z')));
    expect(h.autosave.getRestoreOffer()?.baseVersion).toBe(2);
    h.autosave.restore((report) => h.edit(report));
    expect(h.autosave.getRestoreOffer()).toBe(null);
    await h.fireTimers();
    expect(h.sent[0]).toMatchObject({ baseVersion: 2 }); // a stale base: the server answers with a conflict
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

  it.each([
    ['200', respond(200, { version: 4, savedAt: 'x', savedBy: '李四' }), { kind: 'saved', version: 4, savedAt: 'x', savedBy: '李四' }],
    ['409 conflict', respond(409, { error: 'conflict', current: server }), { kind: 'conflict', current: server }],
    ['409 locked', respond(409, { error: '报告已提交，不能修改' }), { kind: 'rejected', reason: '报告已提交，不能修改' }],
    ['400', respond(400, { error: '报告数据不完整', issues: [] }), { kind: 'rejected', reason: '报告数据不完整' }],
    ['413', respond(413, 'too large'), { kind: 'rejected', reason: '内容过大，服务器拒绝保存' }],
    ['500', respond(500, { error: '服务器内部错误，请稍后重试' }), { kind: 'unreachable', reason: '服务器内部错误，请稍后重试' }],
    ['502 without a body', respond(502, ''), { kind: 'unreachable', reason: '服务器暂时无法保存（502）' }],
  ])('%s', async (_name, fetchImpl, expected) => {
    expect(await putDraft('r1', { baseVersion: 3, report: seedReport }, fetchImpl as typeof fetch)).toEqual(expected);
  });

  it('a network failure is unreachable', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await putDraft('r1', { baseVersion: 3, report: seedReport }, failing)).toEqual({ kind: 'unreachable', reason: '无法连接服务器' });
  });

  it('sends PUT /api/reports/{id}/draft with baseVersion and the report', async () => {
    let seen: { url: string; init?: RequestInit } | null = null;
    const recording = (async (url: string, init?: RequestInit) => {
      seen = { url, init };
      return new Response(JSON.stringify({ version: 4, savedAt: 'x', savedBy: 'y' }), { status: 200 });
    }) as typeof fetch;
    await putDraft('a b', { baseVersion: 3, report: seedReport }, recording);
    expect(seen!.url).toBe('/api/reports/a%20b/draft');
    expect(seen!.init?.method).toBe('PUT');
    expect(JSON.parse(String(seen!.init?.body))).toMatchObject({ baseVersion: 3, report: { year: 2021 } });
  });

  it('sends typed text that is no value as pending input, and reads it back into its cell from a conflict', async () => {
    const typed: TReport = { ...seedReport, tables: setCell(seedReport.tables, appKey(1, 0), '=1+1') };
    let body: { report: TReport } | null = null;
    const conflicting = (async (_url: string, init?: RequestInit) => {
      body = JSON.parse(String(init?.body));
      const current = { ...server, report: body!.report };
      return new Response(JSON.stringify({ error: 'conflict', current }), { status: 409 });
    }) as typeof fetch;
    const result = await putDraft('r1', { baseVersion: 3, report: typed }, conflicting);
    expect(body!.report.tables.applications[1][0]).toBeNull();
    expect(body!.report.pendingInput).toEqual({ [appKey(1, 0)]: '=1+1' });
    expect(result.kind === 'conflict' && result.current.report).toEqual(typed);
  });
});
