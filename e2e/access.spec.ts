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
import { DEMO_PASSWORD } from '../lib/server/seed-demo';

const DEMO_TOWN = '演示区长寿湖镇人民政府';
import { createReport, signIn as signInPage } from './support';

type Role = 'nobody' | 'clerk' | 'reviewer' | 'office' | 'outsider';
const ROLES: Role[] = ['nobody', 'clerk', 'reviewer', 'office', 'outsider'];
/**
 * What a caller gets: ok (served / done, or refused for a reason that is not access), login (sent to sign in /
 * 401), denied (403, or the page's 「只有…可以」 notice), notfound (404: not even told it exists),
 * to-reports (a signed-in user sent on to their reports).
 */
type Outcome = 'ok' | 'login' | 'denied' | 'notfound' | 'to-reports';
type Row = Record<Role, Outcome>;
const row = (nobody: Outcome, clerk: Outcome, reviewer: Outcome, office: Outcome, outsider: Outcome): Row => ({ nobody, clerk, reviewer, office, outsider });

const OUTSIDER = { username: 'outsider', password: 'outsider-pass-1', organ: '演示区交通运输委员会' };

type Ids = { town: string; district: string; draft: string; approved: string; own: string };
let ids: Ids;
const cookies: Partial<Record<Role, string>> = {};
let base = '';

// --- what every route must answer ---------------------------------------------------------------------------

/** Pages, by their file under app/, with the URL each is called at. */
const PAGES: Record<string, { url: (i: Ids) => string; expect: Row }> = {
  'page.tsx': { url: () => '/', expect: row('ok', 'ok', 'ok', 'ok', 'ok') },
  'login/page.tsx': { url: () => '/login', expect: row('ok', 'to-reports', 'to-reports', 'to-reports', 'to-reports') },
  'reports/page.tsx': { url: () => '/reports', expect: row('login', 'ok', 'ok', 'ok', 'ok') },
  'reports/import/page.tsx': { url: () => '/reports/import', expect: row('login', 'ok', 'denied', 'denied', 'ok') },
  'reports/[id]/page.tsx': { url: (i) => `/reports/${i.draft}`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'reports/[id]/history/page.tsx': { url: (i) => `/reports/${i.approved}/history`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'reports/[id]/preview/page.tsx': { url: (i) => `/reports/${i.draft}/preview`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'reports/[id]/review/page.tsx': { url: (i) => `/reports/${i.draft}/review`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'office/page.tsx': { url: (i) => `/office?organ=${i.district}&year=2025`, expect: row('login', 'denied', 'ok', 'ok', 'ok') },
  'office/rollup/page.tsx': { url: (i) => `/office/rollup?organ=${i.district}&year=2025`, expect: row('login', 'denied', 'denied', 'ok', 'denied') },
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
  'reports/[id]/download/[format]/route.ts GET': { method: 'GET', url: (i) => `/reports/${i.approved}/download/docx`, expect: row('login', 'ok', 'ok', 'ok', 'notfound') },
  'api/exports/route.ts GET': { method: 'GET', url: (i) => `/api/exports?organ=${i.district}&year=2025&subtree=1&format=csv`, expect: row('login', 'notfound', 'notfound', 'ok', 'notfound') },
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
  'app/admin/actions.ts#addUserAction': {
    page: '/admin', fields: (i) => ({ username: 'clerk', displayName: '重名', password: 'password-123', organId: i.town, roles: ['clerk'] }), expect: row('login', 'denied', 'denied', 'ok', 'denied'),
  },
  'app/office/rollup/actions.ts#runRollupAction': {
    page: '/office/rollup', fields: (i) => ({ organId: i.district, year: '2025', unit: ['no-such-report'] }), expect: row('login', 'denied', 'denied', 'ok', 'denied'),
  },
  'app/reports/actions.ts#createReportAction': { page: '/reports', fields: (i) => ({ organId: i.town, year: '2024' }), expect: row('login', 'ok', 'denied', 'denied', 'denied') },
  'app/reports/[id]/workflow-actions.ts#submitAction': { page: '/reports/x', fields: (i) => ({ reportId: i.approved }), expect: row('login', 'ok', 'denied', 'denied', 'denied') },
  'app/reports/[id]/workflow-actions.ts#decideAction': {
    page: '/reports/x', fields: (i) => ({ reportId: i.own, decision: 'approve', reason: '' }), expect: row('login', 'denied', 'ok', 'denied', 'denied'),
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

async function visit(url: string, cookie: string | undefined): Promise<Outcome | string> {
  const r = await fetch(`${base}${url}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const location = r.headers.get('location');
  if (r.status >= 300 && r.status < 400) return isLogin(location) ? 'login' : new URL(location ?? '', base).pathname === '/reports' ? 'to-reports' : `redirect ${location}`;
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
  if (isLogin(answer.headers.get('x-action-redirect')?.split(';')[0] ?? null)) return 'login';
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
  const draft = await reportHref(page, '2025年度报告');
  const approved = await reportHref(page, '2024年度报告');
  const existing = page.getByRole('link', { name: '2093年度报告' });
  const own = (await existing.count()) ? (await existing.getAttribute('href'))!.split('/').pop()! : (await createReport(page, 2093)).split('/').pop()!;
  await page.close();
  ids = { town, district, draft, approved, own };
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

test('brute-force sign-in is slowed: after three failures the next attempt is refused with the wait', async () => {
  const id = actionId('app/login/actions.ts', 'signInAction');
  const errors: string[] = [];
  for (let i = 0; i < 5; i++) {
    const answer = await callAction(base, '/login', id, { username: 'brute-force-target', password: `guess-${i}` });
    errors.push(/"error":"([^"]*)"/.exec(answer.text)?.[1] ?? '');
  }
  expect(errors.slice(0, 3)).toEqual(Array(3).fill('用户名或密码不正确'));
  expect(errors[3]).toMatch(/^登录失败次数过多，请\d+秒后再试$/);
  expect(errors[4]).toMatch(/^登录失败次数过多/);
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
