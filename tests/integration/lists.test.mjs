// Shopping lists and order templates (issue 21): create, rename, describe,
// duplicate, delete; lines added, edited, moved and removed with today's
// prices and flags; sharing scopes (who views, edits, fills a cart);
// hand-over; add to cart with a withdrawn product; CSV import errors per
// line and export; saving a product, the cart and an order as a list; the
// dashboard card; another company's list answers 404 on every list route;
// bad input answers 422 with the values kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { binary } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { today } from '../lib/clock.mjs';
import { member as memberOf, listWith } from '../lib/lists.mjs';

let stack, portal;
before(async () => {
  stack = await startStack();
  portal = stack.portal;
});
after(() => stopStack(stack));

const sql = (q) => portal.sql(q);
const userId = (email) => sql(`SELECT id FROM users WHERE email = '${email}'`);
const productId = (sku) => sql(`SELECT id FROM products WHERE sku = '${sku}'`);
const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const flash = (html) => unescape(html.match(/<div class="alert alert-(?:success|info|warning|danger)" role="status">([^<]+)</)?.[1] ?? '');
const listLines = (html) => [...html.matchAll(/<tr class="list-line" id="line-([^"]+)">([\s\S]*?)<\/tr>/g)].map(([, sku, row]) => ({
  sku,
  id: row.match(/name="qty_(\d+)"/)?.[1] ?? row.match(/name="line" value="(\d+)" form="cart-form"/)?.[1],
  qty: row.match(/name="qty_\d+" value="([^"]*)"/)?.[1] ?? row.match(/class="line-qty">([^<]*)</)?.[1],
  total: row.match(/class="[^"]*line-total">([^<]+)</)?.[1],
  problem: unescape(row.match(/line-problem">([\s\S]*?)<\/div>/)?.[1]?.replace(/<[^>]+>/g, '') ?? '').trim(),
  note: unescape(row.match(/name="note_\d+" value="([^"]*)"/)?.[1] ?? row.match(/class="small fst-italic line-note">([^<]*)</)?.[1] ?? ''),
}));

const EL1 = 'PLB-BIE-0100', EL2 = 'PLB-BIE-0102', EL3 = 'PLB-BIE-0103';
const PACK = 'FAS-CRB-0300';        // packs of 25

const member = (email) => memberOf(portal, email);
const createList = (c, name, description = '') => listWith(c, name, [], description);

async function addLine(c, id, sku, quantity, note = '') {
  await c.get(`/account/lists/${id}`);
  return c.post(`/account/lists/${id}/lines`, { sku, quantity: String(quantity), note });
}

// A POST with repeated fields (ticked lines).
function postPairs(c, path, pairs) {
  const form = new URLSearchParams([['csrf_token', c.csrf], ...pairs]);
  return c.request('POST', path, { body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

test('a member keeps lists: create, add lines with prices, edit, move, remove, rename, duplicate, delete', async () => {
  const c = await member('buyer@acme.test');
  const id = await createList(c, 'Weekly plumbing', 'For the <b>Chicago</b> plant');
  let page = await c.get(`/account/lists/${id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /id="no-lines"/);
  assert.ok(page.text.includes('For the &lt;b&gt;Chicago&lt;/b&gt; plant'), 'the description is escaped');

  assert.equal((await addLine(c, id, EL1, 4, 'for site 12')).status, 303);
  assert.equal((await addLine(c, id, EL2.toLowerCase(), 2)).status, 303, 'SKUs are found in any letter case');
  assert.equal((await addLine(c, id, EL1, 1)).status, 303, 'adding a product again sums its quantity');
  page = await c.get(`/account/lists/${id}`);
  let lines = listLines(page.text);
  assert.deepEqual(lines.map((l) => [l.sku, l.qty, l.note]), [[EL1, '5', 'for site 12'], [EL2, '2', '']]);
  assert.match(page.text, /id="list-total">\$[\d,]+\.\d\d</);

  // move the second line up, then edit quantities and notes at once
  let res = await c.post(`/account/lists/${id}/lines/up`, { line: lines[1].id });
  assert.equal(res.status, 303);
  page = await c.get(`/account/lists/${id}`);
  lines = listLines(page.text);
  assert.deepEqual(lines.map((l) => l.sku), [EL2, EL1]);
  res = await c.post(`/account/lists/${id}/lines/update`, {
    [`qty_${lines[0].id}`]: '7', [`note_${lines[0].id}`]: 'dock door', [`qty_${lines[1].id}`]: 'lots',
  });
  assert.equal(res.status, 422, 'a bad quantity refuses the whole update');
  assert.match(res.text, /id="lines-errors"/);
  assert.match(res.text, new RegExp(`name="qty_${lines[1].id}" value="lots"`), 'what was typed is kept');
  res = await c.post(`/account/lists/${id}/lines/update`, {
    [`qty_${lines[0].id}`]: '7', [`note_${lines[0].id}`]: 'dock door', [`qty_${lines[1].id}`]: '0',
  });
  assert.equal(res.status, 303);
  page = await c.get(`/account/lists/${id}`);
  assert.deepEqual(listLines(page.text).map((l) => [l.sku, l.qty, l.note]), [[EL2, '7', 'dock door']], '0 removes a line');
  res = await c.post(`/account/lists/${id}/lines/remove`, { line: listLines(page.text)[0].id });
  assert.equal(res.status, 303);
  res = await c.post(`/account/lists/${id}/lines/remove`, { line: '999999' });
  assert.equal(res.status, 404, 'a line of no list of this one is not found');

  // rename: empty, too long and script names are refused or escaped
  await c.get(`/account/lists/${id}`);
  res = await c.post(`/account/lists/${id}`, { name: '', description: 'kept' });
  assert.equal(res.status, 422);
  assert.match(res.text, /Give the list a name/);
  assert.match(res.text, />kept<\/textarea>/);
  res = await c.post(`/account/lists/${id}`, { name: 'x'.repeat(101) });
  assert.equal(res.status, 422);
  res = await c.post(`/account/lists/${id}`, { name: '<script>alert(1)</script>', description: '' });
  assert.equal(res.status, 303);
  page = await c.get(`/account/lists/${id}`);
  assert.ok(!page.text.includes('<script>alert(1)'), 'names are escaped');
  assert.ok(page.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));

  // duplicate, then delete the copy
  await addLine(c, id, EL3, 3);
  res = await c.post(`/account/lists/${id}/duplicate`);
  assert.equal(res.status, 303);
  const copy = Number(res.location.match(/(\d+)$/)[1]);
  assert.notEqual(copy, id);
  page = await c.get(`/account/lists/${copy}`);
  assert.match(page.text, /Copy of &lt;script&gt;/);
  assert.deepEqual(listLines(page.text).map((l) => [l.sku, l.qty]), [[EL3, '3']]);
  res = await c.post(`/account/lists/${copy}/delete`);
  assert.equal(res.status, 303);
  assert.equal((await c.get(`/account/lists/${copy}`)).status, 404);
  assert.equal(sql(`SELECT COUNT(*) FROM shopping_list_lines WHERE list_id = ${copy}`), '0');
});

test('a form sent twice makes one list; copies are numbered', async () => {
  const c = await member('buyer@acme.test');
  const id = await createList(c, 'Twice sent');
  const again = await c.post('/account/lists', { name: 'twice SENT', description: 'kept' });
  assert.equal(again.status, 422);
  assert.match(again.text, /You already have a list named “twice SENT”\. Choose another name\./);
  assert.match(again.text, /kept/);
  assert.equal(sql("SELECT COUNT(*) FROM shopping_lists WHERE name = 'Twice sent' COLLATE NOCASE"), '1');
  for (const want of ['Copy of Twice sent', 'Copy of Twice sent (2)']) {
    await c.get(`/account/lists/${id}`);
    const res = await c.post(`/account/lists/${id}/duplicate`, {});
    assert.equal(res.status, 303);
    assert.equal(sql(`SELECT name FROM shopping_lists WHERE id = ${res.location.match(/(\d+)$/)[1]}`), want);
  }
  // another member may use the same name
  await createList(await member('purchasing@acme.test'), 'Twice sent');
});

test('bad input on the list forms: 422 on the same page with the values kept, never a 500', async () => {
  const c = await member('buyer@acme.test');
  await c.get('/account/lists');
  let res = await c.post('/account/lists', { name: '   ', description: 'my text' });
  assert.equal(res.status, 422);
  assert.match(res.text, /Give the list a name/);
  assert.match(res.text, />my text<\/textarea>/);
  const id = await createList(c, 'Bad input');
  for (const [quantity, sku] of [['0', EL1], ['-1', EL1], ['abc', EL1], ['1e3', EL1], ['5', 'NO-SUCH-SKU'], ['5', '<script>x</script>'], ['5', '']]) {
    res = await addLine(c, id, sku, quantity);
    assert.equal(res.status, 422, `${sku} x ${quantity}`);
    assert.ok(!res.text.includes('<script>x'), 'nothing typed comes back unescaped');
  }
  res = await addLine(c, id, 'PLB-CCP-0101', 1);
  assert.equal(res.status, 422);
  assert.match(res.text, /no longer sold/);
  res = await addLine(c, id, EL1, 2, 'n'.repeat(201));
  assert.equal(res.status, 422, 'a note over 200 characters');
  assert.equal(sql(`SELECT COUNT(*) FROM shopping_list_lines WHERE list_id = ${id}`), '0', 'nothing half-written');
  // double submit of one add: two posts sum (an add is not idempotent), each answered
  await c.get(`/account/lists/${id}`);
  const [a, b] = await Promise.all([c.post(`/account/lists/${id}/lines`, { sku: EL1, quantity: '1' }), c.post(`/account/lists/${id}/lines`, { sku: EL1, quantity: '1' })]);
  assert.deepEqual([a.status, b.status], [303, 303]);
  assert.equal(sql(`SELECT quantity FROM shopping_list_lines WHERE list_id = ${id}`), '2');
  // CSRF
  res = await c.post(`/account/lists/${id}/delete`, { csrf_token: 'forged' }, { csrf: false });
  assert.equal(res.status, 403);
  assert.equal((await c.get(`/account/lists/${id}`)).status, 200);
});

test('sharing scopes: private, company, unit and the units below, and editable templates', async () => {
  const buyer = await member('buyer@acme.test');            // Chicago Plant
  const kowalski = await member('d.kowalski@acme.test');    // Maintenance, below Chicago Plant
  const alvarez = await member('r.alvarez@acme.test');      // Houston Plant
  const viewer = await member('t.washington@acme.test');    // Chicago Plant, may not order
  const purchasing = await member('purchasing@acme.test');  // may manage shared lists
  const id = await createList(buyer, 'Chicago kit');
  await addLine(buyer, id, EL1, 2);

  const sees = async (c) => (await c.get(`/account/lists/${id}`)).status;
  assert.deepEqual([await sees(kowalski), await sees(alvarez), await sees(viewer), await sees(purchasing)], [404, 404, 404, 404], 'private');

  const chicago = sql("SELECT id FROM business_units WHERE name = 'Chicago Plant'");
  await buyer.get(`/account/lists/${id}`);
  let res = await buyer.post(`/account/lists/${id}/sharing`, { sharing: 'unit', unit_id: '' });
  assert.equal(res.status, 422, 'a unit list needs its unit');
  res = await buyer.post(`/account/lists/${id}/sharing`, { sharing: 'unit', unit_id: String(chicago) });
  assert.equal(res.status, 303);
  assert.deepEqual([await sees(kowalski), await sees(alvarez), await sees(viewer), await sees(purchasing)], [200, 404, 200, 404], 'unit and below');
  const page = await kowalski.get(`/account/lists/${id}`);
  assert.match(page.text, /id="read-only"/);
  assert.ok(!page.text.includes(`action="/account/lists/${id}/lines"`), 'a reader gets no editing forms');
  // a list one may only read is, for changing, as missing as another's
  assert.equal((await kowalski.post(`/account/lists/${id}/lines`, { sku: EL2, quantity: '1' })).status, 404, 'read-only');
  assert.equal((await kowalski.post(`/account/lists/${id}/delete`)).status, 404);
  // a reader who may order fills their cart from it; a viewer may not
  sql(`DELETE FROM cart_items WHERE user_id = ${userId('d.kowalski@acme.test')}`);
  await kowalski.get(`/account/lists/${id}`);
  res = await kowalski.post(`/account/lists/${id}/cart`, { all: '1' });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT quantity FROM cart_items WHERE user_id = ${userId('d.kowalski@acme.test')} AND product_id = ${productId(EL1)}`), '2');
  assert.ok(!(await viewer.get(`/account/lists/${id}`)).text.includes('id="add-all"'), 'no cart buttons for a viewer');
  assert.equal((await viewer.post(`/account/lists/${id}/cart`, { all: '1' })).status, 403);

  res = await buyer.post(`/account/lists/${id}/sharing`, { sharing: 'company' });
  assert.equal(res.status, 303);
  assert.deepEqual([await sees(alvarez), await sees(purchasing)], [200, 200], 'company');
  await buyer.get(`/account/lists/${id}`);
  res = await buyer.post(`/account/lists/${id}/sharing`, { sharing: 'editable' });
  assert.equal(res.status, 422, 'only members who may manage shared lists make a list editable by others');
  assert.match(res.text, /manage shared shopping lists/);

  // the purchasing manager takes it over and makes it an editable template
  await buyer.get(`/account/lists/${id}`);
  res = await buyer.post(`/account/lists/${id}/hand-over`, { member_email: 'nobody@acme.test' });
  assert.equal(res.status, 422);
  assert.match(res.text, /no active member with this email/);
  assert.match(res.text, /value="nobody@acme.test"/);
  res = await buyer.post(`/account/lists/${id}/hand-over`, { member_email: 'Purchasing@Acme.test' });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT owner_user_id FROM shopping_lists WHERE id = ${id}`), String(userId('purchasing@acme.test')));
  await purchasing.get(`/account/lists/${id}`);
  res = await purchasing.post(`/account/lists/${id}/sharing`, { sharing: 'editable' });
  assert.equal(res.status, 303);
  const admin = await member('admin@acme.test');
  assert.equal((await addLine(admin, id, EL2, 1)).status, 303, 'another member who may manage shared lists edits it');
  assert.equal((await addLine(alvarez, id, EL2, 1)).status, 404, 'a buyer reads it only');
  assert.equal((await buyer.post(`/account/lists/${id}/hand-over`, { member_id: String(userId('buyer@acme.test')) })).status, 404);
  // hand-over to someone outside the company
  await purchasing.get(`/account/lists/${id}`);
  res = await purchasing.post(`/account/lists/${id}/hand-over`, { member_id: String(userId('admin@borealis.test')) });
  assert.equal(res.status, 422);
  res = await purchasing.post(`/account/lists/${id}/hand-over`, { member_email: 'admin@borealis.test' });
  assert.equal(res.status, 422, 'another company\'s member');

  // the company's activity says who shared and handed the list over; the
  // refused attempts left nothing
  const entries = sql(`SELECT a.actor_name || ' | ' || a.action || ' | ' || c.field || ': ' || c.before || ' -> ' || c.after
      FROM audit_log a JOIN audit_log_changes c ON c.audit_id = a.id
     WHERE a.company_id = (SELECT company_id FROM shopping_lists WHERE id = ${id}) AND a.subject = 'Chicago kit'
       AND a.action LIKE 'list.%' ORDER BY a.id`).split('\n');
  assert.equal(entries.length, 4, entries.join('\n'));
  assert.match(entries[0], /\| list\.shared \| Sharing: Private -> .*: Chicago Plant$/);
  assert.match(entries[1], /\| list\.shared \| Sharing: .*: Chicago Plant -> Company/);
  assert.match(entries[2], /\| list\.handed_over \| Owner: .+ -> .+$/);
  assert.match(entries[3], /\| list\.shared \| Sharing: Company.* -> .*edit/i);
  const activity = await admin.get('/account/activity?kind=list');
  assert.equal(activity.status, 200);
  assert.match(activity.text, /Handed a shopping list to a colleague/);
  assert.match(activity.text, /Chicago kit/);
});

test('add to cart: ticked lines or the whole list; withdrawn products and broken pack sizes are reported', async () => {
  const c = await member('buyer@acme.test');
  const id = await createList(c, 'Mixed');
  await addLine(c, id, EL1, 3);
  await addLine(c, id, PACK, 25);
  await addLine(c, id, EL2, 1);
  // the seller withdraws one product and changes the pack size of another
  sql(`UPDATE products SET active = 0 WHERE sku = '${EL2}'`);
  sql(`UPDATE products SET pack_size = 50, min_order_qty = 50 WHERE sku = '${PACK}'`);
  try {
    let page = await c.get(`/account/lists/${id}`);
    const lines = listLines(page.text);
    assert.match(lines.find((l) => l.sku === EL2).problem, /Withdrawn/);
    assert.match(lines.find((l) => l.sku === PACK).problem, /Pack size/);
    assert.match(page.text, /id="line-problems">2 lines cannot be ordered/);
    sql(`DELETE FROM cart_items WHERE user_id = ${userId('buyer@acme.test')}`);
    let res = await postPairs(c, `/account/lists/${id}/cart`, [['all', '1']]);
    assert.equal(res.status, 303);
    page = await c.get('/cart');
    const note = flash(page.text);
    assert.match(note, /1 line of .Mixed. added to your cart; 2 could not be/);
    assert.match(note, new RegExp(`${EL2} is no longer sold`));
    assert.match(note, new RegExp(`${PACK} cannot be ordered as 25`));
    const cart = sql(`SELECT p.sku || ':' || c.quantity FROM cart_items c JOIN products p ON p.id = c.product_id WHERE c.user_id = ${userId('buyer@acme.test')}`);
    assert.equal(cart, `${EL1}:3`);
    // ticked lines only
    page = await c.get(`/account/lists/${id}`);
    res = await postPairs(c, `/account/lists/${id}/cart`, []);
    assert.equal(res.status, 422, 'nothing ticked');
    res = await postPairs(c, `/account/lists/${id}/cart`, [['line', listLines(page.text).find((l) => l.sku === EL2).id]]);
    assert.equal(res.status, 422, 'only a withdrawn line: nothing added');
    assert.match(res.text, /Nothing could be added to your cart/);
    res = await postPairs(c, `/account/lists/${id}/cart`, [['line', listLines(page.text).find((l) => l.sku === EL1).id]]);
    assert.equal(res.status, 303);
    assert.equal(sql(`SELECT quantity FROM cart_items WHERE user_id = ${userId('buyer@acme.test')} AND product_id = ${productId(EL1)}`), '6', 'merged with the cart');
  } finally {
    sql(`UPDATE products SET active = 1 WHERE sku = '${EL2}'`);
    sql(`UPDATE products SET pack_size = 25, min_order_qty = 25 WHERE sku = '${PACK}'`);
  }
});

test('CSV import reports errors per line with line numbers and imports nothing; export reads back', async () => {
  const c = await member('buyer@acme.test');
  const id = await createList(c, 'Imported');
  await c.get(`/account/lists/${id}`);
  const bad = `sku,quantity,note\n${EL1},2,first\nNO-SUCH,1\n${EL2},many\n\n${EL3},1,"a, b",extra\nPLB-CCP-0101,1\n`;
  let res = await c.post(`/account/lists/${id}/import`, { csv: bad });
  assert.equal(res.status, 422);
  const errors = [...res.text.matchAll(/<li>Line (\d+): ([^<]+)<\/li>/g)].map((m) => [Number(m[1]), unescape(m[2])]);
  assert.deepEqual(errors.map((e) => e[0]), [3, 4, 6, 7]);
  assert.match(errors[0][1], /no product with the SKU NO-SUCH/);
  assert.match(errors[1][1], /quantity must be a whole number/);
  assert.match(errors[2][1], /4 columns/);
  assert.match(errors[3][1], /no longer sold/);
  assert.equal(sql(`SELECT COUNT(*) FROM shopping_list_lines WHERE list_id = ${id}`), '0');
  assert.ok(res.text.includes('NO-SUCH,1'), 'the pasted text is kept');

  res = await c.post(`/account/lists/${id}/import`, { csv: '"unterminated\n' });
  assert.equal(res.status, 422);
  assert.match(res.text, /Line 1:/);
  res = await c.post(`/account/lists/${id}/import`, { csv: '' });
  assert.equal(res.status, 422);

  // a file upload
  const form = new FormData();
  form.append('csrf_token', c.csrf);
  form.append('file', new Blob([`\ufeff${EL1},2,"for site 12, door 3"\r\n${EL2},4\r\n`], { type: 'text/csv' }), 'list.csv');
  res = await c.request('POST', `/account/lists/${id}/import`, { body: form });
  assert.equal(res.status, 303);
  const csv = await c.get(`/account/lists/${id}/export.csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  assert.equal(csv.text, `sku,quantity,note\r\n${EL1},2,"for site 12, door 3"\r\n${EL2},4,\r\n`);
  // the export imports back into another list unchanged
  const other = await createList(c, 'Round trip');
  await c.get(`/account/lists/${other}`);
  res = await c.post(`/account/lists/${other}/import`, { csv: csv.text });
  assert.equal(res.status, 303);
  assert.equal((await c.get(`/account/lists/${other}/export.csv`)).text, csv.text);
});

test('saving a product, the cart and an order as a list; the dashboard card lists them', async () => {
  const c = await member('s.marin@acme.test');
  let page = await c.get(`/product/${EL1}`);
  assert.match(page.text, new RegExp(`href="/account/lists/add\\?sku=${EL1}"`));
  page = await c.get(`/account/lists/add?sku=${EL1}`);
  assert.equal(page.status, 200);
  let res = await c.post('/account/lists/add', { sku: EL1, quantity: '2', list_id: '', new_name: '' });
  assert.equal(res.status, 422);
  assert.match(res.text, /Choose one of your lists, or name a new one/);
  res = await c.post('/account/lists/add', { sku: EL1, quantity: '2', list_id: '', new_name: 'From the product page' });
  assert.equal(res.status, 303);
  const fromProduct = Number(res.location.match(/(\d+)$/)[1]);
  page = await c.get(`/account/lists/add?sku=${EL2}`);
  res = await c.post('/account/lists/add', { sku: EL2, quantity: '1', list_id: String(fromProduct) });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT COUNT(*) FROM shopping_list_lines WHERE list_id = ${fromProduct}`), '2');
  assert.equal((await c.get('/account/lists/add?sku=NOPE')).status, 404);

  // the cart
  sql(`DELETE FROM cart_items WHERE user_id = ${userId('s.marin@acme.test')}`);
  await c.get(`/product/${EL3}`);
  await c.post('/cart/items', { sku: EL3, quantity: '3' });
  page = await c.get('/cart');
  assert.match(page.text, /id="save-cart-as-list"/);
  res = await c.post('/account/lists/from-cart', { name: 'Saved cart' });
  assert.equal(res.status, 303);
  const fromCart = Number(res.location.match(/(\d+)$/)[1]);
  assert.equal(sql(`SELECT p.sku || ':' || l.quantity FROM shopping_list_lines l JOIN products p ON p.id = l.product_id WHERE l.list_id = ${fromCart}`), `${EL3}:3`);

  // an order the member may see
  const buyer = await member('buyer@acme.test');
  const number = sql(`SELECT o.number FROM orders o JOIN users u ON u.id = o.placed_by_user_id WHERE u.email = 'buyer@acme.test' AND o.channel = 'web' ORDER BY o.id DESC LIMIT 1`);
  page = await buyer.get(`/account/orders/${number}`);
  assert.match(page.text, /id="save-as-list"/);
  res = await buyer.post(`/account/lists/from-order/${number}`, { name: `Again ${number}` });
  assert.equal(res.status, 303);
  const fromOrder = Number(res.location.match(/(\d+)$/)[1]);
  const orderLines = sql(`SELECT COUNT(DISTINCT p.id) FROM order_lines l JOIN products p ON p.id = COALESCE(l.product_id, (SELECT p2.id FROM products p2 WHERE p2.sku = l.sku))
                          WHERE l.order_id = (SELECT id FROM orders WHERE number = '${number}')`);
  assert.ok(Number(orderLines) > 0);
  assert.equal(sql(`SELECT COUNT(*) FROM shopping_list_lines WHERE list_id = ${fromOrder}`), orderLines);
  // an order outside the member's scope reads as missing
  const others = sql(`SELECT o.number FROM orders o JOIN users u ON u.id = o.placed_by_user_id WHERE u.email = 'r.alvarez@acme.test' ORDER BY o.id DESC LIMIT 1`);
  if (others) {
    await buyer.get('/account/lists');
    assert.equal((await buyer.post(`/account/lists/from-order/${others}`, { name: 'Not mine' })).status, 404);
  }

  page = await c.get('/account');
  assert.match(page.text, /id="lists-card"/);
  for (const id of [fromProduct, fromCart]) assert.match(page.text, new RegExp(`href="/account/lists/${id}"`));
  page = await c.get('/account/lists');
  assert.match(page.text, /id="lists"/);
});

test("another company's list ids answer 404 on every list route", async () => {
  const acme = await member('buyer@acme.test');
  const id = await createList(acme, 'Acme only');
  await addLine(acme, id, EL1, 1);
  await acme.get(`/account/lists/${id}`);
  await acme.post(`/account/lists/${id}/sharing`, { sharing: 'company' });
  const line = sql(`SELECT id FROM shopping_list_lines WHERE list_id = ${id}`);
  const other = await member('admin@borealis.test');
  await other.get('/account/lists');
  const table = JSON.parse(execFileSync(binary, ['routes'], { encoding: 'utf8' }));
  const routes = table.routes.filter((r) => r.path.startsWith('/account/lists/:id'));
  assert.ok(routes.length >= 14, `${routes.length} list routes`);
  for (const r of routes) {
    const path = r.path.replace(':id', String(id));
    const res = r.method === 'GET' ? await other.get(path)
      : await other.post(path, { name: 'x', sku: EL1, quantity: '1', line: line, sharing: 'private', member_id: String(userId('admin@borealis.test')), all: '1', csv: `${EL1},1` });
    assert.equal(res.status, 404, `${r.method} ${r.path}`);
  }
  assert.equal(sql(`SELECT name || ':' || sharing || ':' || owner_user_id FROM shopping_lists WHERE id = ${id}`), `Acme only:company:${userId('buyer@acme.test')}`);
  assert.equal(sql(`SELECT quantity FROM shopping_list_lines WHERE list_id = ${id}`), '1');
  const page = await other.get('/account/lists');
  assert.ok(!page.text.includes('Acme only'), 'nor is it listed');
  await other.get('/account/lists');
  assert.equal((await other.post('/account/lists/add', { sku: EL1, quantity: '1', list_id: String(id) })).status, 422, 'nor can it be chosen to add to');
});

test('the demo: a weekly janitorial schedule with its runs (one failed), the New site kit template, an open requisition', async () => {
  const derek = await member('d.kowalski@acme.test');
  const id = sql("SELECT id FROM shopping_lists WHERE name = 'Weekly janitorial'");
  const page = await derek.get(`/account/lists/${id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Every week on Monday/);
  const runs = [...page.text.matchAll(/<tr class="schedule-run">([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
  assert.equal(runs.length, 4);
  assert.match(runs[3], /Failed[\s\S]*no longer available/, 'the oldest run failed, with its reason');
  for (const r of runs.slice(0, 3)) assert.match(r, /Order placed[\s\S]*href="\/account\/orders\/SO-/);
  const next = page.text.match(/id="schedule-next">Next run: <time datetime="([\d-]+)"/)[1];
  // today itself on a Monday (the run of 06:00 may be still to come), else within the week
  assert.ok(next >= today() && next <= today(7), `the next run is in the coming week: ${next}`);
  assert.equal(new Date(`${next}T00:00:00Z`).getUTCDay(), 1, 'a Monday');
  // the unit-shared template reaches the Chicago Plant's buyer, not Corporate's finance manager
  const kit = sql("SELECT id FROM shopping_lists WHERE name = 'New site kit'");
  assert.equal((await (await member('buyer@acme.test')).get(`/account/lists/${kit}`)).status, 200);
  assert.equal((await (await member('finance@acme.test')).get(`/account/lists/${kit}`)).status, 404);
  // the viewer's requisition waits for the purchasing manager
  const pm = await member('purchasing@acme.test');
  const tab = await pm.get('/account/requisitions');
  assert.match(tab.text, /Line 3 restock<\/a><span class="badge text-bg-warning">Waiting/);
});

// --- paging (a list's page shows 25 lines, the lists page 50 lists) ----------

const PAGE_LINES = 25;
const money = (text) => Math.round(Number(unescape(text).replace(/[^0-9.-]/g, '')) * 100);
const listTotal = (html) => html.match(/id="list-total">([^<]+)</)[1];
const pageOf = (location) => Number(new URL(location, 'http://x').searchParams.get('page') ?? 1);

test('a list of several pages: 25 lines a page, the total and the cart over every line, edits come back to their page', async () => {
  const c = await member('buyer@acme.test');
  // 60 products sold one by one, quantities that reach Acme's contract price breaks too
  const skus = sql(`SELECT sku FROM products WHERE active = 1 AND pack_size <= 1 AND min_order_qty <= 1 ORDER BY id LIMIT 60`).split('\n');
  assert.equal(skus.length, 60);
  const id = await createList(c, 'Sixty lines');
  await c.get(`/account/lists/${id}`);
  const csv = skus.map((sku, i) => `${sku},${i % 3 === 0 ? 100 : (i % 7) + 1},line ${i + 1}`).join('\n');
  assert.equal((await c.post(`/account/lists/${id}/import`, { csv })).status, 303, 'imported through the app');

  // three pages of 25, 25 and 10 lines; each says the list's total over all 60
  const pages = [];
  for (const p of [1, 2, 3]) {
    const res = await c.get(`/account/lists/${id}${p > 1 ? `?page=${p}` : ''}`);
    assert.equal(res.status, 200);
    pages.push({ html: res.text, lines: listLines(res.text) });
  }
  assert.deepEqual(pages.map((p) => p.lines.length), [25, 25, 10]);
  assert.deepEqual(pages.flatMap((p) => p.lines.map((l) => l.sku)), skus, 'every line once, in the list\'s order');
  assert.match(pages[0].html, /id="lines-count">1&ndash;25 of 60 products/);
  assert.match(pages[2].html, /id="lines-count">51&ndash;60 of 60 products/);
  assert.match(pages[0].html, new RegExp(`href="/account/lists/${id}\\?page=2" rel="next"`));
  assert.match(pages[1].html, new RegExp(`href="/account/lists/${id}\\?page=1" rel="prev"`));
  assert.ok(!pages[2].html.includes('rel="next"'), 'the last page has no next');
  const sum = pages.flatMap((p) => p.lines).reduce((t, l) => t + money(l.total), 0);
  for (const p of pages) assert.equal(money(listTotal(p.html)), sum, 'the total is every page\'s lines');
  assert.match(pages[1].html, new RegExp(`action="/account/lists/${id}/lines/update\\?page=2"`), 'the page\'s forms come back to it');

  // the total follows every change to a price, on every worker (each keeps it per list until lines or prices move)
  const totalNow = async () => money(listTotal((await c.get(`/account/lists/${id}?page=3`)).text));
  const acme = sql("SELECT price_list_id FROM companies WHERE name = 'Acme Industrial Supply'");
  const k = skus.findIndex((s) => sql(`SELECT COUNT(*) FROM price_list_items WHERE price_list_id = ${acme} AND product_id = ${productId(s)}`) === '0');
  const [plain, qty] = [skus[k], k % 3 === 0 ? 100 : (k % 7) + 1];   // a line at its list price, as imported
  for (let i = 0; i < 4; i++) assert.equal(await totalNow(), sum, 'kept');
  sql(`UPDATE products SET list_price_cents = list_price_cents + 100 WHERE sku = '${plain}'`);
  try {
    for (let i = 0; i < 4; i++) assert.equal(await totalNow(), sum + 100 * qty, 'a list price changed');
    sql(`INSERT INTO price_list_items (price_list_id, product_id, min_qty, unit_price_cents) VALUES (${acme}, ${productId(plain)}, 1, 1)`);
    const listPrice = Number(sql(`SELECT list_price_cents FROM products WHERE sku = '${plain}'`));
    for (let i = 0; i < 4; i++) assert.equal(await totalNow(), sum + 100 * qty - listPrice * qty + qty, 'a contract price added');
  } finally {
    sql(`DELETE FROM price_list_items WHERE price_list_id = ${acme} AND product_id = ${productId(plain)}`);
    sql(`UPDATE products SET list_price_cents = list_price_cents - 100 WHERE sku = '${plain}'`);
  }
  for (let i = 0; i < 4; i++) assert.equal(await totalNow(), sum, 'back as it was');

  // page numbers that are not a page: the first or the last page, never an error
  for (const [query, want] of [['?page=0', 1], ['?page=-2', 1], ['?page=abc', 1], ['?page=1e3', 1], ['?page=', 1],
    ['?page=99999999999999999999', 1], ['?page=4', 3], ['?page=100000', 3], ['?page=2&page=3', 2]]) {
    const res = await c.get(`/account/lists/${id}${query}`);
    assert.equal(res.status, 200, query);
    assert.equal(listLines(res.text)[0].sku, skus[(want - 1) * PAGE_LINES], `${query} shows page ${want}`);
  }

  // the whole list into the cart is all 60 lines; ticked lines of page 2 are those lines only
  const uid = userId('buyer@acme.test');
  sql(`DELETE FROM cart_items WHERE user_id = ${uid}`);
  await c.get(`/account/lists/${id}?page=2`);
  let res = await postPairs(c, `/account/lists/${id}/cart?page=2`, [['all', '1']]);
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT COUNT(*) FROM cart_items WHERE user_id = ${uid}`), '60');
  sql(`DELETE FROM cart_items WHERE user_id = ${uid}`);
  const ticked = [pages[1].lines[0], pages[1].lines[24]];
  res = await postPairs(c, `/account/lists/${id}/cart?page=2`, ticked.map((l) => ['line', l.id]));
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT group_concat(p.sku, ',') FROM (SELECT p.sku FROM cart_items ci JOIN products p ON p.id = ci.product_id WHERE ci.user_id = ${uid} ORDER BY p.sku) p`),
    ticked.map((l) => l.sku).sort().join(','));
  res = await postPairs(c, `/account/lists/${id}/cart?page=2`, []);
  assert.equal(res.status, 422, 'nothing ticked');
  assert.equal(listLines(res.text)[0].sku, skus[25], 'answered on page 2');
  sql(`DELETE FROM cart_items WHERE user_id = ${uid}`);

  // a quantity and a note saved on page 2 come back to page 2; a bad one answers there with what was typed
  const two = pages[1].lines[3];
  res = await c.post(`/account/lists/${id}/lines/update?page=2`, { [`qty_${two.id}`]: '9', [`note_${two.id}`]: 'page two' });
  assert.equal(res.status, 303);
  assert.equal(res.location, `/account/lists/${id}?page=2`);
  assert.equal(sql(`SELECT quantity || ':' || note FROM shopping_list_lines WHERE id = ${two.id}`), '9:page two');
  assert.equal(sql(`SELECT quantity || ':' || note FROM shopping_list_lines WHERE id = ${pages[0].lines[0].id}`), '100:line 1', 'other pages untouched');
  const shown = [];
  for (const p of [1, 2, 3]) shown.push((await c.get(`/account/lists/${id}?page=${p}`)).text);
  const sumNow = shown.flatMap(listLines).reduce((t, l) => t + money(l.total), 0);
  assert.notEqual(sumNow, sum);
  for (const html of shown) assert.equal(money(listTotal(html)), sumNow, 'the total follows the list\'s changes');
  res = await c.post(`/account/lists/${id}/lines/update?page=2`, { [`qty_${two.id}`]: 'many' });
  assert.equal(res.status, 422);
  assert.match(res.text, new RegExp(`name="qty_${two.id}" value="many"`));
  assert.equal(listLines(res.text)[0].sku, skus[25]);
  // a line removed on page 3 comes back to page 3; past the end, the last page
  res = await c.post(`/account/lists/${id}/lines/remove?page=3`, { line: pages[2].lines[0].id });
  assert.equal(res.status, 303);
  assert.equal(res.location, `/account/lists/${id}?page=3`);
  res = await c.post(`/account/lists/${id}/lines/update?page=abc`, { [`qty_${two.id}`]: '8' });
  assert.equal(res.location, `/account/lists/${id}`, 'a page that is not a number: the first');

  // moving across a page's edge follows the line to its page
  const firstOfTwo = pages[1].lines[0];
  res = await c.post(`/account/lists/${id}/lines/up?page=2`, { line: firstOfTwo.id });
  assert.equal(res.status, 303);
  assert.equal(pageOf(res.location), 1, 'the first line of page 2 moved up is the last of page 1');
  const moved = (await c.get(res.location)).text;
  assert.match(moved, /Moved the line up, to page 1\./);
  let page1 = listLines(moved);
  assert.equal(page1[24].sku, firstOfTwo.sku);
  res = await c.post(`/account/lists/${id}/lines/down`, { line: firstOfTwo.id });
  assert.equal(pageOf(res.location), 2);
  assert.equal(listLines((await c.get(res.location)).text)[0].sku, firstOfTwo.sku, 'and back down');
  const html1 = (await c.get(`/account/lists/${id}`)).text;
  page1 = listLines(html1);
  assert.match(html1, new RegExp(`form="line-down" name="line" value="${page1[24].id}"`), 'the last line of a page has a down button');
  // a product added lands on the last page, where it is shown
  res = await c.post(`/account/lists/${id}/lines`, { sku: EL1, quantity: '2' });
  assert.equal(res.status, 303);
  assert.equal(pageOf(res.location), 3);
  assert.equal(listLines((await c.get(res.location)).text).at(-1).sku, EL1);

  // another company's member: 404 on every page, and no POST of theirs reaches the lines
  const other = await member('admin@borealis.test');
  for (const q of ['', '?page=2', '?page=abc']) assert.equal((await other.get(`/account/lists/${id}${q}`)).status, 404);
  await other.get('/account/lists');
  assert.equal((await other.post(`/account/lists/${id}/lines/update?page=2`, { [`qty_${two.id}`]: '1' })).status, 404);
  assert.equal(sql(`SELECT quantity FROM shopping_list_lines WHERE id = ${two.id}`), '8');
});

test('the lists page: 50 lists a page, newest change first, with the count and a filter by name and by whose', async () => {
  const pm = await member('purchasing@acme.test');
  const shared = await createList(pm, 'For everyone at Acme');
  await pm.get(`/account/lists/${shared}`);
  assert.equal((await pm.post(`/account/lists/${shared}/sharing`, { sharing: 'company' })).status, 303);
  const c = await member('finance@acme.test');
  const uid = userId('finance@acme.test');
  await c.get('/account/lists');
  for (let i = 1; i <= 53; i++) assert.equal((await c.post('/account/lists', { name: `Paged ${String(i).padStart(2, '0')}` })).status, 303);
  assert.equal((await c.post('/account/lists', { name: 'Odd 100%_name' })).status, 303);
  const own = Number(sql(`SELECT COUNT(*) FROM shopping_lists WHERE owner_user_id = ${uid}`));
  const names = (html) => [...html.matchAll(/<a class="fw-semibold" href="\/account\/lists\/\d+">([^<]+)</g)].map((m) => unescape(m[1]));

  let res = await c.get('/account/lists?show=mine');
  assert.equal(res.status, 200);
  assert.match(res.text, new RegExp(`id="lists-count">${own} lists match<`));
  let first = names(res.text);
  assert.equal(first.length, 50);
  assert.deepEqual(first.slice(0, 3), ['Odd 100%_name', 'Paged 53', 'Paged 52'], 'newest first');
  assert.match(res.text, /href="\/account\/lists\?show=mine&amp;page=2" rel="next"/);
  res = await c.get('/account/lists?show=mine&page=2');
  const second = names(res.text);
  assert.equal(second.length, own - 50);
  assert.ok(!second.some((n) => first.includes(n)), 'page 2 has the others');

  // all lists: her own and those shared with her
  res = await c.get('/account/lists');
  const total = Number(res.text.match(/id="lists-count">(\d+) lists</)[1]);
  assert.ok(total > own, `${total} lists, ${own} her own`);
  res = await c.get('/account/lists?show=shared');
  assert.match(res.text, new RegExp(`id="lists-count">${total - own} list`));
  assert.match(res.text, /class="list-owner">/);

  // by name: any case, LIKE's wildcards taken as they are
  res = await c.get('/account/lists?q=paged%205');
  assert.deepEqual(names(res.text), ['Paged 53', 'Paged 52', 'Paged 51', 'Paged 50']);
  assert.match(res.text, /id="lists-count">4 lists match</);
  assert.deepEqual(names((await c.get('/account/lists?q=%25_')).text), ['Odd 100%_name']);
  assert.deepEqual(names((await c.get('/account/lists?q=0%25')).text), ['Odd 100%_name']);
  res = await c.get('/account/lists?q=no%20such%20list');
  assert.match(res.text, /id="no-match"/);
  res = await c.get(`/account/lists?q=${'x'.repeat(101)}`);
  assert.equal(res.status, 422);
  assert.match(res.text, /Search for at most 100 characters/);
  // pages that are not a page, and an unknown "show"
  for (const q of ['?page=0', '?page=-1', '?page=x', '?page=999999', '?show=nobody', '?show=mine&page=99']) {
    res = await c.get(`/account/lists${q}`);
    assert.equal(res.status, 200, q);
    assert.ok(names(res.text).length > 0, q);
  }
  assert.deepEqual(names((await c.get('/account/lists?show=mine&page=99')).text), second, 'past the end: the last page');
  // the dashboard card: her newest
  assert.match((await c.get('/account')).text, /Odd 100%_name/);
});

// Last, after every other test here has added, moved, removed, imported
// and deleted lines: the count each list keeps (sql/028) is its lines'.
test('every list keeps the number of its lines', () => {
  assert.ok(Number(sql('SELECT COUNT(*) FROM shopping_lists WHERE line_count > 0')) > 3, 'lists with lines to compare');
  assert.equal(sql(`SELECT group_concat(id || ': ' || line_count || ' kept, ' || n || ' lines', '; ') FROM
      (SELECT l.id, l.line_count, (SELECT COUNT(*) FROM shopping_list_lines x WHERE x.list_id = l.id) AS n FROM shopping_lists l)
     WHERE line_count <> n`), '');
});
