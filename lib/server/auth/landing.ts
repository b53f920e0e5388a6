// Where a user lands after signing in (issue: the supervising office's desk). People who only supervise
// an office with units below it start on that office's board; anyone who fills reports, or reviews a
// unit's own reports, starts on 我的报告.
import type { Queryable } from '../../db/types';
import type { Actor } from '../context';

export async function landingPath(q: Queryable, actor: Actor): Promise<'/office' | '/reports'> {
  if (actor.memberships.some((m) => m.role === 'clerk')) return '/reports';
  const supervised = actor.memberships.filter((m) => m.role === 'supervisor' || m.role === 'admin').map((m) => m.organId);
  if (supervised.length === 0) return '/reports';
  const [office] = await q.query<{ id: string }>('SELECT id FROM organs WHERE parent_id = ANY($1::text[]) LIMIT 1', [supervised]);
  return office ? '/office' : '/reports';
}
