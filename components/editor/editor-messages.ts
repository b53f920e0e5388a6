// What the editor tells the clerk after an action (paste, 空白填0, undo, redo, 生成概述): one line, announced
// politely, so the clerk knows what changed and that one undo takes it back.
import { cellSpec, type CellKey } from '@/lib/domain/cells';
import type { PasteOutcome, UndoOutcome } from './editor-controller';

export type EditorMessage = { id: number; text: string; tone: 'info' | 'problem' };

export function createMessageStore() {
  let message: EditorMessage | null = null;
  const listeners = new Set<() => void>();
  return {
    say(text: string, tone: EditorMessage['tone'] = 'info') {
      message = { id: (message?.id ?? 0) + 1, text, tone };
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => message,
  };
}
export type MessageStore = ReturnType<typeof createMessageStore>;

const UNDO_HINT = '按 Ctrl+Z 或「撤销」可撤回。';

/** A paste the clerk must look at again: refused, or carrying totals that disagree with their rows. */
export const pasteNeedsLook = (outcome: PasteOutcome) => outcome.refused !== undefined || outcome.disagreeing.length > 0;

export function describePaste(outcome: PasteOutcome): string {
  if (outcome.refused) return `${outcome.refused}；整块内容均未粘贴，请检查所选的行。`;
  const notes = [
    ...outcome.disagreeing.map(
      (d) => `「${cellSpec(d.key).name}」粘贴的总计${d.pasted}与各项之和${d.sum}不符，总计按各项之和计算`,
    ),
    outcome.labelColumns > 0 && `略去行标题 ${outcome.labelColumns} 列`,
    outcome.headerRows > 0 && `略去表头 ${outcome.headerRows} 行`,
    outcome.onComputed > 0 && `${outcome.onComputed} 个合计值由系统计算，未粘贴`,
    outcome.outside > 0 && `${outcome.outside} 个值超出表格范围，未粘贴`,
    outcome.invalid > 0 && `${outcome.invalid} 个值不是有效数值，已按原文保留并标出`,
    outcome.removed > 0 && describeRemoved(outcome.removed),
  ].filter(Boolean);
  const head = `已粘贴 ${outcome.rows} 行 × ${outcome.cols} 列，更新 ${outcome.written} 个单元格`;
  return `${[head, ...notes].join('；')}。${outcome.written > 0 ? UNDO_HINT : ''}`;
}

/** Control characters and broken characters taken out of a paste (typed-text.ts). */
export const describeRemoved = (removed: number) => `已删除 ${removed} 个不可见的控制字符或残缺字符`;

export function describeFill(filled: number): string {
  return filled > 0 ? `已将 ${filled} 个空白单元格填为 0。${UNDO_HINT}` : '没有空白单元格需要填 0。';
}

export function describeUndo(outcome: UndoOutcome | null): string {
  if (!outcome) return '没有可撤销的操作。';
  const kept = outcome.kept > 0 ? `；其中 ${outcome.kept} 处之后又被修改，保留了修改后的内容` : '';
  return `已撤销「${outcome.label}」${kept}。`;
}

export function describeRedo(outcome: UndoOutcome | null): string {
  if (!outcome) return '没有可恢复的操作。';
  const kept = outcome.kept > 0 ? `；其中 ${outcome.kept} 处撤销后又被修改，保留了修改后的内容` : '';
  return `已恢复「${outcome.label}」${kept}。`;
}

export function describeMissing(missing: CellKey[]): string {
  const first = cellSpec(missing[0]).name;
  return `无法生成依申请公开概述：表格「三」尚有 ${missing.length} 个单元格未填写或不是有效数值（如「${first}」）。`;
}
