// A copy of the form's values that shares every branch equal to the last copy: the form mutates its own
// values in place, the analysis needs a snapshot, and unchanged branches keeping their identity let the
// rule session skip the rules that read only them (a keystroke in a cell leaves the narrative as it was).
type Json = null | boolean | number | string | undefined | Json[] | { [key: string]: Json };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `next` copied, with each array or object equal in content to the one at the same place in `prev` taken from `prev`. */
export function shareUnchanged<T>(prev: T | undefined, next: T): T {
  return share(prev as Json, next as Json) as T;
}

function share(prev: Json, next: Json): Json {
  if (Array.isArray(next)) {
    const before = Array.isArray(prev) && prev.length === next.length ? prev : undefined;
    let same = before !== undefined;
    const out = next.map((v, i) => {
      const s = share(before?.[i], v);
      if (s !== before?.[i]) same = false;
      return s;
    });
    return same ? (before as Json[]) : out;
  }
  if (isRecord(next)) {
    const before = isRecord(prev) ? (prev as Record<string, Json>) : undefined;
    const keys = Object.keys(next);
    let same = before !== undefined && Object.keys(before).length === keys.length;
    const out: Record<string, Json> = {};
    for (const key of keys) {
      const s = share(before?.[key], next[key]);
      if (s !== before?.[key] || !(key in (before ?? {}))) same = false;
      out[key] = s;
    }
    return same ? (before as Json) : out;
  }
  return next;
}
