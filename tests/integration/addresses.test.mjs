// The address book: which addresses a member may use (restrictions by unit
// subtree and by member), the list for managers and members, personal and
// company defaults, proposals under each approval mode with their mail,
// approval and rejection, ERP addresses (no edits, change requests),
// restrictions, retiring, bad input, other companies' ids, CSRF and the
// audit log. Mail goes through a real SMTP sink.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal, smtp;

before(async () => ({ portal, smtp } = await startStack({ mail: true })));
after(() => stopStack({ portal, smtp }));

const sql = (q) => portal.sql(q);
const count = (table, where = '1') => Number(sql(`SELECT COUNT(*) FROM ${table} WHERE ${where}`));
const addressId = (label) => sql(`SELECT id FROM addresses WHERE label = '${label}'`);
const userId = (email) => sql(`SELECT id FROM users WHERE email = '${email}'`);
const unitId = (name) => sql(`SELECT id FROM business_units WHERE name = '${name}'`);
const acme = () => sql("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
const labels = (html) => [...html.matchAll(/<a class="fw-semibold" href="\/account\/addresses\/\d+">([^<]*)<\/a>/g)].map((m) => m[1]).sort();
const subject = (m) => m.headers.Subject ?? m.headers.subject ?? '';
const mailsTo = (addr, re = /./) => (m) => m.rcpt_tos.includes(addr) && re.test(subject(m));
const unescape = (s) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

async function signedIn(email) {
  const c = new Client(portal.url);
  const res = await c.signIn(email);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

const NEW_ADDRESS = {
  label: 'Chicago Plant - Dock 9', type: 'shipping', attention: 'Receiving', line1: '4600 S Kilbourn Ave', line2: '',
  city: 'Chicago', region: 'IL', postal_code: '60632', country: 'US', phone: '(773) 555-0199',
  delivery_instructions: 'Dock 9 only.\r\nCall 30 minutes ahead.', tax_id: '',
};

async function propose(client, fields) {
  await client.get('/account/addresses/new');
  return client.post('/account/addresses', { ...NEW_ADDRESS, ...fields });
}

async function setMode(admin, mode) {
  await admin.get('/account/addresses/settings');
  const res = await admin.post('/account/addresses/settings', { mode });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT address_approval FROM companies WHERE id = ${acme()}`), mode);
}

// --- Which addresses a member may use ------------------------------------------------------

test('a Chicago buyer sees Chicago and unrestricted addresses only, and cannot reach Houston\'s', async () => {
  const buyer = await signedIn('buyer@acme.test');
  const list = await buyer.get('/account/addresses');
  assert.equal(list.status, 200);
  // Headquarters: unrestricted; Receiving: Chicago Plant; Elk Grove: Operations (above Chicago).
  // Not: Maintenance Shop (a unit below Chicago), Houston x2, Corporate Mailroom, the pending Joliet.
  assert.deepEqual(labels(list.text), ['Chicago Plant - Receiving', 'Elk Grove Distribution Center', 'Headquarters']);
  assert.doesNotMatch(list.text, /8815 Clinton Dr|Wallisville/, 'no Houston address');
  assert.doesNotMatch(list.text, /Add an address/);
  assert.match(list.text, /Propose a shipping address/);

  const houston = addressId('Houston Plant');
  assert.equal((await buyer.get(`/account/addresses/${houston}`)).status, 404);
  assert.equal((await buyer.get(`/account/addresses/${addressId('Joliet Warehouse')}`)).status, 404, 'someone else\'s proposal');
  await buyer.get('/account/addresses');
  const forged = await buyer.post(`/account/addresses/${houston}/my-default`, { kind: 'shipping' });
  assert.equal(forged.status, 404, 'a forged id is refused like a missing one');
  assert.equal(count('member_default_addresses', `user_id = ${userId('buyer@acme.test')}`), 0);

  // A usable one works, and shows as "your default".
  const receiving = addressId('Chicago Plant - Receiving');
  const page = await buyer.get(`/account/addresses/${receiving}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Make this my default shipping address/);
  assert.doesNotMatch(page.text, /Make this my default billing address/, 'a shipping address is no billing default');
  assert.doesNotMatch(page.text, /Retire this address/);
  const ok = await buyer.post(`/account/addresses/${receiving}/my-default`, { kind: 'shipping' });
  assert.equal(ok.status, 303);
  assert.equal(sql(`SELECT address_id FROM member_default_addresses WHERE user_id = ${userId('buyer@acme.test')} AND kind = 'shipping'`), receiving);
  assert.equal((await buyer.post(`/account/addresses/${receiving}/my-default`, { kind: 'billing' })).status, 409);
  assert.equal((await buyer.post(`/account/addresses/${receiving}/my-default`, { kind: 'both' })).status, 422);
  assert.match((await buyer.get('/account/addresses')).text, /Your shipping default/);

  // Members without "manage addresses" cannot change addresses at all.
  for (const path of ['', '/retire', '/restrictions', '/company-default', '/approve', '/reject', '/change-request']) {
    const res = await buyer.post(`/account/addresses/${receiving}${path}`, { kind: 'shipping', reason: 'x', message: 'x', ...NEW_ADDRESS });
    assert.equal(res.status, 403, `POST ${path}`);
  }
  assert.equal((await buyer.get('/account/addresses/settings')).status, 403);
});

test('a Maintenance member may use the Maintenance Shop and the Chicago addresses above it', async () => {
  const derek = await signedIn('d.kowalski@acme.test');
  assert.deepEqual(labels((await derek.get('/account/addresses')).text),
    ['Chicago Plant - Maintenance Shop', 'Chicago Plant - Receiving', 'Elk Grove Distribution Center', 'Headquarters']);
  const hoa = await signedIn('h.nguyen@acme.test');
  assert.deepEqual(labels((await hoa.get('/account/addresses')).text),
    ['Elk Grove Distribution Center', 'Headquarters', 'Houston Overflow Warehouse', 'Houston Plant']);
});

test('an administrator sees every address, with filters and search in the URL', async () => {
  const admin = await signedIn('admin@acme.test');
  const all = await admin.get('/account/addresses');
  assert.equal(all.status, 200);
  for (const label of ['Headquarters', 'Houston Plant', 'Houston Overflow Warehouse', 'Corporate Office - Mailroom', 'Joliet Warehouse'])
    assert.ok(labels(all.text).includes(label), label);
  assert.match(all.text, /Pending/);
  assert.match(all.text, /Company billing default/);
  assert.match(all.text, /Company shipping default/);
  assert.match(all.text, /ERP/);
  assert.match(all.text, /Everyone/);
  assert.deepEqual(labels((await admin.get('/account/addresses?q=houston')).text), ['Houston Overflow Warehouse', 'Houston Plant']);
  assert.deepEqual(labels((await admin.get('/account/addresses?q=Kilbourn')).text),
    ['Chicago Plant - Maintenance Shop', 'Chicago Plant - Receiving']);
  assert.deepEqual(labels((await admin.get('/account/addresses?q=%25')).text), [], '% is a literal, not a wildcard');
  assert.deepEqual(labels((await admin.get('/account/addresses?q=_')).text), [], '_ is a literal, not a wildcard');
  assert.deepEqual(labels((await admin.get('/account/addresses?type=both')).text), ['Elk Grove Distribution Center']);
  assert.deepEqual(labels((await admin.get('/account/addresses?type=billing')).text), ['Headquarters']);
  assert.deepEqual(labels((await admin.get(`/account/addresses?unit=${unitId('Houston Plant')}`)).text),
    ['Houston Overflow Warehouse', 'Houston Plant']);
  assert.deepEqual(labels((await admin.get('/account/addresses?status=pending')).text), ['Joliet Warehouse']);
  assert.match((await admin.get('/account/addresses?q=houston')).text, /value="houston"/);
  assert.equal((await admin.get('/account/addresses?type=<script>&unit=abc&status=x&page=-1')).status, 200);
});

// --- Proposals and the approval modes --------------------------------------------------------

test("mode 'open': a buyer's proposal can be used at once", async () => {
  const admin = await signedIn('admin@acme.test');
  await setMode(admin, 'open');
  const buyer = await signedIn('buyer@acme.test');
  const form = await buyer.get('/account/addresses/new');
  assert.match(form.text, /Proposed addresses can be used at once/);
  assert.doesNotMatch(form.text, /id="type"/, 'a proposal is always a shipping address');
  const res = await propose(buyer, { label: 'Open Mode Dock', type: 'billing' });
  assert.equal(res.status, 303);
  const id = addressId('Open Mode Dock');
  assert.equal(res.location, `/account/addresses/${id}`);
  assert.equal(sql(`SELECT status || '|' || pending_with || '|' || kind || '|' || proposed_by || '|' || delivery_instructions FROM addresses WHERE id = ${id}`),
    `active||shipping|${userId('buyer@acme.test')}|Dock 9 only.\nCall 30 minutes ahead.`);
  assert.equal(count('audit_log', `action = 'address.proposed' AND subject = 'Open Mode Dock'`), 1);
  assert.ok(labels((await buyer.get('/account/addresses')).text).includes('Open Mode Dock'));
});

test("mode 'company': pending, administrators are mailed, approval and rejection mail the proposer", async () => {
  const admin = await signedIn('admin@acme.test');
  await setMode(admin, 'company');
  const buyer = await signedIn('buyer@acme.test');
  assert.match((await buyer.get('/account/addresses/new')).text, /wait until a company administrator approves/);
  assert.equal((await propose(buyer, { label: 'Company Mode Dock' })).status, 303);
  const id = addressId('Company Mode Dock');
  assert.equal(sql(`SELECT status || '|' || pending_with FROM addresses WHERE id = ${id}`), 'pending|company');
  assert.equal(await buyer.get(`/account/addresses/${id}`).then((r) => r.status), 200, 'the proposer sees their proposal');
  assert.equal(await signedIn('h.nguyen@acme.test').then((c) => c.get(`/account/addresses/${id}`)).then((r) => r.status), 404);
  assert.equal(sql(`SELECT COUNT(*) FROM (SELECT 1 FROM addresses a WHERE a.id = ${id} AND a.status = 'active')`), '0');

  const [proposed] = await smtp.waitFor(1, mailsTo('admin@acme.test', /Company Mode Dock/));
  assert.match(proposed.text, /Ben Carter/);
  assert.ok(proposed.text.includes(`${portal.url}/account/addresses/${id}`), proposed.text);

  // a proposal cannot be a default yet
  await buyer.get('/account/addresses');
  assert.equal((await buyer.post(`/account/addresses/${id}/my-default`, { kind: 'shipping' })).status, 404);

  const page = await admin.get(`/account/addresses/${id}`);
  assert.match(page.text, /Decide on this proposal/);
  assert.equal((await admin.post(`/account/addresses/${id}/approve`)).status, 303);
  assert.equal(sql(`SELECT status || '|' || pending_with || '|' || decided_by FROM addresses WHERE id = ${id}`),
    `active||${userId('admin@acme.test')}`);
  const [approved] = await smtp.waitFor(1, mailsTo('buyer@acme.test', /was approved/));
  assert.match(approved.text, /Company Mode Dock/);
  await admin.get(`/account/addresses/${id}`);
  assert.equal((await admin.post(`/account/addresses/${id}/approve`)).status, 409, 'decided already');
  assert.equal(count('audit_log', `action = 'address.approved' AND subject = 'Company Mode Dock'`), 1);

  // rejection needs a reason
  assert.equal((await propose(buyer, { label: 'Rejected Dock' })).status, 303);
  const rid = addressId('Rejected Dock');
  await admin.get(`/account/addresses/${rid}`);
  const noReason = await admin.post(`/account/addresses/${rid}/reject`, { reason: '  ' });
  assert.equal(noReason.status, 422);
  assert.match(noReason.text, /id="reason-error"/);
  const tooLong = await admin.post(`/account/addresses/${rid}/reject`, { reason: 'x'.repeat(501) });
  assert.equal(tooLong.status, 422);
  assert.equal(sql(`SELECT status FROM addresses WHERE id = ${rid}`), 'pending');
  const rejected = await admin.post(`/account/addresses/${rid}/reject`, { reason: 'We already ship to Dock 4 <b>there</b>.' });
  assert.equal(rejected.status, 303);
  assert.equal(sql(`SELECT status || '|' || reject_reason FROM addresses WHERE id = ${rid}`), 'retired|We already ship to Dock 4 <b>there</b>.');
  const [mail] = await smtp.waitFor(1, mailsTo('buyer@acme.test', /Rejected Dock.*rejected/));
  assert.match(mail.text, /We already ship to Dock 4 <b>there<\/b>\./);
  assert.equal(sql(`SELECT c.after FROM audit_log l JOIN audit_log_changes c ON c.audit_id = l.id WHERE l.action = 'address.rejected' AND c.field = 'Reason'`),
    'We already ship to Dock 4 <b>there</b>.');
  const shown = await buyer.get(`/account/addresses/${rid}`);
  assert.match(shown.text, /We already ship to Dock 4 &lt;b&gt;there&lt;\/b&gt;\./);
});

test("mode 'seller': pending with the seller, staff admins are mailed; the company cannot decide", async () => {
  const admin = await signedIn('admin@acme.test');
  await setMode(admin, 'seller');
  const buyer = await signedIn('buyer@acme.test');
  assert.match((await buyer.get('/account/addresses/new')).text, /wait until our staff approve/);
  assert.equal((await propose(buyer, { label: 'Seller Mode Dock' })).status, 303);
  const id = addressId('Seller Mode Dock');
  assert.equal(sql(`SELECT status || '|' || pending_with FROM addresses WHERE id = ${id}`), 'pending|seller');
  const [mail] = await smtp.waitFor(1, mailsTo('staff@seller.test', /Seller Mode Dock/));
  assert.ok(mail.text.includes(`${portal.url}/backoffice/addresses/${id}`), mail.text);
  assert.equal(smtp.messages().filter(mailsTo('admin@acme.test', /Seller Mode Dock/)).length, 0);
  const page = await admin.get(`/account/addresses/${id}`);
  assert.doesNotMatch(page.text, /Decide on this proposal/);
  assert.equal((await admin.post(`/account/addresses/${id}/approve`)).status, 409);
  assert.equal(sql(`SELECT status FROM addresses WHERE id = ${id}`), 'pending');

  // '' follows the seller's default
  await setMode(admin, '');
  sql("UPDATE seller_settings SET value = 'open' WHERE key = 'address_approval_default'");
  const settings = await admin.get('/account/addresses/settings');
  assert.match(settings.text, /The seller's default: Proposed addresses can be used at once/);
  assert.equal((await propose(buyer, { label: 'Seller Default Dock' })).status, 303);
  assert.equal(sql(`SELECT status FROM addresses WHERE label = 'Seller Default Dock'`), 'active');
  sql("UPDATE seller_settings SET value = 'company' WHERE key = 'address_approval_default'");
  await admin.get('/account/addresses/settings');
  assert.equal((await admin.post('/account/addresses/settings', { mode: 'sometimes' })).status, 422);
  assert.equal(sql(`SELECT address_approval FROM companies WHERE id = ${acme()}`), '');
  assert.equal(count('audit_log', "action = 'address.approval_mode_changed'"), 4);
});

// --- ERP addresses, restrictions, defaults, retiring ----------------------------------------

test('an ERP address cannot be edited; a change request is stored and mailed to the account manager', async () => {
  const admin = await signedIn('admin@acme.test');
  const houston = addressId('Houston Plant');
  const page = await admin.get(`/account/addresses/${houston}`);
  assert.match(page.text, /A-100042-04/);
  assert.match(page.text, /Request a change/);
  assert.doesNotMatch(page.text, /Save changes/);
  const row = () => sql(`SELECT label || '|' || line1 || '|' || city || '|' || updated_at FROM addresses WHERE id = ${houston}`);
  const before = row();
  const res = await admin.post(`/account/addresses/${houston}`, { ...NEW_ADDRESS, label: 'Hacked' });
  assert.equal(res.status, 409);
  assert.equal(row(), before, 'nothing changed');

  await admin.get(`/account/addresses/${houston}`);
  const empty = await admin.post(`/account/addresses/${houston}/change-request`, { message: ' ' });
  assert.equal(empty.status, 422);
  assert.match(empty.text, /id="message-error"/);
  const ok = await admin.post(`/account/addresses/${houston}/change-request`, { message: 'Dock moved to 8817 Clinton Dr.' });
  assert.equal(ok.status, 303);
  assert.equal(sql(`SELECT message || '|' || status || '|' || user_id FROM address_change_requests WHERE address_id = ${houston}`),
    `Dock moved to 8817 Clinton Dr.|open|${userId('admin@acme.test')}`);
  const [mail] = await smtp.waitFor(1, mailsTo('dana.reyes@seller.test', /Houston Plant/));
  assert.match(mail.text, /Dock moved to 8817 Clinton Dr\./);
  assert.equal(count('audit_log', `action = 'address.change_requested' AND subject = 'Houston Plant'`), 1);

  // a portal address is no change request
  const own = addressId('Open Mode Dock');
  await admin.get(`/account/addresses/${own}`);
  assert.equal((await admin.post(`/account/addresses/${own}/change-request`, { message: 'x' })).status, 409);
});

test('an administrator edits a portal address, with the change in the audit log', async () => {
  const admin = await signedIn('admin@acme.test');
  const id = addressId('Open Mode Dock');
  const page = await admin.get(`/account/addresses/${id}`);
  assert.match(page.text, /Save changes/);
  const res = await admin.post(`/account/addresses/${id}`, { ...NEW_ADDRESS, label: 'Open Mode Dock', city: 'Cicero', type: 'both' });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT city || '|' || kind FROM addresses WHERE id = ${id}`), 'Cicero|both');
  assert.equal(sql(`SELECT c.before || ' -> ' || c.after FROM audit_log l JOIN audit_log_changes c ON c.audit_id = l.id
    WHERE l.action = 'address.updated' AND c.field = 'Type'`), 'Shipping -> Billing and shipping');
});

test('restrictions: only units and members of the company; they decide who may use the address', async () => {
  const admin = await signedIn('admin@acme.test');
  const id = addressId('Corporate Office - Mailroom');
  const rows = () => sql(`SELECT group_concat(COALESCE(business_unit_id, '') || ':' || COALESCE(user_id, ''), ',') FROM address_restrictions WHERE address_id = ${id}`);
  const before = rows();
  await admin.get(`/account/addresses/${id}`);
  const foreign = await admin.post(`/account/addresses/${id}/restrictions`, { unit: unitId('Calgary Yard') });
  assert.equal(foreign.status, 422);
  assert.match(foreign.text, /Choose business units and members of your company/);
  assert.equal((await admin.post(`/account/addresses/${id}/restrictions`, { user: userId('admin@borealis.test') })).status, 422);
  assert.equal((await admin.post(`/account/addresses/${id}/restrictions`, { unit: 'abc' })).status, 422);
  assert.equal(rows(), before);

  const buyer = await signedIn('buyer@acme.test');
  assert.equal(await buyer.get(`/account/addresses/${id}`).then((r) => r.status), 404);
  const body = new URLSearchParams([['csrf_token', admin.csrf], ['unit', unitId('Corporate')], ['user', userId('buyer@acme.test')]]);
  const res = await admin.request('POST', `/account/addresses/${id}/restrictions`,
    { body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(res.status, 303);
  assert.equal(rows(), `${unitId('Corporate')}:,:${userId('buyer@acme.test')}`);
  assert.equal(await buyer.get(`/account/addresses/${id}`).then((r) => r.status), 200, 'named member may use it');
  const page = await admin.get(`/account/addresses/${id}`);
  assert.match(page.text, /Corporate, Ben Carter/);
  assert.equal(sql(`SELECT c.before || ' -> ' || c.after FROM audit_log l JOIN audit_log_changes c ON c.audit_id = l.id
    WHERE l.action = 'address.restricted' AND l.subject = 'Corporate Office - Mailroom'`), 'Corporate -> Corporate, Ben Carter');
  // nothing ticked: everyone
  await admin.get(`/account/addresses/${id}`);
  assert.equal((await admin.post(`/account/addresses/${id}/restrictions`, {})).status, 303);
  assert.equal(count('address_restrictions', `address_id = ${id}`), 0);
  assert.equal(await signedIn('h.nguyen@acme.test').then((c) => c.get(`/account/addresses/${id}`)).then((r) => r.status), 200);
});

test('viewing follows using: an approved proposal restricted away from its proposer is a 404 for them', async () => {
  const admin = await signedIn('admin@acme.test');
  const buyer = await signedIn('buyer@acme.test');
  const ben = userId('buyer@acme.test');
  // Ben proposed it in mode 'open', so it was usable at once
  const id = addressId('Open Mode Dock');
  assert.equal(sql(`SELECT status || '|' || proposed_by FROM addresses WHERE id = ${id}`), `active|${ben}`);
  assert.equal((await buyer.get(`/account/addresses/${id}`)).status, 200);
  assert.ok(labels((await buyer.get('/account/addresses')).text).includes('Open Mode Dock'));
  assert.match((await buyer.get('/checkout')).text, /Open Mode Dock/);

  await admin.get(`/account/addresses/${id}`);
  assert.equal((await admin.post(`/account/addresses/${id}/restrictions`, { unit: unitId('Houston Plant') })).status, 303);
  assert.doesNotMatch((await buyer.get('/checkout')).text, /Open Mode Dock/, 'checkout no longer offers it');
  const page = await buyer.get(`/account/addresses/${id}`);
  assert.equal(page.status, 404, 'nor may Ben open it');
  assert.match(page.text, /There is no such address in your company/);
  assert.doesNotMatch(page.text, /4600 S Kilbourn Ave/);
  for (const query of ['', '?status=active', '?q=Open', '?type=shipping']) {
    const list = await buyer.get(`/account/addresses${query}`);
    assert.ok(!labels(list.text).includes('Open Mode Dock'), `not in the list ${query}`);
  }
  await buyer.get('/account/addresses');
  assert.equal((await buyer.post(`/account/addresses/${id}/my-default`, { kind: 'shipping' })).status, 404);
  // a Houston member may use it, and so may see it
  const hoa = await signedIn('h.nguyen@acme.test');
  assert.equal((await hoa.get(`/account/addresses/${id}`)).status, 200);
  assert.ok(labels((await hoa.get('/account/addresses')).text).includes('Open Mode Dock'));
  // his rejected proposal stays his to read (the mail links to it), in the list of retired ones too
  const rejected = addressId('Rejected Dock');
  assert.equal((await buyer.get(`/account/addresses/${rejected}`)).status, 200);
  assert.ok(labels((await buyer.get('/account/addresses?status=retired')).text).includes('Rejected Dock'));
  assert.equal((await hoa.get(`/account/addresses/${rejected}`)).status, 404);

  // lifting the restriction gives it back
  await admin.get(`/account/addresses/${id}`);
  assert.equal((await admin.post(`/account/addresses/${id}/restrictions`, {})).status, 303);
  assert.equal((await buyer.get(`/account/addresses/${id}`)).status, 200);
});

test('company defaults need an active address of a fitting type; retiring clears every default', async () => {
  const admin = await signedIn('admin@acme.test');
  const elk = addressId('Elk Grove Distribution Center');
  const receiving = addressId('Chicago Plant - Receiving');
  await admin.get(`/account/addresses/${receiving}`);
  assert.equal((await admin.post(`/account/addresses/${receiving}/company-default`, { kind: 'billing' })).status, 409);
  assert.equal((await admin.post(`/account/addresses/${addressId('Joliet Warehouse')}/company-default`, { kind: 'shipping' })).status, 409);
  assert.equal((await admin.post(`/account/addresses/${elk}/company-default`, { kind: 'shipping' })).status, 303);
  assert.equal(sql(`SELECT group_concat(label) FROM addresses WHERE company_id = ${acme()} AND is_default_shipping = 1`), 'Elk Grove Distribution Center');
  assert.equal(count('audit_log', "action = 'address.default_set'"), 2, "the buyer's own default and this one");

  const buyer = await signedIn('buyer@acme.test');
  await buyer.get(`/account/addresses/${elk}`);
  assert.equal((await buyer.post(`/account/addresses/${elk}/my-default`, { kind: 'billing' })).status, 303);
  assert.equal(count('member_default_addresses', `address_id = ${elk}`), 1);

  const orders = sql(`SELECT COUNT(*) || '|' || COALESCE(SUM(length(ship_to_text)), 0) FROM orders WHERE company_id = ${acme()}`);
  await admin.get(`/account/addresses/${elk}`);
  assert.equal((await admin.post(`/account/addresses/${elk}/retire`)).status, 303);
  assert.equal(sql(`SELECT status || '|' || is_default_billing || is_default_shipping FROM addresses WHERE id = ${elk}`), 'retired|00');
  assert.equal(count('member_default_addresses', `address_id = ${elk}`), 0);
  assert.equal(sql(`SELECT COUNT(*) || '|' || COALESCE(SUM(length(ship_to_text)), 0) FROM orders WHERE company_id = ${acme()}`), orders, 'past orders unchanged');
  assert.equal(await buyer.get(`/account/addresses/${elk}`).then((r) => r.status), 404, 'no longer usable');
  assert.equal((await admin.post(`/account/addresses/${elk}/retire`)).status, 409);
  assert.deepEqual(labels((await admin.get('/account/addresses?status=retired')).text).includes('Elk Grove Distribution Center'), true);
  assert.equal(count('audit_log', "action = 'address.retired' AND subject = 'Elk Grove Distribution Center'"), 1);
});

// --- Bad input, other companies, CSRF --------------------------------------------------------

test('bad input answers 422 with the message and the values kept; markup is escaped', async () => {
  const admin = await signedIn('admin@acme.test');
  const before = count('addresses');
  const cases = [
    [{ label: '' }, 'label'],
    [{ label: 'x'.repeat(10240) }, 'label'],
    [{ label: 'y'.repeat(81) }, 'label'],
    [{ line1: '' }, 'line1'],
    [{ city: '' }, 'city'],
    [{ country: 'ZZ' }, 'country'],
    [{ country: '' }, 'country'],
    [{ type: 'home' }, 'type'],
    [{ postal_code: '1'.repeat(21) }, 'postal_code'],
    [{ phone: 'p'.repeat(41) }, 'phone'],
    [{ delivery_instructions: 'd'.repeat(501) }, 'delivery_instructions'],
    [{ tax_id: 't'.repeat(41) }, 'tax_id'],
    [{ attention: 'Mia\r\nBcc: all@x.test' }, 'attention'],
  ];
  for (const [override, field] of cases) {
    await admin.get('/account/addresses/new');
    const res = await admin.post('/account/addresses', { ...NEW_ADDRESS, ...override });
    assert.equal(res.status, 422, `${field} ${JSON.stringify(override).slice(0, 50)}`);
    assert.match(res.text, new RegExp(`id="${field}-error"`), `message for ${field}`);
    if (field !== 'city') assert.match(res.text, /value="Chicago"/, 'values kept');
  }
  const xss = await admin.post('/account/addresses', { ...NEW_ADDRESS, label: '<script>alert(1)</script>', city: '' });
  assert.equal(xss.status, 422);
  assert.doesNotMatch(xss.text, /<script>alert/);
  assert.match(xss.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.equal(count('addresses'), before, 'nothing stored');

  // stored markup shows escaped too
  await admin.get('/account/addresses/new');
  assert.equal((await admin.post('/account/addresses', { ...NEW_ADDRESS, label: '<img src=x onerror=alert(1)>' })).status, 303);
  const list = await admin.get('/account/addresses?q=onerror');
  assert.doesNotMatch(list.text, /<img src=x/);
  assert.match(list.text, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.equal(count('audit_log', "action = 'address.created'"), 1);

  // edit with bad input keeps the address as it was
  const id = addressId('Open Mode Dock');
  await admin.get(`/account/addresses/${id}`);
  const bad = await admin.post(`/account/addresses/${id}`, { ...NEW_ADDRESS, label: '', city: 'Berwyn' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /value="Berwyn"/);
  assert.equal(sql(`SELECT city FROM addresses WHERE id = ${id}`), 'Cicero');
});

test("another company's address is a 404 for every view and change", async () => {
  const nora = await signedIn('admin@borealis.test');
  const ids = [addressId('Headquarters'), addressId('Joliet Warehouse'), addressId('Houston Plant')];
  const snapshot = () => sql(`SELECT group_concat(status || is_default_billing || is_default_shipping || label, ';') FROM addresses WHERE company_id = ${acme()}`)
    + count('address_restrictions') + count('member_default_addresses') + count('address_change_requests');
  const before = snapshot();
  await nora.get('/account/addresses');
  const list = await nora.get('/account/addresses?q=Houston');
  assert.deepEqual(labels(list.text), []);
  for (const id of ids) {
    assert.equal((await nora.get(`/account/addresses/${id}`)).status, 404);
    for (const path of ['', '/retire', '/restrictions', '/company-default', '/my-default', '/approve', '/reject', '/change-request']) {
      const res = await nora.post(`/account/addresses/${id}${path}`, { ...NEW_ADDRESS, kind: 'billing', reason: 'no', message: 'no' });
      assert.equal(res.status, 404, `POST ${path} on ${id}`);
    }
  }
  assert.equal((await nora.get('/account/addresses/999999')).status, 404);
  assert.equal((await nora.get('/account/addresses/abc')).status, 404);
  assert.equal(snapshot(), before);
});

test('a forged or missing CSRF token is refused', async () => {
  const admin = await signedIn('admin@acme.test');
  const id = addressId('Headquarters');
  await admin.get(`/account/addresses/${id}`);
  const forged = await admin.post(`/account/addresses/${id}/retire`, { csrf_token: 'forged' });
  assert.equal(forged.status, 403);
  const missing = await admin.post('/account/addresses', NEW_ADDRESS, { csrf: false });
  assert.equal(missing.status, 403);
  assert.equal(sql(`SELECT status FROM addresses WHERE id = ${id}`), 'active');
});

test('staff viewing as the customer see the address book read-only', async () => {
  const staff = await signedIn('staff@seller.test');
  assert.equal((await staff.get(`/backoffice/companies/${acme()}`)).status, 200);
  assert.equal((await staff.post(`/backoffice/companies/${acme()}/view-as`)).status, 303);
  const list = await staff.get('/account/addresses');
  assert.equal(list.status, 200);
  assert.match(list.text, /read-only/);
  assert.doesNotMatch(list.text, /Add an address/);
  assert.ok(labels(list.text).includes('Houston Plant'), 'the whole address book');
  const page = await staff.get(`/account/addresses/${addressId('Headquarters')}`);
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /Retire this address|Make this my default|Save changes/);
  assert.equal((await staff.get('/account/addresses/new')).status, 200);
  assert.equal((await staff.get('/account/addresses/settings')).status, 200);
  const refused = await staff.post(`/account/addresses/${addressId('Headquarters')}/retire`);
  assert.equal(refused.status, 403);
  assert.equal(sql(`SELECT status FROM addresses WHERE label = 'Headquarters'`), 'active');
});
