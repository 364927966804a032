// Company information and change requests, seller-created accounts with
// invitations, and the back-office pre-approval setting; mail through a
// real SMTP sink.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { now } from '../lib/clock.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal, smtp;

before(async () => ({ portal, smtp } = await startStack({ mail: true })));
after(() => stopStack({ portal, smtp }));

const to = (addr) => (m) => m.rcpt_tos.includes(addr);
const count = (table, where = '1') => Number(portal.sql(`SELECT COUNT(*) FROM ${table} WHERE ${where}`));
const q = (s) => s.replace(/'/g, "''");
const NEW_PASSWORD = 'correct horse battery staple';

async function signedIn(email, password) {
  const c = new Client(portal.url);
  const res = await c.signIn(email, password);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

// Everything a seller-created account writes, to prove a refused form wrote none of it.
const footprint = () => ['companies', 'business_units', 'users', 'memberships', 'one_time_tokens', 'outbox']
  .map((t) => `${t}=${count(t)}`).join(' ');

// --- Company information ------------------------------------------------------

test('the company page shows what the seller has on file for the member\'s own company', async () => {
  portal.sql("UPDATE companies SET price_list_name = 'Contract Pricing 2026' WHERE erp_account_no = 'C-100042'");
  const acme = await signedIn('admin@acme.test');
  const page = await acme.get('/account/company');
  assert.equal(page.status, 200);
  for (const expected of ['Acme Industrial Supply', 'C-100042', '36-4821957', 'Net 30', 'Contract Pricing 2026',
    'Dana Reyes', 'dana.reyes@seller.test', '(312) 555-0117', 'href="tel:3125550117"', 'Alicia Moreno', 'admin@acme.test']) {
    assert.ok(page.text.includes(expected), `Acme's page shows ${expected}`);
  }
  // only Administrators are listed as administrators
  assert.doesNotMatch(page.text, /Ben Carter|buyer@acme\.test/);

  const borealis = await signedIn('admin@borealis.test');
  const other = await borealis.get('/account/company');
  assert.equal(other.status, 200);
  for (const expected of ['Borealis Builders', 'C-100077', 'Net 45', 'Marcus Lee', 'Nora Lindqvist', 'Contractor tier B']) {
    assert.ok(other.text.includes(expected), `Borealis's page shows ${expected}`);
  }
  for (const acmeOnly of ['Acme', 'C-100042', 'Dana Reyes', 'Alicia Moreno', 'Contract Pricing']) {
    assert.ok(!other.text.includes(acmeOnly), `Borealis never sees ${acmeOnly}`);
  }
});

test('every built-in role may see company information; staff and visitors may not', async () => {
  for (const email of ['buyer@acme.test', 'finance@acme.test', 'purchasing@acme.test']) {
    const c = await signedIn(email);
    assert.equal((await c.get('/account/company')).status, 200, email);
  }
  const staff = await signedIn('staff@seller.test');
  assert.equal((await staff.get('/account/company')).status, 403);
  assert.equal((await staff.post('/account/company/change-request', { message: 'staff' })).status, 403);
  const visitor = new Client(portal.url);
  const res = await visitor.get('/account/company');
  assert.equal(res.status, 303);
  assert.match(res.location, /^\/login/);
});

test('a change request is validated on the same page, values kept, nothing stored', async () => {
  const c = await signedIn('buyer@acme.test');
  await c.get('/account/company');
  const before = count('company_change_requests');
  for (const [message, why] of [['', /Tell us what should change/], ['   \r\n  ', /Tell us what should change/],
    ['x'.repeat(10240), /2,000 characters or fewer/], ['y'.repeat(2001), /2,000 characters or fewer/]]) {
    const res = await c.post('/account/company/change-request', { message });
    assert.equal(res.status, 422, `${message.length} characters`);
    assert.match(res.text, why);
    assert.match(res.text, /class="form-control is-invalid" id="message"/);
    assert.match(res.text, /aria-describedby="message-error message-help"/);
    if (message.trim()) assert.ok(res.text.includes(message.slice(0, 2001)), 'the text is kept');
  }
  assert.equal(count('company_change_requests'), before);
  // exactly 2,000 characters (line breaks counted once) is fine
  const ok = await c.post('/account/company/change-request', { message: 'é'.repeat(1998) + '\r\nz' });
  assert.equal(ok.status, 303);
  assert.equal(count('company_change_requests'), before + 1);
  assert.equal(portal.sql('SELECT length(message) FROM company_change_requests ORDER BY id DESC LIMIT 1'), '2000');
});

test('a forged or missing CSRF token is refused and stores nothing', async () => {
  const c = await signedIn('admin@acme.test');
  await c.get('/account/company');
  const before = count('company_change_requests');
  const mails = count('outbox');
  assert.equal((await c.post('/account/company/change-request', { message: 'forged', csrf_token: 'forged' })).status, 403);
  assert.equal((await c.post('/account/company/change-request', { message: 'none' }, { csrf: false })).status, 403);
  assert.equal(count('company_change_requests'), before);
  assert.equal(count('outbox'), mails);
});

test('a change request is stored, listed (escaped) and mailed to the account manager', async () => {
  const c = await signedIn('admin@acme.test');
  await c.get('/account/company');
  const message = 'Please change our invoice address to <script>alert(1)</script>\nSuite 500 & dock 4';
  const res = await c.post('/account/company/change-request', { message });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/account/company');

  const acmeId = portal.sql("SELECT id FROM companies WHERE erp_account_no = 'C-100042'");
  const aliciaId = portal.sql("SELECT id FROM users WHERE email = 'admin@acme.test'");
  assert.equal(portal.sql('SELECT company_id || \'|\' || user_id || \'|\' || status FROM company_change_requests ORDER BY id DESC LIMIT 1'),
    `${acmeId}|${aliciaId}|open`);
  assert.equal(portal.sql('SELECT message FROM company_change_requests ORDER BY id DESC LIMIT 1'), message);

  const page = await c.get('/account/company');
  assert.match(page.text, /Your change request was sent/);
  assert.ok(page.text.includes('Please change our invoice address to &lt;script&gt;alert(1)&lt;/script&gt;<br>Suite 500 &amp; dock 4'));
  assert.ok(!page.text.includes('<script>alert(1)'));
  assert.match(page.text, /Alicia Moreno<\/td>/);

  const [mail] = await smtp.waitFor(1, (m) => to('dana.reyes@seller.test')(m) && m.text.includes('Suite 500'));
  assert.equal(mail.headers.Subject, 'Change request from Acme Industrial Supply');
  assert.ok(mail.text.replace(/\r\n/g, '\n').includes(message), 'the message as typed, in the text part');
  assert.match(mail.text, /Alicia Moreno \(admin@acme\.test, Administrator\)/);
  assert.match(mail.text, /customer account C-100042/);
  assert.ok(mail.text.includes(`${portal.url}/backoffice`));
  assert.ok(mail.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'escaped in the HTML part');
  assert.ok(!mail.html.includes('<script>'));

  // another company never sees it
  const borealis = await signedIn('admin@borealis.test');
  assert.ok(!(await borealis.get('/account/company')).text.includes('Suite 500'));
});

test('without an account manager the change request goes to the seller\'s staff admins', async () => {
  portal.sql("UPDATE companies SET account_manager_id = NULL WHERE erp_account_no = 'C-100077'");
  try {
    const c = await signedIn('admin@borealis.test');
    const page = await c.get('/account/company');
    assert.match(page.text, /No account manager is assigned yet/);
    assert.equal((await c.post('/account/company/change-request', { message: 'New tax ID: 824519036RT0002' })).status, 303);
    const [mail] = await smtp.waitFor(1, (m) => to('staff@seller.test')(m) && m.text.includes('824519036RT0002'));
    assert.match(mail.headers.Subject, /Borealis Builders/);
    assert.equal(smtp.messages().filter((m) => m.text.includes('824519036RT0002')).length, 1, 'only the one staff admin');
  } finally {
    portal.sql("UPDATE companies SET account_manager_id = (SELECT id FROM users WHERE email = 'marcus.lee@seller.test') WHERE erp_account_no = 'C-100077'");
  }
});

// --- Seller-created accounts and invitations -------------------------------

const goodAccount = (over = {}) => ({
  company_name: 'Northwind Tools LLC', erp_account_no: 'C-200001', tax_id: '84-1234567',
  payment_terms: 'Net 45', account_manager_id: portal.sql("SELECT id FROM users WHERE email = 'dana.reyes@seller.test'"),
  admin_name: 'Olivia Park', admin_email: 'olivia.park@northwind.test', ...over,
});

test('the new-account form refuses bad input with messages, keeps values and writes nothing', async () => {
  const staff = await signedIn('staff@seller.test');
  const form = await staff.get('/backoffice/companies/new');
  assert.equal(form.status, 200);
  assert.match(form.text, /<option value="Net 30" selected>/);
  assert.match(form.text, />Dana Reyes \(Account manager\)</);
  const before = footprint();
  const cases = [
    [{ company_name: '  ' }, 'company_name', /This field is required/],
    [{ company_name: 'N'.repeat(201) }, 'company_name', /Use at most 200 characters/],
    [{ admin_name: '' }, 'admin_name', /This field is required/],
    [{ admin_email: 'not-an-email' }, 'admin_email', /Enter an email address like/],
    [{ admin_email: '' }, 'admin_email', /Enter an email address/],
    [{ erp_account_no: 'C-100042' }, 'erp_account_no', /Another company already has this customer account number/],
    [{ erp_account_no: ' c-100042 ' }, 'erp_account_no', /Another company already has this customer account number/],
    [{ admin_email: 'Admin@Acme.test' }, 'admin_email', /This address already has a login; add them to the company from the team pages/],
    [{ payment_terms: 'Net 999' }, 'payment_terms', /Choose the payment terms/],
    [{ account_manager_id: portal.sql("SELECT id FROM users WHERE email = 'buyer@acme.test'") }, 'account_manager_id', /Choose someone from the list/],
    [{ tax_id: 'T'.repeat(41) }, 'tax_id', /Use at most 40 characters/],
  ];
  for (const [change, field, message] of cases) {
    const fields = goodAccount(change);
    const res = await staff.post('/backoffice/companies/new', fields);
    assert.equal(res.status, 422, JSON.stringify(change));
    assert.match(res.text, message, JSON.stringify(change));
    assert.match(res.text, new RegExp(`is-invalid" id="${field}"`), `${field} is marked`);
    assert.match(res.text, new RegExp(`aria-describedby="${field}-error`), `${field} points at its message`);
    if (field !== 'admin_name') assert.match(res.text, /value="Olivia Park"/, 'values are kept');
  }
  assert.equal(footprint(), before);
});

test('staff create an account; the invitation sets a password once and signs the administrator in', async () => {
  const staff = await signedIn('staff@seller.test');
  await staff.get('/backoffice/companies/new');
  const res = await staff.post('/backoffice/companies/new', goodAccount());
  assert.equal(res.status, 303);
  assert.equal(res.location, '/backoffice');
  const dash = await staff.get('/backoffice');
  assert.match(dash.text, /Northwind Tools LLC is created\. An invitation to choose a password is on its way to olivia\.park@northwind\.test/);

  const company = portal.sql("SELECT id || '|' || status || '|' || tax_id || '|' || payment_terms || '|' || account_manager_id FROM companies WHERE erp_account_no = 'C-200001'").split('|');
  assert.deepEqual(company.slice(1), ['active', '84-1234567', 'Net 45', goodAccount().account_manager_id]);
  const companyId = company[0];
  assert.equal(portal.sql(`SELECT name || '|' || kind || '|' || COALESCE(parent_id, 'root') FROM business_units WHERE company_id = ${companyId}`),
    'Northwind Tools LLC|company|root');
  assert.equal(portal.sql("SELECT name || '|' || password_hash || '|' || COALESCE(email_verified_at, 'unverified') FROM users WHERE email = 'olivia.park@northwind.test'"),
    'Olivia Park|!|unverified');
  const userId = portal.sql("SELECT id FROM users WHERE email = 'olivia.park@northwind.test'");
  assert.equal(portal.sql(`SELECT m.role_id || '|' || m.status || '|' || b.kind FROM memberships m JOIN business_units b ON b.id = m.business_unit_id WHERE m.user_id = ${userId}`),
    `1|active|company`);
  assert.equal(count('one_time_tokens', `purpose = 'invitation' AND user_id = ${userId} AND ref_id = ${companyId} AND used_at IS NULL AND expires_at - created_at = 604800`), 1);

  // no sign-in before the password is chosen
  const early = new Client(portal.url);
  await early.get('/login');
  assert.equal((await early.post('/login', { email: 'olivia.park@northwind.test', password: '!' })).status, 422);

  const [mail] = await smtp.waitFor(1, to('olivia.park@northwind.test'));
  assert.match(mail.headers.Subject, /Northwind Tools LLC/);
  assert.match(mail.text, /Hello Olivia Park/);
  assert.match(mail.text, /Sam Staffer invited you/);
  const link = mail.text.match(/https?:\/\/[^\s]+\/invitation\/([A-Za-z0-9_-]{43})/);
  assert.ok(link, 'the mail carries the link');
  assert.ok(mail.html.includes(`href="${link[0]}"`), 'and so does the HTML part');
  const path = new URL(link[0]).pathname;

  const olivia = new Client(portal.url);
  const form = await olivia.get(path);
  assert.equal(form.status, 200);
  assert.match(form.text, /Northwind Tools LLC/);
  assert.match(form.text, /value="olivia\.park@northwind\.test"/);

  for (const [password, confirm, message] of [['short', 'short', /at least 12 characters/],
    ['a'.repeat(129), 'a'.repeat(129), /at most 128 characters/],
    [NEW_PASSWORD, 'something else entirely', /The two passwords do not match/]]) {
    const bad = await olivia.post(path, { password, password_confirm: confirm });
    assert.equal(bad.status, 422);
    assert.match(bad.text, message);
    assert.ok(!bad.text.includes(password), 'passwords are never echoed');
  }
  assert.equal(count('one_time_tokens', `user_id = ${userId} AND used_at IS NULL`), 1, 'the link still works');

  const done = await olivia.post(path, { password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
  assert.equal(done.status, 303);
  assert.equal(done.location, '/account');
  const home = await olivia.get('/account');
  assert.equal(home.status, 200);
  assert.match(home.text, /Welcome back, Olivia/);
  assert.match(home.text, /Northwind Tools LLC · <span class="badge[^"]*">Administrator</);
  assert.match(home.text, /Your password is set and you are signed in to Northwind Tools LLC/);
  assert.notEqual(portal.sql(`SELECT COALESCE(email_verified_at, 'none') FROM users WHERE id = ${userId}`), 'none');
  const info = await olivia.get('/account/company');
  assert.match(info.text, /Dana Reyes/);
  assert.match(info.text, /Olivia Park/);

  // the link works once
  const again = new Client(portal.url);
  const reused = await again.get(path);
  assert.equal(reused.status, 410);
  assert.match(reused.text, /already been used/);
  await again.get('/login');
  const replay = await again.post(path, { password: 'another password 123', password_confirm: 'another password 123' });
  assert.equal(replay.status, 410);

  // and the password is the one chosen
  const fresh = await signedIn('olivia.park@northwind.test', NEW_PASSWORD);
  assert.equal((await fresh.get('/account')).status, 200);
});

test('an expired or unknown invitation link is refused and sets nothing', async () => {
  const staff = await signedIn('staff@seller.test');
  await staff.get('/backoffice/companies/new');
  const res = await staff.post('/backoffice/companies/new', goodAccount({
    company_name: 'Late Starter Inc', erp_account_no: '', account_manager_id: '',
    admin_name: 'Lee Late', admin_email: 'lee@late.test',
  }));
  assert.equal(res.status, 303);
  assert.equal(portal.sql("SELECT COALESCE(erp_account_no, 'null') || '|' || COALESCE(account_manager_id, 'none') FROM companies WHERE name = 'Late Starter Inc'"), 'null|none');
  const [mail] = await smtp.waitFor(1, to('lee@late.test'));
  const path = new URL(mail.text.match(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]{43}/)[0]).pathname;
  portal.sql(`UPDATE one_time_tokens SET expires_at = ${now()} - 60 WHERE user_id = (SELECT id FROM users WHERE email = 'lee@late.test')`);

  const lee = new Client(portal.url);
  const page = await lee.get(path);
  assert.equal(page.status, 410);
  assert.match(page.text, /This link has expired/);
  await lee.get('/login');
  const post = await lee.post(path, { password: NEW_PASSWORD, password_confirm: NEW_PASSWORD });
  assert.equal(post.status, 410);
  assert.equal(portal.sql("SELECT password_hash FROM users WHERE email = 'lee@late.test'"), '!');

  assert.equal((await lee.get('/invitation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status, 404);
  const junk = await lee.get('/invitation/not-a-token');
  assert.equal(junk.status, 404);
  assert.match(junk.text, /This link is not valid/);
});

test('members may not create accounts', async () => {
  const buyer = await signedIn('buyer@acme.test');
  const before = footprint();
  assert.equal((await buyer.get('/backoffice/companies/new')).status, 403);
  const res = await buyer.post('/backoffice/companies/new', goodAccount({ erp_account_no: 'C-300001', admin_email: 'x@member.test' }));
  assert.equal(res.status, 403);
  const admin = await signedIn('admin@acme.test');
  assert.equal((await admin.get('/backoffice/companies/new')).status, 403);
  assert.equal(footprint(), before);
});

// --- Settings ----------------------------------------------------------------

test('staff choose the pre-approval access; unknown values are refused; members may not', async () => {
  const stored = () => portal.sql("SELECT value FROM seller_settings WHERE key = 'pre_approval_access'");
  const staff = await signedIn('staff@seller.test');
  let page = await staff.get('/backoffice/settings');
  assert.equal(page.status, 200);
  for (const label of ['Browse at public prices', 'Browse and fill a cart', 'No sign-in until approved']) assert.ok(page.text.includes(label));
  assert.match(page.text, /value="browse" checked/);

  let res = await staff.post('/backoffice/settings', { pre_approval_access: 'none' });
  assert.equal(res.status, 303);
  assert.equal(stored(), 'none');
  page = await staff.get('/backoffice/settings');
  assert.match(page.text, /value="none" checked/);
  assert.doesNotMatch(page.text, /value="browse" checked/);
  assert.match(page.text, /Settings saved/);

  // the setting takes effect: an applicant can no longer sign in
  const applicant = new Client(portal.url);
  await applicant.get('/login');
  assert.equal((await applicant.post('/login', { email: 'g.whitfield@cascade.test', password: 'demo-password-1' })).status, 403);

  for (const bad of ['everything', '', 'NONE']) {
    res = await staff.post('/backoffice/settings', { pre_approval_access: bad });
    assert.equal(res.status, 422, JSON.stringify(bad));
    assert.match(res.text, /Choose one of the three options/);
  }
  assert.equal(stored(), 'none');

  const buyer = await signedIn('buyer@acme.test');
  assert.equal((await buyer.get('/backoffice/settings')).status, 403);
  assert.equal((await buyer.post('/backoffice/settings', { pre_approval_access: 'cart' })).status, 403);
  assert.equal(stored(), 'none');

  assert.equal((await staff.post('/backoffice/settings', { pre_approval_access: 'cart' })).status, 303);
  assert.equal(stored(), 'cart');
  await staff.post('/backoffice/settings', { pre_approval_access: 'browse' });
  assert.equal(stored(), 'browse');
});

test('staff see open change requests on the back-office dashboard and mark them done', async () => {
  const s = new Client(portal.url);
  await s.signIn('staff@seller.test');
  let page = await s.get('/backoffice');
  assert.match(page.text, /Our accounts payable address changes on the 1st/);
  const id = portal.sql("SELECT id FROM company_change_requests WHERE message LIKE 'Our accounts payable%'");
  const member = new Client(portal.url);
  await member.signIn('admin@acme.test');
  await member.get('/account');
  assert.equal((await member.post(`/backoffice/change-requests/${id}/done`)).status, 403);
  assert.equal((await s.post(`/backoffice/change-requests/${id}/done`)).status, 303);
  assert.equal(portal.sql(`SELECT status FROM company_change_requests WHERE id = ${id}`), 'done');
  page = await s.get('/backoffice');
  assert.doesNotMatch(page.text, /Our accounts payable address changes on the 1st/);
  assert.equal((await s.post(`/backoffice/change-requests/${id}/done`)).status, 404, 'already done');
  assert.equal((await s.post('/backoffice/change-requests/999999/done')).status, 404);
});
