'use client';
// The summary of findings, after the GOV.UK error-summary pattern: a heading with the counts, one
// line per finding, each a link that moves the focus to where the finding is.
import { memo, type MouseEvent } from 'react';
import { useFormState, type FieldErrors } from 'react-hook-form';
import { findingKey, type Finding } from '@/lib/domain/findings';
import type { TReport } from '@/lib/domain/model';
import { FIELD_IDS } from './dom-ids';
import { useAnalysis, useEditor } from './editor-context';
import { isSameFinding, quoteRange, targetIdOf } from './finding-location';
import { focusElement } from './focus';
import styles from './editor.module.css';

type ShapeError = { path: string; message: string };

/** react-hook-form's nested errors (from the zod schema) as a flat list. */
function flattenErrors(errors: FieldErrors<TReport>): ShapeError[] {
  const out: ShapeError[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const { message } = node as { message?: unknown };
    if (typeof message === 'string') {
      out.push({ path, message });
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'ref') walk(child, path ? `${path}.${key}` : key);
  };
  walk(errors, '');
  return out;
}

const SHAPE_TARGET: Record<string, string> = { 'signature.date': FIELD_IDS.signatureDate, 'signature.organ': FIELD_IDS.signatureOrgan };

function jumpTo(id: string) {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    if (focusElement(id)) e.preventDefault();
  };
}

/** A narrative finding's link selects the words it is about, so the clerk sees which sentence is meant. */
function selectQuote(id: string, quote: string | undefined) {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLTextAreaElement)) return;
  const range = quoteRange(element.value, quote);
  if (range) element.setSelectionRange(range.start, range.end);
}

/** One line; a new analysis re-renders only the lines whose finding changed. */
const FindingLine = memo(function FindingLine({ finding }: { finding: Finding }) {
  const target = targetIdOf(finding);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!focusElement(target)) return;
    e.preventDefault();
    selectQuote(target, finding.quote);
  };
  return (
    <li className={finding.severity === 'error' ? styles.findingError : styles.findingWarning}>
      <span className={styles.severityTag}>{finding.severity === 'error' ? '错误' : '警告'}</span>
      <a href={`#${target}`} onClick={onClick}>
        {finding.message}
      </a>
    </li>
  );
}, (before, after) => isSameFinding(before.finding, after.finding));

/** The live count of errors (rule findings and the form's own), the one count the editor shows. */
export function useErrorCount(): number {
  const { control } = useEditor();
  const errors = useAnalysis((a) => a.getIndex().errors);
  const { errors: shapeErrors } = useFormState({ control });
  return errors + flattenErrors(shapeErrors).length;
}

export const FindingsSummary = memo(function FindingsSummary() {
  const { control } = useEditor();
  const index = useAnalysis((a) => a.getIndex());
  const { errors } = useFormState({ control });
  const shape = flattenErrors(errors);
  const errorCount = useErrorCount();
  const ordered = [...index.open.filter((f) => f.severity === 'error'), ...index.open.filter((f) => f.severity === 'warning')];
  return (
    <section className={styles.summary} aria-labelledby="findings-summary-heading" data-has-errors={errorCount > 0 || undefined}>
      <h2 id="findings-summary-heading" tabIndex={-1} className={styles.summaryHeading}>
        错误 {errorCount} 项，警告 {index.warnings} 项
      </h2>
      {index.accepted > 0 && <p className={styles.hint}>另有 {index.accepted} 项警告已由审核人接受。</p>}
      {errorCount + index.warnings === 0 ? (
        <p className={styles.summaryOk}>未发现问题。</p>
      ) : (
        <ul className={styles.summaryList}>
          {shape.map((e) => (
            <li key={`shape:${e.path}`} className={styles.findingError}>
              <span className={styles.severityTag}>错误</span>
              {SHAPE_TARGET[e.path] ? (
                <a href={`#${SHAPE_TARGET[e.path]}`} onClick={jumpTo(SHAPE_TARGET[e.path])}>
                  {e.message}
                </a>
              ) : (
                `${e.path}：${e.message}`
              )}
            </li>
          ))}
          {ordered.map((f, i) => (
            <FindingLine key={`${findingKey(f)}#${i}`} finding={f} />
          ))}
        </ul>
      )}
      <p className={styles.hint}>草稿可随时保存；提交审核前须改正全部错误。</p>
    </section>
  );
});
