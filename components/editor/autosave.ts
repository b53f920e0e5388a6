// Autosave: every change is sent (debounced) as PUT /api/reports/{id}/draft with the version it was
// based on. A stale base is refused by the server (409) and the clerk chooses between the versions;
// while the server cannot be reached, the edits are kept in this browser and sent again with backoff.
import { z } from 'zod';
import { diffReports } from '@/lib/domain/diff-reports';
import { ZReport, ZReportInput, type TReport } from '@/lib/domain/model';
import { splitPendingInput, withPendingInCells } from '@/lib/domain/pending-input';

export type ServerVersion = { version: number; report: TReport; savedAt: string; savedBy: string };
export type SavedStamp = { version: number; savedAt: string; savedBy: string };

export type SendResult =
  | ({ kind: 'saved' } & SavedStamp)
  | { kind: 'conflict'; current: ServerVersion }
  /** The server answered and will not take this report (400, 413, 401/403, a locked report…). */
  | { kind: 'rejected'; reason: string }
  /** No answer, or a server error: worth trying again. */
  | { kind: 'unreachable'; reason: string };

export type SaveStatus =
  | ({ kind: 'saved' } & SavedStamp)
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string; willRetry: boolean }
  | { kind: 'conflict'; theirs: ServerVersion };

const ZSaved = z.object({ version: z.number(), savedAt: z.string(), savedBy: z.string() });
const ZConflict = z.object({
  error: z.literal('conflict'),
  current: z.object({ version: z.number(), report: ZReport, savedAt: z.string(), savedBy: z.string() }),
});
const ZError = z.object({ error: z.string() });

/**
 * The endpoint's answers (see app/api/reports/[id]/draft/route.ts) as SendResult. The form holds typed
 * text in its cells; on the wire it travels as pending input beside the tables (pending-input.ts).
 */
export async function putDraft(
  reportId: string,
  body: { baseVersion: number; report: TReport },
  fetchImpl: typeof fetch = fetch,
): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/reports/${encodeURIComponent(reportId)}/draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, report: splitPendingInput(body.report) }),
    });
  } catch {
    return { kind: 'unreachable', reason: '无法连接服务器' };
  }
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const saved = ZSaved.safeParse(data);
    return saved.success ? { kind: 'saved', ...saved.data } : { kind: 'unreachable', reason: '服务器的答复无法识别' };
  }
  const conflict = ZConflict.safeParse(data);
  if (response.status === 409 && conflict.success) {
    const { current } = conflict.data;
    return { kind: 'conflict', current: { ...current, report: withPendingInCells(current.report) } };
  }
  const message = ZError.safeParse(data).data?.error;
  if (response.status >= 500) return { kind: 'unreachable', reason: message ?? `服务器暂时无法保存（${response.status}）` };
  if (response.status === 413) return { kind: 'rejected', reason: message ?? '内容过大，服务器拒绝保存' };
  return { kind: 'rejected', reason: message ?? `服务器拒绝保存（${response.status}）` };
}

/** Unsent edits kept in this browser, per report. */
export type LocalDraft = { baseVersion: number; editedAt: string; report: TReport };
/** The form's own copy, typed text still in its cells. */
const ZLocalDraft = z.object({ baseVersion: z.number(), editedAt: z.string(), report: ZReportInput });
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const localDraftKey = (reportId: string) => `nianbao:unsaved-draft:${reportId}`;

export function readLocalDraft(storage: DraftStorage | null, reportId: string): LocalDraft | null {
  try {
    const text = storage?.getItem(localDraftKey(reportId));
    if (!text) return null;
    const parsed = ZLocalDraft.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** True when the two differ in anything the clerk enters (totals are derived, so not compared). */
export const differsInContent = (a: TReport, b: TReport) => diffReports(a, b).length > 0;

/**
 * Edits kept in this browser worth offering back: they differ from the server's version and are
 * newer than it (based on it or a later version, or made after it was saved).
 */
export function restorableDraft(local: LocalDraft | null, server: ServerVersion): LocalDraft | null {
  if (!local || !differsInContent(local.report, server.report)) return null;
  const isNewer = local.baseVersion >= server.version || Date.parse(local.editedAt) > Date.parse(server.savedAt);
  return isNewer ? local : null;
}

export type AutosaveDeps = {
  reportId: string;
  /** The version the page was loaded with. */
  initial: ServerVersion;
  /** The report to save now (as entered, with totals derived). */
  getReport: () => TReport;
  send: (body: { baseVersion: number; report: TReport }) => Promise<SendResult>;
  storage: DraftStorage | null;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  debounceMs?: number;
};

const RETRY_BASE_MS = 2_000;
const RETRY_MAX_MS = 60_000;

export function createAutosave(deps: AutosaveDeps) {
  const now = deps.now ?? (() => new Date());
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const debounceMs = deps.debounceMs ?? 800;
  const listeners = new Set<() => void>();

  let status: SaveStatus = { kind: 'saved', version: deps.initial.version, savedAt: deps.initial.savedAt, savedBy: deps.initial.savedBy };
  let offer: LocalDraft | null | undefined; // read from the browser on first use
  let baseVersion = deps.initial.version;
  let edits = 0; // changes seen
  let savedEdits = 0; // changes the server has
  let isSending = false;
  let timer: unknown = null;
  let failures = 0;

  const emit = () => listeners.forEach((l) => l());
  const setStatus = (next: SaveStatus) => {
    status = next;
    emit();
  };
  const cancelTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const schedule = (ms: number) => {
    cancelTimer();
    timer = setTimer(() => {
      timer = null;
      void flush();
    }, ms);
  };

  function keepLocally() {
    if (edits === savedEdits) return;
    const record: LocalDraft = { baseVersion, editedAt: now().toISOString(), report: deps.getReport() };
    try {
      deps.storage?.setItem(localDraftKey(deps.reportId), JSON.stringify(record));
    } catch {
      // A full or disabled storage: the status line already says the edits are not saved.
    }
  }
  const forgetLocally = () => {
    try {
      deps.storage?.removeItem(localDraftKey(deps.reportId));
    } catch {
      // Nothing to forget.
    }
  };

  function getRestoreOffer(): LocalDraft | null {
    if (offer === undefined) offer = restorableDraft(readLocalDraft(deps.storage, deps.reportId), deps.initial);
    return offer;
  }

  async function flush() {
    if (isSending || status.kind === 'conflict' || edits === savedEdits) return;
    cancelTimer();
    keepLocally();
    const sentEdits = edits;
    isSending = true;
    if (status.kind !== 'saving') setStatus({ kind: 'saving' });
    const result = await deps.send({ baseVersion, report: deps.getReport() });
    isSending = false;
    switch (result.kind) {
      case 'saved':
        failures = 0;
        baseVersion = result.version;
        savedEdits = sentEdits;
        if (edits === savedEdits) {
          forgetLocally();
          setStatus({ kind: 'saved', version: result.version, savedAt: result.savedAt, savedBy: result.savedBy });
        } else {
          schedule(debounceMs);
        }
        return;
      case 'conflict':
        failures = 0;
        if (differsInContent(result.current.report, deps.getReport())) {
          setStatus({ kind: 'conflict', theirs: result.current });
          return;
        }
        // Their version says what ours says (another tab saved the same edits): take its number.
        baseVersion = result.current.version;
        savedEdits = sentEdits;
        if (edits === savedEdits) {
          forgetLocally();
          setStatus({ kind: 'saved', version: result.current.version, savedAt: result.current.savedAt, savedBy: result.current.savedBy });
        } else {
          schedule(debounceMs);
        }
        return;
      case 'rejected':
        setStatus({ kind: 'failed', reason: result.reason, willRetry: false });
        return;
      case 'unreachable': {
        const wait = Math.min(RETRY_BASE_MS * 2 ** failures, RETRY_MAX_MS);
        failures++;
        setStatus({ kind: 'failed', reason: `${result.reason}，修改已暂存在本机，将自动重试`, willRetry: true });
        schedule(wait);
        return;
      }
    }
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getStatus: () => status,
    /** The report changed: save it shortly (or, during a conflict, keep it here until the clerk chooses). */
    noteChange() {
      edits++;
      if (status.kind === 'conflict') {
        keepLocally();
        return;
      }
      // While the server is away, the retry with backoff stands (the edit is kept in this browser at once,
      // not only at the next retry); any other time, save shortly.
      if (status.kind === 'failed' && status.willRetry && timer !== null) {
        keepLocally();
        return;
      }
      if (status.kind !== 'saving') setStatus({ kind: 'saving' });
      schedule(debounceMs);
    },
    /** Save now (the browser is back online, the page is being left). */
    flush: () => flush(),
    /** Keep what is in this browser (pending edits) when the page goes away. */
    keepLocally,
    hasUnsavedChanges: () => edits !== savedEdits || isSending,
    /** Conflict: save mine on top of their version. */
    keepMine() {
      if (status.kind !== 'conflict') return;
      baseVersion = status.theirs.version;
      setStatus({ kind: 'saving' });
      void flush();
    },
    /**
     * Conflict: take theirs. `load` puts their report into the form (its changes reach noteChange);
     * afterwards everything in the form is what the server has.
     */
    takeTheirs(load: (report: TReport) => void) {
      if (status.kind !== 'conflict') return;
      const theirs = status.theirs;
      load(theirs.report);
      cancelTimer();
      baseVersion = theirs.version;
      savedEdits = edits;
      forgetLocally();
      setStatus({ kind: 'saved', version: theirs.version, savedAt: theirs.savedAt, savedBy: theirs.savedBy });
    },
    /** Unsaved edits this browser kept from an earlier visit, newer than the server's version, if any. */
    getRestoreOffer,
    /** Puts the kept edits back; they are saved on the version they were based on (a stale one conflicts). */
    restore(load: (report: TReport) => void) {
      const local = getRestoreOffer();
      if (!local) return;
      offer = null;
      emit();
      baseVersion = local.baseVersion;
      load(local.report);
    },
    discardOffer() {
      offer = null;
      if (edits === savedEdits) forgetLocally();
      emit();
    },
    /** The editor goes away: send what is pending now, and keep it in this browser meanwhile. */
    dispose() {
      keepLocally();
      void flush();
    },
  };
}
export type Autosave = ReturnType<typeof createAutosave>;
