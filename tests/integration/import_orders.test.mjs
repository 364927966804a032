// Offline orders import (`buyerdesk import orders FILE.csv`, and the
// back-office upload): one row per order line keyed by erp_order_no +
// line_no; orders become "ERP-<erp_order_no>" for their customer with the
// channel given; totals computed; idempotent (a second run changes
// nothing); a changed row updates; a status moves forward only, with a
// timeline event; a file with bad rows is refused with line numbers and
// writes nothing. Buyers see the imported orders as theirs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { assertOrderCountsAgree } from '../lib/order_counts.mjs';

let portal, dir, skus;
before(async () => {
  ({ portal } = await startStack());
  dir = mkdtempSync(join(tmpdir(), 'buyerdesk-import-orders-'));
  skus = portal.sql('SELECT sku || \'|\' || name || \'|\' || unit_of_measure FROM products WHERE active = 1 ORDER BY sku LIMIT 2')
    .split('\n').map((l) => { const [sku, name, unit] = l.split('|'); return { sku, name, unit }; });
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await stopStack({ portal });
});

const HEADER = 'erp_order_no,line_no,customer_account,channel,placed_on,status,po_number,ship_to,currency,shipping,tax,sku,name,quantity,unit_price,quantity_shipped';
const sql = (q) => portal.sql(q);
const count = (table, where = '1') => Number(sql(`SELECT COUNT(*) FROM ${table} WHERE ${where}`));
// Everything an import may write.
const snapshot = () => ['orders', 'order_lines', 'order_events', 'audit_log', 'audit_log_changes']
  .map((t) => sql(`SELECT * FROM ${t} ORDER BY rowid`)).join('\n--\n');
let fileNo = 0;
function csvFile(text) {
  const path = join(dir, `o${++fileNo}.csv`);
  writeFileSync(path, text);
  return path;
}
function run(...args) {
  try {
    return { status: 0, stdout: portal.command(...args), stderr: '' };
  } catch (err) {
    return { status: err.status, stdout: err.stdout.toString(), stderr: err.stderr.toString() };
  }
}
const order = (number) => sql(`SELECT c.name || '|' || o.channel || '|' || o.status || '|' || o.po_number || '|' || o.currency || '|' || o.subtotal_cents || '|' || o.shipping_cents || '|' || o.tax_cents || '|' || o.total_cents || '|' || date(o.placed_at, 'unixepoch') || '|' || COALESCE(o.placed_by_user_id, 'none') || '|' || o.erp_order_no
  FROM orders o JOIN companies c ON c.id = o.company_id WHERE o.number = '${number}'`);
const lines = (number) => sql(`SELECT l.line_no || '|' || l.sku || '|' || l.name || '|' || l.unit || '|' || l.quantity || '|' || l.quantity_shipped || '|' || l.unit_price_cents || '|' || l.line_total_cents || '|' || (l.product_id IS NOT NULL)
  FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.number = '${number}' ORDER BY l.line_no`).split('\n');

function goodFile() {
  const [a, b] = skus;
  return [
    HEADER,
    `E-1001,1,C-100042,phone,2026-03-09,processing,PO-7781,"Acme Industrial Supply\nDock 9, 100 Industrial Rd\nChicago, IL 60608",USD,25.00,10.31,${a.sku},,10,12.50,`,
    `E-1001,2,C-100042,phone,2026-03-09,processing,PO-7781,"Acme Industrial Supply\nDock 9, 100 Industrial Rd\nChicago, IL 60608",USD,25.00,10.31,SPECIAL-1,"Custom bracket, ""heavy""",3,40,`,
    `E-1001,3,C-100042,phone,2026-03-09,processing,PO-7781,"Acme Industrial Supply\nDock 9, 100 Industrial Rd\nChicago, IL 60608",USD,25.00,10.31,${b.sku},Override name,1,0.99,0`,
    `E-1002,1,C-100077,erp,2026-02-27,delivered,,Red Deer Yard,,0,0,${b.sku},,4,5.5,`,
  ].join('\r\n') + '\r\n';
}

test('a good file creates the orders for their customers; importing it again changes nothing', () => {
  const [a, b] = skus;
  const first = run('import', 'orders', csvFile(goodFile()));
  assert.equal(first.status, 0, first.stdout + first.stderr);
  assert.match(first.stdout, /4 rows imported/);
  assert.match(first.stdout, /done: 4 created, 0 updated, 0 unchanged/);
  // totals: 10 x 12.50 + 3 x 40.00 + 1 x 0.99 = 245.99, + 25.00 + 10.31
  assert.equal(order('ERP-E-1001'), 'Acme Industrial Supply|phone|processing|PO-7781|USD|24599|2500|1031|28130|2026-03-09|none|E-1001');
  assert.deepEqual(lines('ERP-E-1001'), [
    `1|${a.sku}|${a.name}|${a.unit}|10|0|1250|12500|1`,
    '2|SPECIAL-1|Custom bracket, "heavy"|each|3|0|4000|12000|0',
    `3|${b.sku}|Override name|${b.unit}|1|0|99|99|1`,
  ]);
  assert.equal(sql("SELECT ship_to_label || '/' || ship_to_text FROM orders WHERE number = 'ERP-E-1001'"),
    'Acme Industrial Supply/Acme Industrial Supply\nDock 9, 100 Industrial Rd\nChicago, IL 60608');
  // currency empty: the customer's; delivered: everything shipped
  assert.equal(order('ERP-E-1002'), 'Borealis Builders|erp|delivered||USD|2200|0|0|2200|2026-02-27|none|E-1002');
  assert.deepEqual(lines('ERP-E-1002'), [`1|${b.sku}|${b.name}|${b.unit}|4|4|550|2200|1`]);
  // a timeline event each, by the import
  assert.equal(sql("SELECT e.from_status || '>' || e.to_status || '|' || COALESCE(e.actor_user_id, '') || '|' || e.actor_label || '|' || (e.at = o.placed_at) FROM order_events e JOIN orders o ON o.id = e.order_id WHERE o.number = 'ERP-E-1001'"),
    '>processing||ERP import|1');
  // one audit entry per company, by the system
  assert.equal(sql(`SELECT c.name || '|' || l.actor_name || '|' || l.actor_kind || '|' || l.subject FROM audit_log l JOIN companies c ON c.id = l.company_id
                    WHERE l.action = 'order.imported' ORDER BY c.name`),
    'Acme Industrial Supply|ERP import|system|1 order\nBorealis Builders|ERP import|system|1 order');

  const state = snapshot();
  const again = run('import', 'orders', csvFile(goodFile()));
  assert.equal(again.status, 0, again.stdout);
  assert.match(again.stdout, /done: 0 created, 0 updated, 4 unchanged/);
  assert.equal(snapshot(), state, 'an unchanged import writes nothing, not even an audit entry');
});

test('a changed file updates its orders: lines, status forward with an event, lines it no longer lists', () => {
  const orders = count('orders');
  const changed = goodFile()
    .replaceAll('processing,PO-7781', 'shipped,PO-7781')
    .replace(',SPECIAL-1,"Custom bracket, ""heavy""",3,40,', ',SPECIAL-1,"Custom bracket, ""heavy""",5,40,')
    .split('\r\n').filter((l) => !l.startsWith('E-1001,3,')).join('\r\n');
  const r = run('import', 'orders', csvFile(changed));
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /done: 0 created, 2 updated, 1 unchanged/);
  assert.equal(count('orders'), orders);
  const [a] = skus;
  // shipped: every line shipped in full; line 3 is gone; totals follow
  assert.deepEqual(lines('ERP-E-1001'), [
    `1|${a.sku}|${a.name}|${a.unit}|10|10|1250|12500|1`,
    '2|SPECIAL-1|Custom bracket, "heavy"|each|5|5|4000|20000|0',
  ]);
  assert.equal(order('ERP-E-1001'), 'Acme Industrial Supply|phone|shipped|PO-7781|USD|32500|2500|1031|36031|2026-03-09|none|E-1001');
  assert.equal(sql("SELECT e.from_status || '>' || e.to_status || '|' || e.note FROM order_events e JOIN orders o ON o.id = e.order_id WHERE o.number = 'ERP-E-1001' ORDER BY e.id DESC LIMIT 1"),
    'processing>shipped|Status from the ERP');
  assert.equal(sql(`SELECT group_concat(ch.field || '=' || ch.after, ',') FROM audit_log_changes ch JOIN audit_log l ON l.id = ch.audit_id
                    WHERE l.id = (SELECT MAX(id) FROM audit_log WHERE action = 'order.imported')`), 'Created=0,Updated=1');
});

test('a file with bad rows is refused with line numbers, and nothing is written', () => {
  const state = snapshot();
  const [a, b] = skus;
  const row = (o) => HEADER.split(',').map((c) => o[c] ?? '').join(',');
  const base = { erp_order_no: 'N-1', line_no: '1', customer_account: 'C-100042', channel: 'phone', placed_on: '2026-03-01', status: 'approved', sku: a.sku, quantity: '2', unit_price: '3.00' };
  const bad = [
    HEADER,                                                                      // line 1
    row(base),                                                                   // line 2: fine
    row({ ...base, line_no: '2', tax: '1.00' }),                                 // line 3: disagrees with line 2 on tax
    row({ ...base, erp_order_no: 'N-2', customer_account: 'C-999999' }),         // line 4: unknown customer
    row({ ...base, erp_order_no: 'N-3', status: 'lost in the mail' }),           // line 5: unknown status
    row({ ...base, erp_order_no: 'N-4', placed_on: '2026-02-30' }),              // line 6: bad date
    row({ ...base, erp_order_no: 'N-5', unit_price: '"3,50"' }),                 // line 7: bad money
    row({ ...base, line_no: '1', sku: b.sku }),                                  // line 8: N-1 line 1 again
    row({ ...base, erp_order_no: 'N-6', sku: 'NOT-IN-CATALOG' }),                // line 9: unknown SKU, no name
    row({ ...base, erp_order_no: 'E-1002' }),                                    // line 10: Borealis's order
    row({ ...base, erp_order_no: 'E-1001', status: 'processing' }),              // line 11: shipped already
  ].join('\n') + '\n';
  const r = run('import', 'orders', csvFile(bad));
  assert.equal(r.status, 1, r.stdout);
  assert.match(r.stderr, /refused; nothing was written/);
  const out = r.stdout.trim().split('\n');
  assert.match(out[0], /refused, nothing was written: 9 errors$/, r.stdout);
  assert.deepEqual(out.slice(1), [
    'line 3, tax: Rows of order N-1 disagree: this one says "1.00", an earlier one "0.00".',
    'line 4, customer_account: No customer has the account number C-999999.',
    'line 5, status: Use approved, processing, partially_shipped, shipped, delivered, cancelled or rejected.',
    'line 6, placed_on: Write the date as YYYY-MM-DD, such as 2026-03-09 (a real day).',
    'line 7, unit_price: Write the amount as a number with at most two decimals, such as 12.50 or 1,250.00.',
    'line 8, line_no: erp_order_no N-1, line_no 1 is already on line 2.',
    'line 9, name: SKU NOT-IN-CATALOG is not in the catalog: give the line\'s name.',
    'line 10, erp_order_no: Order E-1002 belongs to another customer (C-100077); an order never moves between customers.',
    'line 11, status: Order E-1001 is shipped in the portal already; its status cannot go back to processing.',
  ]);
  assert.equal(snapshot(), state);
  assert.equal(count('orders', "erp_order_no LIKE 'N-%'"), 0);
});

test('a header without every column, and a portal order, are refused', () => {
  const state = snapshot();
  const short = run('import', 'orders', csvFile(HEADER.replace(',quantity_shipped', '') + '\nx\n'));
  assert.equal(short.status, 1);
  assert.equal(short.stdout.split('\n')[1], 'line 1, quantity_shipped: The header lacks the column quantity_shipped.');
  // an ERP number that names an order placed in the portal never changes it
  const web = sql("SELECT id FROM orders WHERE channel = 'web' ORDER BY id LIMIT 1");
  sql(`UPDATE orders SET erp_order_no = 'W-77' WHERE id = ${web}`);
  const webNumber = sql(`SELECT number FROM orders WHERE id = ${web}`);
  const company = sql(`SELECT c.erp_account_no FROM companies c JOIN orders o ON o.company_id = c.id WHERE o.id = ${web}`);
  const r = run('import', 'orders', csvFile(`${HEADER}\nW-77,1,${company},erp,2026-03-01,approved,,,,,,${skus[0].sku},,1,1.00,\n`));
  assert.equal(r.status, 1);
  assert.equal(r.stdout.split('\n')[1], `line 2, erp_order_no: W-77 is the ERP number of ${webNumber}, an order placed in the portal; an import never changes it.`);
  sql(`UPDATE orders SET erp_order_no = NULL WHERE id = ${web}`);
  assert.equal(snapshot(), state);
  assert.equal(run('import', 'invoices', csvFile(HEADER)).status, 2);
});

test('a dry run reports what would change and writes nothing', () => {
  const state = snapshot();
  const text = `${HEADER}\nD-1,1,C-100019,erp,2026-01-15,approved,PO-1,,,,,${skus[0].sku},,2,1.00,\nE-1002,1,C-100077,erp,2026-02-27,delivered,,Red Deer Yard,,0,0,${skus[1].sku},,4,5.5,\n`;
  const dry = run('import', 'orders', csvFile(text), '--dry-run');
  assert.equal(dry.status, 0, dry.stdout);
  assert.match(dry.stdout, /2 rows checked \(dry run: nothing was written\)/);
  assert.match(dry.stdout, /would be: 1 created, 0 updated, 1 unchanged/);
  assert.equal(snapshot(), state);
});

async function staffClient() {
  const c = new Client(portal.url);
  await c.signIn('staff@seller.test');
  assert.equal((await c.get('/backoffice/imports?shape=orders')).status, 200);
  return c;
}

function upload(client, csv, { dryRun = false } = {}) {
  const form = new FormData();
  form.append('csrf_token', client.csrf);
  form.append('shape', 'orders');
  if (dryRun) form.append('dry_run', '1');
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'erp-orders.csv');
  return client.request('POST', '/backoffice/imports', { body: form });
}
const counts = (html) => ['created', 'updated', 'unchanged'].map((k) => Number(html.match(new RegExp(`id="count-${k}">(\\d+)<`))?.[1]));

test('staff upload orders through the back office; the buyer company sees them with their channel', async () => {
  const c = await staffClient();
  const page = await c.get('/backoffice/imports?shape=orders');
  assert.match(page.text, /<option value="orders" selected>Offline orders<\/option>/);
  assert.ok(page.text.replaceAll('<wbr>', '').includes(HEADER), 'the columns are listed');

  const csv = `${HEADER}\r\nU-1,1,C-100042,phone,2026-03-20,approved,PO-U1,Chicago Plant,USD,0,0,${skus[0].sku},,6,2.00,\r\nU-1,2,C-100042,phone,2026-03-20,approved,PO-U1,Chicago Plant,USD,0,0,${skus[1].sku},,1,10,\r\n`;
  const state = snapshot();
  const dry = await upload(c, csv, { dryRun: true });
  assert.equal(dry.status, 200);
  assert.match(dry.text, /All 2 order lines are fine/);
  assert.deepEqual(counts(dry.text), [2, 0, 0]);
  assert.equal(snapshot(), state);

  const real = await upload(c, csv);
  assert.equal(real.status, 200);
  assert.match(real.text, /Imported\.<\/strong> 2 order lines read/);
  assert.deepEqual(counts(real.text), [2, 0, 0]);
  const staffName = sql("SELECT name FROM users WHERE email = 'staff@seller.test'");
  assert.equal(sql("SELECT actor_name || '|' || actor_kind || '|' || subject FROM audit_log WHERE action = 'order.imported' ORDER BY id DESC LIMIT 1"),
    `${staffName}|staff|1 order`);
  assert.equal(order('ERP-U-1'), 'Acme Industrial Supply|phone|approved|PO-U1|USD|2200|0|0|2200|2026-03-20|none|U-1');

  const bad = await upload(c, csv.replace('2026-03-20,approved,PO-U1,Chicago Plant,USD,0,0', '2026-03-20,approved,PO-U1,Chicago Plant,USD,0,9.99'));
  assert.equal(bad.status, 422);
  assert.match(bad.text, /The file was refused; nothing was written\./);
  assert.match(bad.text, /<tr><td class="text-nowrap">3<\/td><td><code>tax<\/code><\/td><td>Rows of order U-1 disagree: this one says &quot;0.00&quot;, an earlier one &quot;9.99&quot;\.<\/td><\/tr>/);

  // the back office lists it with its channel, for its company
  const acme = sql("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  const list = await c.get(`/backoffice/orders?company=${acme}&channel=phone&number=U-1`);
  assert.match(list.text, /href="\/backoffice\/orders\/ERP-U-1">ERP-U-1<\/a>/);
  const detail = await c.get('/backoffice/orders/ERP-U-1');
  assert.equal(detail.status, 200);
  assert.match(detail.text, /<dt class="col-5">ERP order no\.<\/dt><dd class="col-7 text-break">U-1<\/dd>/);
  assert.match(detail.text, /Start processing/);

  // the buyer company's administrator sees the order as theirs; another company does not
  const buyer = new Client(portal.url);
  await buyer.signIn('admin@acme.test');
  const mine = await buyer.get('/account/orders/ERP-U-1');
  assert.equal(mine.status, 200, 'the buyer\'s order page');
  assert.ok(mine.text.includes('ERP-U-1'));
  assert.match(mine.text, /[Pp]hone/);
  const other = new Client(portal.url);
  await other.signIn('admin@borealis.test');
  assert.equal((await other.get('/account/orders/ERP-U-1')).status, 404);
  // members cannot upload
  const form = new FormData();
  form.append('csrf_token', buyer.csrf);
  form.append('shape', 'orders');
  form.append('file', new Blob([csv]), 'x.csv');
  assert.equal((await buyer.request('POST', '/backoffice/imports', { body: form })).status, 403);
});

// Last: every order this file placed, moved or imported is counted where
// the order list reads its totals (order_counts, kept by triggers).
test('the kept order counts agree with the orders after this file\'s writes', () => {
  assertOrderCountsAgree(sql, 'import_orders');
});
