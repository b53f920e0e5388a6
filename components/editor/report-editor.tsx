'use client';
// The clerk's editor (issue 3): the report part by part, the statutory tables as live grids, every
// broken rule shown as they type, saved as they type. The form (react-hook-form, shape checked by
// the shared zod schema) holds the report as entered; totals and findings are derived from it, never
// stored back. This component renders once: each cell, total and list subscribes to what it shows.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { emptyParts, ZReport, type TCell, type TReport } from '@/lib/domain/model';
import { withPendingInCells } from '@/lib/domain/pending-input';
import { createAnalysisStore } from './analysis-store';
import { createAutosave, putDraft, type DraftStorage } from './autosave';
import { FIELD_IDS } from './dom-ids';
import { EditorContext, formPath, type EditorServices } from './editor-context';
import { createEditorController } from './editor-controller';
import { createMessageStore, describeRedo, describeUndo } from './editor-messages';
import { historyKey, isSaveKey } from './history-keys';
import { EditorNav } from './editor-nav';
import { ActionMessage, EditorToolbar } from './editor-toolbar';
import { FindingsSummary } from './findings-summary';
import { NarrativePart } from './narrative-part';
import { RestoreBanner } from './restore-banner';
import { groupNotes, type ReviewNote } from './review-notes';
import { SaveStatusLine } from './save-status';
import { SignaturePart } from './signature-part';
import { SubmitPanel } from './submit-panel';
import { TablePart } from './table-part';
import { TitlePart } from './title-part';
import type { YearTimeliness } from '@/lib/domain/register/timeliness';
import { template } from '@/lib/domain/template';
import styles from './editor.module.css';

export type ReportEditorProps = {
  reportId: string;
  organName: string;
  initial: { report: TReport; version: number; savedAt: string; savedBy: string };
  /** A report the clerk may not change (submitted, approved, or a reader's view): shown, not saved. */
  readOnly?: boolean;
  /** Open review comments, shown at their cells and parts. */
  notes?: ReviewNote[];
  /** The tables are shown, not typed: a region's tables come from the roll-up. */
  tablesReadOnly?: boolean;
  /** The register page when Table 2 is taken from it: the grid is read-only and links to the cases. */
  applicationsFromRegister?: string;
  /** Late answers of the year by the register, when the organ keeps one (the generated paragraph says so). */
  registerTimeliness?: YearTimeliness;
  /** Table 2 counted from the register, for REGISTER-MISMATCH while the clerk types. */
  registerApplications?: TCell[][];
  /** Last year's report of the organ, when known: enables the cross-year warnings. */
  previous?: TReport | null;
  /** The clerk may submit: 提交审核 sits in the editor, beside the live count. For a region, the units it waits for. */
  submit?: { pendingUnits: string };
};

/**
 * What the form's schema checks on each change: the report's own fields (the signature's date, the organ).
 * Cells and parts accept any text; the rule engine judges them, so a keystroke validates no whole report.
 */
const ZTypedFields = ZReport.extend({
  tables: z.custom<TReport['tables']>(),
  parts: z.custom<NonNullable<TReport['parts']>>().optional(),
});

/** Every part and the signature present, so each has a field to type into; pending input back in its cells. */
function prepareForEditing(stored: TReport, organName: string): TReport {
  const report = withPendingInCells(stored);
  return {
    ...report,
    parts: report.parts ?? emptyParts(),
    signature: report.signature ?? { organ: organName, date: null },
  };
}

function browserStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled by policy
  }
}

/**
 * The fields the clerk types into through the form itself (narrative parts, signature): their changes reach
 * the analysis through the form's subscription. Everything else is written by the controller, which tells
 * the analysis itself, so a keystroke in a cell costs no copy of the whole form.
 */
const FORM_TYPED_FIELDS: FieldPath<TReport>[] = ['parts', 'signature'];

function createServices(form: UseFormReturn<TReport>, report: TReport, props: ReportEditorProps): EditorServices {
  const analysis = createAnalysisStore(report, { previous: props.previous, register: props.registerApplications });
  const controller = createEditorController(
    {
      get: (path) => form.getValues(formPath(path)),
      set: (path, value) => {
        form.setValue(formPath(path), value as TReport[keyof TReport]);
        analysis.update(form.getValues());
      },
      values: () => form.getValues(),
      batch: analysis.batch,
    },
    { summarySubject: () => (form.getValues('scope') === 'region' ? '本地区' : '本机关'), summaryTimeliness: () => props.registerTimeliness },
  );
  const autosave = createAutosave({
    reportId: props.reportId,
    initial: { ...props.initial, report },
    getReport: analysis.getReportWithTotals,
    send: (body, options) => putDraft(props.reportId, body, fetch, options),
    adopt: (merged) => controller.replaceReport(merged, { keepUndo: true }),
    storage: browserStorage(),
  });
  return {
    control: form.control,
    register: form.register,
    controller,
    analysis,
    autosave,
    messages: createMessageStore(),
    initial: report,
    organName: props.organName,
    readOnly: Boolean(props.readOnly),
    tablesReadOnly: Boolean(props.readOnly || props.tablesReadOnly),
    applicationsFromRegister: props.applicationsFromRegister,
    notes: groupNotes(props.notes ?? []),
  };
}

const READ_ONLY_SAVE = '此报告为只读，无需保存';

const isTextField = (el: EventTarget | null) =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !el.readOnly) || (el instanceof HTMLElement && el.isContentEditable);

export function ReportEditor(props: ReportEditorProps) {
  const [report] = useState(() => prepareForEditing(props.initial.report, props.organName));
  const form = useForm<TReport>({ defaultValues: report, resolver: zodResolver(ZTypedFields), mode: 'onChange' });
  const [services] = useState(() => createServices(form, report, props));
  const { analysis, autosave, controller, messages, readOnly } = services;

  // The form's own fields flow into the analysis (totals, findings); its changes into autosave.
  useEffect(
    () => form.subscribe({ name: FORM_TYPED_FIELDS, formState: { values: true }, callback: () => analysis.update(form.getValues()) }),
    [form, analysis],
  );
  useEffect(() => {
    void form.trigger();
  }, [form]);
  useEffect(() => {
    if (!readOnly) return;
    // Ctrl+S out of habit on a report that cannot change: a quiet word, never the browser's save dialog.
    const keyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isSaveKey(e)) return;
      e.preventDefault();
      messages.say(READ_ONLY_SAVE);
    };
    document.addEventListener('keydown', keyDown);
    return () => document.removeEventListener('keydown', keyDown);
  }, [messages, readOnly]);
  useEffect(() => {
    if (readOnly) return;
    let seen = analysis.getVersion();
    const stop = analysis.subscribe(() => {
      if (analysis.getVersion() === seen) return;
      seen = analysis.getVersion();
      autosave.noteChange();
    });
    const online = () => void autosave.flush();
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!autosave.hasUnsavedChanges()) return;
      autosave.keepLocally();
      e.preventDefault();
      e.returnValue = '';
    };
    // Leaving (the tab closed, the browser sent to the background): the edits are already in this browser;
    // send them now too, with keepalive so the request outlives the page.
    const pageHide = () => {
      autosave.keepLocally();
      void autosave.flush({ keepalive: true });
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') pageHide();
    };
    // Ctrl+S anywhere saves now (the status line shows it), never the browser's save dialog. Ctrl+Z and
    // Ctrl+Y outside a text field (after a button, say) undo and redo the editor's last action.
    const keyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (isSaveKey(e)) {
        e.preventDefault();
        void autosave.flush();
        return;
      }
      if (isTextField(e.target)) return;
      const step = historyKey(e);
      const { canUndo, canRedo } = controller.undoStack.getSnapshot();
      if (step === 'undo' && canUndo) {
        e.preventDefault();
        messages.say(describeUndo(controller.undo()));
      } else if (step === 'redo' && canRedo) {
        e.preventDefault();
        messages.say(describeRedo(controller.redo()));
      }
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', pageHide);
    document.addEventListener('visibilitychange', hidden);
    document.addEventListener('keydown', keyDown);
    return () => {
      stop();
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', pageHide);
      document.removeEventListener('visibilitychange', hidden);
      document.removeEventListener('keydown', keyDown);
    };
  }, [analysis, autosave, controller, messages, readOnly]);
  useEffect(() => () => autosave.dispose(), [autosave]);

  return (
    <EditorContext.Provider value={services}>
      <div className={styles.editor}>
        <aside className={styles.side}>
          <SaveStatusLine />
          {!readOnly && <EditorToolbar />}
          <ActionMessage />
          {!readOnly && props.submit && <SubmitPanel reportId={props.reportId} pendingUnits={props.submit.pendingUnits} />}
          <EditorNav />
        </aside>
        <div className={styles.content}>
          <h1 id={FIELD_IDS.title} tabIndex={-1} className={styles.title}>
            {props.organName}
            {report.year}
            {template.titleSuffix}
          </h1>
          <RestoreBanner />
          <FindingsSummary />
          <TitlePart />
          <NarrativePart part="overview" />
          <TablePart table="active" />
          <TablePart table="applications" />
          <TablePart table="litigation" />
          <NarrativePart part="problems" />
          <NarrativePart part="other" />
          <SignaturePart />
        </div>
      </div>
    </EditorContext.Provider>
  );
}
