'use client';
// Open review comments where they point: a marker on the cell (its text joins the cell's accessible
// description) and a list under the part's heading for part and paragraph comments.
import { useEditor } from './editor-context';
import type { SectionKey } from './dom-ids';
import styles from './tables.module.css';
import editorStyles from './editor.module.css';

export type ReviewNote = { id: string; anchor: string; anchorLabel: string; body: string; author: string };

export const noteId = (anchor: string) => `note-${anchor.replace(/[^A-Za-z0-9-]/g, '-')}`;

/** Open comments grouped by anchor, built once per editor. */
export function groupNotes(notes: readonly ReviewNote[]): ReadonlyMap<string, ReviewNote[]> {
  const map = new Map<string, ReviewNote[]>();
  for (const n of notes) map.set(n.anchor, [...(map.get(n.anchor) ?? []), n]);
  return map;
}

/** The marker and text of a cell's open comments; `id` is what the input's aria-describedby names. */
export function CellNotes({ anchor }: { anchor: string }) {
  const notes = useEditor().notes.get(anchor) ?? [];
  if (notes.length === 0) return null;
  const text = notes.map((n) => `${n.author}：${n.body}`).join('；');
  return (
    <span id={noteId(anchor)} className={styles.reviewNote} title={`审核批注：${text}`}>
      <span aria-hidden="true">批注</span>
      <span className={styles.visuallyHidden}>审核批注：{text}</span>
    </span>
  );
}

export function useCellNoteId(anchor: string): string | undefined {
  return useEditor().notes.has(anchor) ? noteId(anchor) : undefined;
}

/** Comments on the part itself or on one of its paragraphs, under its heading. */
export function PartNotes({ section }: { section: SectionKey }) {
  const { notes } = useEditor();
  const mine = [...notes.entries()]
    .filter(([anchor]) => anchor === `part:${section}` || anchor.startsWith(`paragraph:${section}:`))
    .flatMap(([, list]) => list);
  if (mine.length === 0) return null;
  return (
    <ul className={editorStyles.noteList} aria-label="审核批注">
      {mine.map((n) => (
        <li key={n.id}><strong>{n.anchorLabel}</strong>：{n.body}（{n.author}）</li>
      ))}
    </ul>
  );
}
