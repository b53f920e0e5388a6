// The one wrapper of the server actions: runs the verb and answers the form with what was done, or with
// the refusal of a ServerError. Anything else (a bug, or Next's redirect, which is thrown) passes through.
import type { ActionState } from '../../views/action-state';
import { ReportExists, ServerError } from '../context';

/** `kept` goes back with a refusal too, so the form keeps what was typed (the name at sign-in). */
export async function runAction<TData = undefined>(
  run: () => Promise<string | ActionState<TData>>,
  kept?: TData,
): Promise<ActionState<TData>> {
  try {
    const done = await run();
    return typeof done === 'string' ? { ok: done } : done;
  } catch (e) {
    if (!(e instanceof ServerError)) throw e;
    return {
      error: e.message,
      ...(e instanceof ReportExists ? { existingReportId: e.reportId } : {}),
      ...(kept === undefined ? {} : { data: kept }),
    };
  }
}
