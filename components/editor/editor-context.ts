'use client';
// The editor's services, created once per editor and handed down by context. The context value never
// changes, so reading it re-renders nothing; components subscribe to exactly what they show.
import type { ReviewNote } from './review-notes';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Control, FieldPath, UseFormRegister } from 'react-hook-form';
import type { CellKey } from '@/lib/domain/cells';
import type { TCell, TReport } from '@/lib/domain/model';
import type { AnalysisStore } from './analysis-store';
import type { Autosave } from './autosave';
import type { EditorController } from './editor-controller';
import type { MessageStore } from './editor-messages';

export type EditorServices = {
  control: Control<TReport>;
  register: UseFormRegister<TReport>;
  controller: EditorController;
  analysis: AnalysisStore;
  autosave: Autosave;
  messages: MessageStore;
  /** The report as loaded, for the first render of uncontrolled fields. */
  initial: TReport;
  organName: string;
  readOnly: boolean;
  /** Also true for a region's report, whose tables are the sums of its units (the roll-up). */
  tablesReadOnly: boolean;
  /** Table 2 is counted from the organ's register (issue 16): read-only, each count links to its cases here. */
  applicationsFromRegister?: string;
  /** Open review comments by anchor ('cell:…', 'part:…', 'paragraph:…'). */
  notes: ReadonlyMap<string, ReviewNote[]>;
};

export const EditorContext = createContext<EditorServices | null>(null);

export function useEditor(): EditorServices {
  const services = useContext(EditorContext);
  if (!services) throw new Error('editor components must sit inside <ReportEditor>');
  return services;
}

/**
 * One value derived from the whole analysis (the summary, a part's findings, a count): it follows once the
 * keystroke's frame is painted, so typing in a cell never waits for the views of the whole report.
 */
export function useAnalysis<T>(select: (analysis: AnalysisStore) => T): T {
  const { analysis } = useEditor();
  const read = () => select(analysis);
  return useSyncExternalStore(analysis.subscribeAfterPaint, read, read);
}

/** One value of one cell (its entry, total or findings): re-renders, in the keystroke's frame, only when that cell's view changes. */
export function useCellAnalysis<T>(key: CellKey, select: (analysis: AnalysisStore) => T): T {
  const { analysis } = useEditor();
  const subscribe = useCallback((listener: () => void) => analysis.subscribeCell(key, listener), [analysis, key]);
  const read = () => select(analysis);
  return useSyncExternalStore(subscribe, read, read);
}

/** Form paths are built from cell keys (cells.ts), which the type system cannot follow. */
export const formPath = (path: string) => path as FieldPath<TReport>;

/** The value the form holds for one cell (mirrored by the analysis); re-renders when that cell, and only that cell, changes. */
export function useCellValue(key: CellKey): TCell {
  return useCellAnalysis(key, (a) => a.getEnteredCell(key));
}
