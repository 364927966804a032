// Back-office companies: the searchable list, a company's page, assigning an
// administrator, blocking and unblocking, "view as customer"; and the audit
// log for administrators (/account/activity) and staff (/backoffice/activity).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { now as clockNow } from '../lib/clock.mjs';

let portal;
before(async () => ({ portal } = await startStack()));
after(() => stopStack({ portal }));

const q = (s) => s.replace(/'/g, "''");
const one = (query) => portal.sql(query);
const companyId = (name) => Number(one(`SELECT id FROM companies WHERE name = '${q(name)}'`));
const membershipId = (email, company) => Number(one(
  `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id JOIN companies c ON c.id = m.company_id
    WHERE u.email = '${q(email)}' AND c.name = '${q(company)}'`));
const roleOf = (email, company) => one(
  `SELECT r.name FROM memberships m JOIN users u ON u.id = m.user_id JOIN companies c ON c.id = m.company_id
     JOIN roles r ON r.id = m.role_id WHERE u.email = '${q(email)}' AND c.name = '${q(company)}'`);
const auditCount = (where) => Number(one(`SELECT COUNT(*) FROM audit_log WHERE ${where}`));
const ACME = 'Acme Industrial Supply';
const BOREALIS = 'Borealis Builders';

async function signedIn(email) {
  const c = new Client(portal.url);
  const res = await c.signIn(email);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

// The rows of the companies table, as "name|account|status|members|admins|manager".
function companyRows(html) {
  const body = html.split('<tbody>')[1]?.split('</tbody>')[0] ?? '';
  return [...body.matchAll(/<tr>([^]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<td[^>]*>([^]*?)<\/td>/g)].map(([, cell]) => cell.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()));
}
const names = (html) => companyRows(html).map((r) => r[0]);

test('staff list, search and filter the companies', async () => {
  const staff = await signedIn('staff@seller.test');
  const all = await staff.get('/backoffice/companies');
  assert.equal(all.status, 200);
  const rows = companyRows(all.text);
  const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
  for (const name of [ACME, BOREALIS, 'Cascade Facility Services', 'Ridgeline Fabrication']) {
    assert.ok(byName[name], `${name} is listed`);
  }
  const acmeMembers = Number(one(`SELECT COUNT(*) FROM memberships WHERE status = 'active' AND company_id = ${companyId(ACME)}`));
  assert.deepEqual(byName[ACME].slice(1, 6), ['C-100042', 'Active', String(acmeMembers), '1', 'Dana Reyes']);
  assert.match(byName[ACME][6], /^[A-Z][a-z]{2} \d{2}, \d{4}$/, 'last order date');
  assert.deepEqual(byName['Cascade Facility Services'].slice(1, 3), ['—', 'Pending approval']);
  assert.deepEqual(byName['Ridgeline Fabrication'].slice(1, 3), ['C-100019', 'Blocked']);
  assert.deepEqual(names(all.text), [...names(all.text)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    'sorted by name');
  assert.match(all.text, new RegExp(`href="/backoffice/companies/${companyId(ACME)}"`));

  assert.deepEqual(names((await staff.get('/backoffice/companies?q=bOREal')).text), [BOREALIS]);
  assert.deepEqual(names((await staff.get('/backoffice/companies?q=C-100077')).text), [BOREALIS]);
  assert.deepEqual(names((await staff.get('/backoffice/companies?q=100019')).text), ['Ridgeline Fabrication']);
  assert.deepEqual(names((await staff.get('/backoffice/companies?status=blocked')).text), ['Ridgeline Fabrication']);
  const pending = names((await staff.get('/backoffice/companies?status=pending')).text);
  assert.ok(pending.includes('Cascade Facility Services'));
  assert.ok(!pending.includes(ACME) && !pending.includes('Ridgeline Fabrication'));
  const active = names((await staff.get('/backoffice/companies?status=active&q=acme')).text);
  assert.deepEqual(active, [ACME]);
  assert.deepEqual(names((await staff.get('/backoffice/companies?status=blocked&q=acme')).text), []);
  const none = await staff.get('/backoffice/companies?q=%25');   // a literal %, no wildcard
  assert.equal(none.status, 200);
  assert.match(none.text, /No company matches/);
  // the search is kept in the form; an unknown status is no filter
  const kept = await staff.get('/backoffice/companies?q=%3Cb%3Eacme&status=nonsense');
  assert.match(kept.text, /value="&lt;b&gt;acme"/);
  assert.doesNotMatch(kept.text, /<option value="[a-z]+" selected>/);
  assert.deepEqual(names((await staff.get('/backoffice/companies?q=%20%20borealis%20')).text), [BOREALIS], 'blanks trimmed');
  const long = await staff.get(`/backoffice/companies?q=${'x'.repeat(101)}`);
  assert.equal(long.status, 422);
  assert.match(long.text, /id="q-error">Search for at most 100 characters/);
  assert.equal((await staff.get(`/backoffice/companies?q=${encodeURIComponent('é'.repeat(100))}`)).status, 200, 'characters, not bytes');
  assert.equal((await staff.get(`/backoffice/companies?q=${encodeURIComponent('é'.repeat(101))}`)).status, 422);
  assert.equal((await staff.get('/backoffice/companies?q=a%0Ab')).status, 422);
});

test('the list pages by 50 and keeps the filters in the pager', async () => {
  const now = clockNow();
  const values = Array.from({ length: 55 }, (_, i) => `('Zeta Test Co ${String(i).padStart(2, '0')}', 'active', ${now})`).join(',');
  one(`INSERT INTO companies (name, status, created_at) VALUES ${values}`);
  try {
    const staff = await signedIn('staff@seller.test');
    const first = await staff.get('/backoffice/companies?q=zeta&status=active');
    assert.equal(companyRows(first.text).length, 50);
    assert.match(first.text, /55 found/);
    assert.match(first.text, /Page 1 of 2/);
    assert.match(first.text, /href="\/backoffice\/companies\?q=zeta&amp;status=active&amp;page=2"/);
    const second = await staff.get('/backoffice/companies?q=zeta&status=active&page=2');
    assert.deepEqual(names(second.text), ['Zeta Test Co 50', 'Zeta Test Co 51', 'Zeta Test Co 52', 'Zeta Test Co 53', 'Zeta Test Co 54']);
    assert.match(second.text, /Page 2 of 2/);
  } finally {
    one("DELETE FROM companies WHERE name LIKE 'Zeta Test Co %'");
  }
});

test('a company page shows its record, members, units, administrators and recent activity', async () => {
  const staff = await signedIn('staff@seller.test');
  const acme = await staff.get(`/backoffice/companies/${companyId(ACME)}`);
  assert.equal(acme.status, 200);
  for (const expected of ['C-100042', '36-4821957', 'Net 30', 'Dana Reyes', 'Ben Carter', 'buyer@acme.test',
    'Chicago Plant', 'Alicia Moreno', 'Tamara Washington', 'Viewer', 'Shipping &amp; Receiving']) {
    assert.ok(acme.text.includes(expected), `Acme's page shows ${expected}`);
  }
  // Alicia is the administrator: highlighted and listed; no warning
  assert.match(acme.text, /<tr class="table-info">\s*<td><span class="fw-semibold">Alicia Moreno<\/span>/);
  assert.doesNotMatch(acme.text, /<tr class="table-info">\s*<td><span class="fw-semibold">Ben Carter/);
  assert.doesNotMatch(acme.text, /No active administrator/);
  // units nested: Chicago Plant inside Operations, Maintenance inside Chicago Plant
  const units = acme.text.split('id="units-title"')[1];
  assert.match(units, /<li>Operations <span[^>]*>division<\/span><ul class="ps-3"><li>Chicago Plant <span[^>]*>branch<\/span><ul class="ps-3"><li>Maintenance /);
  assert.equal((units.match(/<ul/g) || []).length, (units.match(/<\/ul>/g) || []).length, 'lists are balanced');
  assert.equal((units.match(/<li>/g) || []).length, (units.match(/<\/li>/g) || []).length, 'items are balanced');
  // the seeded activity, newest first, with its changes
  const activity = acme.text.split('id="activity-title"')[1];
  assert.ok(activity.indexOf('Priya Natarajan') < activity.indexOf('Invited a member'));
  assert.match(activity, /Changed a member<div class="fw-semibold text-break">Priya Natarajan<\/div><\/td>\s*<td><table[^]*?Role<\/th><td>Buyer<\/td><td><span aria-hidden="true">&rarr; <\/span>Purchasing manager<\/td>/);
  for (const form of ['assign-admin', 'block', 'view-as']) assert.match(acme.text, new RegExp(`action="/backoffice/companies/\\d+/${form}"`));
  assert.doesNotMatch(acme.text, /\/unblock"/);

  // a pending company links to its application instead of offering actions
  const cascade = await staff.get(`/backoffice/companies/${companyId('Cascade Facility Services')}`);
  assert.equal(cascade.status, 200);
  const application = one("SELECT id FROM applications WHERE email = 'g.whitfield@cascade.test'");
  assert.match(cascade.text, new RegExp(`href="/backoffice/applications/${application}"`));
  assert.doesNotMatch(cascade.text, /\/(block|view-as|assign-admin)"/);
  assert.equal((await staff.post(`/backoffice/companies/${companyId('Cascade Facility Services')}/block`)).status, 409);
  assert.equal(one(`SELECT status FROM companies WHERE name = 'Cascade Facility Services'`), 'pending');

  // a blocked company offers unblocking
  const ridgeline = await staff.get(`/backoffice/companies/${companyId('Ridgeline Fabrication')}`);
  assert.match(ridgeline.text, /\/unblock"/);
  assert.doesNotMatch(ridgeline.text, /\/block"/);
});

test('a company without an active administrator shows a warning', async () => {
  const borealis = companyId(BOREALIS);
  const nora = membershipId('admin@borealis.test', BOREALIS);
  one(`UPDATE memberships SET status = 'deactivated' WHERE id = ${nora}`);
  try {
    const staff = await signedIn('staff@seller.test');
    const page = await staff.get(`/backoffice/companies/${borealis}`);
    assert.match(page.text, /No active administrator/);
    const list = companyRows((await staff.get('/backoffice/companies?q=borealis')).text);
    assert.equal(list[0][4], '0 (no active administrator)');
  } finally {
    one(`UPDATE memberships SET status = 'active' WHERE id = ${nora}`);
  }
});

test('unknown companies answer 404; members never reach the back office', async () => {
  const staff = await signedIn('staff@seller.test');
  for (const id of ['999999', 'abc', '0', '-1']) {
    assert.equal((await staff.get(`/backoffice/companies/${id}`)).status, 404, `GET ${id}`);
    await staff.get('/backoffice/companies');
    for (const action of ['assign-admin', 'block', 'unblock', 'view-as']) {
      assert.equal((await staff.post(`/backoffice/companies/${id}/${action}`, { member_id: '1' })).status, 404, `${action} ${id}`);
    }
  }

  const member = await signedIn('admin@acme.test');
  const acme = companyId(ACME);
  for (const path of ['/backoffice', '/backoffice/companies', `/backoffice/companies/${acme}`, '/backoffice/activity',
    '/backoffice/companies?q=acme', `/backoffice/activity?company=${acme}`, '/backoffice/applications',
    '/backoffice/companies/new', '/backoffice/settings', '/backoffice/mail']) {
    assert.equal((await member.get(path)).status, 403, `GET ${path}`);
  }
  await member.get('/account');
  for (const path of [`/backoffice/companies/${acme}/assign-admin`, `/backoffice/companies/${acme}/block`,
    `/backoffice/companies/${acme}/unblock`, `/backoffice/companies/${acme}/view-as`, '/backoffice/view-as/stop']) {
    assert.equal((await member.post(path, { member_id: String(membershipId('buyer@acme.test', ACME)) })).status, 403, `POST ${path}`);
  }
  assert.equal(one(`SELECT status FROM companies WHERE id = ${acme}`), 'active');
  assert.equal(roleOf('buyer@acme.test', ACME), 'Buyer');
  assert.equal(one("SELECT COUNT(*) FROM sessions WHERE viewing_company_id IS NOT NULL"), '0');
  const visitor = new Client(portal.url);
  const res = await visitor.get('/backoffice/companies');
  assert.equal(res.status, 303);
  assert.match(res.location, /^\/login/);
});

test('blocking signs everyone out and keeps them out; unblocking lets them in again', async () => {
  const acme = companyId(ACME);
  const buyer = await signedIn('buyer@acme.test');
  assert.equal((await buyer.get('/account')).status, 200);
  const staff = await signedIn('staff@seller.test');
  await staff.get(`/backoffice/companies/${acme}`);
  const before = auditCount(`company_id = ${acme} AND action = 'company.blocked'`);

  const blocked = await staff.post(`/backoffice/companies/${acme}/block`);
  assert.equal(blocked.status, 303);
  assert.equal(blocked.location, `/backoffice/companies/${acme}`);
  assert.equal(one(`SELECT status FROM companies WHERE id = ${acme}`), 'blocked');
  assert.equal(one(`SELECT COUNT(*) FROM sessions WHERE company_id = ${acme}`), '0');
  const after = await buyer.get('/account');
  assert.equal(after.status, 303);
  assert.match(after.location, /^\/login/);
  const refused = await new Client(portal.url).signIn('admin@acme.test');
  assert.equal(refused.status, 403);
  assert.match(refused.text, /Your company account is not active/);
  assert.doesNotMatch(refused.text, /access to your company.{1,6}s account was removed/, 'the company, not the member, is blocked');
  const page = await staff.get(`/backoffice/companies/${acme}`);
  assert.match(page.text, /is blocked: everyone was signed out/);
  assert.match(page.text, /<span class="badge text-bg-danger fs-6">Blocked<\/span>/);
  assert.equal(auditCount(`company_id = ${acme} AND action = 'company.blocked'`), before + 1);
  const entry = one(`SELECT a.actor_name || '|' || a.actor_kind || '|' || a.subject || '|' || c.field || '|' || c.before || '|' || c.after
    FROM audit_log a JOIN audit_log_changes c ON c.audit_id = a.id WHERE a.company_id = ${acme} AND a.action = 'company.blocked'
    ORDER BY a.id DESC LIMIT 1`);
  assert.equal(entry, `Sam Staffer|staff|${ACME}|Status|Active|Blocked`);
  // blocking twice is a conflict and records nothing
  assert.equal((await staff.post(`/backoffice/companies/${acme}/block`)).status, 409);
  assert.equal(auditCount(`company_id = ${acme} AND action = 'company.blocked'`), before + 1);

  const unblocked = await staff.post(`/backoffice/companies/${acme}/unblock`);
  assert.equal(unblocked.status, 303);
  assert.equal(one(`SELECT status FROM companies WHERE id = ${acme}`), 'active');
  assert.equal((await new Client(portal.url).signIn('admin@acme.test')).status, 303);
  assert.equal(auditCount(`company_id = ${acme} AND action = 'company.unblocked'`), 1);
  assert.equal(one(`SELECT c.before || '>' || c.after FROM audit_log a JOIN audit_log_changes c ON c.audit_id = a.id
    WHERE a.company_id = ${acme} AND a.action = 'company.unblocked'`), 'Blocked>Active');
  await staff.get(`/backoffice/companies/${acme}`);
  assert.equal((await staff.post(`/backoffice/companies/${acme}/unblock`)).status, 409);
});

test('staff assign an administrator among the company\'s own active members only', async () => {
  const acme = companyId(ACME);
  const staff = await signedIn('staff@seller.test');
  const page = await staff.get(`/backoffice/companies/${acme}`);
  const ben = membershipId('buyer@acme.test', ACME);
  assert.match(page.text, new RegExp(`<option value="${ben}">Ben Carter \\(Buyer\\)</option>`));
  assert.doesNotMatch(page.text, new RegExp(`<option value="${membershipId('admin@acme.test', ACME)}"`), 'no current admin offered');

  const audits = auditCount("action = 'company.admin_assigned'");
  // a member of another company, nonsense, nothing chosen: refused, nothing changed
  const jordan = membershipId('j.tremblay@borealis.test', BOREALIS);
  for (const member_id of [String(jordan), 'abc', '', '999999']) {
    const res = await staff.post(`/backoffice/companies/${acme}/assign-admin`, { member_id });
    assert.equal(res.status, 422, `member_id ${member_id}`);
    assert.match(res.text, /class="invalid-feedback d-block" id="member_id-error">Choose (an active|a) member of this company\./);
    assert.match(res.text, /class="form-select is-invalid" id="member_id"/);
  }
  assert.equal(roleOf('j.tremblay@borealis.test', BOREALIS), 'Buyer');
  assert.equal(auditCount("action = 'company.admin_assigned'"), audits);
  // an administrator already
  const already = await staff.post(`/backoffice/companies/${acme}/assign-admin`, { member_id: String(membershipId('admin@acme.test', ACME)) });
  assert.equal(already.status, 409);
  assert.match(already.text, /already an administrator/);

  const done = await staff.post(`/backoffice/companies/${acme}/assign-admin`, { member_id: String(ben) });
  assert.equal(done.status, 303);
  assert.equal(done.location, `/backoffice/companies/${acme}`);
  assert.match((await staff.get(done.location)).text, /Ben Carter is now an administrator of Acme Industrial Supply\./);
  assert.equal(roleOf('buyer@acme.test', ACME), 'Administrator');
  assert.equal(one(`SELECT a.subject || '|' || c.field || '|' || c.before || '|' || c.after FROM audit_log a
    JOIN audit_log_changes c ON c.audit_id = a.id WHERE a.action = 'company.admin_assigned' AND a.company_id = ${acme}`),
    'Ben Carter|Role|Buyer|Administrator');
  const ben2 = await signedIn('buyer@acme.test');
  const dashboard = await ben2.get('/account');
  assert.equal(dashboard.status, 200);
  assert.match(dashboard.text, /Administrator/);
  assert.equal((await ben2.get('/account/activity')).status, 200, 'an administrator now');
});

test('view as customer: read-only, clearly marked, recorded, and left again', async () => {
  const acme = companyId(ACME);
  const staff = await signedIn('staff@seller.test');
  await staff.get(`/backoffice/companies/${acme}`);
  const before = auditCount(`company_id = ${acme} AND action = 'company.viewed_as_customer'`);
  const start = await staff.post(`/backoffice/companies/${acme}/view-as`);
  assert.equal(start.status, 303);
  assert.equal(start.location, '/account');
  assert.equal(auditCount(`company_id = ${acme} AND action = 'company.viewed_as_customer' AND actor_kind = 'staff'`), before + 1);

  const dashboard = await staff.get('/account');
  assert.equal(dashboard.status, 200);
  assert.match(dashboard.text, /Acme Industrial Supply/);
  assert.match(dashboard.text, /Viewing as the customer:<\/strong> Acme Industrial Supply/);
  let team = await staff.get('/account/team');
  if (team.status === 404 && /Not yet/.test(team.text)) team = await staff.get('/account/company');
  assert.equal(team.status, 200);
  assert.match(team.text, /Viewing as the customer/);
  const activity = await staff.get('/account/activity');
  assert.equal(activity.status, 200);
  assert.match(activity.text, /Viewing as the customer/);
  assert.match(activity.text, /Opened the account as the customer sees it/);
  assert.match(activity.text, /Sam Staffer <span class="badge text-bg-info">seller staff<\/span>/);

  // nothing can be changed while viewing
  const changes = one('SELECT COUNT(*) FROM company_change_requests');
  const post = await staff.post('/account/company/change-request', { message: 'from staff' });
  assert.equal(post.status, 403);
  assert.match(post.text, /read-only/);
  assert.equal((await staff.post('/account/notifications', {})).status, 403);
  assert.equal(one('SELECT COUNT(*) FROM company_change_requests'), changes);

  const stop = await staff.post('/backoffice/view-as/stop');
  assert.equal(stop.status, 303);
  assert.equal(stop.location, `/backoffice/companies/${acme}`);
  const back = await staff.get(stop.location);
  assert.equal(back.status, 200);
  assert.doesNotMatch(back.text, /Viewing as the customer/);
  assert.match(back.text, /You have left Acme Industrial Supply&#39;s account\./);
  assert.equal((await staff.get('/account')).status, 403, 'the customer pages are closed again');
  // stopping when not viewing just goes to the list
  await staff.get('/backoffice/companies');
  const again = await staff.post('/backoffice/view-as/stop');
  assert.equal(again.status, 303);
  assert.equal(again.location, '/backoffice/companies');
});

test('administrators read their own company\'s log only; staff read every company\'s', async () => {
  const acme = companyId(ACME);
  const borealis = companyId(BOREALIS);
  const staff = await signedIn('staff@seller.test');
  // the demo's own entries (a credit review, depending on the day) come first
  const before = auditCount(`company_id = ${borealis}`);
  await staff.get(`/backoffice/companies/${borealis}`);
  assert.equal((await staff.post(`/backoffice/companies/${borealis}/block`)).status, 303);
  await staff.get(`/backoffice/companies/${borealis}`);
  assert.equal((await staff.post(`/backoffice/companies/${borealis}/unblock`)).status, 303);
  assert.equal(auditCount(`company_id = ${borealis}`), before + 2);

  const admin = await signedIn('admin@acme.test');
  const log = await admin.get('/account/activity');
  assert.equal(log.status, 200);
  assert.ok(!log.text.includes(BOREALIS), 'never another company\'s entries');
  for (const expected of ['Created a business unit', 'Shipping &amp; Receiving', 'Invited a member', 'r.alvarez@acme.test',
    'Blocked the company', 'Unblocked the company', 'Assigned an administrator']) {
    assert.ok(log.text.includes(expected), `the log shows ${expected}`);
  }
  assert.match(log.text, new RegExp(`${auditCount(`company_id = ${acme}`)} entries`));
  assert.match(log.text, /<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">[A-Z][a-z]{2} \d\d, \d{4}<br><span class="text-body-secondary">\d\d:\d\d UTC<\/span><\/time>/);
  // newest first
  assert.ok(log.text.indexOf('Assigned an administrator') < log.text.indexOf('Created a business unit'));
  // the kind filter
  const members = await admin.get('/account/activity?kind=member');
  assert.match(members.text, /Invited a member/);
  assert.doesNotMatch(members.text, /Created a business unit|Blocked the company/);
  assert.match(members.text, /<option value="member" selected>/);
  const company = await admin.get('/account/activity?kind=company');
  assert.match(company.text, /Blocked the company/);
  assert.doesNotMatch(company.text, /Invited a member/);
  const unknown = await admin.get('/account/activity?kind=%25');
  assert.equal(unknown.status, 200);
  assert.match(unknown.text, /Created a business unit/);

  const buyer = await signedIn('r.alvarez@acme.test');
  assert.equal((await buyer.get('/account/activity')).status, 403);
  const borealisAdmin = await signedIn('admin@borealis.test');
  const theirs = await borealisAdmin.get('/account/activity');
  assert.match(theirs.text, /Blocked the company/);
  assert.ok(!theirs.text.includes('Acme') && !theirs.text.includes('Rosa Alvarez'));

  const all = await staff.get('/backoffice/activity');
  assert.equal(all.status, 200);
  assert.match(all.text, new RegExp(`<a href="/backoffice/companies/${borealis}">${BOREALIS}</a>`));
  assert.match(all.text, new RegExp(`<a href="/backoffice/companies/${acme}">${ACME}</a>`));
  assert.match(all.text, /<th scope="col">Company<\/th>/);
  const onlyBorealis = await staff.get(`/backoffice/activity?company=${borealis}`);
  assert.match(onlyBorealis.text, /Activity: Borealis Builders/);
  assert.match(onlyBorealis.text, new RegExp(`${before + 2} entr`));
  const entries = onlyBorealis.text.split('id="log-title"')[1];
  assert.ok(!entries.includes('Rosa Alvarez') && !entries.includes(ACME), 'only Borealis\'s entries');
  assert.doesNotMatch(entries, /<th scope="col">Company<\/th>/, 'no company column for one company');
  assert.match(onlyBorealis.text, new RegExp(`<option value="${borealis}" selected>`));
  const filtered = await staff.get(`/backoffice/activity?company=${acme}&kind=unit`);
  assert.match(filtered.text, /Created a business unit/);
  assert.doesNotMatch(filtered.text, /Invited a member|Blocked the company/);
});

test('the log pages by 50, newest first, with the filter kept', async () => {
  const acme = companyId(ACME);
  const values = Array.from({ length: 60 }, (_, i) =>
    `(${acme}, NULL, 'Loader', 'system', 'role.updated', 'Role ${String(i).padStart(2, '0')}', ${1000000 + i})`).join(',');
  one(`INSERT INTO audit_log (company_id, actor_user_id, actor_name, actor_kind, action, subject, created_at) VALUES ${values}`);
  const admin = await signedIn('admin@acme.test');
  const total = auditCount(`company_id = ${acme} AND action LIKE 'role.%'`);
  assert.equal(total, 60);
  const first = await admin.get('/account/activity?kind=role');
  assert.match(first.text, /Page 1 of 2/);
  assert.equal((first.text.match(/<div class="fw-semibold text-break">Role \d\d<\/div>/g) || []).length, 50);
  assert.match(first.text, /Loader <span class="badge text-bg-secondary">system<\/span>/);
  assert.match(first.text, /href="\/account\/activity\?kind=role&amp;page=2"/);
  const second = await admin.get('/account/activity?kind=role&page=2');
  const subjects = [...second.text.matchAll(/<div class="fw-semibold text-break">(Role \d\d)<\/div>/g)].map((m) => m[1]);
  assert.deepEqual(subjects, ['Role 09', 'Role 08', 'Role 07', 'Role 06', 'Role 05', 'Role 04', 'Role 03', 'Role 02', 'Role 01', 'Role 00']);
  assert.match(second.text, /href="\/account\/activity\?kind=role&amp;page=1"/);
  // unfiltered: every entry of the company counts
  const all = await admin.get('/account/activity?page=2');
  assert.match(all.text, new RegExp(`Page 2 of ${Math.ceil(auditCount(`company_id = ${acme}`) / 50)}`));
});

test('there is no way to change or remove an entry', async () => {
  assert.throws(() => portal.sql("UPDATE audit_log SET subject = 'x'"), /audit log entries cannot be changed/);
  assert.throws(() => portal.sql('DELETE FROM audit_log'), /audit log entries cannot be deleted/);
  assert.throws(() => portal.sql("UPDATE audit_log_changes SET after = 'x'"), /cannot be changed/);
  assert.notEqual(one("SELECT COUNT(*) FROM audit_log WHERE subject = 'x'"), one('SELECT COUNT(*) FROM audit_log'));
  const admin = await signedIn('admin@acme.test');
  const id = one('SELECT MAX(id) FROM audit_log');
  for (const path of [`/account/activity/${id}`, `/account/activity/${id}/delete`]) {
    assert.equal((await admin.post(path, {})).status, 404);
  }
  await admin.get('/account/activity');
  assert.equal((await admin.post('/account/activity', {})).status, 405);
});

test('an entry about no company is in the back office\'s whole log only', async () => {
  one(`INSERT INTO audit_log (company_id, actor_user_id, actor_name, actor_kind, action, subject, created_at)
       VALUES (NULL, NULL, 'Loader', 'system', 'company.updated', 'Seller-wide terms', ${clockNow()})`);
  const staff = await signedIn('staff@seller.test');
  const all = await staff.get('/backoffice/activity');
  assert.match(all.text, /Seller-wide terms/);
  assert.match(all.text, new RegExp(`${auditCount('1 = 1')} entries`), 'every entry counts');
  assert.match((await staff.get('/backoffice/activity?kind=company')).text, /Seller-wide terms/);
  const acme = await staff.get(`/backoffice/activity?company=${companyId(ACME)}&kind=company`);
  assert.doesNotMatch(acme.text, /Seller-wide terms/, 'one company\'s log');
  const admin = await signedIn('admin@acme.test');
  for (const path of ['/account/activity', '/account/activity?kind=company']) {
    assert.doesNotMatch((await admin.get(path)).text, /Seller-wide terms/, path);
  }
});
