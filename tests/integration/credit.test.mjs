// Account credit (issue #20): the credit page's figures read from the
// ledger, invoices with filters and paging, the statement and the ledger
// CSV, another company's invoices answering 404; enforcement at checkout
// (refused over the limit, "credit review" per company setting, a hold),
// 24 parallel submits that never take the account past its limit, release
// on cancellation, an invoice per shipment; credit requests and their bad
// input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { today, now } from '../lib/clock.mjs';
import { creditFigures, setCreditLimit } from '../lib/credit.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

let portal, smtp;

before(async () => {
  ({ portal, smtp } = await startStack({ mail: true }));
  // Approvals are the approvals engineer's: off, so checkout's credit outcomes show.
  portal.sql('UPDATE approval_rules SET active = 0');
  portal.sql('DELETE FROM spending_limits');
});
after(() => stopStack({ portal, smtp }));

const ACME = 'Acme Industrial Supply';
const BOREALIS = 'Borealis Builders';
const sql = (q) => portal.sql(q);
const num = (q) => Number(sql(q));
const companyId = (name) => sql(`SELECT id FROM companies WHERE name = '${name}'`);
const userId = (email) => sql(`SELECT id FROM users WHERE email = '${email}'`);
const addressId = (label) => sql(`SELECT id FROM addresses WHERE label = '${label}'`);
const methodId = (name) => sql(`SELECT id FROM shipping_methods WHERE name = '${name}'`);
const productId = (sku) => sql(`SELECT id FROM products WHERE sku = '${sku}'`);
const unescape = (s) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const money = (cents) => `${cents < 0 ? '-' : ''}$${Math.floor(Math.abs(cents) / 100).toLocaleString('en-US')}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

async function signedIn(email) {
  const c = new Client(portal.url);
  const res = await c.signIn(email);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

function fillCart(email, company, lines) {
  const u = userId(email), c = companyId(company);
  sql(`DELETE FROM cart_items WHERE user_id = ${u} AND company_id = ${c}`);
  lines.forEach(([sku, qty], i) => sql(
    `INSERT INTO cart_items (company_id, user_id, product_id, quantity, added_price_cents, added_at, updated_at)
     VALUES (${c}, ${u}, ${productId(sku)}, ${qty}, 1, ${1000 + i}, ${1000 + i})`));
}

function formFields(html, action) {
  const start = html.indexOf(`action="${action}"`);
  assert.ok(start >= 0, `a form posting to ${action}`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields[m[1]] = unescape(m[2]);
  return fields;
}

const acmeChoices = (overrides = {}) => ({
  ship_to: addressId('Chicago Plant - Receiving'), bill_to: addressId('Headquarters'),
  shipping_method: methodId('Standard ground'), po_number: 'PO-CREDIT', delivery_date: '', notes: '',
  payment_method: 'on_account', ...overrides,
});

async function review(client, choices) {
  await client.get('/checkout');
  return client.post('/checkout/review', choices);
}

// The ledger recomputed from scratch equals every stored running figure.
function assertLedgerConsistent(company) {
  const rows = sql(`SELECT kind, amount_cents, balance_after, reserved_after, limit_after FROM credit_ledger
                    WHERE company_id = ${companyId(company)} ORDER BY id`).split('\n').map((l) => l.split('|'));
  let balance = 0, reserved = 0, limit = 0;
  for (const [kind, amount, b, r, l] of rows) {
    const a = Number(amount);
    if (kind === 'reservation' || kind === 'release') reserved += a;
    else if (kind === 'limit') limit += a;
    else balance += a;
    assert.deepEqual([balance, reserved, limit], [Number(b), Number(r), Number(l)], `after a ${kind} of ${a}`);
    assert.ok(reserved >= 0);
  }
}

// --- The page --------------------------------------------------------------------------

test('the credit page shows the last ledger row\'s figures, the aging, the chart and its table', async () => {
  const rosa = await signedIn('finance@acme.test');
  const page = await rosa.get('/account/credit');
  assert.equal(page.status, 200);
  const f = creditFigures(portal, ACME);
  assert.match(page.text, new RegExp(`id="available">${money(f.available).replace('$', '\\$')}<`));
  assert.match(page.text, new RegExp(`id="balance">${money(f.balance).replace('$', '\\$')}<`));
  assert.match(page.text, new RegExp(`id="reserved">${money(f.reserved).replace('$', '\\$')}<`));
  assert.match(page.text, new RegExp(`id="limit">${money(f.limit).replace('$', '\\$')}<`));
  assert.match(page.text, /id="terms">Net 30 days/);
  // The demo keeps one invoice overdue: shown in the aging and the figures.
  const overdue = num(`SELECT SUM(amount_cents - paid_cents) FROM invoices WHERE company_id = ${f.id}
                       AND paid_cents < amount_cents AND due_on < '${today()}'`);
  assert.ok(overdue > 0);
  assert.match(page.text, new RegExp(`id="overdue">${money(overdue).replace('$', '\\$')}`));
  assert.match(page.text, /<svg class="credit-chart"[^>]*role="img"/);
  assert.equal([...page.text.matchAll(/<polyline points="([^"]+)"/g)].filter((m) => m[1].split(' ').length === 12).length, 3);
  const rows = [...page.text.matchAll(/<tr><th scope="row" class="fw-normal">(\w{3} \d{2})<\/th><td class="text-end">([^<]+)<\/td><td class="text-end">([^<]+)<\/td>/g)];
  assert.equal(rows.length, 12, 'a table row per month');
  // This month's row is now.
  assert.equal(rows[11][2], money(f.balance));
  assert.equal(rows[11][3], money(f.available));
  assertLedgerConsistent(ACME);
  assertLedgerConsistent(BOREALIS);
  // The nav offers it; the dashboard card shows the available credit.
  assert.match(page.text, /href="\/account\/credit"/);
  const dash = await rosa.get('/account');
  assert.match(dash.text, new RegExp(`id="available-credit">${money(f.available).replace('$', '\\$')}<`));
  assert.match(dash.text, /id="overdue"/);
});

test('members without "View credit" get 403, and the nav and dashboard leave credit out', async () => {
  const ben = await signedIn('buyer@acme.test');
  for (const path of ['/account/credit', '/account/credit/invoices', '/account/credit/statement', '/account/credit/ledger.csv'])
    assert.equal((await ben.get(path)).status, 403, path);
  const dash = await ben.get('/account');
  assert.doesNotMatch(dash.text, /href="\/account\/credit"/);
  assert.doesNotMatch(dash.text, /Available credit/);
});

test('invoices: filters, paging, one invoice, and another company\'s answering 404', async () => {
  const rosa = await signedIn('finance@acme.test');
  const acme = companyId(ACME);
  const all = num(`SELECT COUNT(*) FROM invoices WHERE company_id = ${acme}`);
  const first = await rosa.get('/account/credit/invoices');
  assert.equal(first.status, 200);
  assert.match(first.text, new RegExp(`>${all} invoice\\(s\\)<`));
  assert.equal([...first.text.matchAll(/<tr><td class="text-nowrap"><a href="\/account\/credit\/invoices\/INV-/g)].length, Math.min(20, all));
  if (all > 20) {
    const second = await rosa.get('/account/credit/invoices?page=2');
    assert.equal([...second.text.matchAll(/<tr><td class="text-nowrap"><a href="\/account\/credit\/invoices\/INV-/g)].length, Math.min(20, all - 20));
  }
  const overdue = num(`SELECT COUNT(*) FROM invoices WHERE company_id = ${acme} AND paid_cents < amount_cents AND due_on < '${today()}'`);
  const late = await rosa.get('/account/credit/invoices?status=overdue');
  assert.equal([...late.text.matchAll(/badge text-bg-danger">Overdue</g)].length, overdue);
  const paid = await rosa.get('/account/credit/invoices?status=paid');
  assert.doesNotMatch(paid.text, /badge text-bg-\w+">(Open|Overdue|Partly paid)</);
  const bogus = await rosa.get('/account/credit/invoices?status=<script>alert(1)</script>');
  assert.equal(bogus.status, 200);
  assert.match(bogus.text, /id="filter-error"/);
  assert.doesNotMatch(bogus.text, /<script>alert/);
  // One invoice: its lines add up, the remittance details, the due date.
  const number = sql(`SELECT number FROM invoices WHERE company_id = ${acme} AND paid_cents < amount_cents ORDER BY id LIMIT 1`);
  const inv = await rosa.get(`/account/credit/invoices/${number}`);
  assert.equal(inv.status, 200);
  assert.match(inv.text, /id="remittance">Bank transfer/);
  assert.match(inv.text, new RegExp(`id="invoice-due">${sql(`SELECT due_on FROM invoices WHERE number = '${number}'`)}<`));
  // Borealis's administrator asks for Acme's invoice: 404 like a missing one.
  const jordan = await signedIn('admin@borealis.test');
  assert.equal((await jordan.get(`/account/credit/invoices/${number}`)).status, 404);
  assert.equal((await jordan.get('/account/credit/invoices/INV-0000-000000')).status, 404);
});

test('the statement prints and the ledger CSV carries every row with its running figures', async () => {
  const rosa = await signedIn('finance@acme.test');
  const statement = await rosa.get('/account/credit/statement');
  assert.equal(statement.status, 200);
  assert.match(statement.text, /print-order\.css/);
  assert.match(statement.text, /Statement of account/);
  const csv = await rosa.get('/account/credit/ledger.csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines[0], 'Date,Entry,Reference,Note,Currency,Amount,Balance after,Reserved after,Limit after,Available after,By');
  assert.equal(lines.length - 1, num(`SELECT COUNT(*) FROM credit_ledger WHERE company_id = ${companyId(ACME)}`));
  const f = creditFigures(portal, ACME);
  const last = lines.at(-1).split(',');
  assert.equal(last.at(-2), (f.available / 100).toFixed(2));
});

// --- Enforcement ---------------------------------------------------------------------------

test('an order over the available credit is refused with what is available and what is needed', async () => {
  // Borealis is left near its limit by the demo.
  assert.ok(creditFigures(portal, BOREALIS).available < 150000);
  const f = creditFigures(portal, ACME);
  setCreditLimit(portal, ACME, f.balance + f.reserved + 1000);
  try {
    const ben = await signedIn('buyer@acme.test');
    fillCart('buyer@acme.test', ACME, [['HTL-PPW-0101', 10]]);
    const before = num('SELECT COUNT(*) FROM orders');
    const ledger = num('SELECT COUNT(*) FROM credit_ledger');
    const page = await review(ben, acmeChoices({ po_number: 'PO-OVER' }));
    assert.equal(page.status, 422, 'the review says so already');
    assert.match(page.text, /id="refused"/);
    assert.match(page.text, /has \$10\.00 available/);
    assert.doesNotMatch(page.text, /action="\/checkout"/, 'no place button');
    assert.match(page.text, /id="available-credit">\$10\.00</);
    // A submit of a review made while there was room is refused the same way.
    setCreditLimit(portal, ACME, f.limit);
    const ok = await review(ben, acmeChoices({ po_number: 'PO-OVER' }));
    assert.equal(ok.status, 200);
    const fields = formFields(ok.text, '/checkout');
    setCreditLimit(portal, ACME, f.balance + f.reserved + 1000);
    const refused = await ben.post('/checkout', fields);
    assert.equal(refused.status, 422);
    assert.match(refused.text, /has \$10\.00 available/);
    assert.doesNotMatch(refused.text, /Request more credit<\/a>/, 'a buyer may not request credit: no link');
    assert.equal(num('SELECT COUNT(*) FROM orders'), before);
    assert.equal(num('SELECT COUNT(*) FROM credit_ledger'), ledger + 2, 'only the two limit rows of this test');
  } finally {
    setCreditLimit(portal, ACME, f.limit);
  }
});

test('with "credit review" an order over the limit is accepted without a reservation and waits for the seller', async () => {
  const acme = companyId(ACME);
  const f = creditFigures(portal, ACME);
  sql(`UPDATE credit_accounts SET over_limit = 'review' WHERE company_id = ${acme}`);
  setCreditLimit(portal, ACME, f.balance + f.reserved + 1000);
  try {
    fillCart('buyer@acme.test', ACME, [['HTL-PPW-0101', 10]]);
    const ben = await signedIn('buyer@acme.test');
    const page = await review(ben, acmeChoices({ po_number: 'PO-REVIEW' }));
    assert.equal(page.status, 200);
    assert.match(page.text, /id="credit-review"/);
    const res = await ben.post('/checkout', formFields(page.text, '/checkout'));
    assert.equal(res.status, 303);
    const number = res.location.split('/').pop();
    assert.equal(sql(`SELECT status FROM orders WHERE number = '${number}'`), 'credit_review');
    assert.equal(num(`SELECT COUNT(*) FROM credit_ledger WHERE reference = '${number}'`), 0, 'no reservation');
    assert.equal(creditFigures(portal, ACME).reserved, f.reserved);
    assertLedgerConsistent(ACME);
  } finally {
    sql(`UPDATE credit_accounts SET over_limit = '' WHERE company_id = ${acme}`);
    setCreditLimit(portal, ACME, f.limit);
  }
});

test('a company on credit hold cannot order on account; the page says why', async () => {
  const acme = companyId(ACME);
  sql(`UPDATE credit_accounts SET on_hold = 1, hold_reason = 'Invoices overdue' WHERE company_id = ${acme}`);
  try {
    fillCart('buyer@acme.test', ACME, [['HTL-PPW-0101', 1]]);
    const ben = await signedIn('buyer@acme.test');
    const page = await review(ben, acmeChoices());
    assert.equal(page.status, 422);
    assert.match(page.text, /on credit hold: Invoices overdue/);
    // Another payment method still works.
    const bank = await review(ben, acmeChoices({ payment_method: 'bank_transfer' }));
    assert.equal(bank.status, 200);
  } finally {
    sql(`UPDATE credit_accounts SET on_hold = 0, hold_reason = '' WHERE company_id = ${acme}`);
  }
});

test('24 buyers submitting at once never take the account past its limit', async () => {
  const acme = companyId(ACME);
  const ben = userId('buyer@acme.test');
  const [role, unit, hash] = sql(`SELECT m.role_id, COALESCE(m.business_unit_id, 'NULL'), u.password_hash FROM memberships m
                                  JOIN users u ON u.id = m.user_id WHERE m.user_id = ${ben} AND m.company_id = ${acme}`).split('|');
  const emails = Array.from({ length: 24 }, (_, i) => `parallel${i}@acme.test`);
  for (const email of emails) {
    sql(`INSERT INTO users (email, password_hash, name, created_at, email_verified_at) VALUES ('${email}', '${hash}', 'Parallel ${email}', 1, 1)`);
    sql(`INSERT INTO memberships (company_id, user_id, role_id, business_unit_id, created_at) VALUES (${acme}, ${userId(email)}, ${role}, ${unit}, 1)`);
    fillCart(email, ACME, [['HTL-PPW-0101', 2]]);
  }
  const clients = [];
  for (const email of emails) clients.push(await signedIn(email));
  const forms = [];
  for (const c of clients) {
    const page = await review(c, acmeChoices({ po_number: 'PO-PAR' }));
    assert.equal(page.status, 200);
    forms.push(formFields(page.text, '/checkout'));
  }
  const total = Number(forms[0].reviewed_total);
  const f = creditFigures(portal, ACME);
  // Room for exactly ten of them.
  setCreditLimit(portal, ACME, f.balance + f.reserved + total * 10 + Math.floor(total / 2));
  const firstRow = num('SELECT MAX(id) FROM credit_ledger');
  const results = await Promise.all(clients.map((c, i) => c.post('/checkout', forms[i])));
  const placed = results.filter((r) => r.status === 303).length;
  assert.equal(placed, 10, results.map((r) => r.status).join(' '));
  assert.ok(results.every((r) => r.status === 303 || r.status === 422));
  assert.equal(num(`SELECT COUNT(*) FROM orders WHERE po_number = 'PO-PAR'`), 10);
  // Never past the limit, at any row.
  assert.equal(num(`SELECT COUNT(*) FROM credit_ledger WHERE company_id = ${acme} AND id > ${firstRow}
                    AND balance_after + reserved_after > limit_after`), 0);
  assert.equal(num(`SELECT COUNT(*) FROM credit_ledger WHERE company_id = ${acme} AND id > ${firstRow} AND kind = 'reservation'`), 10);
  assertLedgerConsistent(ACME);
  setCreditLimit(portal, ACME, f.limit);
});

test('cancelling releases the reservation; a shipment becomes an invoice and replaces its part', async () => {
  const limit = creditFigures(portal, ACME).limit;
  setCreditLimit(portal, ACME, 100_000_000);
  fillCart('buyer@acme.test', ACME, [['HTL-PPW-0101', 4], ['HTL-ADW-0102', 2]]);
  const ben = await signedIn('buyer@acme.test');
  const page = await review(ben, acmeChoices({ po_number: 'PO-SHIP' }));
  const res = await ben.post('/checkout', formFields(page.text, '/checkout'));
  assert.equal(res.status, 303);
  const number = res.location.split('/').pop();
  const order = sql(`SELECT id, total_cents FROM orders WHERE number = '${number}'`).split('|').map(Number);
  assert.equal(num(`SELECT amount_cents FROM credit_ledger WHERE order_id = ${order[0]} AND kind = 'reservation'`), order[1]);
  const staff = await signedIn('staff@seller.test');
  await staff.get(`/backoffice/orders/${number}`);
  assert.equal((await staff.post(`/backoffice/orders/${number}/status`, { status: 'approved', to: 'processing' })).status, 303);
  const lines = sql(`SELECT id, quantity FROM order_lines WHERE order_id = ${order[0]} ORDER BY line_no`).split('\n').map((l) => l.split('|'));
  const ship = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'processing', carrier: 'UPS', [`ship_${lines[0][0]}`]: lines[0][1], [`ship_${lines[1][0]}`]: '0' });
  assert.equal(ship.status, 303);
  const [invoiceAmount, due] = sql(`SELECT amount_cents, due_on FROM invoices WHERE order_id = ${order[0]}`).split('|');
  assert.ok(Number(invoiceAmount) > 0 && Number(invoiceAmount) < order[1]);
  assert.equal(due, today(30), 'net 30 from today');
  const invoiceNumber = sql(`SELECT number FROM invoices WHERE order_id = ${order[0]}`);
  // Mailed to those who see the company's credit.
  assert.equal(sql(`SELECT group_concat(to_address, ' ') FROM (SELECT to_address FROM outbox WHERE template = 'invoice_issued'
                    AND subject LIKE '%${invoiceNumber}%' ORDER BY to_address)`), 'admin@acme.test finance@acme.test purchasing@acme.test');
  assert.equal(num(`SELECT SUM(amount_cents) FROM credit_ledger WHERE order_id = ${order[0]} AND kind IN ('reservation', 'release')`),
               order[1] - Number(invoiceAmount), 'the invoiced part is no longer reserved');
  // The rest ships: the invoices add up to the order, nothing stays reserved.
  const rest = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'partially_shipped', carrier: 'UPS', [`ship_${lines[1][0]}`]: lines[1][1] });
  assert.equal(rest.status, 303);
  assert.equal(num(`SELECT SUM(amount_cents) FROM invoices WHERE order_id = ${order[0]}`), order[1]);
  assert.equal(num(`SELECT SUM(amount_cents) FROM credit_ledger WHERE order_id = ${order[0]} AND kind IN ('reservation', 'release')`), 0);
  // Another order, cancelled: all of it released.
  fillCart('buyer@acme.test', ACME, [['HTL-PPW-0101', 1]]);
  const page2 = await review(ben, acmeChoices({ po_number: 'PO-CANCEL' }));
  const res2 = await ben.post('/checkout', formFields(page2.text, '/checkout'));
  const number2 = res2.location.split('/').pop();
  const id2 = num(`SELECT id FROM orders WHERE number = '${number2}'`);
  assert.equal((await staff.post(`/backoffice/orders/${number2}/cancel`, { status: 'approved', reason: 'Customer changed plans' })).status, 303);
  assert.equal(num(`SELECT SUM(amount_cents) FROM credit_ledger WHERE order_id = ${id2} AND kind IN ('reservation', 'release')`), 0);
  assert.equal(num(`SELECT COUNT(*) FROM credit_ledger WHERE order_id = ${id2} AND kind = 'release'`), 1);
  assertLedgerConsistent(ACME);
  setCreditLimit(portal, ACME, limit);
});

// --- Requests ---------------------------------------------------------------------------------

test('a finance manager requests more credit; bad input answers 422 with the values kept; one open request at a time', async () => {
  const rosa = await signedIn('finance@acme.test');
  sql(`UPDATE credit_requests SET status = 'declined' WHERE company_id = ${companyId(ACME)} AND status = 'open'`);
  const form = await rosa.get('/account/credit/request');
  assert.equal(form.status, 200);
  const empty = await rosa.post('/account/credit/request', { amount: '', reason: '', until: '' });
  assert.equal(empty.status, 422);
  assert.match(empty.text, /Enter the credit limit you need/);
  const bad = await rosa.post('/account/credit/request', { amount: '1e3', reason: '<script>alert(1)</script> please', until: 'soon' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt; please/);
  assert.doesNotMatch(bad.text, /<script>alert/);
  const low = await rosa.post('/account/credit/request', { amount: '10.00', reason: 'More projects this spring.', until: '' });
  assert.equal(low.status, 422);
  assert.match(low.text, /Ask for more than the current limit/);
  const past = await rosa.post('/account/credit/request', { amount: '90,000.00', reason: 'More projects this spring.', until: today(-1) });
  assert.equal(past.status, 422);
  assert.match(past.text, /after today/);
  const tooLong = await rosa.post('/account/credit/request', { amount: '90,000.00', reason: 'x'.repeat(2001), until: '' });
  assert.equal(tooLong.status, 422);
  const ok = await rosa.post('/account/credit/request', { amount: '90,000.00', reason: 'More projects this spring.', until: today(60) });
  assert.equal(ok.status, 303);
  assert.equal(num(`SELECT COUNT(*) FROM credit_requests WHERE company_id = ${companyId(ACME)} AND status = 'open'`), 1);
  const again = await rosa.post('/account/credit/request', { amount: '95,000.00', reason: 'And a bit more.', until: '' });
  assert.equal(again.status, 422, 'the form says one is waiting');
  assert.match(again.text, /id="request-waiting"/);
  assert.equal(num(`SELECT COUNT(*) FROM credit_requests WHERE company_id = ${companyId(ACME)} AND status = 'open'`), 1);
  // The account manager is mailed.
  await smtp.waitFor(1, (m) => /asks for a credit limit of \$90,000\.00/.test(m.headers.Subject ?? m.headers.subject ?? ''));
  // A buyer may not ask.
  const ben = await signedIn('buyer@acme.test');
  assert.equal((await ben.get('/account/credit/request')).status, 403);
});

// --- The back office ----------------------------------------------------------------------------

test('staff decide a request: the limit changes, the customer is mailed, a temporary increase ends by itself', async () => {
  const acme = companyId(ACME);
  const before = creditFigures(portal, ACME);
  const id = sql(`SELECT id FROM credit_requests WHERE company_id = ${acme} AND status = 'open'`);
  assert.ok(id, 'the request of the test above waits');
  // Customer service reads but may not decide; Borealis's account manager does not see it.
  const kelly = await signedIn('kelly.obrien@seller.test');
  assert.equal((await kelly.get(`/backoffice/credit/requests/${id}`)).status, 200);
  assert.equal((await kelly.post(`/backoffice/credit/requests/${id}/decide`, { decision: 'approve', new_limit: '999,999.00' })).status, 403);
  assert.equal((await kelly.post(`/backoffice/credit/${acme}/limit`, { limit: '999,999.00', terms_kind: 'net', terms_days: '30', over_limit: 'seller', reminder_days: '7' })).status, 403);
  const marcus = await signedIn('marcus.lee@seller.test');
  assert.equal((await marcus.get(`/backoffice/credit/requests/${id}`)).status, 404);
  assert.equal((await marcus.get(`/backoffice/credit/${acme}`)).status, 404);
  assert.doesNotMatch((await marcus.get('/backoffice/credit')).text, /Acme Industrial Supply/);
  // Dana, Acme's account manager, approves less than asked and for a shorter time; bad input first.
  const dana = await signedIn('dana.reyes@seller.test');
  const page = await dana.get(`/backoffice/credit/requests/${id}`);
  assert.equal(page.status, 200);
  const later = await dana.post(`/backoffice/credit/requests/${id}/decide`, { decision: 'approve', new_limit: '80,000.00', until: today(90), reason: '' });
  assert.equal(later.status, 422);
  assert.match(later.text, /earlier than asked/);
  const decline = await dana.post(`/backoffice/credit/requests/${id}/decide`, { decision: 'decline', new_limit: '', until: '', reason: '' });
  assert.equal(decline.status, 422);
  const ok = await dana.post(`/backoffice/credit/requests/${id}/decide`, { decision: 'approve', new_limit: '80,000.00', until: today(30), reason: 'For the spring season.' });
  assert.equal(ok.status, 303);
  const after = creditFigures(portal, ACME);
  assert.equal(after.limit, 8_000_000);
  assert.equal(after.available - before.available, 8_000_000 - before.limit);
  assert.equal(sql(`SELECT temporary_until || '|' || base_limit_cents FROM credit_accounts WHERE company_id = ${acme}`), `${today(30)}|${before.limit}`);
  assert.equal(num(`SELECT COUNT(*) FROM audit_log WHERE company_id = ${acme} AND action = 'credit.request_approved'`), 1);
  await smtp.waitFor(1, (m) => (m.headers.To ?? m.headers.to ?? '').includes('finance@acme.test')
    && /credit request for Acme Industrial Supply was approved/.test(m.headers.Subject ?? m.headers.subject ?? ''));
  // Deciding again: it is no longer open.
  assert.equal((await dana.post(`/backoffice/credit/requests/${id}/decide`, { decision: 'decline', reason: 'Changed my mind' })).status, 409);
  // The customer sees the new limit at checkout.
  fillCart('buyer@acme.test', ACME, [['HTL-PPW-0101', 1]]);
  const ben = await signedIn('buyer@acme.test');
  const review1 = await review(ben, acmeChoices());
  assert.match(review1.text, new RegExp(`id="available-credit">${money(after.available).replace('$', '\\$')}<`));
  // After its last day the job puts the limit back.
  const dayAfter = Math.floor(now()) + 32 * 86400;
  portal.commandAt(dayAfter, 'jobs', 'run', 'credit-temporary', '--once');
  const ended = creditFigures(portal, ACME);
  assert.equal(ended.limit, before.limit);
  assert.equal(sql(`SELECT temporary_until FROM credit_accounts WHERE company_id = ${acme}`), '');
  assert.match(sql(`SELECT note FROM credit_ledger WHERE company_id = ${acme} ORDER BY id DESC LIMIT 1`), /Temporary increase ended/);
  assertLedgerConsistent(ACME);
});

test('staff record a payment against an invoice, put the account on hold, and bad input keeps the values', async () => {
  const acme = companyId(ACME);
  const staff = await signedIn('staff@seller.test');
  const page = await staff.get(`/backoffice/credit/${acme}`);
  assert.equal(page.status, 200);
  // The newest unpaid invoice (the overdue one stays for the reminder test below).
  const [number, open] = sql(`SELECT number, amount_cents - paid_cents FROM invoices WHERE company_id = ${acme}
                              AND paid_cents < amount_cents ORDER BY due_on DESC LIMIT 1`).split('|');
  const tooMuch = await staff.post(`/backoffice/credit/${acme}/entries`, { entry_kind: 'payment', amount: ((Number(open) + 100) / 100).toFixed(2), invoice: number, reference: 'Wire 1' });
  assert.equal(tooMuch.status, 422);
  assert.match(tooMuch.text, /more than the invoice has open/);
  assert.match(tooMuch.text, /value="Wire 1"/);
  const unknown = await staff.post(`/backoffice/credit/${acme}/entries`, { entry_kind: 'payment', amount: '1.00', invoice: 'INV-NOPE', reference: '<b>x</b>' });
  assert.equal(unknown.status, 422);
  assert.match(unknown.text, /value="&lt;b&gt;x&lt;\/b&gt;"/);
  const bad = await staff.post(`/backoffice/credit/${acme}/entries`, { entry_kind: 'gift', amount: 'ten', reference: '' });
  assert.equal(bad.status, 422);
  const balance = creditFigures(portal, ACME).balance;
  const paid = await staff.post(`/backoffice/credit/${acme}/entries`, { entry_kind: 'payment', amount: (Number(open) / 100).toFixed(2), invoice: number, reference: 'Wire 42' });
  assert.equal(paid.status, 303);
  assert.equal(creditFigures(portal, ACME).balance, balance - Number(open));
  assert.equal(sql(`SELECT paid_cents = amount_cents FROM invoices WHERE number = '${number}'`), '1');
  // The same payment posted again (a double submit) is refused, nothing booked twice.
  const twice = await staff.post(`/backoffice/credit/${acme}/entries`, { entry_kind: 'payment', amount: '1.00', invoice: '', reference: 'Wire 42' });
  assert.equal(twice.status, 422);
  assert.match(twice.text, /recorded already/);
  assert.equal(num(`SELECT COUNT(*) FROM credit_ledger WHERE company_id = ${acme} AND kind = 'payment' AND reference = 'Wire 42'`), 1);
  const adjust = await staff.post(`/backoffice/credit/${acme}/entries`, { entry_kind: 'adjustment', amount: '-12.50', invoice: '', reference: 'Rounding' });
  assert.equal(adjust.status, 303);
  const noReason = await staff.post(`/backoffice/credit/${acme}/hold`, { on_hold: '1', hold_reason: '' });
  assert.equal(noReason.status, 422);
  assert.equal((await staff.post(`/backoffice/credit/${acme}/hold`, { on_hold: '1', hold_reason: 'Cheque bounced' })).status, 303);
  assert.equal(sql(`SELECT on_hold FROM credit_accounts WHERE company_id = ${acme}`), '1');
  await smtp.waitFor(1, (m) => /Your account is on credit hold/.test(m.headers.Subject ?? m.headers.subject ?? ''));
  assert.equal((await staff.post(`/backoffice/credit/${acme}/hold`, { hold_reason: '' })).status, 303);
  assert.equal(sql(`SELECT on_hold FROM credit_accounts WHERE company_id = ${acme}`), '0');
  assert.equal((await staff.get('/backoffice/credit')).status, 200);
  assertLedgerConsistent(ACME);
});

test('an order in credit review is released by staff (reserved over the limit) or waits; members cannot release', async () => {
  const acme = companyId(ACME);
  const f = creditFigures(portal, ACME);
  sql(`UPDATE credit_accounts SET over_limit = 'review' WHERE company_id = ${acme}`);
  setCreditLimit(portal, ACME, f.balance + f.reserved + 100);
  try {
    fillCart('buyer@acme.test', ACME, [['HTL-PPW-0101', 3]]);
    const ben = await signedIn('buyer@acme.test');
    const page = await review(ben, acmeChoices({ po_number: 'PO-RELEASE' }));
    const res = await ben.post('/checkout', formFields(page.text, '/checkout'));
    const number = res.location.split('/').pop();
    const [id, total] = sql(`SELECT id, total_cents FROM orders WHERE number = '${number}'`).split('|').map(Number);
    assert.equal(sql(`SELECT status FROM orders WHERE id = ${id}`), 'credit_review');
    const staff = await signedIn('staff@seller.test');
    const list = await staff.get('/backoffice/credit');
    assert.match(list.text, new RegExp(`href="/backoffice/orders/${number}"`));
    const order = await staff.get(`/backoffice/orders/${number}`);
    assert.match(order.text, /id="credit-release"/);
    const kelly = await signedIn('kelly.obrien@seller.test');
    await kelly.get(`/backoffice/orders/${number}`);
    assert.equal((await kelly.post(`/backoffice/orders/${number}/credit-release`, { status: 'credit_review' })).status, 403);
    await staff.get(`/backoffice/orders/${number}`);
    assert.equal((await staff.post(`/backoffice/orders/${number}/credit-release`, { status: 'credit_review' })).status, 303);
    assert.equal(sql(`SELECT status FROM orders WHERE id = ${id}`), 'approved');
    assert.equal(num(`SELECT amount_cents FROM credit_ledger WHERE order_id = ${id} AND kind = 'reservation'`), total);
    assert.ok(creditFigures(portal, ACME).available < 0, 'a recorded staff decision may exceed the limit');
    assert.equal(num(`SELECT COUNT(*) FROM audit_log WHERE action = 'credit.review_released'`), 1);
    assertLedgerConsistent(ACME);
  } finally {
    sql(`UPDATE credit_accounts SET over_limit = '' WHERE company_id = ${acme}`);
    setCreditLimit(portal, ACME, f.limit);
  }
});

// --- The ERP issues invoices ---------------------------------------------------------------------

test('buyerdesk import credit: the ERP\'s invoices keyed by number, the balance as an ERP sync row, idempotent, all or nothing', async () => {
  const run = (...args) => {
    try {
      return { status: 0, stdout: portal.command(...args) };
    } catch (err) {
      return { status: err.status, stdout: err.stdout.toString() + err.stderr.toString() };
    }
  };
  const file = (name, text) => {
    const path = join(portal.dir, name);
    writeFileSync(path, text);
    return path;
  };
  const header = 'invoice_number,customer_account,issued_on,due_on,amount,paid\n';
  const rows = `ERP-INV-1,C-100042,${today(-40)},${today(-10)},"1,200.00",200.00\nERP-INV-2,C-100042,${today(-5)},${today(25)},300.00,\n`;
  // While the portal issues invoices, an ERP file is refused.
  const refused = run('import', 'credit', file('c0.csv', header + rows));
  assert.equal(refused.status, 1);
  assert.match(refused.stdout, /The portal issues invoices/);
  sql("INSERT OR REPLACE INTO seller_settings (key, value) VALUES ('credit_invoices_by', 'erp')");
  try {
    const before = creditFigures(portal, ACME);
    const ledger = num('SELECT COUNT(*) FROM credit_ledger');
    // A bad row refuses the whole file.
    const bad = run('import', 'credit', file('c1.csv', header + rows + `ERP-INV-3,C-NOPE,${today()},${today(-1)},ten,\n`));
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /line 4, due_on: The due date is before the issue date/);
    assert.match(bad.stdout, /line 4, amount:/);
    assert.equal(num("SELECT COUNT(*) FROM invoices WHERE number LIKE 'ERP-INV-%'"), 0);
    // The file goes in: two invoices, the balance follows them with one ERP sync row.
    const ok = run('import', 'credit', file('c2.csv', header + rows));
    assert.equal(ok.status, 0, ok.stdout);
    assert.equal(num("SELECT COUNT(*) FROM invoices WHERE number LIKE 'ERP-INV-%' AND source = 'erp'"), 2);
    const after = creditFigures(portal, ACME);
    const owed = () => num(`SELECT SUM(amount_cents - paid_cents) FROM invoices WHERE company_id = ${companyId(ACME)}`);
    // The balance is now what the invoices say is owed (the ERP's two add $1,300.00; an
    // adjustment made earlier outside any invoice is brought in line too).
    assert.equal(after.balance, owed());
    assert.ok(after.balance - before.balance >= 130000 - 2000);
    assert.equal(num('SELECT COUNT(*) FROM credit_ledger') - ledger, 1);
    assert.equal(sql('SELECT kind FROM credit_ledger ORDER BY id DESC LIMIT 1'), 'erp_sync');
    // Again: nothing changes, nothing is counted twice.
    const again = run('import', 'credit', file('c3.csv', header + rows));
    assert.equal(again.status, 0);
    assert.equal(num('SELECT COUNT(*) FROM credit_ledger') - ledger, 1);
    assert.equal(creditFigures(portal, ACME).balance, after.balance);
    // Paid in the ERP: updated in place, the balance follows.
    const paid = run('import', 'credit', file('c4.csv', header + rows.replace('"1,200.00",200.00', '"1,200.00","1,200.00"')));
    assert.equal(paid.status, 0);
    assert.equal(creditFigures(portal, ACME).balance, after.balance - 100000);
    const exported = run('export', 'credit');
    assert.match(exported.stdout, /^invoice_number,customer_account,issued_on,due_on,amount,paid\r\n/);
    assert.match(exported.stdout, /ERP-INV-1,C-100042,/);
    assertLedgerConsistent(ACME);
  } finally {
    sql("DELETE FROM seller_settings WHERE key = 'credit_invoices_by'");
  }
});

test('the credit-reminders job mails an invoice about to fall due and an overdue one, once each', async () => {
  const acme = companyId(ACME);
  const overdue = sql(`SELECT number FROM invoices WHERE company_id = ${acme} AND paid_cents < amount_cents AND due_on < '${today()}' ORDER BY due_on LIMIT 1`);
  const soon = sql(`SELECT number FROM invoices WHERE company_id = ${acme} AND paid_cents < amount_cents AND due_on BETWEEN '${today()}' AND '${today(7)}' ORDER BY due_on LIMIT 1`);
  assert.ok(overdue, 'the demo keeps one overdue');
  const mails = (template) => num(`SELECT COUNT(*) FROM outbox WHERE template = '${template}'`);
  const [due0, late0] = [mails('invoice_due'), mails('invoice_overdue')];
  portal.command('jobs', 'run', 'credit-reminders', '--once');
  assert.equal(num(`SELECT COUNT(*) FROM outbox WHERE template = 'invoice_overdue' AND subject = 'Invoice ${overdue} is overdue'`), 3, 'to the three who see credit');
  if (soon) assert.ok(num(`SELECT COUNT(*) FROM outbox WHERE template = 'invoice_due' AND subject LIKE 'Invoice ${soon} is due%'`) >= 1);
  const [due1, late1] = [mails('invoice_due'), mails('invoice_overdue')];
  assert.ok(late1 > late0 && due1 >= due0);
  portal.command('jobs', 'run', 'credit-reminders', '--once');
  assert.deepEqual([mails('invoice_due'), mails('invoice_overdue')], [due1, late1], 'never twice');
});

test('the seller\'s credit settings: administrators only, bad input kept, the remittance shows on invoices', async () => {
  const dana = await signedIn('dana.reyes@seller.test');
  await dana.get('/backoffice/credit');
  assert.equal((await dana.post('/backoffice/credit/settings', { seller_over_limit: 'review', invoices_by: 'portal', remittance: 'Pay us somehow please' })).status, 403);
  const staff = await signedIn('staff@seller.test');
  const page = await staff.get('/backoffice/credit');
  assert.match(page.text, /id="settings-title"/);
  const bad = await staff.post('/backoffice/credit/settings', { seller_over_limit: 'maybe', invoices_by: 'portal', remittance: '<i>short</i>' });
  assert.equal(bad.status, 422);
  assert.match(bad.text, /&lt;i&gt;short&lt;\/i&gt;/);
  const ok = await staff.post('/backoffice/credit/settings', { seller_over_limit: 'refuse', invoices_by: 'portal', remittance: 'Wire to account 42-42-42, quoting the invoice number.' });
  assert.equal(ok.status, 303);
  const rosa = await signedIn('finance@acme.test');
  const number = sql(`SELECT number FROM invoices WHERE company_id = ${companyId(ACME)} ORDER BY id LIMIT 1`);
  assert.match((await rosa.get(`/account/credit/invoices/${number}`)).text, /Wire to account 42-42-42/);
});

test('a company without a credit account pays in advance until staff open one', async () => {
  const summit = sql("SELECT id FROM companies WHERE name = 'Summit Lab Supply Inc.'");
  assert.equal(num(`SELECT COUNT(*) FROM credit_accounts WHERE company_id = ${summit}`), 0);
  const staff = await signedIn('staff@seller.test');
  const record = await staff.get(`/backoffice/companies/${summit}`);
  assert.match(record.text, /No credit account: paid in advance/);
  const page = await staff.get(`/backoffice/credit/${summit}`);
  assert.match(page.text, /No credit account: this customer pays in advance/);
  const bad = await staff.post(`/backoffice/credit/${summit}/limit`, { limit: '-5', terms_kind: 'net', terms_days: '30', over_limit: 'seller', reminder_days: '7' });
  assert.equal(bad.status, 422);
  assert.equal(num(`SELECT COUNT(*) FROM credit_accounts WHERE company_id = ${summit}`), 0, 'nothing half-written');
  const ok = await staff.post(`/backoffice/credit/${summit}/limit`, { limit: '15,000.00', terms_kind: 'net', terms_days: '45', over_limit: 'seller', reminder_days: '7' });
  assert.equal(ok.status, 303);
  assert.equal(sql(`SELECT credit_limit_cents || '|' || terms_days FROM credit_accounts WHERE company_id = ${summit}`), '1500000|45');
  assert.equal(sql(`SELECT kind || '|' || amount_cents || '|' || limit_after FROM credit_ledger WHERE company_id = ${summit}`), 'limit|1500000|1500000');
  assert.match((await staff.get('/backoffice/credit')).text, /Summit Lab Supply Inc\./);
});
