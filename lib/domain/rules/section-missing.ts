// SECTION-MISSING (spec §6): one of the six parts is absent or empty.
import type { Hit, RuleCheck } from '../findings';
import { template, type NarrativeKey, type TableKey } from '../template';
import { isTableEmpty } from './values';

export const checkSectionMissing: RuleCheck = ({ report }) => {
  const hits: Hit[] = [];
  for (const part of template.parts) {
    if (!part.statutory) continue;
    const missing =
      part.kind === 'table'
        ? isTableEmpty(report.tables, part.key as TableKey)
        : !report.parts?.[part.key as NarrativeKey]?.trim();
    if (!missing) continue;
    hits.push({ ...(part.kind === 'narrative' ? { part: part.key as NarrativeKey } : {}), vars: { part: part.heading ?? part.label } });
  }
  return hits;
};
