// The catalog: categories, search (FTS5), product pages, and which price a
// company sees (its contract price list, else the public list price).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client, binary } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let stack, portal;
const clients = {};
async function as(email) {
  if (!clients[email]) {
    clients[email] = new Client(portal.url);
    const res = await clients[email].signIn(email);
    assert.equal(res.status, 303, `${email} signs in`);
  }
  return clients[email];
}

before(async () => {
  stack = await startStack();
  portal = stack.portal;
  // Acme's contract: breaks for two products; Ridgeline has a list of its own.
  portal.sql(`
    INSERT INTO price_lists (name, currency, created_at) VALUES ('Test Acme contract', 'USD', 0), ('Test Ridgeline special', 'USD', 0);
    INSERT INTO price_list_items (price_list_id, product_id, min_qty, unit_price_cents) VALUES
      ((SELECT id FROM price_lists WHERE name = 'Test Acme contract'), (SELECT id FROM products WHERE sku = 'FAS-HCS-0500'), 1, 40),
      ((SELECT id FROM price_lists WHERE name = 'Test Acme contract'), (SELECT id FROM products WHERE sku = 'FAS-HCS-0500'), 100, 38),
      ((SELECT id FROM price_lists WHERE name = 'Test Acme contract'), (SELECT id FROM products WHERE sku = 'FAS-HCS-0500'), 500, 35),
      ((SELECT id FROM price_lists WHERE name = 'Test Acme contract'), (SELECT id FROM products WHERE sku = 'PTL-BCH-0100'), 5, 4500),
      ((SELECT id FROM price_lists WHERE name = 'Test Acme contract'), (SELECT id FROM products WHERE sku = 'PTL-BCH-0100'), 10, 4250),
      ((SELECT id FROM price_lists WHERE name = 'Test Ridgeline special'), (SELECT id FROM products WHERE sku = 'FAS-HCS-0500'), 1, 31),
      ((SELECT id FROM price_lists WHERE name = 'Test Ridgeline special'), (SELECT id FROM products WHERE sku = 'PTL-BCH-0100'), 1, 1234);
    UPDATE companies SET price_list_id = (SELECT id FROM price_lists WHERE name = 'Test Acme contract'), price_list_name = 'Test Acme contract' WHERE name = 'Acme Industrial Supply';
    UPDATE companies SET price_list_id = NULL WHERE name = 'Borealis Builders';
    UPDATE companies SET price_list_id = (SELECT id FROM price_lists WHERE name = 'Test Ridgeline special'), price_list_name = 'Test Ridgeline special' WHERE name = 'Ridgeline Fabrication';`);
});
after(() => stopStack(stack));

const badges = (html) => [...html.matchAll(/class="badge [^"]*price-source">([^<]+)</g)].map((m) => m[1]);
const priceOf = (html) => html.match(/class="display-6 fw-semibold price">([^<]+)</)?.[1];
const skus = (html) => [...html.matchAll(/href="\/product\/([^"]+)"/g)].map((m) => m[1]);

test('Acme sees its contract price with the break table; the list price struck through', async () => {
  const c = await as('buyer@acme.test');
  const res = await c.get('/product/FAS-HCS-0500');
  assert.equal(res.status, 200);
  assert.equal(priceOf(res.text), '$0.40');
  assert.deepEqual(badges(res.text), ['Your contract price']);
  assert.match(res.text, /<del[^>]*>\$0\.45<\/del>/);
  const rows = [...res.text.matchAll(/<tr><td class="ps-3">([^<]+)<\/td><td class="text-end pe-3">([^<]+)<\/td><\/tr>/g)].map((m) => `${m[1]}: ${m[2]}`);
  assert.deepEqual(rows, ['from 1: $0.40 each', 'from 100: $0.38 each', 'from 500: $0.35 each']);
  assert.match(res.text, /Minimum order quantity<\/dt><dd class="col-sm-7">50</);
  assert.match(res.text, /href="\/catalog\/fasteners">Fasteners<\/a>.*href="\/catalog\/bolts-screws">Bolts &amp; Screws<\/a>/s);

  // the charger's contract starts at 5: the minimum order (1) is at list price
  const charger = await c.get('/product/PTL-BCH-0100');
  assert.equal(priceOf(charger.text), '$49.00');
  assert.deepEqual(badges(charger.text), ['List price']);
  assert.match(charger.text, /under 5<\/td><td class="text-end pe-3">\$49\.00 each \(list price\)/);
  assert.match(charger.text, /from 10<\/td><td class="text-end pe-3">\$42\.50 each/);

  // the card in the category list says the same
  const list = await c.get('/catalog/bolts-screws');
  const card = list.text.split('<article').find((a) => a.includes('/product/FAS-HCS-0500"'));
  assert.match(card, /price">\$0\.40</);
  assert.match(card, /Your contract price/);
  assert.match(card, /<del[^>]*>\$0\.45<\/del>/);
  assert.match(list.text, /contract prices where your price list has one/);
});

test('Borealis (no list) sees list prices and never another company\'s contract', async () => {
  const c = await as('admin@borealis.test');
  const res = await c.get('/product/FAS-HCS-0500');
  assert.equal(res.status, 200);
  assert.equal(priceOf(res.text), '$0.45');
  assert.deepEqual(badges(res.text), ['List price']);
  assert.doesNotMatch(res.text, /\$0\.40|\$0\.31|\$0\.38|Your contract price|id="breaks"|<del/);
  for (const path of ['/catalog/bolts-screws', '/catalog/batteries-chargers', '/catalog/search?q=FAS-HCS-0500', '/product/PTL-BCH-0100']) {
    const page = await c.get(path);
    assert.equal(page.status, 200, path);
    assert.doesNotMatch(page.text, /\$0\.40|\$0\.31|\$12\.34|\$45\.00|\$42\.50|Your contract price/, path);
    assert.match(page.text, /List price/, path);
  }
});

test('an applicant of a pending company browses at list prices', async () => {
  const c = await as('g.whitfield@cascade.test');
  const res = await c.get('/product/FAS-HCS-0500');
  assert.equal(res.status, 200);
  assert.equal(priceOf(res.text), '$0.45');
  assert.deepEqual(badges(res.text), ['List price']);
  // even when the pending company was given a list, applicants see public prices
  portal.sql("UPDATE companies SET price_list_id = (SELECT id FROM price_lists WHERE name = 'Test Acme contract') WHERE name = 'Cascade Facility Services'");
  const again = await c.get('/product/FAS-HCS-0500');
  assert.equal(priceOf(again.text), '$0.45');
  assert.doesNotMatch(again.text, /Your contract price/);
  portal.sql("UPDATE companies SET price_list_id = NULL WHERE name = 'Cascade Facility Services'");
});

test('the catalog lists top-level categories with counts and pages of 24', async () => {
  const c = await as('buyer@acme.test');
  const first = await c.get('/catalog');
  assert.equal(first.status, 200);
  const total = Number(portal.sql('SELECT COUNT(*) FROM products WHERE active = 1'));
  assert.match(first.text, new RegExp(`Showing 1–24 of ${total} products`));
  const fasteners = portal.sql("SELECT COUNT(*) FROM products p JOIN categories c ON c.id = p.category_id WHERE p.active = 1 AND (c.slug = 'fasteners' OR c.parent_id = (SELECT id FROM categories WHERE slug = 'fasteners'))");
  assert.match(first.text, new RegExp(`href="/catalog/fasteners">Fasteners <span class="badge[^"]*">${fasteners}</span>`));
  assert.doesNotMatch(first.text, /href="\/catalog\/bolts-screws">/, 'only top-level categories in the side list');
  const a = skus(first.text);
  assert.equal(a.length, 24);
  const second = await c.get('/catalog?page=2');
  const b = skus(second.text);
  assert.equal(b.length, 24);
  assert.equal(a.filter((s) => b.includes(s)).length, 0, 'the second page shows other products');
  assert.match(second.text, /Showing 25–48/);
  assert.match(second.text, /href="\/catalog\?page=1" rel="prev"/);
  assert.match(second.text, /href="\/catalog\?page=3" rel="next"/);
  // junk page numbers fall back to the first page
  assert.deepEqual(skus((await c.get('/catalog?page=abc')).text), a);
  // inactive products never appear
  assert.ok(!a.concat(b).includes('PTL-LIB-0100'));
});

test('a category page includes its subcategories\' products, a breadcrumb and subcategory links', async () => {
  const c = await as('buyer@acme.test');
  const res = await c.get('/catalog/fasteners');
  assert.equal(res.status, 200);
  const expected = portal.sql("SELECT COUNT(*) FROM products WHERE active = 1 AND category_id IN (SELECT id FROM categories WHERE parent_id = (SELECT id FROM categories WHERE slug = 'fasteners'))");
  assert.ok(Number(expected) > 24);
  assert.match(res.text, new RegExp(`of ${expected} products`));
  for (const slug of ['bolts-screws', 'nuts-washers', 'anchors']) assert.match(res.text, new RegExp(`id="subcategories".*href="/catalog/${slug}"`, 's'));
  const sub = await c.get('/catalog/nuts-washers');
  assert.match(sub.text, /<li class="breadcrumb-item"><a href="\/catalog\/fasteners">Fasteners<\/a><\/li><li class="breadcrumb-item active" aria-current="page">Nuts &amp; Washers<\/li>/);
  const subSkus = skus(sub.text);
  const inSub = portal.sql("SELECT sku FROM products WHERE active = 1 AND category_id = (SELECT id FROM categories WHERE slug = 'nuts-washers') ORDER BY name, id LIMIT 24").split('\n');
  assert.deepEqual(subSkus, inSub);
  assert.equal((await c.get('/catalog/no-such-category')).status, 404);
  assert.equal((await c.get('/product/NO-SUCH-SKU')).status, 404);
  assert.equal((await c.get('/product/PTL-LIB-0100')).status, 404, 'inactive products are not shown');
});

test('search ranks SKU and name matches, ignores case and survives any input', async () => {
  const c = await as('buyer@acme.test');
  const bySku = await c.get('/catalog/search?q=fas-hcs-0502');
  assert.equal(bySku.status, 200);
  assert.equal(skus(bySku.text)[0], 'FAS-HCS-0502');
  assert.match(bySku.text, /1 product for/);
  const byName = await c.get('/catalog/search?q=CHARGER');
  const names = skus(byName.text);
  assert.ok(names.includes('PTL-BCH-0100'), 'case-insensitive');
  const first = portal.sql(`SELECT name || ' ' || sku FROM products WHERE sku = '${names[0]}'`);
  assert.match(first, /charger/i, 'a name match ranks first');
  // a product named after the word ranks above one that only mentions it
  portal.sql(`INSERT INTO products (sku, name, description, category_id, list_price_cents) VALUES
    ('ZZZ-DESC-1', 'Plain widget', 'Works with the zorblax adapter and other parts.', 2, 100),
    ('ZZZ-NAME-1', 'Zorblax adapter', 'Adapter.', 2, 100)`);
  assert.deepEqual(skus((await c.get('/catalog/search?q=zorblax')).text), ['ZZZ-NAME-1', 'ZZZ-DESC-1']);
  assert.deepEqual(skus((await c.get('/catalog/search?q=zorbl')).text), ['ZZZ-NAME-1', 'ZZZ-DESC-1'], 'prefix matching');

  for (const q of ['"', '"hex', 'hex*', '***', '(screw', 'screw)', 'hex AND', 'AND', 'OR NOT', 'NEAR(hex screw)', 'hex NEAR screw',
    'sku:hex', '^hex', 'ünïcödé', '螺丝', '😀 hex', '-', '--', 'a'.repeat(500), "'; DROP TABLE products; --", '%']) {
    const res = await c.get(`/catalog/search?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200, `q=${q}`);
    assert.ok(/id="empty-state"/.test(res.text) || skus(res.text).length > 0, `results or the empty state for ${q}`);
  }
  assert.match((await c.get('/catalog/search?q=')).text, /What are you looking for\?/);
  assert.match((await c.get('/catalog/search?q=%22%28%29*')).text, /What are you looking for\?/);
  assert.match((await c.get('/catalog/search?q=qqqxxzz')).text, /No products match “qqqxxzz”/);
  assert.ok(skus((await c.get('/catalog/search?q=hex%20AND%20screw')).text).length > 0, 'AND is just a word');

  const xss = await c.get(`/catalog/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
  assert.equal(xss.status, 200);
  assert.doesNotMatch(xss.text, /<script>alert/);
  assert.match(xss.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('search pages through its results', async () => {
  const c = await as('buyer@acme.test');
  const first = await c.get('/catalog/search?q=steel');
  const total = Number(first.text.match(/of (\d+) products for/)[1]);
  assert.ok(total > 24, `${total} results`);
  assert.match(first.text, /href="\/catalog\/search\?q=steel&amp;page=2" rel="next"/);
  const second = await c.get('/catalog/search?q=steel&page=2');
  const a = skus(first.text), b = skus(second.text);
  assert.equal(a.length, 24);
  assert.ok(b.length > 0);
  assert.equal(a.filter((s) => b.includes(s)).length, 0);
});

// Workers keep the ranking of recent searches (catalog/search.c) until the
// catalog's version moves: a rename, a withdrawal, a return and a new
// product show at once, whichever worker answers.
test('a kept search follows the catalog at once', async () => {
  const c = await as('buyer@acme.test');
  const search = async (q) => {
    const seen = new Set();
    for (let i = 0; i < 4; i++) seen.add(JSON.stringify(skus((await c.get(`/catalog/search?q=${q}`)).text)));
    assert.equal(seen.size, 1, `every worker answers the same for ${q}`);
    return JSON.parse([...seen][0]);
  };
  assert.deepEqual(await search('zorblax'), ['ZZZ-NAME-1', 'ZZZ-DESC-1']);
  portal.sql("UPDATE products SET name = 'Quuxalon adapter' WHERE sku = 'ZZZ-NAME-1'");
  assert.deepEqual(await search('zorblax'), ['ZZZ-DESC-1'], 'renamed away');
  assert.deepEqual(await search('quuxalon'), ['ZZZ-NAME-1'], 'found by its new name');
  portal.sql("UPDATE products SET active = 0 WHERE sku = 'ZZZ-DESC-1'");
  assert.deepEqual(await search('zorblax'), [], 'withdrawn');
  portal.sql("UPDATE products SET active = 1 WHERE sku = 'ZZZ-DESC-1'");
  portal.sql(`INSERT INTO products (sku, name, description, category_id, list_price_cents)
              VALUES ('ZZZ-NEW-1', 'Zorblax bracket', 'New.', 2, 100)`);
  assert.deepEqual((await search('zorblax')).sort(), ['ZZZ-DESC-1', 'ZZZ-NEW-1'], 'back, and the new one');
  portal.sql("UPDATE products SET list_price_cents = 999 WHERE sku = 'ZZZ-NEW-1'");
  assert.match((await c.get('/catalog/search?q=zorblax')).text, /\$9\.99/, 'prices are read fresh, not kept');
});

// 300 ms end to end; a sanitizer build runs several times slower.
const BUDGET_MS = /asan|sanitiz/i.test(binary) ? 900 : 300;

test('search stays fast on 100,000 products', async () => {
  portal.sql(`
    WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000)
    INSERT INTO products (sku, name, description, category_id, unit_of_measure, pack_size, min_order_qty, list_price_cents, weight_grams)
    SELECT printf('GEN-%06d', x),
           printf('%s %s, size %d', CASE x % 5 WHEN 0 THEN 'Stainless' WHEN 1 THEN 'Galvanized' WHEN 2 THEN 'Brass' WHEN 3 THEN 'Nylon' ELSE 'Aluminum' END,
                  CASE x % 7 WHEN 0 THEN 'Bracket' WHEN 1 THEN 'Flange' WHEN 2 THEN 'Coupling' WHEN 3 THEN 'Spacer' WHEN 4 THEN 'Bushing' WHEN 5 THEN 'Hinge' ELSE 'Clamp' END, x % 97),
           'Generated part number ' || x || ' for load testing the catalog search with realistic descriptive text.',
           1 + x % 42, 'each', 1, 1, 100 + x % 5000, x % 900
    FROM n;`);
  assert.equal(portal.sql("SELECT COUNT(*) FROM products WHERE sku LIKE 'GEN-%'"), '100000');
  const c = await as('buyer@acme.test');
  const timings = [];
  for (const q of ['bracket', 'stainless bracket', 'GEN-004242', 'galv', 'part']) {
    await c.get(`/catalog/search?q=${encodeURIComponent(q)}`);   // warm the cache once
    // The best of three, so a busy machine does not decide the outcome.
    let ms = Infinity, res;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      res = await c.get(`/catalog/search?q=${encodeURIComponent(q)}`);
      ms = Math.min(ms, performance.now() - start);
    }
    assert.equal(res.status, 200);
    assert.ok(skus(res.text).length > 0, `results for ${q}`);
    const server = [...portal.appLog().matchAll(/GET \/catalog\/search 200 (\d+)us/g)].pop()[1] / 1000;
    timings.push(`${q}: ${ms.toFixed(1)} ms end to end, ${server.toFixed(1)} ms in the server`);
    assert.ok(ms < BUDGET_MS, `"${q}" took ${ms.toFixed(1)} ms (budget ${BUDGET_MS} ms)`);
  }
  assert.equal(skus((await c.get('/catalog/search?q=GEN-004242')).text)[0], 'GEN-004242');
  // Pages inside the kept ranking (the first 240), across its end and
  // past it are each exactly SQL's ranking.
  const ranked = (offset) => portal.sql(`SELECT p.sku FROM (SELECT rowid AS id, bm25(products_fts, 10.0, 4.0, 1.0) AS s
      FROM products_fts WHERE products_fts MATCH '"part"*' ORDER BY s, rowid LIMIT 24 OFFSET ${offset}) r
      JOIN products p ON p.id = r.id ORDER BY r.s, r.id`).split('\n');
  for (const page of [1, 10, 11, 12, 40]) {
    const res = await c.get(`/catalog/search?q=part&page=${page}`);
    assert.equal(res.status, 200);
    assert.deepEqual(skus(res.text), ranked((page - 1) * 24), `page ${page} of "part"`);
    assert.match(res.text, /of 1000\d\d products for/);
  }
  console.log(`# search timings on 100,000+ products:\n# ${timings.join('\n# ')}`);
});
