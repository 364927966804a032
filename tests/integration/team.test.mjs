// The team pages: the member list with filters and search, invitations
// (invite, resend, revoke, expiry, joining with a new or an existing
// login), a member's role and unit, deactivation, removal, the
// last-administrator rule, bad input, other companies' ids and
// permissions. Mail goes through a real SMTP sink.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { now } from '../lib/clock.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal, smtp;

before(async () => ({ portal, smtp } = await startStack({ mail: true })));
after(() => stopStack({ portal, smtp }));

const NEW_PASSWORD = 'quiet harbour lanterns 42';
const LAST_ADMIN = 'Acme Industrial Supply must keep at least one active administrator. Make someone else an administrator first.';
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sql = (q) => portal.sql(q);
const count = (table, where = '1') => Number(sql(`SELECT COUNT(*) FROM ${table} WHERE ${where}`));
const userId = (email) => sql(`SELECT id FROM users WHERE email = '${email}'`);
const unitId = (name) => sql(`SELECT id FROM business_units WHERE name = '${name}'`);
const companyId = (name) => sql(`SELECT id FROM companies WHERE name = '${name}'`);
const membership = (email, company = 'Acme Industrial Supply') => sql(
  `SELECT m.role_id || '|' || COALESCE(m.business_unit_id, '') || '|' || m.status FROM memberships m JOIN users u ON u.id = m.user_id
    WHERE u.email = '${email}' AND m.company_id = ${companyId(company)}`);
const invitation = (email) => sql(`SELECT id || '|' || status FROM invitations WHERE email = '${email}' ORDER BY id DESC LIMIT 1`).split('|');
const memberIds = (html) => [...html.matchAll(/href="\/account\/team\/(\d+)"/g)].map((m) => m[1]);
const mailsTo = (addr) => (m) => m.rcpt_tos.includes(addr);
// Everything a team change may write, to prove a refused one wrote nothing.
const footprint = () => ['memberships', 'invitations', 'one_time_tokens', 'outbox', 'audit_log', 'audit_log_changes', 'users']
  .map((t) => `${t}=${count(t)}`).join(' ') + ' ' + sql("SELECT group_concat(role_id || business_unit_id || status) FROM memberships");

async function signedIn(email, password) {
  const c = new Client(portal.url);
  const res = await c.signIn(email, password);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

// The path of the newest /join link mailed to addr (waiting for mail number n).
async function joinLink(addr, n = 1) {
  const mails = await smtp.waitFor(n, (m) => mailsTo(addr)(m) && m.text.includes('/join/'));
  const mail = mails[n - 1];
  const m = mail.text.match(new RegExp(`${escapeRe(portal.url)}(/join/[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`));
  assert.ok(m, `a /join link in:\n${mail.text}`);
  assert.ok(mail.html.includes(`href="${portal.url}${m[1]}"`), 'the HTML part links to it too');
  return { path: m[1], mail };
}

async function invite(admin, fields) {
  await admin.get('/account/team');
  return admin.post('/account/team/invite', { name: '', role_id: '4', unit_id: unitId('Acme Industrial Supply'), ...fields });
}

// --- The list ---------------------------------------------------------------------

test('the list shows every member with role, unit, status and last sign-in; filters stay in the URL', async () => {
  const admin = await signedIn('admin@acme.test');
  const all = await admin.get('/account/team');
  assert.equal(all.status, 200);
  const acme = sql(`SELECT group_concat(user_id) FROM (SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
                     WHERE m.company_id = ${companyId('Acme Industrial Supply')} ORDER BY u.name)`).split(',');
  assert.deepEqual(memberIds(all.text), acme, 'every Acme member, by name');
  assert.equal(acme.length, 9);
  assert.match(all.text, /9 members/);
  for (const text of ['Alicia Moreno', 'admin@acme.test', 'Finance manager', 'Shipping &amp; Receiving', 'Tamara Washington', '<th scope="col">Member</th>']) {
    assert.ok(all.text.includes(text), text);
  }
  assert.ok(!all.text.includes('borealis.test'), 'nobody of another company');
  assert.ok(!all.text.includes('Nora Lindqvist'));

  const chicago = unitId('Chicago Plant');
  const byUnit = await admin.get(`/account/team?unit=${chicago}`);
  assert.deepEqual(memberIds(byUnit.text), [userId('buyer@acme.test'), userId('t.washington@acme.test')]);
  assert.match(byUnit.text, new RegExp(`<option value="${chicago}" selected>`), 'the filter is kept');

  const byRole = await admin.get('/account/team?role=3');
  assert.deepEqual(memberIds(byRole.text), [userId('finance@acme.test')]);
  assert.match(byRole.text, /<option value="3" selected>Finance manager<\/option>/);

  const both = await admin.get(`/account/team?unit=${chicago}&role=5&status=active`);
  assert.deepEqual(memberIds(both.text), [userId('t.washington@acme.test')]);
  assert.match(both.text, /<option value="active" selected>Active<\/option>/);

  const none = await admin.get('/account/team?status=deactivated');
  assert.deepEqual(memberIds(none.text), []);
  assert.match(none.text, /No members match/);

  const byName = await admin.get('/account/team?q=NGUYEN');
  assert.deepEqual(memberIds(byName.text), [userId('h.nguyen@acme.test')]);
  assert.match(byName.text, /id="q" name="q" value="NGUYEN"/);
  const byEmail = await admin.get('/account/team?q=purchasing%40acme');
  assert.deepEqual(memberIds(byEmail.text), [userId('purchasing@acme.test')]);

  // LIKE wildcards are searched for literally
  for (const q of ['%25', '_', '%25%25', 'a%25n', '%5C']) {
    const res = await admin.get(`/account/team?q=${q}`);
    assert.equal(res.status, 200, q);
    assert.deepEqual(memberIds(res.text), [], `q=${q} matches nobody`);
    assert.match(res.text, /0 members match/);
  }
  // an unknown or another company's unit or role matches nobody, nothing breaks
  const other = await admin.get(`/account/team?unit=${unitId('Calgary Yard')}&role=abc&status=weird`);
  assert.equal(other.status, 200);
  assert.deepEqual(memberIds(other.text), []);
  // past the last page: empty, with a way back
  const page2 = await admin.get('/account/team?page=2');
  assert.equal(page2.status, 200);
  assert.deepEqual(memberIds(page2.text), []);
  assert.match(page2.text, />Previous</);
});

// --- Permissions and other companies ---------------------------------------------------

test('a member without the team permission gets 403 on every team route', async () => {
  const buyer = await signedIn('buyer@acme.test');
  await buyer.get('/account');
  const ben = userId('buyer@acme.test');
  const before = await footprint();
  assert.equal((await buyer.get('/account/team')).status, 403);
  assert.equal((await buyer.get(`/account/team/${ben}`)).status, 403);
  assert.equal((await buyer.get(`/account/team/${userId('admin@acme.test')}`)).status, 403);
  await buyer.get('/account');
  for (const [path, fields] of [['/account/team/invite', { email: 'x@example.test', role_id: '4', unit_id: unitId('Chicago Plant') }],
    ['/account/team/invitations/1/resend', {}], ['/account/team/invitations/1/revoke', {}],
    [`/account/team/${ben}`, { role_id: '1', unit_id: unitId('Chicago Plant') }],
    [`/account/team/${ben}/deactivate`, {}], [`/account/team/${ben}/reactivate`, {}], [`/account/team/${ben}/remove`, {}],
    [`/account/team/${ben}/hand-over`, {}]]) {
    const res = await buyer.post(path, fields);
    assert.equal(res.status, 403, path);
    assert.match(res.text, /You do not have permission/, path);
  }
  assert.equal(await footprint(), before);
  assert.equal(membership('buyer@acme.test'), `4|${unitId('Chicago Plant')}|active`);
});

test('another company\'s members and invitations answer 404 to every page and form', async () => {
  const admin = await signedIn('admin@acme.test');
  assert.equal((await invite(admin, { email: 'acme.only@example.test' })).status, 303);
  const [acmeInvitation] = invitation('acme.only@example.test');
  const nora = await signedIn('admin@borealis.test');
  await nora.get('/account/team');
  const before = await footprint();
  for (const email of ['buyer@acme.test', 'admin@acme.test']) {
    const id = userId(email);
    assert.equal((await nora.get(`/account/team/${id}`)).status, 404, email);
    for (const [suffix, fields] of [['', { role_id: '4', unit_id: unitId('Calgary Yard') }], ['/deactivate', {}],
      ['/reactivate', {}], ['/remove', {}], ['/hand-over', { my_role_id: '' }]]) {
      const res = await nora.post(`/account/team/${id}${suffix}`, fields);
      assert.equal(res.status, 404, `${email} ${suffix}`);
      assert.match(res.text, /There is no such member in your company/);
    }
  }
  for (const action of ['resend', 'revoke']) {
    const res = await nora.post(`/account/team/invitations/${acmeInvitation}/${action}`, {});
    assert.equal(res.status, 404, action);
  }
  for (const path of ['/account/team/999999', '/account/team/abc', '/account/team/0', '/account/team/invite']) {
    assert.equal((await nora.get(path)).status, 404, path);
  }
  assert.equal((await nora.post('/account/team/invitations/999999/resend', {})).status, 404);
  const list = await nora.get('/account/team');
  assert.ok(!list.text.includes('acme.only@example.test'), 'Acme\'s invitation is not listed for Borealis');
  assert.equal(await footprint(), before);
  assert.equal(invitation('acme.only@example.test')[1], 'pending');
});

test('a forged or missing CSRF token is refused and writes nothing', async () => {
  const admin = await signedIn('admin@acme.test');
  await admin.get('/account/team');
  const before = await footprint();
  const ben = userId('buyer@acme.test');
  const forged = [['/account/team/invite', { email: 'forged@example.test', role_id: '4', unit_id: unitId('Chicago Plant') }],
    [`/account/team/${ben}`, { role_id: '5', unit_id: unitId('Chicago Plant') }], [`/account/team/${ben}/deactivate`, {}],
    [`/account/team/${ben}/remove`, {}], [`/account/team/${ben}/hand-over`, {}]];
  for (const [path, fields] of forged) {
    assert.equal((await admin.post(path, { ...fields, csrf_token: 'forged' })).status, 403, path);
    assert.equal((await admin.post(path, fields, { csrf: false })).status, 403, path);
  }
  assert.equal(await footprint(), before);
});

// --- Inviting ---------------------------------------------------------------------

test('bad invitations are refused on the same page with the values kept, and write nothing', async () => {
  const admin = await signedIn('admin@acme.test');
  const borealisRole = sql(`INSERT INTO roles (company_id, name, permissions) VALUES (${companyId('Borealis Builders')}, 'Site lead', 16480) RETURNING id`);
  const houston = unitId('Houston Plant');
  const before = await footprint();
  const cases = [
    [{ email: '' }, 'email', /Enter an email address\./],
    [{ email: 'not-an-email' }, 'email', /Enter an email address like name@company\.com/],
    [{ email: 'buyer@acme.test' }, 'email', /already a member of the company/],
    [{ email: ' ADMIN@acme.test ' }, 'email', /already a member of the company/],
    [{ email: 'acme.only@example.test' }, 'email', /already has a pending invitation/],
    [{ email: 'staff@seller.test' }, 'email', /belongs to the seller(&#39;|')s staff/],
    [{ role_id: borealisRole }, 'role_id', /Choose a role from the list/],
    [{ role_id: '999999' }, 'role_id', /Choose a role from the list/],
    [{ role_id: '' }, 'role_id', /Choose a role from the list/],
    [{ unit_id: unitId('Calgary Yard') }, 'unit_id', /Choose a business unit from the list/],
    [{ unit_id: '999999' }, 'unit_id', /Choose a business unit from the list/],
    [{ name: 'N'.repeat(121) }, 'name', /Use at most 120 characters\./],
  ];
  for (const [change, field, message] of cases) {
    const res = await invite(admin, { email: 'kept.value@example.test', name: 'Kept Name', role_id: '2', unit_id: houston, ...change });
    assert.equal(res.status, 422, JSON.stringify(change));
    assert.match(res.text, message, JSON.stringify(change));
    assert.match(res.text, new RegExp(`is-invalid" id="${field}"`), `${field} is marked`);
    assert.match(res.text, new RegExp(`aria-describedby="${field}-error"`));
    assert.match(res.text, new RegExp(`<div class="invalid-feedback d-block" id="${field}-error">`));
    if (field !== 'email') assert.match(res.text, /id="email" name="email" value="kept.value@example.test"/, 'the email is kept');
    if (field !== 'role_id') assert.match(res.text, /<option value="2" selected>Purchasing manager/, 'the role is kept');
    if (field !== 'unit_id') assert.match(res.text, new RegExp(`<option value="${houston}" selected>`), 'the unit is kept');
    assert.ok(!res.text.includes('Site lead'), 'Borealis\'s own role is never offered to Acme');
  }
  assert.equal(await footprint(), before);
});

test('a new person is invited, follows the mailed link, chooses a password and is signed in with the role and unit', async () => {
  const admin = await signedIn('admin@acme.test');
  const houston = unitId('Houston Plant');
  const res = await invite(admin, { email: ' Nia.Person@Example.test ', name: 'Nia Person', role_id: '2', unit_id: houston });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/account/team');
  const list = await admin.get('/account/team');
  assert.match(list.text, /An invitation is on its way to nia\.person@example\.test/);
  const row = list.text.match(/<tr>\s*<td class="text-break"><span class="fw-semibold">nia\.person@example\.test[^]*?<\/tr>/);
  assert.ok(row, 'the invitation is listed as pending');
  for (const text of ['Nia Person', 'Purchasing manager', 'Houston Plant', 'Alicia Moreno', '>Resend<', '>Revoke<']) {
    assert.ok(row[0].includes(text), text);
  }
  const [id, status] = invitation('nia.person@example.test');
  assert.equal(status, 'pending');
  assert.equal(sql(`SELECT expires_at - created_at FROM invitations WHERE id = ${id}`), String(7 * 86400));
  assert.equal(count('one_time_tokens', `purpose = 'team_invitation' AND ref_id = ${id} AND user_id IS NULL AND used_at IS NULL`), 1);
  assert.equal(sql(`SELECT c.field || '=' || c.after FROM audit_log a JOIN audit_log_changes c ON c.audit_id = a.id
                     WHERE a.action = 'member.invited' AND a.subject = 'nia.person@example.test' ORDER BY c.id`).replace(/\n/g, ' '),
    'Email=nia.person@example.test Role=Purchasing manager Business unit=Houston Plant');

  const { path, mail } = await joinLink('nia.person@example.test');
  assert.match(mail.headers.Subject, /^Alicia Moreno invites you to join Acme Industrial Supply at /);
  assert.match(mail.text, /Hello Nia Person,/);
  assert.match(mail.text, /as Purchasing manager in Houston Plant/);
  assert.match(mail.text, /Choose your password here/);
  assert.match(mail.text, /works for 7 days/);

  const nia = new Client(portal.url);
  const form = await nia.get(path);
  assert.equal(form.status, 200);
  assert.match(form.text, /Join Acme Industrial Supply/);
  assert.match(form.text, /id="name" name="name" value="Nia Person"/);
  assert.match(form.text, /value="nia\.person@example\.test"/);
  for (const [fields, field, message] of [
    [{ name: 'Nia Person', password: 'short', password_confirm: 'short' }, 'password', /at least 12 characters/],
    [{ name: 'Nia Person', password: NEW_PASSWORD, password_confirm: 'something else entirely' }, 'password_confirm', /do not match/],
    [{ name: '  ', password: NEW_PASSWORD, password_confirm: NEW_PASSWORD }, 'name', /This field is required/]]) {
    const bad = await nia.post(path, fields);
    assert.equal(bad.status, 422, field);
    assert.match(bad.text, message);
    assert.match(bad.text, new RegExp(`is-invalid" id="${field}"`));
    assert.ok(!bad.text.includes(NEW_PASSWORD), 'passwords are never echoed');
  }
  assert.equal(count('users', "email = 'nia.person@example.test'"), 0, 'nothing created yet');
  assert.equal(invitation('nia.person@example.test')[1], 'pending');

  const done = await nia.post(path, { name: 'Nia Person', password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
  assert.equal(done.status, 303);
  assert.equal(done.location, '/account');
  const home = await nia.get('/account');
  assert.equal(home.status, 200);
  assert.match(home.text, /Welcome back, Nia/);
  assert.match(home.text, /Acme Industrial Supply · <span class="badge[^"]*">Purchasing manager</);
  assert.match(home.text, /Welcome to Acme Industrial Supply, Nia Person/);
  assert.equal(membership('nia.person@example.test'), `2|${houston}|active`);
  assert.notEqual(sql("SELECT COALESCE(email_verified_at, 'none') FROM users WHERE email = 'nia.person@example.test'"), 'none');
  assert.equal(invitation('nia.person@example.test')[1], 'accepted');
  assert.equal(sql(`SELECT a.actor_name || '|' || a.actor_kind || '|' || a.actor_user_id FROM audit_log a WHERE a.action = 'member.joined' ORDER BY a.id DESC LIMIT 1`),
    `Nia Person|member|${userId('nia.person@example.test')}`);
  // Purchasing managers do not manage the team
  assert.equal((await nia.get('/account/team')).status, 403);
  // she can sign in with the new password, and the link is used up
  await signedIn('nia.person@example.test', NEW_PASSWORD);
  const again = await new Client(portal.url).get(path);
  assert.equal(again.status, 410);
  assert.match(again.text, /already been used/);
  assert.ok(!(await admin.get('/account/team')).text.includes('<span class="fw-semibold">nia.person@example.test'), 'no longer pending');
});

test('a person with a login elsewhere accepts and then works in two companies', async () => {
  const admin = await signedIn('admin@acme.test');
  const corporate = unitId('Corporate');
  assert.equal((await invite(admin, { email: 'admin@borealis.test', role_id: '5', unit_id: corporate })).status, 303);
  const { path, mail } = await joinLink('admin@borealis.test');
  assert.match(mail.text, /Hello Nora Lindqvist,/, 'the login\'s name when the inviter gave none');
  assert.match(mail.text, /You already have a login with this address/);

  // someone else signed in in this browser is told the invitation is not theirs
  const ben = await signedIn('buyer@acme.test');
  const other = await ben.get(path);
  assert.equal(other.status, 200);
  assert.match(other.text, /Join Acme Industrial Supply as Viewer/);
  assert.match(other.text, /You are signed in as <strong>buyer@acme\.test<\/strong>/);

  const nora = await signedIn('admin@borealis.test');
  const page = await nora.get(path);
  assert.equal(page.status, 200);
  assert.match(page.text, /Join Acme Industrial Supply as Viewer/);
  assert.ok(!page.text.includes('You are signed in as'), 'no warning for the right person');
  assert.ok(!page.text.includes('type="password"'), 'no password asked');
  const accepted = await nora.post(path, {});
  assert.equal(accepted.status, 303);
  assert.equal(accepted.location, '/account/switch');
  const sw = await nora.get('/account/switch');
  assert.match(sw.text, /You joined Acme Industrial Supply as Viewer/);
  assert.match(sw.text, /Acme Industrial Supply<\/div><div class="small text-body-secondary">Viewer/);
  assert.match(sw.text, /Borealis Builders<\/div><div class="small text-body-secondary">Administrator/);
  assert.match(sw.text, /Switch company/, 'membership_count is 2: the switcher shows');
  assert.equal(membership('admin@borealis.test'), `5|${corporate}|active`);
  assert.equal(membership('admin@borealis.test', 'Borealis Builders').split('|')[0], '1', 'still Borealis\'s administrator');
  assert.equal(count('users', "email = 'admin@borealis.test'"), 1);
  // her password is unchanged and sign-in now offers both companies
  const fresh = new Client(portal.url);
  const res = await fresh.signIn('admin@borealis.test');
  assert.equal(res.location, '/account/switch');
  // Ben's browser cannot use the link any more either
  assert.equal((await ben.post(path, {})).status, 410);
});

test('resend: a new link and expiry, the old link stops working', async () => {
  const admin = await signedIn('admin@acme.test');
  assert.equal((await invite(admin, { email: 'resend.me@example.test' })).status, 303);
  const first = await joinLink('resend.me@example.test', 1);
  const [id] = invitation('resend.me@example.test');
  sql(`UPDATE invitations SET expires_at = expires_at - 86400 WHERE id = ${id}`);
  const expiresBefore = Number(sql(`SELECT expires_at FROM invitations WHERE id = ${id}`));
  await admin.get('/account/team');
  const res = await admin.post(`/account/team/invitations/${id}/resend`, {});
  assert.equal(res.status, 303);
  assert.match((await admin.get('/account/team')).text, /A new invitation is on its way to resend\.me@example\.test/);
  const second = await joinLink('resend.me@example.test', 2);
  assert.notEqual(second.path, first.path);
  assert.ok(Number(sql(`SELECT expires_at FROM invitations WHERE id = ${id}`)) > expiresBefore, 'a new expiry');
  assert.equal(count('audit_log', `action = 'member.invitation_resent' AND subject = 'resend.me@example.test'`), 1);

  const visitor = new Client(portal.url);
  const old = await visitor.get(first.path);
  assert.equal(old.status, 410);
  await visitor.get('/login');   // a form token for this browser
  assert.equal((await visitor.post(first.path, { name: 'R', password: NEW_PASSWORD, password_confirm: NEW_PASSWORD })).status, 410);
  assert.equal((await visitor.get(second.path)).status, 200);
  assert.equal(invitation('resend.me@example.test')[1], 'pending');
});

test('revoke: the link stops working and the invitation leaves the list', async () => {
  const admin = await signedIn('admin@acme.test');
  assert.equal((await invite(admin, { email: 'revoke.me@example.test' })).status, 303);
  const { path } = await joinLink('revoke.me@example.test');
  const [id] = invitation('revoke.me@example.test');
  await admin.get('/account/team');
  const res = await admin.post(`/account/team/invitations/${id}/revoke`, {});
  assert.equal(res.status, 303);
  const list = await admin.get('/account/team');
  assert.match(list.text, /The invitation for revoke\.me@example\.test is revoked/);
  assert.ok(!list.text.includes('<span class="fw-semibold">revoke.me@example.test'));
  assert.equal(invitation('revoke.me@example.test')[1], 'revoked');
  assert.equal(count('audit_log', `action = 'member.invitation_revoked' AND subject = 'revoke.me@example.test'`), 1);
  const visitor = new Client(portal.url);
  assert.equal((await visitor.get(path)).status, 410);
  await visitor.get('/login');
  assert.equal((await visitor.post(path, { name: 'R', password: NEW_PASSWORD, password_confirm: NEW_PASSWORD })).status, 410);
  assert.equal(count('users', "email = 'revoke.me@example.test'"), 0);
  // a revoked invitation cannot be resent or revoked again
  assert.equal((await admin.post(`/account/team/invitations/${id}/resend`, {})).status, 409);
  assert.equal((await admin.post(`/account/team/invitations/${id}/revoke`, {})).status, 409);
  // and the address may be invited afresh
  assert.equal((await invite(admin, { email: 'revoke.me@example.test' })).status, 303);
});

test('an expired invitation is refused, marked expired, and can be resent', async () => {
  const admin = await signedIn('admin@acme.test');
  assert.equal((await invite(admin, { email: 'late@example.test' })).status, 303);
  const { path } = await joinLink('late@example.test');
  const [id] = invitation('late@example.test');
  sql(`UPDATE invitations SET expires_at = ${now()} - 60 WHERE id = ${id}`);
  const visitor = new Client(portal.url);
  const page = await visitor.get(path);
  assert.equal(page.status, 410);
  assert.match(page.text, /This invitation to Acme Industrial Supply has expired\. Ask Alicia Moreno to send it again/);
  await visitor.get('/login');
  assert.equal((await visitor.post(path, { name: 'Late', password: NEW_PASSWORD, password_confirm: NEW_PASSWORD })).status, 410);
  assert.equal(count('users', "email = 'late@example.test'"), 0);
  const list = await admin.get('/account/team');
  const row = list.text.match(/<span class="fw-semibold">late@example\.test[^]*?<\/tr>/)[0];
  assert.match(row, /<span class="badge text-bg-warning">Expired<\/span>/);
  assert.equal((await admin.post(`/account/team/invitations/${id}/resend`, {})).status, 303);
  const fresh = await joinLink('late@example.test', 2);
  assert.equal((await visitor.get(fresh.path)).status, 200);
});

test('two accepts of one link make one login and one membership', async () => {
  const admin = await signedIn('admin@acme.test');
  assert.equal((await invite(admin, { email: 'twice@example.test', name: 'Twice' })).status, 303);
  const { path } = await joinLink('twice@example.test');
  const a = new Client(portal.url), b = new Client(portal.url);
  await a.get(path);
  await b.get(path);
  const fields = { name: 'Twice', password: NEW_PASSWORD, password_confirm: NEW_PASSWORD };
  const statuses = (await Promise.all([a.post(path, fields), b.post(path, fields)])).map((r) => r.status).sort();
  assert.deepEqual(statuses, [303, 410]);
  assert.equal(count('users', "email = 'twice@example.test'"), 1);
  assert.equal(count('memberships', `user_id = ${userId('twice@example.test')}`), 1);
  assert.equal(count('audit_log', "action = 'member.joined' AND subject = 'Twice'"), 1);
  // and for an existing login
  assert.equal((await invite(admin, { email: 'j.tremblay@borealis.test' })).status, 303);
  const second = await joinLink('j.tremblay@borealis.test');
  const c = new Client(portal.url), d = new Client(portal.url);
  await c.get(second.path);
  await d.get(second.path);
  const both = (await Promise.all([c.post(second.path, {}), d.post(second.path, {})])).map((r) => r.status).sort();
  assert.deepEqual(both, [303, 410]);
  assert.equal(count('memberships', `user_id = ${userId('j.tremblay@borealis.test')}`), 2);
});

test('an old invitation cannot change the membership of someone already in the team', async () => {
  const admin = await signedIn('admin@acme.test');
  assert.equal((await invite(admin, { email: 'a.sandhu@borealis.test', role_id: '5' })).status, 303);
  const { path } = await joinLink('a.sandhu@borealis.test');
  // meanwhile Amrit joined Acme some other way, and was deactivated
  const amrit = userId('a.sandhu@borealis.test');
  sql(`INSERT INTO memberships (company_id, user_id, role_id, business_unit_id, status, created_at)
       VALUES (${companyId('Acme Industrial Supply')}, ${amrit}, 2, ${unitId('Purchasing')}, 'deactivated', ${now()})`);
  const c = new Client(portal.url);
  await c.get(path);
  const res = await c.post(path, {});
  assert.equal(res.status, 409);
  assert.match(res.text, /a\.sandhu@borealis\.test already belongs to Acme Industrial Supply(&#39;|')s team/);
  assert.equal(membership('a.sandhu@borealis.test'), `2|${unitId('Purchasing')}|deactivated`, 'still deactivated, role unchanged');
  assert.equal(invitation('a.sandhu@borealis.test')[1], 'pending');
  assert.equal(count('audit_log', "action = 'member.joined' AND subject = 'Amrit Sandhu'"), 0);
});

// --- Changing members -------------------------------------------------------------

test('a member\'s role and unit are changed, with the before and after in the audit log', async () => {
  const admin = await signedIn('admin@acme.test');
  const tamara = userId('t.washington@acme.test');
  const page = await admin.get(`/account/team/${tamara}`);
  assert.equal(page.status, 200);
  for (const text of ['Tamara Washington', 't.washington@acme.test', 'Plant Manager, Chicago', 'id="member-role">Viewer<',
    'id="member-unit">Chicago Plant<', '<label for="role_id"', '<label for="unit_id"', 'Make Tamara Washington an administrator']) {
    assert.ok(page.text.includes(text), text);
  }
  const maintenance = unitId('Maintenance');
  const res = await admin.post(`/account/team/${tamara}`, { role_id: '4', unit_id: maintenance });
  assert.equal(res.status, 303);
  assert.equal(res.location, `/account/team/${tamara}`);
  const after = await admin.get(res.location);
  assert.match(after.text, /Tamara Washington is now Buyer in Maintenance/);
  assert.match(after.text, /id="member-role">Buyer</);
  assert.equal(membership('t.washington@acme.test'), `4|${maintenance}|active`);
  const changes = sql(`SELECT a.actor_name || '|' || a.subject || '|' || c.field || '|' || c.before || '|' || c.after
                         FROM audit_log a JOIN audit_log_changes c ON c.audit_id = a.id
                        WHERE a.action = 'member.updated' AND a.subject = 'Tamara Washington' ORDER BY c.id`).split('\n');
  assert.deepEqual(changes, ['Alicia Moreno|Tamara Washington|Role|Viewer|Buyer',
    'Alicia Moreno|Tamara Washington|Business unit|Chicago Plant|Maintenance']);

  // only what changed is recorded
  assert.equal((await admin.post(`/account/team/${tamara}`, { role_id: '4', unit_id: unitId('Houston Plant') })).status, 303);
  const last = sql(`SELECT group_concat(c.field) FROM audit_log_changes c WHERE c.audit_id = (SELECT MAX(id) FROM audit_log)`);
  assert.equal(last, 'Business unit');

  // bad input: 422 on the same page, nothing changed
  const borealisRole = sql("SELECT id FROM roles WHERE name = 'Site lead'") ||
    sql(`INSERT INTO roles (company_id, name, permissions) VALUES (${companyId('Borealis Builders')}, 'Site lead', 16480) RETURNING id`);
  const before = await footprint();
  for (const [fields, field, message] of [
    [{ role_id: borealisRole, unit_id: maintenance }, 'role_id', /Choose a role from the list/],
    [{ role_id: '424242', unit_id: maintenance }, 'role_id', /Choose a role from the list/],
    [{ role_id: '4', unit_id: unitId('Edmonton Yard') }, 'unit_id', /Choose a business unit from the list/],
    [{ role_id: '4', unit_id: '' }, 'unit_id', /Choose a business unit from the list/]]) {
    const bad = await admin.post(`/account/team/${tamara}`, fields);
    assert.equal(bad.status, 422, JSON.stringify(fields));
    assert.match(bad.text, message);
    assert.match(bad.text, new RegExp(`is-invalid" id="${field}"`));
  }
  assert.equal(await footprint(), before);
});

test('deactivating ends the member\'s sessions in this company only; reactivating lets them back', async () => {
  const admin = await signedIn('admin@acme.test');
  // Sofia works in Acme and Borealis: one browser in each
  const inAcme = await signedIn('s.marin@acme.test');
  const inBorealis = await signedIn('s.marin@acme.test');
  await inAcme.get('/account/switch');
  assert.equal((await inAcme.post('/account/switch', { company_id: companyId('Acme Industrial Supply') })).status, 303);
  await inBorealis.get('/account/switch');
  assert.equal((await inBorealis.post('/account/switch', { company_id: companyId('Borealis Builders') })).status, 303);
  assert.match((await inAcme.get('/account')).text, /Acme Industrial Supply · /);

  const sofia = userId('s.marin@acme.test');
  await admin.get(`/account/team/${sofia}`);
  const res = await admin.post(`/account/team/${sofia}/deactivate`, {});
  assert.equal(res.status, 303);
  const page = await admin.get(res.location);
  assert.match(page.text, /Sofia Marin is deactivated: they were signed out and cannot sign in to Acme Industrial Supply/);
  assert.match(page.text, /<span class="badge text-bg-secondary fs-6">Deactivated<\/span>/);
  assert.match(page.text, />Reactivate</);
  assert.equal(membership('s.marin@acme.test').split('|')[2], 'deactivated');
  assert.equal(count('sessions', `user_id = ${sofia} AND company_id = ${companyId('Acme Industrial Supply')}`), 0);
  assert.equal(count('audit_log', "action = 'member.deactivated' AND subject = 'Sofia Marin'"), 1);

  const kicked = await inAcme.get('/account');
  assert.equal(kicked.status, 303);
  assert.match(kicked.location, /^\/login/);
  const still = await inBorealis.get('/account');
  assert.equal(still.status, 200, 'her Borealis session goes on');
  assert.match(still.text, /Borealis Builders · /);
  // signing in again lands in Borealis only: Acme is no longer offered
  const again = new Client(portal.url);
  const signIn = await again.signIn('s.marin@acme.test');
  assert.equal(signIn.location, '/account');
  assert.match((await again.get('/account')).text, /Borealis Builders · /);
  assert.equal((await again.post('/account/switch', { company_id: companyId('Acme Industrial Supply') })).status, 404);

  // filters see the status
  const list = await admin.get('/account/team?status=deactivated');
  assert.deepEqual(memberIds(list.text), [userId('a.sandhu@borealis.test'), sofia], 'Amrit (deactivated above) and Sofia');

  // deactivating twice is a conflict, not a second entry
  assert.equal((await admin.post(`/account/team/${sofia}/deactivate`, {})).status, 409);
  assert.equal(count('audit_log', "action = 'member.deactivated' AND subject = 'Sofia Marin'"), 1);

  const back = await admin.post(`/account/team/${sofia}/reactivate`, {});
  assert.equal(back.status, 303);
  assert.equal(membership('s.marin@acme.test').split('|')[2], 'active');
  assert.equal(count('audit_log', "action = 'member.reactivated' AND subject = 'Sofia Marin'"), 1);
  const returning = new Client(portal.url);
  assert.equal((await returning.signIn('s.marin@acme.test')).location, '/account/switch');
  await returning.get('/account/switch');
  assert.equal((await returning.post('/account/switch', { company_id: companyId('Acme Industrial Supply') })).status, 303);
  assert.equal((await admin.post(`/account/team/${sofia}/reactivate`, {})).status, 409);
});

test('a member who cannot sign in anywhere else is refused at sign-in after deactivation', async () => {
  const admin = await signedIn('admin@acme.test');
  const hoaClient = await signedIn('h.nguyen@acme.test');
  const hoa = userId('h.nguyen@acme.test');
  await admin.get(`/account/team/${hoa}`);
  assert.equal((await admin.post(`/account/team/${hoa}/deactivate`, {})).status, 303);
  const next = await hoaClient.get('/account/profile');
  assert.equal(next.status, 303);
  assert.match(next.location, /^\/login/);
  const refused = await new Client(portal.url).signIn('h.nguyen@acme.test');
  assert.equal(refused.status, 403);
  // their own access was removed, not the company's: they ask their administrator
  assert.match(refused.text, /Your access to your company(&#39;|')s account was removed/);
  assert.match(refused.text, /ask your company(&#39;|')s administrator/);
  assert.doesNotMatch(refused.text, /company account is not active/);
  assert.match(refused.text, /value="h\.nguyen@acme\.test"/, 'the email is kept');
  assert.equal((await admin.post(`/account/team/${hoa}/reactivate`, {})).status, 303);
  await signedIn('h.nguyen@acme.test');
});

test('removing a member ends their place in the company but keeps their login', async () => {
  const admin = await signedIn('admin@acme.test');
  const rosaClient = await signedIn('r.alvarez@acme.test');
  const rosa = userId('r.alvarez@acme.test');
  await admin.get(`/account/team/${rosa}`);
  const res = await admin.post(`/account/team/${rosa}/remove`, {});
  assert.equal(res.status, 303);
  assert.equal(res.location, '/account/team');
  const list = await admin.get('/account/team');
  assert.match(list.text, /Rosa Alvarez was removed from Acme Industrial Supply/);
  assert.ok(!memberIds(list.text).includes(rosa));
  assert.equal(count('memberships', `user_id = ${rosa}`), 0);
  assert.equal(count('users', `id = ${rosa}`), 1, 'the login stays');
  assert.equal(count('orders', `placed_by_user_id = ${rosa}`) > 0, true, 'and so does her order history');
  assert.equal(sql(`SELECT group_concat(c.field || '=' || c.before, ';') FROM audit_log a JOIN audit_log_changes c ON c.audit_id = a.id
                     WHERE a.action = 'member.removed' AND a.subject = 'Rosa Alvarez'`),
    'Email=r.alvarez@acme.test;Role=Buyer;Business unit=Houston Plant');
  assert.equal((await rosaClient.get('/account')).status, 303, 'her session ended');
  assert.equal((await admin.get(`/account/team/${rosa}`)).status, 404);
  assert.equal((await admin.post(`/account/team/${rosa}/remove`, {})).status, 404);
  // she can be invited back and joins with her existing login
  await admin.get('/account/team');
  assert.equal((await invite(admin, { email: 'r.alvarez@acme.test', role_id: '5', unit_id: unitId('Houston Plant') })).status, 303);
  const { path } = await joinLink('r.alvarez@acme.test');
  const rejoin = new Client(portal.url);
  assert.match((await rejoin.get(path)).text, /Join Acme Industrial Supply as Viewer/);
  const accepted = await rejoin.post(path, {});
  assert.equal(accepted.status, 303);
  assert.equal(accepted.location, '/login');
  assert.equal(membership('r.alvarez@acme.test'), `5|${unitId('Houston Plant')}|active`);
  await signedIn('r.alvarez@acme.test');
});

test('the only administrator cannot demote, deactivate or remove themselves', async () => {
  const admin = await signedIn('admin@acme.test');
  const alicia = userId('admin@acme.test');
  assert.equal(count('memberships', `company_id = ${companyId('Acme Industrial Supply')} AND role_id = 1 AND status = 'active'`), 1);
  const page = await admin.get(`/account/team/${alicia}`);
  assert.match(page.text, /You cannot deactivate or remove yourself/);
  assert.ok(!page.text.includes('/deactivate"'), 'no deactivate button on one\'s own page');
  const before = await footprint();
  const root = unitId('Acme Industrial Supply');
  for (const [suffix, fields] of [['', { role_id: '4', unit_id: root }], ['', { role_id: '2', unit_id: unitId('Finance') }],
    ['/deactivate', {}], ['/remove', {}]]) {
    const res = await admin.post(`/account/team/${alicia}${suffix}`, fields);
    assert.equal(res.status, 422, suffix || 'demote');
    assert.ok(res.text.includes(LAST_ADMIN), 'the reason is shown');
    assert.match(res.text, /<div class="alert alert-danger" role="alert" id="problem">/);
  }
  assert.equal(await footprint(), before);
  assert.equal(membership('admin@acme.test'), `1|${root}|active`);
  // a custom role with every permission does not count as an administrator
  const allRole = sql(`INSERT INTO roles (company_id, name, permissions) VALUES (${companyId('Acme Industrial Supply')}, 'Everything', 32767) RETURNING id`);
  const frank = userId('finance@acme.test');
  assert.equal((await admin.post(`/account/team/${frank}`, { role_id: allRole, unit_id: unitId('Finance') })).status, 303);
  const frankClient = await signedIn('finance@acme.test');
  await frankClient.get(`/account/team/${alicia}`);
  const res = await frankClient.post(`/account/team/${alicia}`, { role_id: allRole, unit_id: root });
  assert.equal(res.status, 422);
  assert.ok(res.text.includes(LAST_ADMIN));
  assert.equal((await frankClient.post(`/account/team/${alicia}/deactivate`, {})).status, 422);
  assert.equal(membership('admin@acme.test'), `1|${root}|active`);
  // a role that manages members but holds less than an administrator
  // neither hands out nor touches roles beyond its own
  const helper = sql(`INSERT INTO roles (company_id, name, permissions) VALUES (${companyId('Acme Industrial Supply')}, 'Team helper', 65) RETURNING id`);
  assert.equal((await admin.post(`/account/team/${frank}`, { role_id: helper, unit_id: unitId('Finance') })).status, 303);
  const ben = userId('buyer@acme.test');
  const helperBefore = await footprint();
  await frankClient.get(`/account/team/${ben}`);
  for (const [suffix, fields] of [['/deactivate', {}], ['/remove', {}], ['', { role_id: '4', unit_id: unitId('Maintenance') }]]) {
    const refused = await frankClient.post(`/account/team/${ben}${suffix}`, fields);
    assert.equal(refused.status, 403, suffix || 'edit');
    assert.match(refused.text, /You can only change members whose role has no permissions beyond your own/);
  }
  const promote = await frankClient.post(`/account/team/${frank}`, { role_id: '1', unit_id: unitId('Finance') });
  assert.equal(promote.status, 422);
  assert.match(promote.text, /You can only give a role whose permissions you have yourself/);
  await frankClient.get('/account/team');
  const invited = await frankClient.post('/account/team/invite', { email: 'helper.pick@example.test', role_id: '4', unit_id: root });
  assert.equal(invited.status, 422);
  assert.match(invited.text, /You can only give a role whose permissions you have yourself/);
  assert.equal(await footprint(), helperBefore);
  assert.equal((await frankClient.post('/account/team/invite', { email: 'helper.pick@example.test', role_id: helper, unit_id: root })).status, 303);
  // Frank gets his own role back
  assert.equal((await admin.post(`/account/team/${frank}`, { role_id: '3', unit_id: unitId('Finance') })).status, 303);
});

test('an administrator hands the role over and steps down in the same form', async () => {
  const alicia = await signedIn('admin@acme.test');
  const priya = userId('purchasing@acme.test');
  const aliciaId = userId('admin@acme.test');
  await alicia.get(`/account/team/${priya}`);
  const bad = await alicia.post(`/account/team/${priya}/hand-over`, { my_role_id: '999' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /is-invalid" id="my_role_id"/);
  // handing over to oneself is refused
  assert.equal((await alicia.post(`/account/team/${aliciaId}/hand-over`, { my_role_id: '4' })).status, 422);
  assert.equal(membership('admin@acme.test').split('|')[0], '1');

  const res = await alicia.post(`/account/team/${priya}/hand-over`, { my_role_id: '2' });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/account', 'Alicia no longer manages the team');
  assert.match((await alicia.get('/account')).text, /Priya Natarajan is now an administrator of Acme Industrial Supply, and you are Purchasing manager/);
  assert.equal(membership('purchasing@acme.test').split('|')[0], '1');
  assert.equal(membership('admin@acme.test').split('|')[0], '2');
  assert.equal(sql("SELECT group_concat(a.action || ':' || a.subject || ':' || c.before || '>' || c.after, ';') FROM audit_log a JOIN audit_log_changes c ON c.audit_id = a.id WHERE a.id > (SELECT MAX(id) - 2 FROM audit_log)"),
    'member.admin_handed_over:Priya Natarajan:Purchasing manager>Administrator;member.updated:Alicia Moreno:Administrator>Purchasing manager');
  assert.equal((await alicia.get('/account/team')).status, 403);
  // the new administrator is the only one: the rule now protects her
  const priyaClient = await signedIn('purchasing@acme.test');
  assert.equal((await priyaClient.get('/account/team')).status, 200);
  const demote = await priyaClient.post(`/account/team/${priya}`, { role_id: '2', unit_id: unitId('Purchasing') });
  assert.equal(demote.status, 422);
  assert.ok(demote.text.includes(LAST_ADMIN));
  // and she can hand it back, staying an administrator herself
  await priyaClient.get(`/account/team/${aliciaId}`);
  assert.equal((await priyaClient.post(`/account/team/${aliciaId}/hand-over`, { my_role_id: '' })).status, 303);
  assert.equal(membership('admin@acme.test').split('|')[0], '1');
  assert.equal(membership('purchasing@acme.test').split('|')[0], '1');
  // with two administrators one may deactivate the other, but not themselves
  await priyaClient.get(`/account/team/${priya}`);
  const self = await priyaClient.post(`/account/team/${priya}/deactivate`, {});
  assert.equal(self.status, 422);
  assert.match(self.text, /You cannot do this to yourself/);
});

test('seller staff viewing as the customer see the team read-only', async () => {
  const staff = await signedIn('staff@seller.test');
  sql(`UPDATE sessions SET viewing_company_id = ${companyId('Acme Industrial Supply')} WHERE user_id = ${userId('staff@seller.test')}`);
  const list = await staff.get('/account/team');
  assert.equal(list.status, 200);
  assert.match(list.text, /read-only, as the customer sees it/);
  assert.ok(list.text.includes('Alicia Moreno'));
  assert.ok(!list.text.includes('action="/account/team/invite"'), 'no invitation form');
  const ben = userId('buyer@acme.test');
  const page = await staff.get(`/account/team/${ben}`);
  assert.equal(page.status, 200);
  assert.ok(page.text.includes('Ben Carter'));
  assert.ok(!page.text.includes(`action="/account/team/${ben}/deactivate"`));
  assert.equal((await staff.post(`/account/team/${ben}/deactivate`, {})).status, 403);
  assert.equal(membership('buyer@acme.test').split('|')[2], 'active');
});
