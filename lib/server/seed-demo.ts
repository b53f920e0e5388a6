// The demo organ, users and reports a newcomer sees on an empty database (NIANBAO_DEMO=1).
import { randomUUID } from 'node:crypto';
import seed003 from '../domain/fixtures/seed-003.json';
import type { Db } from '../db/types';
import { readCanonical } from '../domain/canonical';
import { createNewDraft } from '../domain/new-draft';
import { deriveTotals } from '../domain/totals';
import { hashPassword } from './auth/password';
import { writeAudit } from './audit';
import { insertReport } from './insert-report';
import type { TReport } from '../domain/model';
import type { ReportStatus } from '../domain/workflow';
import type { Role } from './context';

export const DEMO_PASSWORD = 'nianbao-demo';
export const DEMO_DISTRICT = '演示区人民政府';
export const DEMO_TOWN = '演示区长寿湖镇人民政府';
export const DEMO_USERS: { username: string; displayName: string; organ: 'district' | 'town'; roles: Role[] }[] = [
  { username: 'clerk', displayName: '张填报', organ: 'town', roles: ['clerk'] },
  { username: 'reviewer', displayName: '李审核', organ: 'town', roles: ['supervisor'] },
  { username: 'office', displayName: '王主管', organ: 'district', roles: ['supervisor', 'admin'] },
];

export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(4618)');
    const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM organs');
    if (n > 0) return false;
    const organs = { district: randomUUID(), town: randomUUID() };
    await tx.query(`INSERT INTO organs (id, name, level, parent_id) VALUES ($1, $2, 'government', NULL), ($3, $4, 'town', $1)`, [
      organs.district, DEMO_DISTRICT, organs.town, DEMO_TOWN,
    ]);
    const userIds: string[] = [];
    for (const [i, u] of DEMO_USERS.entries()) {
      const id = randomUUID();
      userIds.push(id);
      await tx.query('INSERT INTO users (id, username, display_name, password_hash) VALUES ($1, $2, $3, $4)', [id, u.username, u.displayName, hashes[i]]);
      for (const role of u.roles) {
        await tx.query('INSERT INTO memberships (user_id, organ_id, role) VALUES ($1, $2, $3)', [id, organs[u.organ], role]);
      }
    }
    const clerk = userIds[0];
    const lastYear = readCanonical({ ...seed003, organ: DEMO_TOWN });
    if (!lastYear.ok) throw new Error('demo fixture is not a valid report');
    const thisYear = createNewDraft(DEMO_TOWN, lastYear.report.year + 1, 'town');
    thisYear.tables = deriveTotals(thisYear.tables);
    const reports: { report: TReport; status: ReportStatus }[] = [
      { report: { ...lastYear.report, signature: { organ: DEMO_TOWN, date: lastYear.report.signature?.date ?? null } }, status: 'approved' },
      { report: thisYear, status: 'draft' },
    ];
    for (const { report, status } of reports) {
      await insertReport(tx, { organId: organs.town, report, actorId: clerk, status, audit: false });
    }
    await writeAudit(tx, { actor: null, action: 'demo.seed', detail: { organs: [DEMO_DISTRICT, DEMO_TOWN] } });
    return true;
  });
}
