// Back office products and price lists: create and edit products (checked
// field by field, nothing written on bad input), price lists with contract
// prices and quantity breaks, assigning a list to a company; audit rows;
// members are refused; the demo price lists.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal;
before(async () => ({ portal } = await startStack()));
after(() => stopStack({ portal }));

const q = (s) => s.replace(/'/g, "''");
const one = (query) => portal.sql(query);
const num = (query) => Number(one(query));
const companyId = (name) => num(`SELECT id FROM companies WHERE name = '${q(name)}'`);
const ACME = 'Acme Industrial Supply';
const BOREALIS = 'Borealis Builders';

async function signedIn(email) {
  const c = new Client(portal.url);
  const res = await c.signIn(email);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

const catId = () => num("SELECT id FROM categories WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1");
const good = (over = {}) => ({
  sku: 'ZQX-100', name: 'Test widget', description: 'Line one\nLine two', category_id: String(catId()),
  unit_of_measure: 'box', pack_size: '6', min_order_qty: '12', list_price: '12.50', weight_grams: '750', active: '1',
  ...over,
});

test('members are refused every back-office catalog route', async () => {
  const member = await signedIn('admin@acme.test');
  const list = num('SELECT id FROM price_lists ORDER BY id LIMIT 1');
  const product = num('SELECT id FROM products ORDER BY id LIMIT 1');
  for (const path of ['/backoffice/products', '/backoffice/products/new', `/backoffice/products/${product}`,
    '/backoffice/price-lists', `/backoffice/price-lists/${list}`]) {
    assert.equal((await member.get(path)).status, 403, `GET ${path}`);
  }
  await member.get('/account');
  for (const path of ['/backoffice/products', `/backoffice/products/${product}`, '/backoffice/price-lists',
    `/backoffice/price-lists/${list}`, `/backoffice/price-lists/${list}/items`, `/backoffice/price-lists/${list}/items/delete`,
    `/backoffice/price-lists/${list}/assign`]) {
    assert.equal((await member.post(path, { name: 'x', sku: 'X', company_id: '1' })).status, 403, `POST ${path}`);
  }
  assert.equal(num("SELECT COUNT(*) FROM price_lists WHERE name = 'x'"), 0);
});

test('the demo price lists exist and are assigned', async () => {
  const acme = one(`SELECT l.name || '|' || c.price_list_name FROM companies c JOIN price_lists l ON l.id = c.price_list_id WHERE c.id = ${companyId(ACME)}`);
  assert.equal(acme, 'Acme contract 2026|Acme contract 2026');
  const bor = one(`SELECT l.name || '|' || c.price_list_name FROM companies c JOIN price_lists l ON l.id = c.price_list_id WHERE c.id = ${companyId(BOREALIS)}`);
  assert.equal(bor, 'Contractor tier B|Contractor tier B');
  const acmeList = num("SELECT id FROM price_lists WHERE name = 'Acme contract 2026'");
  assert.equal(num(`SELECT COUNT(DISTINCT product_id) FROM price_list_items WHERE price_list_id = ${acmeList}`), 60);
  assert.equal(num(`SELECT COUNT(*) FROM (SELECT product_id FROM price_list_items WHERE price_list_id = ${acmeList} GROUP BY product_id HAVING COUNT(*) = 3)`), 15);
  // contract prices are 5-15% under list at quantity 1
  assert.equal(num(`SELECT COUNT(*) FROM price_list_items i JOIN products p ON p.id = i.product_id WHERE i.price_list_id = ${acmeList} AND i.min_qty = 1
    AND (i.unit_price_cents * 100 > p.list_price_cents * 95 + 50 OR i.unit_price_cents * 100 < p.list_price_cents * 85 - 50)`), 0);
  assert.equal(num("SELECT COUNT(*) FROM price_list_items i JOIN price_lists l ON l.id = i.price_list_id WHERE l.name = 'Contractor tier B'"), 30);
  const staff = await signedIn('staff@seller.test');
  const page = await staff.get('/backoffice/price-lists');
  assert.equal(page.status, 200);
  assert.match(page.text, /Acme contract 2026<\/a><\/td>\s*<td>USD<\/td>\s*<td class="text-end">60<\/td>\s*<td class="text-end">90<\/td>\s*<td>Acme Industrial Supply<\/td>/);
});

test('staff create a product, it is searchable, bad input writes nothing, and edits save', async () => {
  const staff = await signedIn('staff@seller.test');
  const form = await staff.get('/backoffice/products/new');
  assert.equal(form.status, 200);
  assert.match(form.text, /<select class="form-select" id="category_id" name="category_id"/);
  const before = num('SELECT COUNT(*) FROM products');
  const created = await staff.post('/backoffice/products', good());
  assert.equal(created.status, 303, created.text.slice(0, 2000));
  const id = num("SELECT id FROM products WHERE sku = 'ZQX-100'");
  assert.equal(created.location, `/backoffice/products/${id}`);
  assert.equal(one(`SELECT name || '|' || description || '|' || category_id || '|' || unit_of_measure || '|' || pack_size || '|' || min_order_qty || '|' || list_price_cents || '|' || weight_grams || '|' || active FROM products WHERE id = ${id}`),
    `Test widget|Line one\nLine two|${catId()}|box|6|12|1250|750|1`);
  assert.equal(one("SELECT sku FROM products_fts WHERE products_fts MATCH 'ZQX*'"), 'ZQX-100');
  assert.equal(num("SELECT COUNT(*) FROM audit_log WHERE action = 'product.created' AND subject = 'ZQX-100' AND COALESCE(company_id, 0) = 0"), 1);
  const listed = await staff.get('/backoffice/products?q=zqx-1');
  assert.match(listed.text, /ZQX-100<\/a><\/td>\s*<td>Test widget<\/td>/);
  assert.match(listed.text, /box of 6<\/td>\s*<td class="text-end text-nowrap">\$12\.50<\/td>/);
  assert.match((await staff.get('/backoffice/products?q=zq%25x')).text, /No product matches/);
  assert.match((await staff.get('/backoffice/products?active=0')).text, /Inactive/);

  const bad = [
    [{ sku: '' }, 'sku', /Enter|required|empty/i],
    [{ sku: 'zqx-100' }, 'sku', /already has this SKU/],
    [{ sku: 'ZQX 200' }, 'sku', /only letters, digits/],
    [{ list_price: '12.345' }, 'list_price', /at most two decimals/],
    [{ list_price: 'abc' }, 'list_price', /Enter an amount like 1,234\.50/],
    [{ list_price: '-1' }, 'list_price', /zero or more/],
    [{ list_price: '100000000.00' }, 'list_price', /from 0\.00 to 99999999\.99/],
    [{ min_order_qty: '10' }, 'min_order_qty', /multiple of the pack size/],
    [{ pack_size: '0' }, 'pack_size', /at least 1/],
    [{ category_id: '999999' }, 'category_id', /Choose a category/],
    [{ name: 'x'.repeat(10240) }, 'name', /./],
  ];
  for (const [over, field, message] of bad) {
    const res = await staff.post('/backoffice/products', good({ sku: 'ZQX-200', ...over }));
    assert.equal(res.status, 422, JSON.stringify(over).slice(0, 80));
    const err = res.text.match(new RegExp(`id="${field}-error">([^<]*)<`));
    assert.ok(err, `${field} error shown for ${JSON.stringify(over).slice(0, 60)}`);
    assert.match(err[1], message);
  }
  assert.equal(num('SELECT COUNT(*) FROM products'), before + 1, 'nothing written');
  const kept = await staff.post('/backoffice/products', good({ sku: 'ZQX-300', name: '<script>alert(1)</script>', list_price: 'abc' }));
  assert.equal(kept.status, 422);
  assert.match(kept.text, /value="&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  assert.doesNotMatch(kept.text, /<script>alert/);
  assert.match(kept.text, /id="sku" name="sku" value="ZQX-300"/);

  // edit
  const edit = await staff.get(`/backoffice/products/${id}`);
  assert.match(edit.text, /id="list_price" name="list_price" value="12.50"/);
  const saved = await staff.post(`/backoffice/products/${id}`, good({ name: 'Test widget, blue', list_price: '13', active: '' }));
  assert.equal(saved.status, 303);
  assert.equal(one(`SELECT name || '|' || list_price_cents || '|' || active FROM products WHERE id = ${id}`), 'Test widget, blue|1300|0');
  const audit = one(`SELECT group_concat(c, ';') FROM (SELECT field || ':' || before || '>' || after AS c FROM audit_log_changes WHERE audit_id = (SELECT MAX(id) FROM audit_log WHERE action = 'product.updated') ORDER BY id)`);
  assert.equal(audit, 'Name:Test widget>Test widget, blue;List price:$12.50>$13.00;Active:Yes>No');
  const other = num("SELECT id FROM products WHERE sku <> 'ZQX-100' ORDER BY id LIMIT 1");
  const dup = await staff.post(`/backoffice/products/${other}`, good({ sku: 'ZQX-100' }));
  assert.equal(dup.status, 422);
  assert.equal((await staff.get('/backoffice/products/999999')).status, 404);
  assert.equal((await staff.get('/backoffice/products/abc')).status, 404);
  assert.equal((await staff.post('/backoffice/products/999999', good())).status, 404);
});

test('price lists: create, prices with breaks, change, delete, assign and unassign', async () => {
  const staff = await signedIn('staff@seller.test');
  await staff.get('/backoffice/price-lists');
  const created = await staff.post('/backoffice/price-lists', { name: 'Test list A' });
  assert.equal(created.status, 303);
  const id = num("SELECT id FROM price_lists WHERE name = 'Test list A'");
  assert.equal(created.location, `/backoffice/price-lists/${id}`);
  const dup = await staff.post('/backoffice/price-lists', { name: 'test LIST a' });
  assert.equal(dup.status, 422);
  assert.match(dup.text, /id="name-error">Another price list already has this name/);
  assert.equal((await staff.post('/backoffice/price-lists', { name: '' })).status, 422);
  assert.equal((await staff.post('/backoffice/price-lists', { name: 'y'.repeat(101) })).status, 422);
  assert.equal(num("SELECT COUNT(*) FROM price_lists WHERE name LIKE 'test list a' OR name = '' OR name LIKE 'yyy%'"), 1);

  const [sku, listCents] = one("SELECT sku || '|' || list_price_cents FROM products WHERE active = 1 ORDER BY sku LIMIT 1").split('|');
  const pid = num(`SELECT id FROM products WHERE sku = '${q(sku)}'`);
  await staff.get(`/backoffice/price-lists/${id}`);
  for (const [min_qty, price] of [['1', '10.00'], ['10', '9.5'], ['100', '9']]) {
    const r = await staff.post(`/backoffice/price-lists/${id}/items`, { sku, min_qty, price });
    assert.equal(r.status, 303);
  }
  const rows = () => one(`SELECT group_concat(min_qty || '=' || unit_price_cents, ',') FROM (SELECT * FROM price_list_items WHERE price_list_id = ${id} ORDER BY min_qty)`);
  assert.equal(rows(), '1=1000,10=950,100=900');
  assert.equal((await staff.post(`/backoffice/price-lists/${id}/items`, { sku, min_qty: '10', price: '9.25' })).status, 303);
  assert.equal(rows(), '1=1000,10=925,100=900');
  const change = one(`SELECT group_concat(c, ';') FROM (SELECT field || ':' || before || '>' || after AS c FROM audit_log_changes WHERE audit_id = (SELECT MAX(id) FROM audit_log WHERE action = 'price_list.price_set') ORDER BY id)`);
  assert.match(change, /From quantity:>10;Contract price:\$9\.50>\$9\.25$/);
  for (const [fields, field] of [[{ sku: 'NO-SUCH-SKU', min_qty: '1', price: '1' }, 'sku'], [{ sku, min_qty: '0', price: '1' }, 'min_qty'],
    [{ sku, min_qty: '1', price: '1.999' }, 'price'], [{ sku, min_qty: '1', price: '-2' }, 'price']]) {
    const r = await staff.post(`/backoffice/price-lists/${id}/items`, fields);
    assert.equal(r.status, 422, JSON.stringify(fields));
    assert.match(r.text, new RegExp(`id="${field}-error"`));
  }
  assert.equal(rows(), '1=1000,10=925,100=900');
  const page = await staff.get(`/backoffice/price-lists/${id}`);
  assert.match(page.text, new RegExp(`<td class="text-end">100</td>\\s*<td class="text-end text-nowrap fw-semibold">\\$9\\.00`));
  assert.ok(page.text.includes(`$${(Number(listCents) / 100).toFixed(2)}`) || Number(listCents) >= 100000);
  assert.equal((await staff.post(`/backoffice/price-lists/${id}/items/delete`, { sku, min_qty: '10' })).status, 303);
  assert.equal(rows(), '1=1000,100=900');
  assert.equal((await staff.post(`/backoffice/price-lists/${id}/items/delete`, { sku, min_qty: '10' })).status, 404);

  // assign to Ridgeline (no list yet), rename follows, then unassign
  const company = companyId('Ridgeline Fabrication');
  const cur = () => one(`SELECT COALESCE(price_list_id, 0) || '|' || price_list_name FROM companies WHERE id = ${company}`);
  assert.equal((await staff.post(`/backoffice/price-lists/${id}/assign`, { company_id: '999999', action: 'assign' })).status, 422);
  assert.equal((await staff.post(`/backoffice/price-lists/${id}/assign`, { company_id: String(company), action: 'assign' })).status, 303);
  assert.equal(cur(), `${id}|Test list A`);
  assert.equal(num(`SELECT COUNT(*) FROM audit_log WHERE action = 'price_list.assigned' AND company_id = ${company}`), 1);
  assert.equal((await staff.post(`/backoffice/price-lists/${id}`, { name: 'Test list B' })).status, 303);
  assert.equal(cur(), `${id}|Test list B`);
  assert.equal((await staff.post(`/backoffice/price-lists/${id}`, { name: 'Acme contract 2026' })).status, 422);
  const shown = await staff.get(`/backoffice/price-lists/${id}`);
  assert.match(shown.text, new RegExp(`href="/backoffice/companies/${company}">Ridgeline Fabrication</a>`));
  assert.equal((await staff.post(`/backoffice/price-lists/${id}/assign`, { company_id: String(company), action: 'remove' })).status, 303);
  assert.equal(cur(), '0|');
  assert.equal((await staff.post(`/backoffice/price-lists/${id}/assign`, { company_id: String(company), action: 'remove' })).status, 409);
  const actions = one("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE action LIKE 'price_list.%' ORDER BY id)");
  assert.equal(actions, 'price_list.created,price_list.price_set,price_list.price_set,price_list.price_set,price_list.price_set,price_list.price_removed,price_list.assigned,price_list.updated,price_list.assigned');

  for (const path of ['/backoffice/price-lists/999999']) assert.equal((await staff.get(path)).status, 404);
  for (const path of ['', '/items', '/items/delete', '/assign']) {
    assert.equal((await staff.post(`/backoffice/price-lists/999999${path}`, { name: 'Z', sku, min_qty: '1', price: '1', company_id: String(company) })).status, 404, path);
  }
});

// Workers keep the category tree and its counts until the catalog's
// version moves (sql/015_catalog_version.sql): a product withdrawn or
// brought back shows in the counts at once, on every worker.
test('the catalog counts follow a product withdrawn and brought back, on every worker', async () => {
  const staff = await signedIn('staff@seller.test');
  const buyer = await signedIn('buyer@acme.test');
  const [id, sku, top] = one(`SELECT p.id || '|' || p.sku || '|' || COALESCE(parent.slug, c.slug) FROM products p
    JOIN categories c ON c.id = p.category_id LEFT JOIN categories parent ON parent.id = c.parent_id
    WHERE p.active = 1 ORDER BY p.id LIMIT 1`).split('|');
  const counts = async () => {
    const seen = new Set();
    for (let i = 0; i < 6; i++) {   // more requests than workers: each worker answers some
      const page = await buyer.get('/catalog');
      const m = page.text.match(new RegExp(`href="/catalog/${top}"[^>]*>[^<]*<span class="badge[^"]*">(\\d+)</span>`));
      assert.ok(m, `the ${top} count on /catalog`);
      seen.add(Number(m[1]));
    }
    assert.equal(seen.size, 1, `every worker shows one count: ${[...seen]}`);
    return [...seen][0];
  };
  const before = await counts();
  const form = (await staff.get(`/backoffice/products/${id}`)).text;
  const value = (name) => form.match(new RegExp(`id="${name}" name="${name}" value="([^"]*)"`))?.[1] ?? '';
  const fields = {
    sku, name: value('name').replace(/&amp;/g, '&'), description: one(`SELECT description FROM products WHERE id = ${id}`),
    category_id: one(`SELECT category_id FROM products WHERE id = ${id}`), unit_of_measure: value('unit_of_measure'),
    pack_size: value('pack_size'), min_order_qty: value('min_order_qty'), list_price: value('list_price'),
    weight_grams: value('weight_grams'),
  };
  assert.equal((await staff.post(`/backoffice/products/${id}`, { ...fields, active: '' })).status, 303);
  assert.equal(await counts(), before - 1, 'withdrawn: one fewer');
  assert.equal((await staff.post(`/backoffice/products/${id}`, { ...fields, active: '1' })).status, 303);
  assert.equal(await counts(), before, 'brought back');
});
