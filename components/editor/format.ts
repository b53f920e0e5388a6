// How the editor writes times (cells: lib/domain/format-cell.ts). Times are China Standard Time whatever
// the machine's zone, so the server's first render and the browser's agree.
import type { SaveStatus } from './autosave';

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const valid = (iso: string) => !Number.isNaN(Date.parse(iso));

/** 「14:03:05」 */
export const formatTime = (iso: string) => (valid(iso) ? TIME.format(new Date(iso)) : iso);
/** 「2025/01/17 14:03:05」 */
export const formatDateTime = (iso: string) => (valid(iso) ? DATE_TIME.format(new Date(iso)) : iso);

/** The status line: 「已保存 14:03:05」 / 「保存中…」 / 「未保存：原因」. */
export function saveStatusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      // A quiet word that another window's edits were merged in; nothing for the clerk to do.
      return `已保存 ${formatTime(status.savedAt)}${status.mergedWith ? `（已合并${status.mergedWith}在另一窗口的修改）` : ''}`;
    case 'saving':
      return '保存中…';
    case 'failed':
      return `未保存：${status.reason}`;
    case 'conflict':
      return `未保存：${status.theirs.savedBy}于${formatTime(status.theirs.savedAt)}也修改了${status.conflicts.length}处相同的内容，请逐项选择`;
  }
}
