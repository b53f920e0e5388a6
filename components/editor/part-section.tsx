'use client';
// A part of the report: its heading (the nav links to it) and the findings that belong to it.
import type { ReactNode } from 'react';
import type { Finding } from '@/lib/domain/findings';
import { sectionHeadingId, sectionId, type SectionKey } from './dom-ids';
import { PartNotes } from './review-notes';
import styles from './editor.module.css';

export function PartSection({ section, heading, children }: { section: SectionKey; heading: string; children: ReactNode }) {
  return (
    <section id={sectionId(section)} aria-labelledby={sectionHeadingId(section)} className={styles.part}>
      <h2 id={sectionHeadingId(section)} tabIndex={-1} className={styles.partHeading}>
        {heading}
      </h2>
      <PartNotes section={section} />
      {children}
    </section>
  );
}

/** Findings shown at a part or a field, worded with their severity (never colour alone). */
export function FindingList({ id, findings }: { id: string; findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul id={id} className={styles.findingList}>
      {findings.map((f, i) => (
        <li key={i} className={f.severity === 'error' ? styles.findingError : styles.findingWarning}>
          <span className={styles.severityTag}>{f.severity === 'error' ? '错误' : '警告'}</span>
          {f.message}
        </li>
      ))}
    </ul>
  );
}
