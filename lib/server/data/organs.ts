// Organ look-ups shared by the verbs: the organ itself and the chain of offices above it.
import type { Queryable } from '../../db/types';
import type { TLevel } from '../../domain/model';
import { isUuid } from './ids';

export type Organ = { id: string; name: string; level: TLevel; parentId: string | null; deadlineOverride: string | null };

type OrganRow = { id: string; name: string; level: TLevel; parent_id: string | null; deadline_override: string | null };
const toOrgan = (r: OrganRow): Organ => ({
  id: r.id, name: r.name, level: r.level, parentId: r.parent_id, deadlineOverride: r.deadline_override,
});

export async function findOrgan(q: Queryable, id: string): Promise<Organ | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<OrganRow>('SELECT id, name, level, parent_id, deadline_override FROM organs WHERE id = $1', [id]);
  return row ? toOrgan(row) : null;
}

/** The organ and every office above it, nearest first. */
export async function organAndAncestors(q: Queryable, id: string): Promise<string[]> {
  if (!isUuid(id)) return [];
  const rows = await q.query<{ id: string }>(
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM organs WHERE id = $1
       UNION ALL SELECT o.id, o.parent_id, up.depth + 1 FROM organs o JOIN up ON o.id = up.parent_id WHERE up.depth < 20)
     SELECT id FROM up ORDER BY depth`,
    [id],
  );
  return rows.map((r) => r.id);
}

/** Organs strictly below the given one, at any depth. */
export async function organsBelow(q: Queryable, id: string): Promise<Organ[]> {
  if (!isUuid(id)) return [];
  const rows = await q.query<OrganRow>(
    `WITH RECURSIVE down(id, depth) AS (
       SELECT id, 0 FROM organs WHERE parent_id = $1
       UNION ALL SELECT o.id, down.depth + 1 FROM organs o JOIN down ON o.parent_id = down.id WHERE down.depth < 20)
     SELECT o.id, o.name, o.level, o.parent_id, o.deadline_override FROM organs o JOIN down ON down.id = o.id ORDER BY o.name`,
    [id],
  );
  return rows.map(toOrgan);
}
