// The demo a newcomer sees on an empty database (NIANBAO_DEMO=1): a district office with four units in
// different states, a clerk, a reviewer and the office's supervisor-administrator — in the reporting cycle
// of the day it is seeded (lib/domain/reporting-cycle.ts), so its deadlines lie ahead as a newcomer's would.
import { randomUUID } from 'node:crypto';
import seed003 from '../../domain/fixtures/seed-003.json';
import type { Db } from '../../db/types';
import { readCanonical } from '../../domain/canonical';
import { dateInBeijing } from '../../domain/beijing-date';
import { appKey, setCell } from '../../domain/cells';
import { reportingCycle, type ReportingCycle } from '../../domain/reporting-cycle';
import type { TLevel, TParts, TReport } from '../../domain/model';
import { moveYears } from '../../domain/move-years';
import { createNewDraft } from '../../domain/new-draft';
import { deriveTotals } from '../../domain/totals';
import type { ReportStatus } from '../../domain/workflow';
import { hashPassword } from '../auth/password';
import { writeAudit } from './audit';
import type { Role } from '../context';
import { insertReport } from './insert-report';

export const DEMO_PASSWORD = 'nianbao-demo';

type OrganKey = 'district' | 'town' | 'education' | 'street' | 'transport';
const DEMO_ORGANS: Record<OrganKey, { name: string; level: TLevel; parent: OrganKey | null }> = {
  district: { name: '演示区人民政府', level: 'government', parent: null },
  town: { name: '演示区长寿湖镇人民政府', level: 'town', parent: 'district' },
  education: { name: '演示区教育委员会', level: 'department', parent: 'district' },
  street: { name: '演示区桃花街道办事处', level: 'town', parent: 'district' },
  transport: { name: '演示区交通运输委员会', level: 'department', parent: 'district' },
};
const DEMO_TOWN = DEMO_ORGANS.town.name;

export const DEMO_USERS: { username: string; displayName: string; roles: [OrganKey, Role][] }[] = [
  { username: 'clerk', displayName: '张填报', roles: [['town', 'clerk']] },
  { username: 'reviewer', displayName: '李审核', roles: [['town', 'supervisor'], ['education', 'supervisor'], ['street', 'supervisor']] },
  { username: 'office', displayName: '王主管', roles: [['district', 'supervisor'], ['district', 'admin']] },
];

type DemoReport = { organ: OrganKey; report: TReport; status: ReportStatus; publication?: { publishedOn: string; publishedUrl: string } };

/**
 * Every unit's report of the published year, out on time (before the units' 31 January), and the year in
 * progress in each state: the town's draft, the education commission's report under review, the street
 * office's approved one, the transport commission not started. Reports signed this year are dated today.
 */
function demoReports({ inProgress, published }: ReportingCycle, today: string): DemoReport[] {
  const seed = readCanonical(seed003);
  if (!seed.ok) throw new Error('demo fixture is not a valid report');
  const { parts } = seed.report;
  const filed = (organ: OrganKey, year: number, signedOn: string, edit: (t: TReport['tables']) => TReport['tables'] = (t) => t): TReport => {
    const name = DEMO_ORGANS[organ].name;
    const told = parts && (Object.fromEntries(Object.entries(parts).map(([k, text]) => [k, moveYears(text, seed.report.year, year)])) as TParts);
    return { ...seed.report, organ: name, year, level: DEMO_ORGANS[organ].level, parts: told, tables: deriveTotals(edit(seed.report.tables)), signature: { organ: name, date: signedOn } };
  };
  const units = (Object.keys(DEMO_ORGANS) as OrganKey[]).filter((key) => DEMO_ORGANS[key].parent);
  const draft = createNewDraft(DEMO_TOWN, inProgress, 'town');
  return [
    ...units.map((organ): DemoReport => ({
      organ,
      report: filed(organ, published, `${published + 1}-01-17`),
      status: 'published',
      publication: { publishedOn: `${published + 1}-01-20`, publishedUrl: `https://www.example.gov.cn/${organ}/${published}/nianbao.html` },
    })),
    { organ: 'town', report: { ...draft, tables: deriveTotals(draft.tables) }, status: 'draft' },
    // Three applications to the education commission, all answered in full.
    { organ: 'education', report: filed('education', inProgress, today, (t) => setCell(setCell(t, appKey(0, 0), 3), appKey(2, 0), 3)), status: 'submitted' },
    { organ: 'street', report: filed('street', inProgress, today), status: 'approved' },
  ];
}

/** Seeds the demo in the reporting cycle of `now` (reportingCycle), unless the database has organs already. */
export async function seedDemoIfEmpty(db: Db, now = new Date()): Promise<boolean> {
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(4618)');
    const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM organs');
    if (n > 0) return false;
    const ids = Object.fromEntries(Object.keys(DEMO_ORGANS).map((k) => [k, randomUUID()])) as Record<OrganKey, string>;
    for (const [key, organ] of Object.entries(DEMO_ORGANS) as [OrganKey, (typeof DEMO_ORGANS)[OrganKey]][]) {
      await tx.query('INSERT INTO organs (id, name, level, parent_id) VALUES ($1, $2, $3, $4)', [
        ids[key], organ.name, organ.level, organ.parent ? ids[organ.parent] : null,
      ]);
    }
    const userIds: string[] = [];
    for (const [i, u] of DEMO_USERS.entries()) {
      const id = randomUUID();
      userIds.push(id);
      await tx.query('INSERT INTO users (id, username, display_name, password_hash) VALUES ($1, $2, $3, $4)', [id, u.username, u.displayName, hashes[i]]);
      for (const [organ, role] of u.roles) {
        await tx.query('INSERT INTO memberships (user_id, organ_id, role) VALUES ($1, $2, $3)', [id, ids[organ], role]);
      }
    }
    for (const { organ, report, status, publication } of demoReports(reportingCycle(now), dateInBeijing(now))) {
      const id = await insertReport(tx, { organId: ids[organ], report, actorId: userIds[0], status, audit: false });
      // Its own row, so the board's 最近动态 and the history say where the report came from; nobody acted.
      await writeAudit(tx, { actor: null, action: 'report.seed', organId: ids[organ], reportId: id, detail: { status } });
      if (publication) await tx.query('UPDATE reports SET published_on = $1, published_url = $2 WHERE id = $3', [publication.publishedOn, publication.publishedUrl, id]);
    }
    await tx.query('UPDATE reports SET approved_version = version WHERE status = ANY($1::text[])', [['approved', 'published']]);
    await writeAudit(tx, { actor: null, action: 'demo.seed', detail: { organs: Object.values(DEMO_ORGANS).map((o) => o.name) } });
    return true;
  });
}
