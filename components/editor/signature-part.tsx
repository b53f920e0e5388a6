'use client';
// 落款: the organ's full name and the date of the report, printed right-aligned.
import { memo } from 'react';
import { useFormState } from 'react-hook-form';
import { FIELD_IDS, partMessagesId } from './dom-ids';
import { useAnalysis, useEditor } from './editor-context';
import { FindingList, PartSection } from './part-section';
import { sectionHeading } from './sections';
import styles from './editor.module.css';


export const SignaturePart = memo(function SignaturePart() {
  const { register, control, readOnly, initial } = useEditor();
  const findings = useAnalysis((a) => a.getFieldFindings('signatureDate'));
  const { errors } = useFormState({ control, name: ['signature.organ', 'signature.date'] });
  const dateError = errors.signature?.date?.message;
  const describedBy = [findings.length > 0 && partMessagesId('signature'), dateError && `${FIELD_IDS.signatureDate}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <PartSection section="signature" heading={sectionHeading('signature')}>
      <div className={styles.signature}>
        <label className={styles.field}>
          <span className={styles.fieldLabel}>机关全称</span>
          <input
            id={FIELD_IDS.signatureOrgan}
            className={styles.textInput}
            defaultValue={initial.signature?.organ ?? ''}
            readOnly={readOnly}
            {...register('signature.organ')}
          />
        </label>
        <label className={styles.field}>
          <span className={styles.fieldLabel}>成文日期</span>
          <input
            id={FIELD_IDS.signatureDate}
            className={styles.textInput}
            type="date"
            defaultValue={initial.signature?.date ?? ''}
            readOnly={readOnly}
            aria-invalid={Boolean(dateError) || findings.some((f) => f.severity === 'error') || undefined}
            aria-describedby={describedBy || undefined}
            {...register('signature.date', { setValueAs: (v: string | null) => (v ? v : null) })}
          />
        </label>
        {dateError && (
          <p id={`${FIELD_IDS.signatureDate}-error`} className={styles.fieldError}>
            {dateError}
          </p>
        )}
      </div>
      <FindingList id={partMessagesId('signature')} findings={findings} />
    </PartSection>
  );
});
