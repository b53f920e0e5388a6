'use client';
// A narrative part (一, 五, 六): one text, paragraphs separated by line breaks (spec §10). The text
// area is uncontrolled (react-hook-form's register), so typing re-renders nothing but the findings.
import { memo, type ClipboardEvent } from 'react';
import { MAX_PART_CHARS } from '@/lib/domain/model';
import { stripUntypeable } from '@/lib/domain/typed-text';
import { partByKey, type NarrativeKey } from '@/lib/domain/template';
import { partMessagesId, partTextId, sectionHeadingId } from './dom-ids';
import { useAnalysis, useEditor } from './editor-context';
import { describeMissing, describeRemoved } from './editor-messages';
import { FindingList, PartSection } from './part-section';
import styles from './editor.module.css';

const ROWS: Record<NarrativeKey, number> = { preamble: 5, overview: 20, problems: 12, other: 8 };

/**
 * Text pasted from elsewhere may carry control characters (NUL…) that no save can keep: they are taken
 * out and the clerk is told, instead of autosave failing on every later save.
 */
function pasteCleaned(e: ClipboardEvent<HTMLTextAreaElement>, say: (text: string) => void) {
  const { text, removed } = stripUntypeable(e.clipboardData.getData('text/plain'));
  if (removed === 0) return;
  e.preventDefault();
  const area = e.currentTarget;
  area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
  area.dispatchEvent(new Event('input', { bubbles: true }));
  say(`${describeRemoved(removed)}，其余内容已粘贴。`);
}

export const NarrativeText = memo(function NarrativeText({ part, labelledBy }: { part: NarrativeKey; labelledBy: string }) {
  const { register, initial, readOnly, messages } = useEditor();
  const findings = useAnalysis((a) => a.getPartFindings(part));
  const hasError = findings.some((f) => f.severity === 'error');
  return (
    <>
      <textarea
        id={partTextId(part)}
        className={styles.text}
        rows={ROWS[part]}
        defaultValue={initial.parts?.[part] ?? ''}
        aria-labelledby={labelledBy}
        aria-describedby={findings.length > 0 ? partMessagesId(part) : undefined}
        aria-invalid={hasError || undefined}
        data-severity={hasError ? 'error' : findings.length > 0 ? 'warning' : undefined}
        readOnly={readOnly}
        onPaste={(e) => pasteCleaned(e, (text) => messages.say(text))}
        {...register(`parts.${part}`)}
      />
      <FindingList id={partMessagesId(part)} findings={findings} />
      {!readOnly && <p className={styles.hint}>每部分不超过{MAX_PART_CHARS.toLocaleString('zh-CN')}字。</p>}
    </>
  );
});

function SummaryAction() {
  const { controller, messages } = useEditor();
  return (
    <p className={styles.partActions}>
      <button
        type="button"
        className={styles.button}
        onClick={() => {
          const result = controller.insertApplicationSummary();
          if (result.ok) messages.say('已将依申请公开概述写入「（二）依申请公开」。按「撤销」可撤回。');
          else messages.say(describeMissing(result.missing), 'problem');
        }}
      >
        生成依申请公开概述
      </button>
      <span className={styles.hint}>根据表格「三」的数字生成标准段落；表格改动后可再次生成。</span>
    </p>
  );
}

export const NarrativePart = memo(function NarrativePart({ part }: { part: Exclude<NarrativeKey, 'preamble'> }) {
  const { readOnly } = useEditor();
  const heading = partByKey(part).heading ?? partByKey(part).label;
  return (
    <PartSection section={part} heading={heading}>
      {part === 'overview' && !readOnly && <SummaryAction />}
      <NarrativeText part={part} labelledBy={sectionHeadingId(part)} />
    </PartSection>
  );
});
