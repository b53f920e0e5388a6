// Autosave: every change is sent (debounced) as PUT /api/reports/{id}/draft: the patch of what changed since
// the version it was based on (lib/domain/report-patch.ts). The server merges it with saves made meanwhile
// (another tab, another clerk) and answers with the merged report, which this page then shows; only a cell,
// paragraph or date changed on both sides is a conflict, settled one by one. Every edit is in this browser's
// storage before anything else happens, so a closed tab or a lost connection loses nothing: each keystroke
// keeps only its patch on the base version, whose content is kept once per version.
import { z } from 'zod';
import { diffReports } from '@/lib/domain/diff-reports';
import { ZReport, ZReportInput, type TReport } from '@/lib/domain/model';
import { NARRATIVE_KEYS } from '@/lib/domain/narrative';
import type { NarrativeKey } from '@/lib/domain/template';
import { withPendingInCells } from '@/lib/domain/pending-input';
import {
  applyPatch, isEmptyPatch, mergePatch, patchBetween, rebaseOnSaved, type Choices, type MergeConflict, type TReportPatch,
} from '@/lib/domain/report-patch';

/** A version of the report on the server, as the form holds it (typed text in its cells). */
export type ServerVersion = { version: number; report: TReport; savedAt: string; savedBy: string };
export type SavedStamp = { version: number; savedAt: string; savedBy: string };

export type SendResult =
  /** Kept; `merged` when saves by others came in after the base and were merged with this one. */
  | ({ kind: 'saved'; merged?: { report: TReport; with: string } } & SavedStamp)
  | { kind: 'conflict'; current: ServerVersion; conflicts: MergeConflict[] }
  /** The server answered and will not take this save (400, 413, 401/403, a locked report…). */
  | { kind: 'rejected'; reason: string }
  /** No answer, or a server error: worth trying again. */
  | { kind: 'unreachable'; reason: string };

export type SaveStatus =
  | ({ kind: 'saved'; mergedWith?: string } & SavedStamp)
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string; willRetry: boolean }
  | { kind: 'conflict'; theirs: ServerVersion; conflicts: MergeConflict[] };

const ZSaved = z.object({
  version: z.number(), savedAt: z.string(), savedBy: z.string(),
  merged: z.literal(true).optional(), report: ZReport.optional(), mergedWith: z.string().optional(),
});
const ZConflict = z.object({
  error: z.literal('conflict'),
  // The conflicts are the server's own domain objects (report-patch.ts); their shape is checked there.
  conflicts: z.array(z.custom<MergeConflict>((c) => typeof c === 'object' && c !== null && 'kind' in c)),
  current: z.object({ version: z.number(), report: ZReport, savedAt: z.string(), savedBy: z.string() }),
});
const ZError = z.object({ error: z.string() });

export type SaveBody = { baseVersion: number; patch: TReportPatch };
/** `keepalive`: the page is going away; the browser finishes the request after it is gone. */
export type SendOptions = { keepalive?: boolean };

/**
 * The endpoint's answers (see app/api/reports/[id]/draft/route.ts) as SendResult. A patch carries cells as
 * typed; the server keeps text that is no value as pending input. Reports come back with it in their cells.
 */
export async function putDraft(reportId: string, body: SaveBody, fetchImpl: typeof fetch = fetch, options: SendOptions = {}): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/reports/${encodeURIComponent(reportId)}/draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      ...(options.keepalive ? { keepalive: true } : {}),
    });
  } catch {
    return { kind: 'unreachable', reason: '无法连接服务器' };
  }
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const saved = ZSaved.safeParse(data);
    if (!saved.success) return { kind: 'unreachable', reason: '服务器的答复无法识别' };
    const { version, savedAt, savedBy, report, mergedWith } = saved.data;
    const merged = saved.data.merged && report ? { merged: { report: withPendingInCells(report), with: mergedWith ?? '他人' } } : {};
    return { kind: 'saved', version, savedAt, savedBy, ...merged };
  }
  const conflict = ZConflict.safeParse(data);
  if (response.status === 409 && conflict.success) {
    const { current, conflicts } = conflict.data;
    return { kind: 'conflict', current: { ...current, report: withPendingInCells(current.report) }, conflicts };
  }
  const message = ZError.safeParse(data).data?.error;
  if (response.status >= 500) return { kind: 'unreachable', reason: message ?? `服务器暂时无法保存（${response.status}）` };
  if (response.status === 413) return { kind: 'rejected', reason: message ?? '内容过大，服务器拒绝保存' };
  return { kind: 'rejected', reason: message ?? `服务器拒绝保存（${response.status}）` };
}

/**
 * Unsent edits kept in this browser, per report: the form as typed and the version it is based on, with
 * that version's content (`base`), so the edits can still be merged as a patch when the page comes back.
 */
export type LocalDraft = { baseVersion: number; base?: TReport; editedAt: string; report: TReport };
/** The patch as kept here: whatever the form held (the server judges it when it is sent). */
const ZKeptPatch = z.object({
  cells: z.record(z.string(), z.union([z.number(), z.string(), z.null()])).optional(),
  parts: z.object(Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, z.string()])) as Record<NarrativeKey, z.ZodString>).partial().optional(),
  signature: z.object({ organ: z.string(), date: z.string().nullable() }).partial().optional(),
});
/** What each keystroke keeps: its patch on the base version. Drafts kept by earlier builds hold the whole form. */
const ZKeptDraft = z.union([
  z.object({ baseVersion: z.number(), editedAt: z.string(), patch: ZKeptPatch }),
  z.object({ baseVersion: z.number(), base: ZReportInput.optional(), editedAt: z.string(), report: ZReportInput }),
]);
/** The base version's content as the form held it (typed text still in its cells). */
const ZKeptBase = z.object({ version: z.number(), report: ZReportInput });
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const localDraftKey = (reportId: string) => `nianbao:unsaved-draft:${reportId}`;
export const localBaseKey = (reportId: string) => `nianbao:unsaved-base:${reportId}`;

function readKept<T>(storage: DraftStorage, key: string, schema: z.ZodType<T>): T | null {
  const text = storage.getItem(key);
  if (!text) return null;
  const parsed = schema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/**
 * The edits kept for the report, rebuilt on their base: the base kept with them, or the version the page
 * loaded when they were based on it. Null when nothing (readable) is kept, or the base is gone.
 */
export function readLocalDraft(storage: DraftStorage | null, reportId: string, loaded?: ServerVersion): LocalDraft | null {
  try {
    const kept = storage && readKept(storage, localDraftKey(reportId), ZKeptDraft);
    if (!kept) return null;
    if ('report' in kept) return kept;
    const keptBase = readKept(storage, localBaseKey(reportId), ZKeptBase);
    const base = keptBase?.version === kept.baseVersion ? keptBase.report : loaded?.version === kept.baseVersion ? loaded.report : null;
    if (!base) return null;
    return { baseVersion: kept.baseVersion, base, editedAt: kept.editedAt, report: applyPatch(base, kept.patch) };
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
  send: (body: SaveBody, options?: SendOptions) => Promise<SendResult>;
  /** Shows what a merged save brought from elsewhere; the clerk's own edits stay as typed. */
  adopt: (report: TReport) => void;
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
  // The version the next patch is made against, and its content as the form holds it.
  let baseVersion = deps.initial.version;
  let base = deps.initial.report;
  let lastSaved: SavedStamp & { mergedWith?: string } = { version: deps.initial.version, savedAt: deps.initial.savedAt, savedBy: deps.initial.savedBy };
  let keptBase: TReport | null = null; // the base whose content this browser holds
  let isAdopting = false; // a merged save's changes going into the form are no edits to send
  let edits = 0; // changes seen
  let savedEdits = 0; // changes the server has
  let isSending = false;
  let sending: Promise<SendResult> | null = null; // the request on its way, for saveAll to wait on
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

  /** Synchronous, per keystroke: the patch on the base (a few cells), and the base itself once per version. */
  function keepLocally() {
    if (edits === savedEdits || !deps.storage) return;
    try {
      if (keptBase !== base) {
        deps.storage.setItem(localBaseKey(deps.reportId), JSON.stringify({ version: baseVersion, report: base }));
        keptBase = base;
      }
      const patch = patchBetween(base, deps.getReport());
      deps.storage.setItem(localDraftKey(deps.reportId), JSON.stringify({ baseVersion, editedAt: now().toISOString(), patch }));
    } catch {
      // A full or disabled storage: the status line already says the edits are not saved.
    }
  }
  const forgetLocally = () => {
    keptBase = null;
    try {
      deps.storage?.removeItem(localDraftKey(deps.reportId));
      deps.storage?.removeItem(localBaseKey(deps.reportId));
    } catch {
      // Nothing to forget.
    }
  };

  function getRestoreOffer(): LocalDraft | null {
    if (offer === undefined) offer = restorableDraft(readLocalDraft(deps.storage, deps.reportId, deps.initial), deps.initial);
    return offer;
  }

  /** The server has everything up to `sentEdits`: say so, or send what came after. */
  function settle(sentEdits: number) {
    failures = 0;
    savedEdits = sentEdits;
    if (edits === savedEdits) {
      forgetLocally();
      setStatus({ kind: 'saved', ...lastSaved });
    } else {
      schedule(debounceMs);
    }
  }

  async function flush(options: SendOptions = {}) {
    if (isSending || status.kind === 'conflict' || edits === savedEdits) return;
    cancelTimer();
    keepLocally();
    const sentEdits = edits;
    const sent = deps.getReport();
    const patch = patchBetween(base, sent);
    if (isEmptyPatch(patch)) {
      // Back to what the server has (an undo, or a merged save shown): nothing to send.
      settle(sentEdits);
      return;
    }
    isSending = true;
    if (status.kind !== 'saving') setStatus({ kind: 'saving' });
    sending = deps.send({ baseVersion, patch }, options);
    const result = await sending;
    sending = null;
    isSending = false;
    switch (result.kind) {
      case 'saved': {
        baseVersion = result.version;
        base = result.merged?.report ?? sent;
        lastSaved = { version: result.version, savedAt: result.savedAt, savedBy: result.savedBy, ...(result.merged ? { mergedWith: result.merged.with } : {}) };
        // Another tab's or clerk's edits came with the merge: show them, keeping what was typed meanwhile.
        if (result.merged) {
          isAdopting = true;
          deps.adopt(rebaseOnSaved(deps.getReport(), sent, result.merged.report));
          isAdopting = false;
        }
        settle(sentEdits);
        return;
      }
      case 'conflict':
        failures = 0;
        setStatus({ kind: 'conflict', theirs: result.current, conflicts: result.conflicts });
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

  /**
   * Everything typed so far saved and acknowledged, for a step that must see it (提交审核): sends what is
   * pending at once and waits for the answers. Null once the server has it all, else why it has not.
   */
  async function saveAll(): Promise<string | null> {
    for (;;) {
      if (status.kind === 'conflict') return '另一窗口的修改与本页的修改冲突，请先逐项选择保留哪一方';
      if (sending) await sending;
      else if (edits === savedEdits) return null;
      else await flush();
      if (status.kind === 'failed') return status.reason;
    }
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getStatus: () => status,
    /** The report changed: keep it in this browser at once, and save it shortly (or, during a conflict, once the clerk chose). */
    noteChange() {
      if (isAdopting) return;
      edits++;
      keepLocally();
      if (status.kind === 'conflict') return;
      // While the server is away, the retry with backoff stands; any other time, save shortly.
      if (status.kind === 'failed' && status.willRetry && timer !== null) return;
      if (status.kind !== 'saving') setStatus({ kind: 'saving' });
      schedule(debounceMs);
    },
    /** Save now (the browser is back online, Ctrl+S, the page is being left: then with `keepalive`). */
    flush: (options?: SendOptions) => flush(options),
    saveAll,
    /** Keep what is in this browser (pending edits) when the page goes away. */
    keepLocally,
    hasUnsavedChanges: () => edits !== savedEdits || isSending,
    /**
     * Conflict: the clerk chose a side for each conflict. Their version with this page's other edits and
     * the chosen sides goes into the form (`load`) and is saved on top of their version. Conflicts still
     * unchosen stay open.
     */
    resolve(choices: Choices, load: (report: TReport) => void) {
      if (status.kind !== 'conflict') return;
      const { theirs } = status;
      const merged = mergePatch(base, theirs.report, patchBetween(base, deps.getReport()), choices);
      if (!merged.ok) {
        setStatus({ kind: 'conflict', theirs, conflicts: merged.conflicts });
        return;
      }
      baseVersion = theirs.version;
      base = theirs.report;
      load(merged.report);
      setStatus({ kind: 'saving' });
      void flush();
    },
    /** Unsaved edits this browser kept from an earlier visit, newer than the server's version, if any. */
    getRestoreOffer,
    /** Puts the kept edits back; they are saved as a patch on the version they were based on (and merged). */
    restore(load: (report: TReport) => void) {
      const local = getRestoreOffer();
      if (!local) return;
      offer = null;
      emit();
      baseVersion = local.baseVersion;
      // A draft kept before drafts carried their base: its edits are taken as made on the version loaded.
      base = local.base ?? (local.baseVersion === deps.initial.version ? deps.initial.report : base);
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
