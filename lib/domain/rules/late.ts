// LATE (spec §1, §6): published after the deadline for the organ's level, judged only when the level
// (or an explicit deadline) and the report's date are both known.
import type { RuleCheck } from '../findings';
import { template } from '../template';

export function defaultDeadline(year: number, level: keyof typeof template.deadlines): string {
  const { month, day } = template.deadlines[level];
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An organ's deadline for a reporting year: its own 'MM-DD' setting if any, else its level's default. */
export function organDeadline(year: number, level: keyof typeof template.deadlines, overrideMonthDay: string | null): string {
  return overrideMonthDay ? `${year + 1}-${overrideMonthDay}` : defaultDeadline(year, level);
}

export const checkLate: RuleCheck = ({ report, publishedOn, deadline }) => {
  const date = publishedOn ?? report.signature?.date ?? null;
  const level = report.level;
  const due = deadline ?? (level ? defaultDeadline(report.year, level) : null);
  if (!date || !due || date <= due) return [];
  const levelLabel = deadline ? '本机关' : template.deadlines[level!].label;
  return [{ vars: { date, deadline: due, levelLabel } }];
};
