// An account manager works on their own customers' companies only
// (companies.account_manager_id; README's "Seller staff roles"): Dana
// manages Acme and Ridgeline, Marcus manages Borealis. Dana's lists leave
// Borealis out (companies, orders, addresses, change requests, activity,
// mail, the dashboard's figures); Borealis's company, orders, addresses and
// mail answer her 404, exactly like a missing id, and her POSTs on them
// change nothing. Applications (no account manager yet) stay open to every
// account manager. The administrator and customer service still see and
// act on every company, with the very forms Dana was refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { now } from '../lib/clock.mjs';

let portal;
after(() => stopStack({ portal }));

const emails = {
  admin: 'staff@seller.test',
  dana: 'dana.reyes@seller.test',
  marcus: 'marcus.lee@seller.test',
  kelly: 'kelly.obrien@seller.test',
};
const as = {};
const sql = (q) => portal.sql(q);
let acme, borealis, ridgeline, cascade;
// Borealis rows made for the test (the demo has no such rows of it).
let pendingAddress, addressRequest, changeRequest, failedMail;

before(async () => {
  ({ portal } = await startStack());
  for (const [who, email] of Object.entries(emails)) {
    as[who] = new Client(portal.url);
    assert.equal((await as[who].signIn(email)).status, 303, `${email} signs in`);
  }
  const company = (name) => sql(`SELECT id FROM companies WHERE name = '${name}'`);
  acme = company('Acme Industrial Supply');
  borealis = company('Borealis Builders');
  ridgeline = company('Ridgeline Fabrication');
  cascade = company('Cascade Facility Services');
  const manager = (id) => sql(`SELECT u.email FROM companies c JOIN users u ON u.id = c.account_manager_id WHERE c.id = ${id}`);
  assert.equal(manager(acme), emails.dana);
  assert.equal(manager(ridgeline), emails.dana);
  assert.equal(manager(borealis), emails.marcus);
  assert.equal(sql(`SELECT status || '|' || COALESCE(account_manager_id, '') FROM companies WHERE id = ${cascade}`), 'pending|');

  const member = sql(`SELECT user_id FROM memberships WHERE company_id = ${borealis} ORDER BY id LIMIT 1`);
  const address = sql(`SELECT id FROM addresses WHERE company_id = ${borealis} AND label = 'Calgary Yard'`);
  pendingAddress = sql(`INSERT INTO addresses (company_id, label, kind, line1, city, region, postal_code, country,
      status, pending_with, proposed_by, created_at, updated_at)
    VALUES (${borealis}, 'Red Deer Yard', 'shipping', '4920 Gaetz Ave', 'Red Deer', 'AB', 'T4N 4A8', 'CA',
      'pending', 'seller', ${member}, ${now()}, ${now()});
    SELECT last_insert_rowid();`);
  addressRequest = sql(`INSERT INTO address_change_requests (company_id, address_id, user_id, message, created_at)
    VALUES (${borealis}, ${address}, ${member}, 'The yard gate moved to 72 Ave.', ${now()});
    SELECT last_insert_rowid();`);
  changeRequest = sql(`INSERT INTO company_change_requests (company_id, user_id, message, created_at)
    VALUES (${borealis}, ${member}, 'Borealis: new GST number from May.', ${now()});
    SELECT last_insert_rowid();`);
  // A well-formed message: after customer service retries it, the jobs
  // runner may deliver it (to the spool) at any moment, never fail it again.
  failedMail = sql(`INSERT INTO outbox (message_id, template, to_address, to_name, user_id, company_id, subject,
      text_body, html_body, status, attempts, next_attempt_at, last_error, created_at)
    VALUES ('scope-test@seller.test', 'order_shipped', 'admin@borealis.test', 'Nora', ${member}, ${borealis},
      'Borealis shipment notice', 'text', '<p>html</p>', 'failed', 8, ${now()}, '550 mailbox full', ${now()});
    SELECT last_insert_rowid();`);
});

const companyLink = (id) => new RegExp(`href="/backoffice/companies/${id}"`);
const borealisOrder = (status) => sql(`SELECT number FROM orders WHERE company_id = ${borealis} AND status = '${status}' ORDER BY id LIMIT 1`);
const orderNumbers = (html) => [...html.matchAll(/href="\/backoffice\/orders\/([^"?]+)"/g)].map((m) => m[1]);
const stat = (html, label) => html.match(new RegExp(`${label}</p><p class="stat-value">([^<]*)<`))?.[1];

test('an account manager lists only their own companies, and applications', async () => {
  const dana = (await as.dana.get('/backoffice/companies')).text;
  for (const id of [acme, ridgeline, cascade]) assert.match(dana, companyLink(id), `Dana sees company ${id}`);
  assert.doesNotMatch(dana, companyLink(borealis));
  assert.doesNotMatch(dana, /Borealis Builders/);
  const active = (await as.dana.get('/backoffice/companies?status=active')).text;
  assert.match(active, companyLink(acme));
  assert.doesNotMatch(active, companyLink(borealis));
  assert.doesNotMatch((await as.dana.get('/backoffice/companies?q=borealis')).text, companyLink(borealis));

  const marcus = (await as.marcus.get('/backoffice/companies')).text;
  assert.match(marcus, companyLink(borealis));
  assert.match(marcus, companyLink(cascade), 'applications are every account manager\'s');
  assert.doesNotMatch(marcus, companyLink(acme));

  for (const who of ['admin', 'kelly']) {
    const page = (await as[who].get('/backoffice/companies')).text;
    for (const id of [acme, borealis, ridgeline, cascade]) assert.match(page, companyLink(id), `${who} sees company ${id}`);
  }
  // an application's company page is open to every account manager
  assert.equal((await as.marcus.get(`/backoffice/companies/${cascade}`)).status, 200);
  assert.equal((await as.dana.get(`/backoffice/companies/${cascade}`)).status, 200);
});

test('a new account an account manager opens is theirs unless they choose otherwise', async () => {
  const id = (email) => sql(`SELECT id FROM users WHERE email = '${email}'`);
  const selected = (html) => html.match(/<option value="(\d+)" selected>[^<]*\((?:Account manager|Administrator|Customer service)\)/)?.[1];
  assert.equal(selected((await as.dana.get('/backoffice/companies/new')).text), id(emails.dana));
  assert.equal(selected((await as.admin.get('/backoffice/companies/new')).text), undefined);
});

test('the dashboard counts and lists the account manager\'s companies only', async () => {
  const count = (where) => sql(`SELECT COUNT(*) FROM orders o JOIN companies c ON c.id = o.company_id WHERE ${where}`);
  const queue = "o.status IN ('approved', 'processing', 'partially_shipped')";
  const dana = (await as.dana.get('/backoffice')).text;
  assert.equal(stat(dana, 'Active companies'), '1');
  assert.equal(dana.match(/id="orders-to-process">(\d+)</)[1], count(`${queue} AND c.account_manager_id = (SELECT id FROM users WHERE email = '${emails.dana}')`));
  assert.doesNotMatch(dana, /Borealis Builders/);
  assert.doesNotMatch(dana, /new GST number/);
  assert.match(dana, /Acme Industrial Supply/);
  const admin = (await as.admin.get('/backoffice')).text;
  assert.equal(stat(admin, 'Active companies'), '2');
  assert.equal(admin.match(/id="orders-to-process">(\d+)</)[1], count(queue));
  assert.match(admin, /Borealis Builders/);
  assert.match(admin, /new GST number/);
});

test('orders, addresses, activity and mail list the account manager\'s companies only', async () => {
  const danaOrders = (await as.dana.get('/backoffice/orders')).text;
  const shown = orderNumbers(danaOrders);
  assert.ok(shown.length > 0);
  for (const number of shown)
    assert.notEqual(sql(`SELECT company_id FROM orders WHERE number = '${number}'`), borealis, `${number} is not Borealis's`);
  assert.doesNotMatch(danaOrders, new RegExp(`<option value="${borealis}"`));
  assert.doesNotMatch(danaOrders, /Borealis Builders/);
  // a filter naming Borealis, or one of its order numbers, finds nothing
  assert.deepEqual(orderNumbers((await as.dana.get(`/backoffice/orders?company=${borealis}`)).text), []);
  assert.deepEqual(orderNumbers((await as.dana.get(`/backoffice/orders?number=${borealisOrder('approved')}`)).text), []);
  assert.ok(orderNumbers((await as.admin.get(`/backoffice/orders?company=${borealis}`)).text).length > 0);
  assert.match((await as.kelly.get('/backoffice/orders')).text, /Borealis Builders/);

  const danaAddresses = (await as.dana.get('/backoffice/addresses?tab=all')).text;
  assert.doesNotMatch(danaAddresses, /Calgary Yard|Borealis Builders/);
  assert.match(danaAddresses, /Houston Plant/);
  assert.doesNotMatch((await as.dana.get('/backoffice/addresses')).text, /Red Deer Yard/);
  assert.doesNotMatch((await as.dana.get('/backoffice/addresses?tab=requests')).text, /yard gate moved/);
  assert.match((await as.admin.get('/backoffice/addresses')).text, /Red Deer Yard/);
  assert.match((await as.kelly.get('/backoffice/addresses?tab=requests')).text, /yard gate moved/);

  // Borealis's log gets an entry (customer service blocks and unblocks it)
  for (const step of ['block', 'unblock'])
    assert.equal((await as.kelly.post(`/backoffice/companies/${borealis}/${step}`, {})).status, 303);
  const danaLog = (await as.dana.get('/backoffice/activity')).text;
  assert.doesNotMatch(danaLog, /Borealis Builders/);
  assert.doesNotMatch((await as.dana.get(`/backoffice/activity?company=${borealis}`)).text, /Borealis Builders/);
  assert.match((await as.marcus.get(`/backoffice/activity?company=${borealis}`)).text, /Borealis Builders/);
  assert.match((await as.admin.get('/backoffice/activity')).text, /Borealis Builders/);

  assert.doesNotMatch((await as.dana.get('/backoffice/mail')).text, new RegExp(`href="/backoffice/mail/${failedMail}"`));
  assert.match((await as.marcus.get('/backoffice/mail')).text, new RegExp(`href="/backoffice/mail/${failedMail}"`));
  assert.match((await as.kelly.get('/backoffice/mail?status=failed')).text, new RegExp(`href="/backoffice/mail/${failedMail}"`));
});

test('another manager\'s company, order, address and mail answer 404, like a missing one', async () => {
  const pages = [
    `/backoffice/companies/${borealis}`,
    `/backoffice/companies/${borealis}/approval-rules`,
    `/backoffice/orders/${borealisOrder('approved')}`,
    `/backoffice/addresses/${pendingAddress}`,
    `/backoffice/mail/${failedMail}`,
    `/backoffice/mail/${failedMail}/html`,
  ];
  for (const path of pages) {
    assert.equal((await as.dana.get(path)).status, 404, `Dana GET ${path}`);
    assert.equal((await as.admin.get(path)).status, 200, `the administrator GET ${path}`);
    assert.equal((await as.kelly.get(path)).status, 200, `customer service GET ${path}`);
    assert.equal((await as.marcus.get(path)).status, 200, `Marcus GET ${path}`);
  }
  assert.equal((await as.dana.get('/backoffice/companies/999999')).status, 404, 'a missing one, the same');
  assert.equal((await as.dana.get(`/backoffice/companies/${acme}`)).status, 200);
  assert.equal((await as.dana.get(`/backoffice/companies/${acme}/approval-rules`)).status, 200);
});

// Everything a refused POST could have written about Borealis.
const snapshot = () => [
  `SELECT status FROM companies WHERE id = ${borealis}`,
  `SELECT po_number_required FROM companies WHERE id = ${borealis}`,
  `SELECT group_concat(id || ':' || role_id) FROM memberships WHERE company_id = ${borealis}`,
  `SELECT group_concat(number || ':' || status || ':' || COALESCE(updated_at, '')) FROM orders WHERE company_id = ${borealis}`,
  `SELECT COUNT(*) FROM shipments`,
  `SELECT COUNT(*) FROM order_events`,
  `SELECT group_concat(id || ':' || label || ':' || status || ':' || updated_at) FROM addresses WHERE company_id = ${borealis}`,
  `SELECT status FROM address_change_requests WHERE id = ${addressRequest}`,
  `SELECT status FROM company_change_requests WHERE id = ${changeRequest}`,
  `SELECT status FROM outbox WHERE id = ${failedMail}`,
  `SELECT COUNT(*) FROM outbox`,
  `SELECT COUNT(*) FROM audit_log`,
  `SELECT COUNT(*) FROM sessions WHERE viewing_company_id IS NOT NULL`,
].map(sql).join('\n');

// The POSTs Dana is refused, each a form that works for whoever may (see below).
function posts() {
  const approved = borealisOrder('approved');
  const processing = borealisOrder('processing');
  const line = sql(`SELECT l.id || ':' || (l.quantity - l.quantity_shipped) FROM order_lines l JOIN orders o ON o.id = l.order_id
                     WHERE o.number = '${processing}' AND l.quantity > l.quantity_shipped ORDER BY l.id LIMIT 1`).split(':');
  const address = sql(`SELECT id FROM addresses WHERE company_id = ${borealis} AND label = 'Calgary Yard'`);
  const a = sql(`SELECT kind || '|' || attention || '|' || line1 || '|' || line2 || '|' || city || '|' || region || '|'
                 || postal_code || '|' || country || '|' || phone || '|' || COALESCE(updated_at, created_at)
                 FROM addresses WHERE id = ${address}`).split('|');
  const member = sql(`SELECT m.id FROM memberships m WHERE m.company_id = ${borealis} AND m.status = 'active' AND m.role_id <> 1 ORDER BY m.id LIMIT 1`);
  return [
    [`/backoffice/companies/${borealis}/assign-admin`, { member_id: member }, 'admin'],
    [`/backoffice/companies/${borealis}/ordering`, { po_number_required: '1' }, 'admin'],
    [`/backoffice/companies/${borealis}/block`, {}, 'kelly'],
    [`/backoffice/companies/${borealis}/unblock`, {}, 'kelly'],
    [`/backoffice/companies/${borealis}/view-as`, {}, 'kelly'],
    [`/backoffice/orders/${approved}/status`, { status: 'approved', to: 'processing' }, 'kelly'],
    [`/backoffice/orders/${processing}/shipments`, { status: 'processing', carrier: 'UPS', tracking_number: '1Z999AA10123456784', [`ship_${line[0]}`]: line[1] }, 'admin'],
    [`/backoffice/orders/${approved}/cancel`, { status: 'processing', reason: 'Customer called to cancel.' }, 'admin'],
    [`/backoffice/addresses/${address}`, {
      version: a[9], label: 'Calgary Yard - Gate 2', type: a[0], attention: a[1], line1: a[2], line2: a[3], city: a[4],
      region: a[5], postal_code: a[6], country: a[7], phone: a[8], delivery_instructions: '', tax_id: '',
    }, 'kelly'],
    [`/backoffice/addresses/${pendingAddress}/approve`, {}, 'admin'],
    [`/backoffice/address-requests/${addressRequest}/done`, {}, 'kelly'],
    [`/backoffice/change-requests/${changeRequest}/done`, {}, 'admin'],
  ];
}

test('an account manager\'s POSTs on another manager\'s company answer 404 and change nothing', async () => {
  const before = snapshot();
  await as.dana.get('/backoffice');   // a fresh CSRF token
  for (const [path, form] of posts()) {
    const res = await as.dana.post(path, form);
    assert.equal(res.status, 404, `Dana POST ${path}: ${res.status}`);
  }
  assert.equal(snapshot(), before);
  // ... the same as on a company of her own, which she may change
  const res = await as.dana.post(`/backoffice/companies/${acme}/ordering`, { po_number_required: '1' });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT po_number_required FROM companies WHERE id = ${acme}`), '1');
});

test('an applicant joins an existing customer only of the account manager\'s', async () => {
  // a new application, its email taken as verified (register.test.mjs follows the mail)
  const email = 'jo@prairie-supply.test';
  const applicant = new Client(portal.url);
  await applicant.get('/register');
  const applied = await applicant.post('/register', {
    company_name: 'Prairie Supply Co', tax_id: '71-5550188', existing_account: 'C-100077',
    billing_line1: '400 9 Ave SW', billing_line2: '', billing_city: 'Calgary', billing_region: 'AB',
    billing_postal: 'T2P 1K5', billing_country: 'CA', contact_name: 'Jo Tremblay', job_title: 'Buyer',
    email, phone: '(403) 555-0177', password: 'a long enough passphrase', terms: 'yes',
  });
  assert.equal(applied.status, 303);
  sql(`UPDATE applications SET status = 'new', verified_at = ${now()}, updated_at = ${now()} WHERE email = '${email}';
       UPDATE users SET email_verified_at = ${now()} WHERE email = '${email}'`);
  const application = sql(`SELECT id FROM applications WHERE email = '${email}'`);
  const form = { mode: 'existing', link_account: 'C-100077', payment_terms: 'Net 30' };   // Borealis

  assert.equal((await as.dana.get(`/backoffice/applications/${application}`)).status, 200, 'applications are every manager\'s');
  const refused = await as.dana.post(`/backoffice/applications/${application}/approve`, form);
  assert.equal(refused.status, 422);
  assert.match(refused.text, /No active customer has this account number/);
  assert.equal(sql(`SELECT status FROM applications WHERE id = ${application}`), 'new');
  await as.marcus.get(`/backoffice/applications/${application}`);
  assert.equal((await as.marcus.post(`/backoffice/applications/${application}/approve`, form)).status, 303);
  assert.equal(sql(`SELECT c.name FROM memberships m JOIN users u ON u.id = m.user_id JOIN companies c ON c.id = m.company_id
                     WHERE u.email = '${email}' AND m.status = 'active'`), 'Borealis Builders');
});

test('the administrator and customer service act on every company with the same forms', async () => {
  for (const [path, form, who] of posts()) {
    await as[who].get('/backoffice');
    const res = await as[who].post(path, form);
    assert.equal(res.status, 303, `${who} POST ${path}: ${res.status} ${res.text.slice(0, 200)}`);
  }
  assert.equal(sql(`SELECT status || '|' || po_number_required FROM companies WHERE id = ${borealis}`), 'active|1');
  assert.equal(sql(`SELECT status FROM addresses WHERE id = ${pendingAddress}`), 'active');
  assert.equal(sql(`SELECT label FROM addresses WHERE company_id = ${borealis} AND label LIKE 'Calgary Yard%'`), 'Calgary Yard - Gate 2');
  assert.equal(sql(`SELECT status FROM address_change_requests WHERE id = ${addressRequest}`), 'done');
  assert.equal(sql(`SELECT status FROM company_change_requests WHERE id = ${changeRequest}`), 'done');
  // customer service sends Borealis's failed mail again (account managers may not retry)
  await as.kelly.get(`/backoffice/mail/${failedMail}`);
  assert.equal((await as.kelly.post(`/backoffice/mail/${failedMail}/retry`, {})).status, 303);
  assert.notEqual(sql(`SELECT status FROM outbox WHERE id = ${failedMail}`), 'failed');
});
