// A new year's draft: blank tables, the customary preamble and the five sub-headings of 一 (spec §2).
import { createEmptyReport, type TLevel, type TReport } from './model';
import { partByKey, template } from './template';

export function initialPreamble(year: number): string {
  const parts = template.parts.filter((p) => p.statutory).map((p) => p.label).join('、');
  return `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制，全文包括${parts}。本报告所列数据的统计期限为${year}年1月1日至${year}年12月31日。`;
}

export function initialOverview(): string {
  return (partByKey('overview').subheadings ?? []).join('\n');
}

export function createNewDraft(organ: string, year: number, level?: TLevel): TReport {
  const report = createEmptyReport(organ, year, level);
  return { ...report, parts: { preamble: initialPreamble(year), overview: initialOverview(), problems: '', other: '' } };
}
