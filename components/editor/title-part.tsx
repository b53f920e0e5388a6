'use client';
// 标题与前言: the organ and year are the report's identity (read-only here), then the preamble.
import { memo } from 'react';
import { partByKey, template } from '@/lib/domain/template';
import { partMessagesId } from './dom-ids';
import { useAnalysis, useEditor } from './editor-context';
import { NarrativeText } from './narrative-part';
import { FindingList, PartSection } from './part-section';
import { sectionHeading } from './sections';
import styles from './editor.module.css';

const PREAMBLE_LABEL_ID = 'preamble-label';

export const TitlePart = memo(function TitlePart() {
  const { initial, organName } = useEditor();
  const findings = useAnalysis((a) => a.getFieldFindings('title'));
  return (
    <PartSection section="title" heading={sectionHeading('title')}>
      <dl className={styles.identity}>
        <div>
          <dt>机关名称</dt>
          <dd>{organName}</dd>
        </div>
        <div>
          <dt>报告年度</dt>
          <dd>{initial.year}年</dd>
        </div>
        <div>
          <dt>标题</dt>
          <dd>
            {organName}
            {initial.year}
            {template.titleSuffix}
          </dd>
        </div>
      </dl>
      <FindingList id={partMessagesId('title')} findings={findings} />
      <h3 id={PREAMBLE_LABEL_ID} className={styles.fieldLabel}>
        {partByKey('preamble').label}
      </h3>
      <NarrativeText part="preamble" labelledBy={PREAMBLE_LABEL_ID} />
      <p className={styles.hint}>报告标题与年度随报告创建确定，在此不能修改。</p>
    </PartSection>
  );
});
