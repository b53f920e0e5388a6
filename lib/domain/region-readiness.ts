// Whether a region report may go for review: every unit below the office must have a final report of the
// year, and the sums must not carry numbers from a unit that was not final when summed (issue 15). The
// office may still submit with a written reason; the reason goes into the audit row.
import { isFinal, STATUS_LABEL, type ReportStatus } from './workflow';

export type UnitStanding = {
  organ: string;
  /** The unit's report of the year now, or null when it has none. */
  status: ReportStatus | null;
  /** Its state when it was summed; undefined when it is not in the sums, null when that was not recorded. */
  summedAs?: ReportStatus | null;
};
export type PendingUnit = { organ: string; why: string };

export const NOT_STARTED = '未开始';

export function findPendingUnits(units: UnitStanding[]): PendingUnit[] {
  const pending: PendingUnit[] = [];
  for (const u of units) {
    if (u.status === null) pending.push({ organ: u.organ, why: NOT_STARTED });
    else if (!isFinal(u.status)) pending.push({ organ: u.organ, why: STATUS_LABEL[u.status] });
    else if (u.summedAs !== undefined && (u.summedAs === null || !isFinal(u.summedAs))) {
      pending.push({ organ: u.organ, why: `汇总时${u.summedAs ? `为${STATUS_LABEL[u.summedAs]}` : '未审定'}，请重新汇总` });
    }
  }
  return pending;
}

export const describePending = (pending: PendingUnit[]) => pending.map((p) => `${p.organ}（${p.why}）`).join('、');
