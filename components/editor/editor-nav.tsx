'use client';
// Links to every part of the report, named exactly as the part's heading, with how far it is filled in
// and its open findings (while drafting, an empty cell is progress still to make, not an error: as in the grid).
import { memo, useMemo, type MouseEvent } from 'react';
import { ZTableKey } from '@/lib/domain/template-schema';
import { sectionHeadingId, sectionId, type SectionKey } from './dom-ids';
import { useAnalysis } from './editor-context';
import { describeProgress, progressByPart } from './section-progress';
import { countsBySection, SECTIONS } from './sections';
import styles from './editor.module.css';
import tableStyles from './tables.module.css';

function goTo(section: SectionKey) {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    const heading = document.getElementById(sectionHeadingId(section));
    if (!heading) return;
    e.preventDefault();
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
    history.replaceState(null, '', `#${sectionId(section)}`);
  };
}

export const EditorNav = memo(function EditorNav() {
  const index = useAnalysis((a) => a.getIndex());
  // The tables whose empty cells were checked, as one string: a stable value to re-render on.
  const checked = useAnalysis((a) => ZTableKey.options.filter((t) => a.isMissingRevealed(t)).join(' '));
  const counts = useMemo(() => countsBySection(index, (t) => checked.split(' ').includes(t)), [index, checked]);
  const report = useAnalysis((a) => a.getReport());
  const progress = useMemo(() => progressByPart(report), [report]);
  return (
    <nav aria-label="报告各部分" className={styles.nav}>
      <ol>
        {SECTIONS.map(({ key, heading }) => {
          const { errors, warnings } = counts[key];
          const filled = key === 'title' || key === 'signature' ? undefined : progress[key];
          const shown = filled && describeProgress(filled);
          return (
            <li key={key}>
              <a href={`#${sectionId(key)}`} onClick={goTo(key)}>
                {heading}
              </a>
              {shown && (
                <span className={styles.navProgress} data-complete={filled.kind === 'cells' ? filled.filled === filled.total : filled.written}>
                  <span aria-hidden="true">{shown.short}</span>
                  <span className={tableStyles.visuallyHidden}>{shown.long}</span>
                </span>
              )}
              {(errors > 0 || warnings > 0) && (
                <span className={styles.navCounts} aria-hidden="true">
                  {errors > 0 && <span className={styles.navErrors}>✕{errors}</span>}
                  {warnings > 0 && <span className={styles.navWarnings}>!{warnings}</span>}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
