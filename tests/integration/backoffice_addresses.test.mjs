// Back-office addresses: the queue of proposals waiting for the seller,
// approve and reject (with the proposer's mail), staff edits (ERP addresses
// too), members' change requests for ERP addresses, the search over every
// company's addresses, access, and the seller's default for address
// approval on the settings page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { now } from '../lib/clock.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal, smtp;
before(async () => ({ portal, smtp } = await startStack({ mail: true })));
after(() => stopStack({ portal, smtp }));

const ACME = 'Acme Industrial Supply';
const BOREALIS = 'Borealis Builders';
const q = (s) => s.replace(/'/g, "''");
const one = (query) => portal.sql(query);
const companyId = (name) => Number(one(`SELECT id FROM companies WHERE name = '${q(name)}'`));
const userId = (email) => Number(one(`SELECT id FROM users WHERE email = '${q(email)}'`));
const addressId = (label) => Number(one(`SELECT id FROM addresses WHERE label = '${q(label)}'`));
const auditCount = (where) => Number(one(`SELECT COUNT(*) FROM audit_log WHERE ${where}`));
const mailTo = (addr, subject) => (m) => m.rcpt_tos.includes(addr) && (!subject || subject.test(m.headers.Subject));

async function signedIn(email) {
  const c = new Client(portal.url);
  const res = await c.signIn(email);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

// A proposal from buyer@acme.test waiting for the seller (Acme's mode is
// "seller staff approve").
let proposals = 0;
function propose(label, city = 'Aurora') {
  one(`UPDATE companies SET address_approval = 'seller' WHERE name = '${q(ACME)}'`);
  proposals++;
  return Number(one(
    `INSERT INTO addresses (company_id, label, kind, attention, line1, city, region, postal_code, country, status,
       pending_with, proposed_by, created_at, updated_at)
     VALUES (${companyId(ACME)}, '${q(label)}', 'shipping', 'Receiving', '${100 + proposals} Commerce Dr', '${q(city)}',
       'IL', '60504', 'US', 'pending', 'seller', ${userId('buyer@acme.test')}, ${now()} - ${proposals},
       ${now()} - ${proposals});
     SELECT last_insert_rowid();`));
}

// The cells of each table row (tags removed), first cell first.
function rows(html) {
  const body = html.split('<tbody>')[1]?.split('</tbody>')[0] ?? '';
  return [...body.matchAll(/<tr>([^]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<td[^>]*>([^]*?)<\/td>/g)].map(([, cell]) => cell.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()));
}
// The address labels listed (the first line of the first cell).
const labels = (html) => [...(html.split('<tbody>')[1]?.split('</tbody>')[0] ?? '')
  .matchAll(/<a class="fw-semibold" href="\/backoffice\/addresses\/\d+">([^<]*)<\/a>/g)].map((m) => m[1]);

const version = (html) => html.match(/name="version" value="(\d+)"/)[1];

test('the queue lists proposals waiting for the seller, and only those', async () => {
  const id = propose('Aurora Cross-Dock');
  // A proposal the company decides is not ours.
  const companyOnly = addressId('Joliet Warehouse');
  assert.equal(one(`SELECT pending_with FROM addresses WHERE id = ${companyOnly}`), 'company');

  const staff = await signedIn('staff@seller.test');
  const page = await staff.get('/backoffice/addresses');
  assert.equal(page.status, 200);
  assert.match(page.text, /aria-current="page">Waiting for us/);
  assert.deepEqual(labels(page.text), ['Aurora Cross-Dock']);
  const [row] = rows(page.text);
  assert.equal(row[1], ACME);
  assert.equal(row[2], 'Aurora, US');
  assert.equal(row[4], 'Ben Carter');
  assert.match(page.text, new RegExp(`href="/backoffice/addresses/${id}"`));

  const detail = await staff.get(`/backoffice/addresses/${id}`);
  assert.equal(detail.status, 200);
  assert.match(detail.text, /Waiting for our decision/);
  assert.match(detail.text, /Ben Carter/);
  assert.match(detail.text, /Everyone in the company/);
  assert.match(detail.text, new RegExp(`action="/backoffice/addresses/${id}/approve"`));

  // the company's own proposal: no decision forms here
  const theirs = await staff.get(`/backoffice/addresses/${companyOnly}`);
  assert.equal(theirs.status, 200);
  assert.match(theirs.text, /waits for the company's administrators/);
  assert.doesNotMatch(theirs.text, /\/approve"/);
  assert.equal((await staff.post(`/backoffice/addresses/${companyOnly}/approve`)).status, 409);
  assert.equal(one(`SELECT status || '|' || pending_with FROM addresses WHERE id = ${companyOnly}`), 'pending|company');
});

test('staff approve a proposal: active, audited, the proposer is told; a second decision is refused', async () => {
  const id = propose('Naperville Annex', 'Naperville');
  const staff = await signedIn('staff@seller.test');
  await staff.get(`/backoffice/addresses/${id}`);
  const res = await staff.post(`/backoffice/addresses/${id}/approve`);
  const state = () => one(`SELECT status || '|' || pending_with || '|' || COALESCE(decided_by, '') || '|' || (decided_at IS NOT NULL)
                             FROM addresses WHERE id = ${id}`);
  const audited = () => auditCount(`action = 'address.approved' AND subject = 'Naperville Annex' AND company_id = ${companyId(ACME)}
                                     AND actor_kind = 'staff' AND actor_user_id = ${userId('staff@seller.test')}`);
  assert.equal(res.status, 303);
  assert.equal(res.location, `/backoffice/addresses/${id}`);
  assert.equal(state(), `active||${userId('staff@seller.test')}|1`);
  assert.equal(audited(), 1);
  const [mail] = await smtp.waitFor(1, mailTo('buyer@acme.test', /Naperville Annex.*approved/));
  assert.match(mail.text, /10\d Commerce Dr/);
  assert.ok(mail.text.includes(`${portal.url}/account/addresses/${id}`), 'links to the address');
  const page = await staff.get(`/backoffice/addresses/${id}`);
  assert.match(page.text, /The address is approved/);
  assert.match(page.text, /Approved by Sam Staffer/);
  assert.doesNotMatch(page.text, /Waiting for our decision/);
  // a second decision
  const again = await staff.post(`/backoffice/addresses/${id}/approve`);
  assert.equal(again.status, 409);
  assert.match(again.text, /not waiting for a decision/);
  assert.equal((await staff.post(`/backoffice/addresses/${id}/reject`, { reason: 'Too late' })).status, 409);
  assert.equal(one(`SELECT status FROM addresses WHERE id = ${id}`), 'active');
  assert.equal(auditCount(`action = 'address.rejected' AND subject = 'Naperville Annex'`), 0);
});

test('rejecting needs a reason; the proposal is retired with it', async () => {
  const id = propose('Plainfield Lot', 'Plainfield');
  const staff = await signedIn('staff@seller.test');
  await staff.get(`/backoffice/addresses/${id}`);
  for (const reason of ['', '   ', 'x'.repeat(501)]) {
    const res = await staff.post(`/backoffice/addresses/${id}/reject`, { reason });
    assert.equal(res.status, 422, JSON.stringify(reason.slice(0, 5)));
    assert.match(res.text, /id="reason-error"/);
    assert.match(res.text, /is-invalid/);
  }
  assert.equal(one(`SELECT status || '|' || pending_with FROM addresses WHERE id = ${id}`), 'pending|seller');

  const reason = 'We do not deliver to this lot; use the Aurora dock instead.';
  const res = await staff.post(`/backoffice/addresses/${id}/reject`, { reason });
  const state = () => one(`SELECT status || '|' || pending_with || '|' || reject_reason FROM addresses WHERE id = ${id}`);
  assert.equal(res.status, 303);
  assert.equal(state(), `retired||${reason}`);
  assert.equal(auditCount(`action = 'address.rejected' AND subject = 'Plainfield Lot' AND company_id = ${companyId(ACME)}`), 1);
  const [mail] = await smtp.waitFor(1, mailTo('buyer@acme.test', /Plainfield Lot.*rejected/));
  assert.ok(mail.text.includes(reason), 'the reason is mailed');
  assert.ok(mail.text.includes(`/account/addresses/${id}`), 'links to the address');
  const page = await staff.get(`/backoffice/addresses/${id}`);
  assert.match(page.text, /Rejected by Sam Staffer/);
  assert.ok(page.text.includes(reason));
  assert.doesNotMatch(page.text, /Save changes/, 'a retired address is not edited');
  assert.equal((await staff.post(`/backoffice/addresses/${id}/approve`)).status, 409);
  assert.equal(one(`SELECT status FROM addresses WHERE id = ${id}`), 'retired');
});

test('staff edit an address, ERP ones too; bad input keeps the values; a stale form is refused', async () => {
  const id = addressId('Houston Plant');
  const staff = await signedIn('staff@seller.test');
  const page = await staff.get(`/backoffice/addresses/${id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /came from the ERP \(id A-100042-04\)/);
  assert.match(page.text, /Shipping &amp; Receiving/);
  assert.match(page.text, /Houston Plant <span class="text-body-secondary">\(Unit and the units below it\)/);
  const v = version(page.text);
  const good = {
    version: v, label: 'Houston Plant - Dock 2', type: 'shipping', attention: 'Dock 2', line1: '8815 Clinton Dr',
    line2: 'Gate B', city: 'Houston', region: 'TX', postal_code: '77029', country: 'US', phone: '(713) 555-0170',
    delivery_instructions: 'Ring the bell at gate B.', tax_id: '',
  };
  const before = auditCount(`action = 'address.updated'`);

  let res = await staff.post(`/backoffice/addresses/${id}`, { ...good, label: '', country: 'XX' });
  assert.equal(res.status, 422);
  assert.match(res.text, /id="label-error"/);
  assert.match(res.text, /id="country-error">Choose a country from the list/);
  assert.match(res.text, /value="Gate B"/, 'values kept');
  assert.match(res.text, /Ring the bell at gate B\./);
  res = await staff.post(`/backoffice/addresses/${id}`, { ...good, label: 'x'.repeat(81), type: 'pallets', line1: '', city: '' });
  assert.equal(res.status, 422);
  for (const f of ['label', 'type', 'line1', 'city']) assert.match(res.text, new RegExp(`id="${f}-error"`), f);
  assert.equal(one(`SELECT label || '|' || line2 FROM addresses WHERE id = ${id}`), 'Houston Plant|');
  assert.equal(auditCount(`action = 'address.updated'`), before);

  res = await staff.post(`/backoffice/addresses/${id}`, good);
  assert.equal(res.status, 303);
  assert.equal(res.location, `/backoffice/addresses/${id}`);
  assert.equal(one(`SELECT label || '|' || attention || '|' || line2 || '|' || delivery_instructions || '|' || erp_address_id
                      FROM addresses WHERE id = ${id}`),
    'Houston Plant - Dock 2|Dock 2|Gate B|Ring the bell at gate B.|A-100042-04');
  const entry = one(`SELECT id FROM audit_log WHERE action = 'address.updated' AND subject = 'Houston Plant - Dock 2'
                       AND company_id = ${companyId(ACME)} AND actor_kind = 'staff'`);
  assert.ok(Number(entry) > 0);
  assert.equal(one(`SELECT group_concat(field || ':' || before || '>' || after, ';') FROM
                      (SELECT * FROM audit_log_changes WHERE audit_id = ${entry} ORDER BY id)`),
    'Label:Houston Plant>Houston Plant - Dock 2;Company or attention:Shipping & Receiving>Dock 2;'
    + 'Address line 2:>Gate B;Delivery instructions:>Ring the bell at gate B.');

  // the same form again: someone changed it meanwhile
  res = await staff.post(`/backoffice/addresses/${id}`, { ...good, label: 'Houston Plant - Old' });
  assert.equal(res.status, 409);
  assert.equal(one(`SELECT label FROM addresses WHERE id = ${id}`), 'Houston Plant - Dock 2');
});

test('change requests show in the back office and are marked done once', async () => {
  const address = addressId('Headquarters');
  const message = 'Our AP department moved to Suite 500 on the same floor.';
  const requestId = Number(one(
    `INSERT INTO address_change_requests (company_id, address_id, user_id, message, created_at)
     VALUES (${companyId(ACME)}, ${address}, ${userId('admin@acme.test')}, '${q(message)}', ${now()});
     SELECT last_insert_rowid();`));
  const staff = await signedIn('staff@seller.test');
  let page = await staff.get('/backoffice/addresses?tab=requests');
  assert.equal(page.status, 200);
  assert.match(page.text, /aria-current="page">Change requests <span class="badge[^"]*">1</);
  const [row] = rows(page.text);
  assert.equal(row[0], ACME);
  assert.match(row[1], /^Headquarters ERP A-100042-01$/);
  assert.match(row[2], /^Alicia Moreno admin@acme\.test$/);
  assert.equal(row[3], message);
  assert.match(page.text, new RegExp(`action="/backoffice/address-requests/${requestId}/done"`));

  const res = await staff.post(`/backoffice/address-requests/${requestId}/done`);
  assert.equal(res.status, 303);
  assert.equal(res.location, '/backoffice/addresses?tab=requests');
  assert.equal(one(`SELECT status FROM address_change_requests WHERE id = ${requestId}`), 'done');
  assert.equal(auditCount(`action = 'address.change_request_done' AND subject = 'Headquarters' AND company_id = ${companyId(ACME)}`), 1);
  page = await staff.get('/backoffice/addresses?tab=requests');
  assert.match(page.text, /Change request marked done/);
  assert.match(page.text, /No open change requests/);
  assert.equal((await staff.post(`/backoffice/address-requests/${requestId}/done`)).status, 409);
});

test('staff search every address by city, street, company or ERP id, and filter by company', async () => {
  const staff = await signedIn('staff@seller.test');
  const all = await staff.get('/backoffice/addresses?tab=all');
  assert.equal(all.status, 200);
  assert.equal(Number(all.text.match(/(\d+) found/)[1]), Number(one('SELECT COUNT(*) FROM addresses')));

  let res = await staff.get('/backoffice/addresses?tab=all&q=calgary');
  assert.deepEqual(labels(res.text).sort(), ['Calgary Yard', 'Head Office']);
  assert.ok(rows(res.text).every((r) => r[1] === BOREALIS));
  res = await staff.get('/backoffice/addresses?tab=all&q=Elk%20Grove');
  assert.deepEqual(labels(res.text), ['Elk Grove Distribution Center']);
  res = await staff.get('/backoffice/addresses?tab=all&q=A-100077-03');
  assert.deepEqual(labels(res.text), ['Edmonton Yard']);
  res = await staff.get('/backoffice/addresses?tab=all&q=12650%20wallisville');
  assert.deepEqual(labels(res.text), ['Houston Overflow Warehouse']);
  res = await staff.get('/backoffice/addresses?tab=all&q=ridgeline');
  assert.deepEqual(labels(res.text), ['Fabrication Shop']);
  res = await staff.get('/backoffice/addresses?tab=all&q=nowhere-at-all');
  assert.match(res.text, /No address matches/);

  const borealis = companyId(BOREALIS);
  res = await staff.get(`/backoffice/addresses?tab=all&company=${borealis}`);
  assert.deepEqual(labels(res.text), ['Calgary Yard', 'Edmonton Yard', 'Head Office']);
  assert.match(res.text, new RegExp(`<option value="${borealis}" selected>`));
  res = await staff.get(`/backoffice/addresses?tab=all&company=${companyId(ACME)}&q=houston`);
  assert.deepEqual(labels(res.text).sort(), ['Houston Overflow Warehouse', 'Houston Plant - Dock 2']);
  res = await staff.get(`/backoffice/addresses?tab=all&company=${borealis}&q=houston`);
  assert.deepEqual(labels(res.text), []);

  res = await staff.get(`/backoffice/addresses?tab=all&q=${'x'.repeat(101)}`);
  assert.equal(res.status, 422);
  assert.match(res.text, /Search for at most 100 characters/);
});

test('the list pages by 50', async () => {
  const acme = companyId(ACME);
  one(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
       INSERT INTO addresses (company_id, label, kind, line1, city, country, status, created_at)
       SELECT ${acme}, printf('Bulk Site %02d', i), 'shipping', 'Bulk Rd', 'Bulkville', 'US', 'active', 1 FROM n`);
  const staff = await signedIn('staff@seller.test');
  const first = await staff.get('/backoffice/addresses?tab=all&q=bulkville');
  assert.equal(labels(first.text).length, 50);
  assert.equal(labels(first.text)[0], 'Bulk Site 01');
  assert.match(first.text, /Page 1 of 2/);
  assert.match(first.text, /href="\/backoffice\/addresses\?tab=all&amp;q=bulkville&amp;page=2"/);
  const second = await staff.get('/backoffice/addresses?tab=all&q=bulkville&page=2');
  assert.deepEqual(labels(second.text), Array.from({ length: 10 }, (_, i) => `Bulk Site ${51 + i}`));
});

test('members get 403 on every back-office address route; unknown ids are 404', async () => {
  const id = propose('Forbidden Dock');
  const requestId = Number(one(
    `INSERT INTO address_change_requests (company_id, address_id, user_id, message, created_at)
     VALUES (${companyId(ACME)}, ${addressId('Headquarters')}, ${userId('admin@acme.test')}, 'Please', 1);
     SELECT last_insert_rowid();`));
  for (const email of ['admin@acme.test', 'buyer@acme.test']) {
    const member = await signedIn(email);
    for (const path of ['/backoffice/addresses', '/backoffice/addresses?tab=all', `/backoffice/addresses/${id}`]) {
      assert.equal((await member.get(path)).status, 403, `${email} GET ${path}`);
    }
    await member.get('/account');
    for (const [path, form] of [[`/backoffice/addresses/${id}`, { label: 'Mine', type: 'shipping', line1: 'x', city: 'y', country: 'US' }],
      [`/backoffice/addresses/${id}/approve`, {}], [`/backoffice/addresses/${id}/reject`, { reason: 'no' }],
      [`/backoffice/address-requests/${requestId}/done`, {}]]) {
      assert.equal((await member.post(path, form)).status, 403, `${email} POST ${path}`);
    }
  }
  assert.equal(one(`SELECT label || '|' || status FROM addresses WHERE id = ${id}`), 'Forbidden Dock|pending');
  assert.equal(one(`SELECT status FROM address_change_requests WHERE id = ${requestId}`), 'open');

  const staff = await signedIn('staff@seller.test');
  for (const bad of ['999999', 'abc', '0']) {
    assert.equal((await staff.get(`/backoffice/addresses/${bad}`)).status, 404, bad);
    await staff.get('/backoffice/addresses');
    assert.equal((await staff.post(`/backoffice/addresses/${bad}`, { label: 'x' })).status, 404);
    assert.equal((await staff.post(`/backoffice/addresses/${bad}/approve`)).status, 404);
    assert.equal((await staff.post(`/backoffice/addresses/${bad}/reject`, { reason: 'x' })).status, 404);
    assert.equal((await staff.post(`/backoffice/address-requests/${bad}/done`)).status, 404);
  }
});

test('staff set the seller default for address approval; unknown values are refused', async () => {
  const stored = () => one("SELECT value FROM seller_settings WHERE key = 'address_approval_default'");
  const staff = await signedIn('staff@seller.test');
  let page = await staff.get('/backoffice/settings');
  assert.equal(page.status, 200);
  for (const label of ['Usable at once', 'The company\'s administrators approve', 'Our staff approve']) {
    assert.ok(page.text.includes(label.replace("'", '&#39;')), label);
  }
  assert.match(page.text, /name="address_approval_default" id="address_approval_default_company" value="company" checked/);

  let res = await staff.post('/backoffice/settings', { pre_approval_access: 'browse', address_approval_default: 'seller' });
  assert.equal(res.status, 303);
  assert.equal(stored(), 'seller');
  assert.equal(auditCount(`action = 'address.approval_mode_changed' AND company_id IS NULL AND actor_kind = 'staff'`), 1);
  page = await staff.get('/backoffice/settings');
  assert.match(page.text, /value="seller" checked/);
  assert.doesNotMatch(page.text, /value="company" checked/);

  for (const bad of ['everyone', '', 'SELLER']) {
    res = await staff.post('/backoffice/settings', { pre_approval_access: 'cart', address_approval_default: bad });
    assert.equal(res.status, 422, JSON.stringify(bad));
    assert.match(res.text, /id="address_approval_default-error">Choose one of the three options/);
    assert.match(res.text, /value="cart" checked/, 'the other choice is kept');
  }
  assert.equal(stored(), 'seller');
  assert.equal(one("SELECT value FROM seller_settings WHERE key = 'pre_approval_access'"), 'browse', 'nothing half-saved');

  // a form without the field (older pages) leaves it alone
  assert.equal((await staff.post('/backoffice/settings', { pre_approval_access: 'browse' })).status, 303);
  assert.equal(stored(), 'seller');
  assert.equal((await staff.post('/backoffice/settings', { pre_approval_access: 'browse', address_approval_default: 'open' })).status, 303);
  assert.equal(stored(), 'open');

  const buyer = await signedIn('buyer@acme.test');
  assert.equal((await buyer.post('/backoffice/settings', { pre_approval_access: 'browse', address_approval_default: 'seller' })).status, 403);
  assert.equal(stored(), 'open');
});
