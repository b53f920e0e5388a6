// The signature at the end of 六: the organ's name and the date (「2025年1月17日」, 「二〇二五年一月十七日」).
import { looksLikeOrgan } from './organ-year';
import { isPageNumberLine } from './text-lines';

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 「十七」→17, 「二十」→20, 「一」→1, 「2025」→2025, 「二〇二五」→2025. */
function numberOf(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]{4}$/.test(s)) return Number([...s].map((c) => CN_DIGIT[c]).join(''));
  const m = /^([一二三])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  if (!m[2]) return m[1] && m[3] ? null : CN_DIGIT[m[1] ?? m[3]];
  return (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[3] ? CN_DIGIT[m[3]] : 0);
}

const DATE = /^[（(]?\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[)）]?$/;

/** 「2025年1月17日」 → 2025-01-17; null when it is no valid date. */
export function parseDateLine(line: string): string | null {
  const m = DATE.exec(line.trim());
  if (!m) return null;
  const [y, mo, d] = [numberOf(m[1]), numberOf(m[2]), numberOf(m[3])];
  if (y === null || mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null;
}

export type SignatureSplit = { body: string; organ: string | null; date: string | null; trailing: string[] };

/** Page chrome after the signature (「主办：…」「网站地图」): short lines that end no sentence. */
const isChrome = (line: string) => line.trim().length <= 60 && !/[。；]$/.test(line.trim());

/** Takes the signature lines off the end of the last part: the date, and the organ's name above it. */
export function splitSignature(text: string): SignatureSplit {
  const lines = text.split('\n');
  const content = lines.map((l, i) => (l.trim() && !isPageNumberLine(l) ? i : -1)).filter((i) => i >= 0);
  // The date is the last line, or is followed only by a few lines of page chrome.
  const dateAt = [...content].reverse().slice(0, 4).find((i) => parseDateLine(lines[i]) !== null);
  if (dateAt === undefined || !content.filter((i) => i > dateAt).every((i) => isChrome(lines[i]))) {
    let end = content.length ? content[content.length - 1] + 1 : 0;
    const last = lines[end - 1]?.replace(/\s+/g, '') ?? '';
    let organ: string | null = null;
    if (looksLikeOrgan(last) && /(?:政府|局|委员会|办公室|办公厅|厅|委|办事处|中心)$/.test(last)) {
      organ = last;
      end--;
    }
    return { body: lines.slice(0, end).join('\n'), organ, date: null, trailing: [] };
  }
  const date = parseDateLine(lines[dateAt]);
  const trailing = content.filter((i) => i > dateAt).map((i) => lines[i].trim());
  const before = content.filter((i) => i < dateAt);
  const above = before.length ? lines[before[before.length - 1]].replace(/\s+/g, '') : '';
  const organ = looksLikeOrgan(above) ? above : null;
  const end = organ ? before[before.length - 1] : dateAt;
  return { body: lines.slice(0, end).join('\n'), organ, date, trailing };
}
