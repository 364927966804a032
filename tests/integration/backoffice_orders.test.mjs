// Back-office orders: the list across companies (filters, counts of what
// waits, keyset pages), one order with everything the buyer sees, and the
// seller's moves: start processing, record shipments (partial, then the
// rest), mark delivered, cancel with a reason (withdrawing waiting
// approval steps). Every move is checked against the lifecycle and against
// what the page showed (409 when the order changed meanwhile), writes a
// timeline event and an audit entry, and mails the buyer where there is
// one. Members never reach these pages. Mail goes through a real SMTP sink.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { assertOrderCountsAgree } from '../lib/order_counts.mjs';
import { today } from '../lib/clock.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

let portal, smtp, staff;

before(async () => {
  ({ portal, smtp } = await startStack({ mail: true }));
  staff = new Client(portal.url);
  const res = await staff.signIn('staff@seller.test');
  assert.equal(res.status, 303);
});
after(() => stopStack({ portal, smtp }));

const sql = (q) => portal.sql(q);
const count = (table, where = '1') => Number(sql(`SELECT COUNT(*) FROM ${table} WHERE ${where}`));
const subject = (m) => m.headers.Subject ?? m.headers.subject ?? '';
const mailsTo = (addr, re = /./) => (m) => m.rcpt_tos.includes(addr) && re.test(subject(m));
const statusOf = (number) => sql(`SELECT status FROM orders WHERE number = '${number}'`);
const orderId = (number) => sql(`SELECT id FROM orders WHERE number = '${number}'`);
const staffId = () => sql("SELECT id FROM users WHERE email = 'staff@seller.test'");
// What a move may write, to prove a refused one wrote nothing.
const snapshot = (number) => sql(`SELECT status || '|' || cancel_reason || '|' || COALESCE(updated_at, '') FROM orders WHERE number = '${number}'`)
  + '\n' + sql(`SELECT group_concat(quantity_shipped) FROM order_lines WHERE order_id = ${orderId(number)}`)
  + '\n' + count('order_events', `order_id = ${orderId(number)}`) + ' events, ' + count('shipments', `order_id = ${orderId(number)}`)
  + ' shipments, ' + count('audit_log') + ' audit, ' + count('outbox') + ' mail';
const rowsShown = (html) => [...html.matchAll(/<a class="fw-semibold text-nowrap" href="\/backoffice\/orders\/([^"]+)">/g)].map((m) => m[1]);
const unescape = (s) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

test('members and signed-out visitors never reach the back-office orders', async () => {
  const member = new Client(portal.url);
  await member.signIn('admin@acme.test');
  const number = sql("SELECT number FROM orders WHERE status = 'processing' ORDER BY id LIMIT 1");
  assert.equal((await member.get('/backoffice/orders')).status, 403);
  assert.equal((await member.get(`/backoffice/orders/${number}`)).status, 403);
  const before = snapshot(number);
  assert.equal((await member.post(`/backoffice/orders/${number}/status`, { to: 'delivered' })).status, 403);
  assert.equal((await member.post(`/backoffice/orders/${number}/cancel`, { reason: 'x' })).status, 403);
  assert.equal(snapshot(number), before);
  const visitor = new Client(portal.url);
  const res = await visitor.get('/backoffice/orders');
  assert.ok([302, 303].includes(res.status), `redirected, got ${res.status}`);
  assert.match(res.location, /^\/login/);
});

test('the list shows every company\'s orders newest first, counts what waits, and filters', async () => {
  const page = await staff.get('/backoffice/orders');
  assert.equal(page.status, 200);
  const newest = sql('SELECT number FROM orders ORDER BY placed_at DESC, id DESC LIMIT 50').split('\n');
  assert.deepEqual(rowsShown(page.text), newest);
  const processing = count('orders', "status = 'processing'");
  assert.match(page.text, new RegExp(`<span class="badge text-bg-primary">${processing}</span> being processed`));
  assert.match(page.text, /waiting to be processed/);
  // more companies than one on the first page, each linked to its filter
  assert.ok(new Set([...page.text.matchAll(/href="\/backoffice\/orders\?company=(\d+)"/g)].map((m) => m[1])).size >= 2);

  // status
  const byStatus = await staff.get('/backoffice/orders?status=processing');
  assert.deepEqual(rowsShown(byStatus.text), sql("SELECT number FROM orders WHERE status = 'processing' ORDER BY placed_at DESC, id DESC").split('\n'));
  // company + channel
  const borealis = sql("SELECT id FROM companies WHERE name = 'Borealis Builders'");
  const web = await staff.get(`/backoffice/orders?company=${borealis}&channel=web`);
  assert.deepEqual(rowsShown(web.text), sql(`SELECT number FROM orders WHERE company_id = ${borealis} AND channel = 'web' ORDER BY placed_at DESC, id DESC LIMIT 50`).split('\n'));
  assert.match(web.text, new RegExp(`<option value="${borealis}" selected>Borealis Builders</option>`));
  // ERP orders only
  const erp = await staff.get('/backoffice/orders?channel=erp');
  assert.deepEqual(rowsShown(erp.text), sql("SELECT number FROM orders WHERE channel = 'erp' ORDER BY placed_at DESC, id DESC").split('\n'));
  assert.ok(rowsShown(erp.text).length > 0);

  // an order number: in full (any case), or just its digits
  const one = sql('SELECT number FROM orders ORDER BY id LIMIT 1 OFFSET 7');
  assert.deepEqual(rowsShown((await staff.get(`/backoffice/orders?number=${one.toLowerCase()}`)).text), [one]);
  assert.deepEqual(rowsShown((await staff.get(`/backoffice/orders?number=${Number(one.slice(-6))}`)).text), [one]);
  // a PO number prefix, any case
  const po = sql("SELECT po_number FROM orders WHERE po_number <> '' ORDER BY id LIMIT 1");
  const byPo = await staff.get(`/backoffice/orders?po=${encodeURIComponent(po.toLowerCase())}`);
  assert.deepEqual(rowsShown(byPo.text), sql(`SELECT number FROM orders WHERE po_number LIKE '${po}%' ORDER BY placed_at DESC, id DESC`).split('\n'));
  // a date range: whole days, both ends included
  const day = sql("SELECT date(placed_at, 'unixepoch') FROM orders ORDER BY placed_at DESC LIMIT 1 OFFSET 10");
  const ranged = await staff.get(`/backoffice/orders?from=${day}&to=${day}`);
  assert.deepEqual(rowsShown(ranged.text), sql(`SELECT number FROM orders WHERE date(placed_at, 'unixepoch') = '${day}' ORDER BY placed_at DESC, id DESC`).split('\n'));
  // nothing matches
  const none = await staff.get('/backoffice/orders?number=SO-1999-000001');
  assert.equal(none.status, 200);
  assert.deepEqual(rowsShown(none.text), []);
  assert.match(none.text, /No orders match these filters\./);
  // a date that is not one: 422, the message, the rest of the filters still apply; the date
  // field stays empty (it may hold only a real day, and browsers show anything else as empty)
  const bad = await staff.get('/backoffice/orders?from=2026-02-30&status=processing');
  assert.equal(bad.status, 422);
  assert.match(bad.text, /Write the date as YYYY-MM-DD/);
  assert.match(bad.text, /id="from" name="from" value=""/);
  assert.deepEqual(rowsShown(bad.text), rowsShown(byStatus.text));
});

test('keyset pages: Older continues where the page ends, Newer comes back', async () => {
  const all = sql('SELECT number FROM orders ORDER BY placed_at DESC, id DESC').split('\n');
  assert.ok(all.length > 50, 'the demo has more than a page of orders');
  const first = await staff.get('/backoffice/orders');
  const older = unescape(first.text.match(/href="([^"]+)" rel="next">Older/)[1]);
  assert.match(older, /^\/backoffice\/orders\?before=\d+\.\d+$/);
  const second = await staff.get(older);
  assert.deepEqual(rowsShown(second.text), all.slice(50, 100));
  assert.match(second.text, /<span class="page-link">Older<\/span>/, 'no page after the last');
  const newer = unescape(second.text.match(/href="([^"]+)" rel="prev">Newer/)[1]);
  const back = await staff.get(newer);
  assert.deepEqual(rowsShown(back.text), all.slice(0, 50));
  assert.match(back.text, /<span class="page-link">Newer<\/span>/, 'nothing newer than the newest');
  // the filters travel with the page links
  const filtered = await staff.get('/backoffice/orders?status=delivered');
  const link = filtered.text.match(/href="([^"]+)" rel="next">Older/);
  if (count('orders', "status = 'delivered'") > 50) assert.match(unescape(link[1]), /status=delivered&before=/);
  // a cursor that is not one is ignored
  assert.deepEqual(rowsShown((await staff.get('/backoffice/orders?before=yesterday')).text), all.slice(0, 50));
});

test('an order page shows lines, totals, addresses, shipments with tracking links and the timeline', async () => {
  const number = sql("SELECT o.number FROM orders o JOIN shipments s ON s.order_id = o.id WHERE s.carrier = 'UPS' AND o.status = 'delivered' ORDER BY o.id LIMIT 1");
  const page = await staff.get(`/backoffice/orders/${number}`);
  assert.equal(page.status, 200);
  const id = orderId(number);
  for (const sku of sql(`SELECT sku FROM order_lines WHERE order_id = ${id}`).split('\n')) assert.ok(page.text.includes(sku), sku);
  const tracking = sql(`SELECT tracking_number FROM shipments WHERE order_id = ${id} AND carrier = 'UPS' LIMIT 1`);
  assert.ok(page.text.includes(`href="https://www.ups.com/track?tracknum=${tracking}"`), 'a tracking link');
  assert.match(page.text, /<span class="badge text-bg-success fs-6" id="order-status">Delivered<\/span>/);
  const events = count('order_events', `order_id = ${id}`);
  assert.equal((page.text.match(/<li class="list-group-item d-flex flex-wrap gap-2 justify-content-between">/g) || []).length, events);
  assert.match(page.text, /Nothing left to do: this order is Delivered\./);
  assert.doesNotMatch(page.text, /Cancel order|Record shipment|Start processing/);
  // the company's name, the ship-to block
  const company = sql(`SELECT c.name FROM companies c JOIN orders o ON o.company_id = c.id WHERE o.id = ${id}`);
  assert.ok(unescape(page.text).includes(company));
  assert.equal((await staff.get('/backoffice/orders/SO-1999-999999')).status, 404);
  // the snapshotted labels are shown as they are, never wrapped twice
  sql(`UPDATE orders SET tax_label = 'Tax (IL 8.25%)', shipping_method = 'Express (2 days)' WHERE id = ${id}`);
  const labelled = unescape((await staff.get(`/backoffice/orders/${number}`)).text);
  assert.match(labelled, />Tax \(IL 8\.25%\)</);
  assert.match(labelled, />Shipping — Express \(2 days\)</);
  assert.doesNotMatch(labelled, /Tax \(Tax|Shipping \(Express/);
});

test('start processing once; the second click of the same page is refused with 409', async () => {
  const number = sql("SELECT number FROM orders WHERE status = 'processing' AND channel = 'web' ORDER BY id LIMIT 1");
  sql(`UPDATE orders SET status = 'approved' WHERE number = '${number}'`);   // an order waiting to be processed
  const page = await staff.get(`/backoffice/orders/${number}`);
  assert.match(page.text, /Start processing/);
  assert.match(page.text, /Cancel order/);
  const events = count('order_events', `order_id = ${orderId(number)}`);

  // a move the lifecycle does not allow from here
  let before = snapshot(number);
  const refused = await staff.post(`/backoffice/orders/${number}/status`, { status: 'approved', to: 'delivered' });
  assert.equal(refused.status, 409);
  assert.match(refused.text, /An order that is Approved cannot be marked delivered\./);
  assert.equal(snapshot(number), before);
  const nonsense = await staff.post(`/backoffice/orders/${number}/status`, { status: 'approved', to: 'teleported' });
  assert.equal(nonsense.status, 422);
  assert.equal((await staff.post(`/backoffice/orders/${number}/status`, { status: 'approved', to: 'processing' }, { csrf: false })).status, 403);
  assert.equal(snapshot(number), before);

  await staff.get(`/backoffice/orders/${number}`);
  const ok = await staff.post(`/backoffice/orders/${number}/status`, { status: 'approved', to: 'processing' });
  assert.equal(ok.status, 303);
  assert.equal(ok.location, `/backoffice/orders/${number}`);
  assert.equal(statusOf(number), 'processing');
  assert.equal(count('order_events', `order_id = ${orderId(number)}`), events + 1);
  assert.equal(sql(`SELECT from_status || '>' || to_status || '|' || actor_user_id FROM order_events WHERE order_id = ${orderId(number)} ORDER BY id DESC LIMIT 1`),
    `approved>processing|${staffId()}`);
  assert.equal(sql(`SELECT l.company_id = o.company_id, l.subject, l.actor_kind FROM audit_log l, orders o WHERE o.number = '${number}' AND l.action = 'order.status_changed' ORDER BY l.id DESC LIMIT 1`),
    `1|${number}|staff`);
  assert.equal(sql(`SELECT ch.before || '>' || ch.after FROM audit_log_changes ch JOIN audit_log l ON l.id = ch.audit_id WHERE l.action = 'order.status_changed' AND l.subject = '${number}'`),
    'Approved>Processing');
  const after = await staff.get(ok.location);
  assert.match(after.text, /The order is being processed\./);

  // the same form again (the page still said approved): changed meanwhile
  before = snapshot(number);
  const stale = await staff.post(`/backoffice/orders/${number}/status`, { status: 'approved', to: 'processing' });
  assert.equal(stale.status, 409);
  assert.match(stale.text, /This order was changed meanwhile: it is now Processing\./);
  assert.equal(snapshot(number), before);
});

test('two people starting the same order at once: one wins, the other gets 409, one event', async () => {
  const number = sql("SELECT number FROM orders WHERE status = 'processing' AND channel = 'web' ORDER BY id DESC LIMIT 1");
  sql(`UPDATE orders SET status = 'approved' WHERE number = '${number}'`);
  const other = new Client(portal.url);
  await other.signIn('staff@seller.test');
  await Promise.all([staff.get(`/backoffice/orders/${number}`), other.get(`/backoffice/orders/${number}`)]);
  const events = count('order_events', `order_id = ${orderId(number)}`);
  const results = await Promise.all([staff, other].map((c) => c.post(`/backoffice/orders/${number}/status`, { status: 'approved', to: 'processing' })));
  assert.deepEqual(results.map((r) => r.status).sort(), [303, 409]);
  assert.equal(statusOf(number), 'processing');
  assert.equal(count('order_events', `order_id = ${orderId(number)}`), events + 1);
});

test('shipping: bad input is refused with 422 and values kept; a partial then a full shipment move the status and mail the buyer', async () => {
  const number = sql("SELECT o.number FROM orders o WHERE o.status = 'processing' AND o.placed_by_user_id IS NOT NULL AND (SELECT COUNT(*) FROM order_lines WHERE order_id = o.id) >= 2 ORDER BY o.id DESC LIMIT 1");
  const id = orderId(number);
  const buyer = sql(`SELECT u.email FROM users u JOIN orders o ON o.placed_by_user_id = u.id WHERE o.id = ${id}`);
  const lines = sql(`SELECT id || '|' || sku || '|' || quantity FROM order_lines WHERE order_id = ${id} ORDER BY line_no`).split('\n')
    .map((l) => { const [lid, sku, qty] = l.split('|'); return { id: lid, sku, qty: Number(qty) }; });
  const page = await staff.get(`/backoffice/orders/${number}`);
  assert.match(page.text, /Record a shipment/);
  for (const l of lines) assert.match(page.text, new RegExp(`id="ship_${l.id}" name="ship_${l.id}" value="${l.qty}"`), 'prefilled with what is left');
  const zero = Object.fromEntries(lines.map((l) => [`ship_${l.id}`, '0']));
  const before = snapshot(number);

  const noCarrier = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'processing', carrier: '', tracking_number: 'KEEP-ME-1', ...zero, [`ship_${lines[0].id}`]: '1' });
  assert.equal(noCarrier.status, 422);
  assert.match(noCarrier.text, /Choose the carrier\./);
  assert.match(noCarrier.text, /value="KEEP-ME-1"/);
  assert.match(noCarrier.text, new RegExp(`name="ship_${lines[0].id}" value="1"`));

  const tooMany = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'processing', carrier: 'UPS', ...zero, [`ship_${lines[0].id}`]: String(lines[0].qty + 1) });
  assert.equal(tooMany.status, 422);
  assert.match(tooMany.text, new RegExp(`Only ${lines[0].qty} of ${lines[0].sku} are left to ship\\.`));
  assert.match(tooMany.text, /<option selected>UPS<\/option>/);

  const negative = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'processing', carrier: 'UPS', ...zero, [`ship_${lines[0].id}`]: '-2' });
  assert.equal(negative.status, 422);
  assert.match(negative.text, /Enter a whole number, 0 or more/);

  const nothing = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'processing', carrier: 'FedEx', ...zero });
  assert.equal(nothing.status, 422);
  assert.match(nothing.text, /Enter a quantity to ship for at least one line\./);

  const badCarrier = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'processing', carrier: 'Pigeon post', ...zero, [`ship_${lines[0].id}`]: '1' });
  assert.equal(badCarrier.status, 422);
  assert.equal(snapshot(number), before, 'nothing written by refused shipments');

  // partial: the first line in full
  const first = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'processing', carrier: 'UPS', tracking_number: '1Z999AA10123456784', ...zero, [`ship_${lines[0].id}`]: String(lines[0].qty) });
  assert.equal(first.status, 303);
  assert.equal(statusOf(number), 'partially_shipped');
  assert.equal(sql(`SELECT carrier || '|' || tracking_number || '|' || created_by FROM shipments WHERE order_id = ${id} ORDER BY id DESC LIMIT 1`), `UPS|1Z999AA10123456784|${staffId()}`);
  assert.equal(sql(`SELECT group_concat(quantity_shipped) FROM (SELECT quantity_shipped FROM order_lines WHERE order_id = ${id} ORDER BY line_no)`),
    [lines[0].qty, ...lines.slice(1).map(() => 0)].join(','));
  assert.equal(sql(`SELECT from_status || '>' || to_status || '|' || note FROM order_events WHERE order_id = ${id} ORDER BY id DESC LIMIT 1`),
    'processing>partially_shipped|UPS 1Z999AA10123456784');
  assert.equal(sql(`SELECT COUNT(*) FROM audit_log WHERE action = 'order.shipment_recorded' AND subject = '${number}'`), '1');
  const [partMail] = await smtp.waitFor(1, mailsTo(buyer, new RegExp(`Part of your order ${number} has shipped`)));
  assert.match(partMail.text, /Tracking number: 1Z999AA10123456784/);
  assert.match(partMail.text, /https:\/\/www\.ups\.com\/track\?tracknum=1Z999AA10123456784/);
  assert.match(partMail.text, new RegExp(`/account/orders/${number}`));
  assert.ok(partMail.text.includes(lines[0].sku));
  assert.ok(!partMail.text.includes(lines[1].sku), 'only what shipped');

  // a form made before that shipment (still says processing) is stale now
  const staleBefore = snapshot(number);
  const stale = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'processing', carrier: 'UPS', ...zero, [`ship_${lines[1].id}`]: '1' });
  assert.equal(stale.status, 409);
  assert.equal(snapshot(number), staleBefore);
  // what was shipped in full cannot ship again
  const again = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'partially_shipped', carrier: 'UPS', [`ship_${lines[0].id}`]: '1' });
  assert.equal(again.status, 422);
  assert.match(again.text, /Enter a quantity to ship for at least one line\./);

  // the rest
  const rest = Object.fromEntries(lines.slice(1).map((l) => [`ship_${l.id}`, String(l.qty)]));
  const second = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'partially_shipped', carrier: 'LTL freight', tracking_number: 'PRO 123456789', ...rest });
  assert.equal(second.status, 303);
  assert.equal(statusOf(number), 'shipped');
  assert.equal(sql(`SELECT SUM(quantity) = SUM(quantity_shipped) FROM order_lines WHERE order_id = ${id}`), '1');
  assert.equal(count('shipments', `order_id = ${id}`), 2);
  const [restMail] = await smtp.waitFor(1, mailsTo(buyer, new RegExp(`The rest of your order ${number} has shipped`)));
  assert.match(restMail.text, /Carrier: LTL freight/);
  assert.match(restMail.text, /Tracking number: PRO 123456789/);
  assert.doesNotMatch(restMail.text, /Track it:/, 'LTL freight has no public tracking page');

  // delivered: every shipment gets its delivery time; then nothing more to do
  const shippedPage = await staff.get(`/backoffice/orders/${number}`);
  assert.match(shippedPage.text, /Mark delivered/);
  assert.doesNotMatch(shippedPage.text, /Cancel order/, 'goods have left: no cancelling');
  const delivered = await staff.post(`/backoffice/orders/${number}/status`, { status: 'shipped', to: 'delivered' });
  assert.equal(delivered.status, 303);
  assert.equal(statusOf(number), 'delivered');
  assert.equal(count('shipments', `order_id = ${id} AND delivered_at IS NULL`), 0);
  assert.equal(sql(`SELECT COUNT(*) FROM audit_log WHERE action = 'order.delivered' AND subject = '${number}'`), '1');
  const twice = await staff.post(`/backoffice/orders/${number}/status`, { status: 'shipped', to: 'delivered' });
  assert.equal(twice.status, 409);
});

test('a buyer who switched shipping notices off gets none; an order placed offline mails nobody', async () => {
  const number = sql("SELECT number FROM orders WHERE status = 'processing' AND placed_by_user_id IS NOT NULL ORDER BY id LIMIT 1");
  const id = orderId(number);
  const buyerId = sql(`SELECT placed_by_user_id FROM orders WHERE id = ${id}`);
  sql(`INSERT OR REPLACE INTO notification_preferences (user_id, type, enabled) VALUES (${buyerId}, 'order_shipped', 0)`);
  const line = sql(`SELECT id || '|' || quantity FROM order_lines WHERE order_id = ${id} ORDER BY line_no LIMIT 1`).split('|');
  await staff.get(`/backoffice/orders/${number}`);
  // Mail about the shipment (the invoice it makes goes to those who see credit: credit.test.mjs).
  const mails = count('outbox', "template <> 'invoice_issued'");
  const res = await staff.post(`/backoffice/orders/${number}/shipments`, { status: 'processing', carrier: 'FedEx', tracking_number: '123456789012', [`ship_${line[0]}`]: line[1] });
  assert.equal(res.status, 303);
  assert.equal(count('outbox', "template <> 'invoice_issued'"), mails, 'suppressed by the preference');
  sql(`DELETE FROM notification_preferences WHERE user_id = ${buyerId} AND type = 'order_shipped'`);

  // an order the ERP sent in, with no buyer behind it, still to be shipped
  const account = sql("SELECT erp_account_no FROM companies WHERE name = 'Acme Industrial Supply'");
  const sku = sql('SELECT sku FROM products WHERE active = 1 ORDER BY id LIMIT 1');
  const file = join(portal.dir, 'offline-order.csv');
  writeFileSync(file, 'erp_order_no,line_no,customer_account,channel,placed_on,status,po_number,ship_to,currency,shipping,tax,sku,name,quantity,unit_price,quantity_shipped\n'
    + `OFF-1,1,${account},erp,${today(-1)},processing,PO-OFF-1,Chicago Plant,USD,0,0,${sku},,3,10.00,\n`);
  portal.command('import', 'orders', file);
  const offline = 'ERP-OFF-1';
  assert.equal(sql(`SELECT COALESCE(placed_by_user_id, 'none') || '|' || status FROM orders WHERE number = '${offline}'`), 'none|processing');
  const oid = orderId(offline);
  const fields = Object.fromEntries(sql(`SELECT id || '|' || (quantity - quantity_shipped) FROM order_lines WHERE order_id = ${oid} AND quantity > quantity_shipped`)
    .split('\n').map((l) => l.split('|')).map(([lid, left]) => [`ship_${lid}`, left]));
  await staff.get(`/backoffice/orders/${offline}`);
  const res2 = await staff.post(`/backoffice/orders/${offline}/shipments`, { status: statusOf(offline), carrier: 'USPS', tracking_number: '9400100000000000000000', ...fields });
  assert.equal(res2.status, 303);
  assert.equal(statusOf(offline), 'shipped');
  assert.equal(count('outbox', "template <> 'invoice_issued'"), mails, 'no buyer, no mail');
});

test('cancelling needs a reason of at most 500 characters, withdraws waiting approvals and tells the buyer', async () => {
  const number = sql("SELECT number FROM orders WHERE status = 'pending_approval' AND placed_by_user_id IS NOT NULL ORDER BY id LIMIT 1");
  const id = orderId(number);
  const company = sql(`SELECT company_id FROM orders WHERE id = ${id}`);
  const buyer = sql(`SELECT u.email FROM users u JOIN orders o ON o.placed_by_user_id = u.id WHERE o.id = ${id}`);
  sql(`INSERT INTO approval_steps (order_id, company_id, level, rule_name, reason, approver_label, status, requested_at)
       VALUES (${id}, ${company}, 1, 'Test rule', 'over the limit', 'a Purchasing manager', 'waiting', 1),
              (${id}, ${company}, 2, 'Test rule 2', 'way over', 'a Finance manager', 'queued', NULL)`);
  const page = await staff.get(`/backoffice/orders/${number}`);
  assert.match(page.text, /Cancel order/);
  assert.match(page.text, /The approvals still waiting are withdrawn\./);
  assert.match(page.text, /Waiting for the customer&#39;s approval\. It can still be cancelled\./);
  assert.doesNotMatch(page.text, /Start processing/);
  const before = snapshot(number);

  const empty = await staff.post(`/backoffice/orders/${number}/cancel`, { status: 'pending_approval', reason: '   ' });
  assert.equal(empty.status, 422);
  assert.match(empty.text, /This field is required\./);
  const long = 'x'.repeat(501);
  const tooLong = await staff.post(`/backoffice/orders/${number}/cancel`, { status: 'pending_approval', reason: long });
  assert.equal(tooLong.status, 422);
  assert.match(tooLong.text, /Use at most 500 characters\./);
  assert.ok(tooLong.text.includes(`>${long}</textarea>`), 'the text is kept');
  assert.equal(snapshot(number), before);

  const reason = 'Customer called: the "plant shutdown" moved, order <again> next month.';
  const ok = await staff.post(`/backoffice/orders/${number}/cancel`, { status: 'pending_approval', reason });
  assert.equal(ok.status, 303);
  assert.equal(sql(`SELECT status || '|' || cancel_reason FROM orders WHERE id = ${id}`), `cancelled|${reason}`);
  assert.equal(count('approval_steps', `order_id = ${id} AND status IN ('waiting', 'queued')`), 0);
  assert.ok(count('approval_steps', `order_id = ${id} AND status = 'cancelled'`) >= 2);
  assert.equal(sql(`SELECT from_status || '>' || to_status || '|' || note FROM order_events WHERE order_id = ${id} ORDER BY id DESC LIMIT 1`),
    `pending_approval>cancelled|${reason}`);
  assert.equal(sql(`SELECT COUNT(*) FROM audit_log WHERE action = 'order.cancelled' AND subject = '${number}' AND company_id = ${company}`), '1');
  const [mail] = await smtp.waitFor(1, mailsTo(buyer, new RegExp(`Your order ${number} was cancelled`)));
  assert.ok(mail.text.includes(reason), mail.text);
  assert.ok(mail.html.includes('order &lt;again&gt; next month'), 'escaped in HTML');
  const shown = await staff.get(`/backoffice/orders/${number}`);
  assert.ok(shown.text.includes('order &lt;again&gt; next month'));
  assert.match(shown.text, /Nothing left to do: this order is Cancelled\./);

  // nothing to cancel once cancelled, nor once goods have left
  const again = await staff.post(`/backoffice/orders/${number}/cancel`, { status: 'cancelled', reason: 'again' });
  assert.equal(again.status, 409);
  const shipped = sql("SELECT number FROM orders WHERE status = 'shipped' ORDER BY id LIMIT 1");
  const before2 = snapshot(shipped);
  const late = await staff.post(`/backoffice/orders/${shipped}/cancel`, { status: 'shipped', reason: 'too late' });
  assert.equal(late.status, 409);
  assert.match(late.text, /An order that is Shipped cannot be cancelled\./);
  assert.equal(snapshot(shipped), before2);
});

test('seeded orders have timelines and shipments that add up', () => {
  assert.equal(count('orders o', 'NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id)'), 0);
  assert.equal(count('order_lines l', 'quantity_shipped <> COALESCE((SELECT SUM(quantity) FROM shipment_lines WHERE order_line_id = l.id), 0)'), 0);
  assert.equal(count('orders o', "status IN ('shipped', 'delivered', 'partially_shipped') AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = o.id)"), 0);
  assert.equal(count('shipments s JOIN orders o ON o.id = s.order_id', "o.status = 'delivered' AND s.delivered_at IS NULL"), 0);
  assert.equal(count('order_events e JOIN orders o ON o.id = e.order_id', 'e.at < o.placed_at'), 0);
  assert.deepEqual(sql("SELECT DISTINCT carrier FROM shipments ORDER BY 1").split('\n').filter((c) => ['UPS', 'FedEx', 'LTL freight'].includes(c)).length, 3);
});

// A seller with more customers than a list can offer gets a field for a
// company's name on the orders list and the activity log
// (COMPANY_PICKER_LISTED), which resolves to the one company it means.
test('hundreds of customers: the company filter becomes a name field', async () => {
  assert.match((await staff.get('/backoffice/orders')).text, /<select[^>]*id="company" name="company"/);
  sql(`WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 110)
       INSERT INTO companies (name, created_at) SELECT printf('Zeta Trading %03d', x), 0 FROM n;`);
  const borealis = sql("SELECT id FROM companies WHERE name = 'Borealis Builders'");
  const borealisOrders = sql(`SELECT number FROM orders WHERE company_id = ${borealis} ORDER BY placed_at DESC, id DESC LIMIT 50`).split('\n');
  for (const path of ['/backoffice/orders', '/backoffice/activity']) {
    const page = await staff.get(path);
    assert.equal(page.status, 200, path);
    assert.doesNotMatch(page.text, /<select[^>]*id="company"/, `${path}: no list of 115 companies`);
    assert.match(page.text, /<input type="text" class="form-control" id="company" name="company_name" value=""/, path);
    // by part of the name, the whole name in any case, or the id (links)
    for (const q of ['company_name=borealis', 'company_name=BOREALIS%20BUILDERS', `company=${borealis}`]) {
      const res = await staff.get(`${path}?${q}`);
      assert.equal(res.status, 200, `${path}?${q}`);
      assert.match(res.text, /id="company" name="company_name" value="Borealis Builders"/, `${path}?${q}`);
      if (path === '/backoffice/orders') assert.deepEqual(rowsShown(res.text), borealisOrders, q);
      else assert.match(res.text, /Borealis Builders/);
    }
    const several = await staff.get(`${path}?company_name=Zeta%20Trading`);
    assert.equal(several.status, 422, path);
    assert.match(several.text, /Several companies match: Zeta Trading 001, Zeta Trading 002, Zeta Trading 003, Zeta Trading 004, Zeta Trading 005 and more\. Type the whole name\./);
    assert.match(several.text, /value="Zeta Trading"/, 'the text typed is kept');
    assert.equal((await staff.get(`${path}?company_name=Zeta%20Trading%20007`)).status, 200, 'a whole name is one company');
    const none = await staff.get(`${path}?company_name=${encodeURIComponent('<b>nope</b>')}`);
    assert.equal(none.status, 422);
    assert.match(none.text, /No company’s name contains “&lt;b&gt;nope&lt;\/b&gt;”/);
  }
  sql("DELETE FROM companies WHERE name LIKE 'Zeta Trading %'");
  assert.match((await staff.get('/backoffice/orders')).text, /<select[^>]*id="company"/, 'a list again');
});

// Last: every order this file placed, moved or imported is counted where
// the order list reads its totals (order_counts, kept by triggers).
test('the kept order counts agree with the orders after this file\'s writes', () => {
  assertOrderCountsAgree(sql, 'backoffice_orders');
});
