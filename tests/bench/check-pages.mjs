// Checks that a database made by seed-bench is one the app works with: real
// requests to a running portal (nginx + buyerdesk serve on that database).
// usage: node tests/bench/check-pages.mjs [--read-only] BASE_URL DATABASE
//   e.g. node tests/bench/check-pages.mjs http://127.0.0.1:8080 var/bench/buyerdesk.db
// It signs in as Bench Big Co's administrator, one of its purchasing managers
// and one of its buyers, and as seller staff; walks the pages the benchmark
// measures (following the order list's "next" link); places one order with
// a restricted item through checkout and compares the approval step and
// timeline the app writes with the generated ones; then approves it in the
// inbox. Prints one line per check; exits 1 on the first failure.
// It changes the database (one order, its approval), so run it on a copy
// or on a database made for it; --read-only leaves out the order.
import { execFileSync } from 'node:child_process';
import { Client } from '../lib/portal.mjs';

const args = process.argv.slice(2);
const readOnly = args[0] === '--read-only';
const [base, database] = readOnly ? args.slice(1) : args;
if (!base || !database) {
  console.error('usage: node tests/bench/check-pages.mjs [--read-only] BASE_URL DATABASE');
  process.exit(2);
}
const sql = (q) => execFileSync('sqlite3', ['-cmd', '.timeout 5000', database, q]).toString().trim();
const rows = (q) => sql(q).split('\n').filter(Boolean).map((l) => l.split('|'));

let failed = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`);
  if (!ok) { failed++; process.exitCode = 1; }
  return ok;
}
const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

async function page(client, path, what, expect = []) {
  const t = Date.now();
  const res = await client.get(path);
  const ms = Date.now() - t;
  const missing = expect.filter((re) => !re.test(res.text));
  check(res.status === 200 && missing.length === 0, `${what}: GET ${path} -> ${res.status}, ${res.text.length} bytes, ${ms} ms`,
    missing.length ? `missing ${missing.join(', ')}` : '');
  return res;
}

async function signedIn(email) {
  const c = new Client(base);
  const res = await c.signIn(email);
  check(res.status === 303, `${email} signs in`, res.status === 303 ? '' : `status ${res.status}`);
  return c;
}

const big = sql("SELECT id FROM companies WHERE name = 'Bench Big Co'");
const [pmEmail] = rows(`SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id
  WHERE m.company_id = ${big} AND m.role_id = 2 ORDER BY m.id LIMIT 1`)[0];
const [buyerEmail] = rows(`SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id
  WHERE m.company_id = ${big} AND m.role_id = 4 ORDER BY m.id LIMIT 1`)[0];

// --- Bench Big Co's administrator: the pages the benchmark drives ---------
const admin = await signedIn('admin@bench-big.test');
await page(admin, '/account', 'dashboard', [/Bench Big Co/]);
const list1 = await page(admin, '/account/orders', 'order list page 1', [/SO-\d{4}-\d{6}|ERP-\d+/]);
const numbers = (html) => [...new Set([...html.matchAll(/href="\/account\/orders\/((?:SO|ERP)-[0-9-]+)"/g)].map((m) => m[1]))];
const first = numbers(list1.text);
check(first.length >= 25, `page 1 lists ${first.length} orders`);
const next = list1.text.match(/<a[^>]*href="(\/account\/orders\?[^"]*)"[^>]*>\s*(?:Next|Older)/i)
  ?? list1.text.match(/<a[^>]*rel="next"[^>]*href="([^"]*)"|<a[^>]*href="([^"]*)"[^>]*rel="next"/);
check(Boolean(next), 'page 1 has a next link');
if (next) {
  const list2 = await page(admin, decode(next[1] ?? next[2]), 'order list page 2', [/SO-\d{4}-\d{6}|ERP-\d+/]);
  const second = numbers(list2.text);
  check(second.length >= 25 && !second.some((n) => first.includes(n)), `page 2 lists ${second.length} other orders`);
}
const delivered = sql(`SELECT number FROM orders WHERE company_id = ${big} AND status = 'delivered' AND channel = 'web'
  AND id IN (SELECT order_id FROM shipments) ORDER BY placed_at DESC LIMIT 1`);
await page(admin, `/account/orders/${first[0]}`, 'order page (newest)');
await page(admin, `/account/orders/${delivered}`, 'order page (delivered, with shipments)', [/Delivered|delivered/, /UPS|FedEx|LTL freight|Our own delivery/]);
const search = await page(admin, '/catalog/search?q=glove', 'catalog search', [/\/product\//]);
const sku = search.text.match(/href="\/product\/([^"]+)"/)?.[1];
await page(admin, `/product/${sku}`, 'product page', [/Add to cart|add to cart/i]);
await page(admin, '/cart', 'cart', [/\/product\//]);
await page(admin, '/account/approvals', 'approval inbox (administrator)');

// --- a purchasing manager's inbox -----------------------------------------
const pm = await signedIn(pmEmail);
const inbox = await page(pm, '/account/approvals', `approval inbox (${pmEmail})`, [/href="\/account\/approvals\/\d+"/]);
const stepId = inbox.text.match(/href="\/account\/approvals\/(\d+)"/)?.[1];
if (stepId) await page(pm, `/account/approvals/${stepId}`, 'approval step page', [/Hand Trucks &amp; Carts|Hand Trucks & Carts/]);

// --- seller staff ----------------------------------------------------------
const staff = await signedIn('staff@seller.test');
await page(staff, '/backoffice/orders', 'back-office orders', [/SO-\d{4}-\d{6}/]);
await page(staff, `/backoffice/orders/${delivered}`, 'back-office order page');
await page(staff, `/backoffice/companies/${big}`, 'back-office company page', [/Bench Big Co/]);

// --- one order through checkout, as the app writes it ----------------------
if (readOnly) {
  console.log(failed ? `${failed} check(s) failed` : 'all checks passed');
  process.exit(process.exitCode ?? 0);
}
const buyer = await signedIn(buyerEmail);
await page(buyer, '/account/orders', `order list (${buyerEmail}, own orders)`);
const [rsku, qty] = rows(`SELECT p.sku, p.min_order_qty FROM products p JOIN categories c ON c.id = p.category_id
  WHERE c.slug = 'hand-trucks-carts' AND p.active = 1 AND p.sku LIKE '%-B%' ORDER BY p.id LIMIT 1`)[0];
await buyer.get('/cart');
const added = await buyer.post('/cart/items', { sku: rsku, quantity: qty });
check(added.status === 303, `the buyer adds ${rsku} to the cart`, `status ${added.status}`);
const form = await buyer.get('/checkout');
const radio = (name) => {
  const tags = [...form.text.matchAll(new RegExp(`<input[^>]*name="${name}"[^>]*>`, 'g'))].map((m) => m[0]).filter((t) => !/value="new"/.test(t));
  return ((tags.find((t) => / checked/.test(t)) ?? tags[0])?.match(/value="([^"]*)"/) || [])[1];
};
const review = await buyer.post('/checkout/review', { ship_to: radio('ship_to'), bill_to: radio('bill_to'),
  shipping_method: radio('shipping_method'), payment_method: radio('payment_method'), po_number: 'PO-CHECK-1',
  delivery_date: '', notes: '' });
check(review.status === 200 && /Purchasing manager/.test(review.text), 'the review page shows the approval it needs');
const placeForm = review.text.slice(review.text.indexOf('action="/checkout"'));
const hidden = Object.fromEntries([...placeForm.slice(0, placeForm.indexOf('</form>'))
  .matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], decode(m[2])]));
const done = await buyer.post('/checkout', hidden);
const number = done.location?.split('/').pop() ?? '';
check(done.status === 303 && /^SO-\d{4}-\d{6,}$/.test(number), `checkout places ${number}`);
const seqNow = Number(sql("SELECT last_value FROM sequences WHERE name = 'order_number'"));
const seqMax = Number(sql("SELECT max(CAST(substr(number, 9) AS INTEGER)) FROM orders WHERE number LIKE 'SO-%'"));
check(Number(number.slice(8)) === seqMax && seqNow === seqMax, `its number continues the sequence (${seqMax})`);

// The step the app wrote, beside a generated one of the same company.
const shape = (where) => rows(`SELECT s.level, s.rule_id, s.rule_name, s.approver_label, s.mode, s.note, s.status, s.reason,
    (SELECT group_concat(a.user_id || ':' || a.via, ',') FROM (SELECT * FROM approval_step_approvers WHERE step_id = s.id ORDER BY user_id) a)
  FROM approval_steps s JOIN orders o ON o.id = s.order_id
  WHERE ${where} ORDER BY s.id DESC LIMIT 1`)[0]?.join('|').replace(/contains \S+ \(.*\) from/, 'contains SKU (NAME) from');
const made = shape(`o.number = '${number}'`);
const generated = shape(`o.company_id = ${big} AND o.status = 'pending_approval' AND o.number <> '${number}'`);
check(made === generated, 'the app writes the same approval step as the generator', made === generated ? '' : `app: ${made}; generator: ${generated}`);
const events = (where) => sql(`SELECT e.from_status || '>' || e.to_status || ':' || e.actor_label || ':' || e.note FROM order_events e
  JOIN orders o ON o.id = e.order_id WHERE ${where} ORDER BY e.id LIMIT 1`);
const madeEv = events(`o.number = '${number}'`);
const genEv = events(`o.company_id = ${big} AND o.status = 'pending_approval' AND o.number <> '${number}'`);
check(madeEv === genEv, 'and the same first timeline event', madeEv === genEv ? '' : `app: ${madeEv}; generator: ${genEv}`);
const cols = (where) => sql(`SELECT ship_to_label, bill_to_label, shipping_method <> '', tax_label, tax_rate_bp > 0,
    payment_method, length(submit_key), business_unit_id IS NOT NULL, ship_to_address_id IS NOT NULL,
    (SELECT group_concat(price_source || ':' || unit || ':' || (product_id IS NOT NULL)) FROM order_lines WHERE order_id = orders.id AND line_no = 1)
  FROM orders WHERE ${where} ORDER BY id DESC LIMIT 1`);
const madeCols = cols(`number = '${number}'`);
const genCols = cols(`company_id = ${big} AND channel = 'web' AND number <> '${number}'
  AND ship_to_address_id = (SELECT ship_to_address_id FROM orders WHERE number = '${number}')`);
console.log(`     app's order:       ${madeCols}\n     a generated order: ${genCols}`);

// The purchasing manager approves it in the inbox.
const step = sql(`SELECT s.id FROM approval_steps s JOIN orders o ON o.id = s.order_id WHERE o.number = '${number}'`);
await pm.get(`/account/approvals/${step}`);
const decided = await pm.post(`/account/approvals/${step}`, { decision: 'approve', comment: '' });
check(decided.status === 303 && sql(`SELECT status FROM orders WHERE number = '${number}'`) === 'approved',
  `${pmEmail} approves it`, `status ${decided.status}, order ${sql(`SELECT status FROM orders WHERE number = '${number}'`)}`);
const after = sql(`SELECT e.from_status || '>' || e.to_status || ':' || e.note FROM order_events e JOIN orders o ON o.id = e.order_id
  WHERE o.number = '${number}' ORDER BY e.id DESC LIMIT 1`);
const genAfter = sql(`SELECT e.from_status || '>' || e.to_status || ':' || e.note FROM order_events e JOIN orders o ON o.id = e.order_id
  WHERE o.company_id = ${big} AND e.from_status = 'pending_approval' AND e.to_status = 'approved' ORDER BY e.id DESC LIMIT 1`);
check(after === genAfter, 'the approval event reads like the generated ones', after === genAfter ? '' : `app: ${after}; generator: ${genAfter}`);

console.log(failed ? `${failed} check(s) failed` : 'all checks passed');
