// The cart and quick order: adding from the product page, summing, updating
// all quantities at once (bad ones keep what was typed and say why on the
// line), pack sizes and minimums, removing and emptying, one cart per member
// per company, price changes since a line was added, withdrawn products,
// who may have a cart (viewers, applicants, staff viewing as the customer),
// quick order with mixed lines, escaping and CSRF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let stack, portal;
before(async () => {
  stack = await startStack();
  portal = stack.portal;
});
after(() => stopStack(stack));

const sql = (q) => portal.sql(q);
const one = (q) => sql(q);
const userId = (email) => one(`SELECT id FROM users WHERE email = '${email}'`);
const companyId = (name) => one(`SELECT id FROM companies WHERE name = '${name}'`);
const productId = (sku) => one(`SELECT id FROM products WHERE sku = '${sku}'`);
const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

// $1,234.56 from cents, as format_money writes it
const money = (cents) => {
  const n = BigInt(cents);
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}$${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
};

// The cart page's lines: sku, typed/saved quantity, unit price, total, messages.
function cartLines(html) {
  return [...html.matchAll(/<tr class="cart-line" id="line-([^"]+)">([\s\S]*?)<\/tr>/g)].map(([, sku, row]) => ({
    sku,
    qty: unescape(row.match(/name="qty_\d+" value="([^"]*)"/)?.[1] ?? row.match(/class="line-qty">([^<]*)</)?.[1] ?? ''),
    unitPrice: row.match(/class="unit-price">([^<]+)</)?.[1],
    source: row.match(/price-source">([^<]+)</)?.[1],
    total: row.match(/class="[^"]*line-total">([^<]+)</)?.[1],
    problem: unescape(row.match(/class="small text-danger fw-semibold mt-1 line-problem"[^>]*>([^<]+)</)?.[1] ?? ''),
    error: unescape(row.match(/class="invalid-feedback d-block" id="qty_\d+-error">([^<]+)</)?.[1] ?? ''),
    invalid: /is-invalid/.test(row),
    priceChanged: unescape(row.match(/class="[^"]*price-changed">([^<]+)</)?.[1] ?? ''),
  }));
}
const subtotal = (html) => html.match(/id="subtotal">([^<]+)</)?.[1];
const flash = (html) => unescape(html.match(/<div class="alert alert-(?:success|info|warning|danger)" role="status">([^<]+)</)?.[1] ?? '');
const cartRows = (email, company = 'Acme Industrial Supply') =>
  sql(`SELECT p.sku || ':' || c.quantity FROM cart_items c JOIN products p ON p.id = c.product_id
        WHERE c.user_id = ${userId(email)} AND c.company_id = ${companyId(company)} ORDER BY p.sku`).split('\n').filter(Boolean);
const clearCart = (email) => sql(`DELETE FROM cart_items WHERE user_id = ${userId(email)}`);

// Today's unit price for Acme (its contract rows, else list price) of sku for qty.
function acmePrice(sku, qty) {
  const contract = one(`SELECT i.unit_price_cents FROM price_list_items i JOIN companies c ON c.price_list_id = i.price_list_id
    WHERE c.name = 'Acme Industrial Supply' AND i.product_id = ${productId(sku)} AND i.min_qty <= ${qty}
    ORDER BY i.min_qty DESC LIMIT 1`);
  return Number(contract || one(`SELECT list_price_cents FROM products WHERE sku = '${sku}'`));
}

async function signedIn(email) {
  const c = new Client(portal.url);
  const res = await c.signIn(email);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

// Products to order, found in the (deterministic) demo catalog.
const plainSku = () => one(`SELECT sku FROM products p WHERE active = 1 AND pack_size = 1 AND min_order_qty = 1
  AND NOT EXISTS (SELECT 1 FROM price_list_items i WHERE i.product_id = p.id) ORDER BY sku DESC LIMIT 1`);
const packSku = () => one(`SELECT sku FROM products p WHERE active = 1 AND pack_size = 12 AND min_order_qty = 12
  AND NOT EXISTS (SELECT 1 FROM price_list_items i WHERE i.product_id = p.id) ORDER BY sku DESC LIMIT 1`);
const contractSku = () => one(`SELECT p.sku FROM products p JOIN price_list_items i ON i.product_id = p.id
  JOIN companies c ON c.price_list_id = i.price_list_id AND c.name = 'Acme Industrial Supply'
  WHERE p.active = 1 AND p.pack_size = 1 AND p.min_order_qty = 1 AND i.min_qty = 10 ORDER BY p.sku LIMIT 1`);
const inactiveSku = () => one("SELECT sku FROM products WHERE active = 0 ORDER BY sku LIMIT 1");

test('the demo cart of buyer@acme.test: three lines, a contract price and a price change', async () => {
  const buyer = await signedIn('buyer@acme.test');
  const page = await buyer.get('/cart');
  assert.equal(page.status, 200);
  const lines = cartLines(page.text);
  assert.equal(lines.length, 3);
  assert.deepEqual(lines.map((l) => l.source).sort(), ['List price', 'List price', 'Your contract price']);
  const changed = lines.filter((l) => l.priceChanged);
  assert.equal(changed.length, 1);
  assert.match(changed[0].priceChanged, new RegExp(`^Price changed since you added it: was \\$[\\d.,]+, now \\$${changed[0].unitPrice.slice(1).replace('.', '\\.')}\\.$`));
  assert.match(page.text, /id="price-notice">The price of 1 product has changed since you added it/);
  assert.equal(cartRows('purchasing@acme.test').length, 1);
  const total = lines.reduce((sum, l) => sum + Math.round(Number(l.total.replace(/[$,]/g, '')) * 100), 0);
  assert.equal(subtotal(page.text), money(total));
  assert.match(page.text, /<a class="btn btn-primary btn-lg w-100" href="\/checkout" id="checkout">Proceed to checkout<\/a>/);
});

test('add from the product page, add the same SKU again, see lines and totals in exact cents', async () => {
  clearCart('h.nguyen@acme.test');
  const c = await signedIn('h.nguyen@acme.test');
  const sku = contractSku();
  const product = await c.get(`/product/${sku}`);
  assert.match(product.text, /<form method="post" action="\/cart\/items" class="card-body border-top" id="add-to-cart"/);
  assert.match(product.text, new RegExp(`name="return_to" value="/product/${sku}"`));
  assert.match(product.text, /id="quantity" name="quantity" value="1"/);

  const added = await c.post('/cart/items', { sku, quantity: '4', return_to: `/product/${sku}` });
  assert.equal(added.status, 303);
  assert.equal(added.location, `/product/${sku}`);
  assert.equal(flash((await c.get(`/product/${sku}`)).text), `Added 4 x ${sku} to your cart.`);
  assert.deepEqual(cartRows('h.nguyen@acme.test'), [`${sku}:4`]);
  assert.equal(Number(one(`SELECT added_price_cents FROM cart_items WHERE user_id = ${userId('h.nguyen@acme.test')}`)), acmePrice(sku, 4));

  // again: 4 + 8 = 12 crosses the contract's break at 10
  const again = await c.post('/cart/items', { sku, quantity: '8', return_to: `/product/${sku}` });
  assert.equal(again.status, 303);
  assert.deepEqual(cartRows('h.nguyen@acme.test'), [`${sku}:12`]);
  assert.ok(acmePrice(sku, 12) < acmePrice(sku, 4), 'the break at 10 is cheaper');

  const plain = plainSku();
  assert.equal((await c.post('/cart/items', { sku: plain, quantity: '3', return_to: '/catalog' })).status, 303);
  const page = await c.get('/cart');
  const lines = cartLines(page.text);
  assert.deepEqual(lines.map((l) => [l.sku, l.qty]), [[sku, '12'], [plain, '3']]);
  assert.equal(lines[0].unitPrice, money(acmePrice(sku, 12)));
  assert.equal(lines[0].source, 'Your contract price');
  assert.equal(lines[0].total, money(12 * acmePrice(sku, 12)));
  assert.equal(lines[0].priceChanged, '', 'the price seen was recorded at the summed quantity');
  assert.equal(lines[1].source, 'List price');
  assert.equal(lines[1].total, money(3 * acmePrice(plain, 3)));
  assert.equal(subtotal(page.text), money(12 * acmePrice(sku, 12) + 3 * acmePrice(plain, 3)));
  assert.match(page.text, /id="cart-count">2 lines, 15 units, at today's prices\./);
  assert.doesNotMatch(page.text, /price-notice|id="problems"/);
});

test('adding: unknown and withdrawn SKUs, bad quantities, a return address that leaves the site', async () => {
  clearCart('d.kowalski@acme.test');
  const c = await signedIn('d.kowalski@acme.test');
  await c.get('/catalog');
  const pack = packSku();
  assert.equal((await c.post('/cart/items', { sku: 'NO-SUCH-SKU', quantity: '1' })).status, 404);
  const gone = await c.post('/cart/items', { sku: inactiveSku(), quantity: '1' });
  assert.equal(gone.status, 404);
  assert.match(gone.text, /This product is no longer available\./);
  for (const [quantity, message] of [
    ['abc', 'Enter a whole number from 1 to 1000000.'], ['0', 'Enter a whole number from 1 to 1000000.'],
    ['-12', 'Enter a whole number from 1 to 1000000.'], ['1.5', 'Enter a whole number from 1 to 1000000.'],
    ['6', 'Order at least 12 each, in packs of 12.'], ['18', 'Order in packs of 12 (12, 24, 36 ...).'],
  ]) {
    const res = await c.post('/cart/items', { sku: pack, quantity, return_to: `/product/${pack}` });
    assert.equal(res.status, 422, quantity);
    assert.equal(unescape(res.text.match(/id="quantity-error">([^<]+)</)[1]), message);
    assert.match(res.text, new RegExp(`id="quantity" name="quantity" value="${quantity.replace('.', '\\.')}"`), 'the typed value is kept');
    assert.match(res.text, new RegExp(`<a class="btn btn-link px-0" href="/product/${pack}">Back</a>`));
  }
  assert.deepEqual(cartRows('d.kowalski@acme.test'), [], 'nothing was added');
  // the sum is what is checked: 24 in the cart, 6 more makes 30
  assert.equal((await c.post('/cart/items', { sku: pack, quantity: '24', return_to: '//evil.test/x' })).location, '/cart');
  const sum = await c.post('/cart/items', { sku: pack, quantity: '6', return_to: 'https://evil.test/' });
  assert.equal(sum.status, 422);
  assert.equal(unescape(sum.text.match(/id="quantity-error">([^<]+)</)[1]),
    'Your cart already has 24; with 6 more that makes 30. Order in packs of 12 (12, 24, 36 ...).');
  assert.match(sum.text, /<a class="btn btn-link px-0" href="\/cart">Back<\/a>/, 'a foreign return address becomes /cart');
  const over = await c.post('/cart/items', { sku: pack, quantity: '999996' });
  assert.equal(over.status, 422);
  assert.match(over.text, /At most 1000000 of one product fit in a cart\./);
  assert.deepEqual(cartRows('d.kowalski@acme.test'), [`${pack}:24`]);
});

test('update quantities: all at once, a bad one keeps every typed value and says why on its line', async () => {
  clearCart('r.alvarez@acme.test');
  const c = await signedIn('r.alvarez@acme.test');
  await c.get('/catalog');
  const plain = plainSku(), pack = packSku(), contract = contractSku();
  for (const [sku, quantity] of [[plain, '2'], [pack, '12'], [contract, '1']])
    assert.equal((await c.post('/cart/items', { sku, quantity })).status, 303);
  await c.get('/cart');
  const f = (sku) => `qty_${productId(sku)}`;

  const bad = await c.post('/cart/update', { [f(plain)]: '5', [f(pack)]: '30', [f(contract)]: 'ten' });
  assert.equal(bad.status, 422);
  const lines = cartLines(bad.text);
  assert.deepEqual(lines.map((l) => l.sku), [plain, pack, contract], 'in the order they were added');
  assert.deepEqual(lines.map((l) => l.qty), ['5', '30', 'ten'], 'typed values kept');
  assert.deepEqual(lines.map((l) => l.error), ['', 'Order in packs of 12 (12, 24, 36 ...).', 'Enter a whole number from 1 to 1000000.']);
  assert.deepEqual(lines.map((l) => l.invalid), [false, true, true]);
  assert.match(bad.text, new RegExp(`<li><a href="#${f(pack)}" class="alert-link">${pack}</a>: Order in packs of 12`));
  assert.match(bad.text, new RegExp(`id="${f(pack)}" name="${f(pack)}" value="30"[^>]*aria-describedby="${f(pack)}-error" aria-invalid="true"`));
  assert.deepEqual(cartRows('r.alvarez@acme.test'), [`${plain}:2`, `${pack}:12`, `${contract}:1`].sort(), 'nothing saved');

  const good = await c.post('/cart/update', { [f(plain)]: ' 5 ', [f(pack)]: '36', [f(contract)]: '10' });
  assert.equal(good.status, 303);
  assert.equal(good.location, '/cart');
  assert.deepEqual(cartRows('r.alvarez@acme.test'), [`${plain}:5`, `${pack}:36`, `${contract}:10`].sort());
  const page = await c.get('/cart');
  assert.equal(flash(page.text), 'Your cart is up to date.');
  const after = cartLines(page.text);
  assert.equal(after.find((l) => l.sku === contract).unitPrice, money(acmePrice(contract, 10)), 'the break at 10 applies');
  assert.equal(subtotal(page.text), money(5 * acmePrice(plain, 5) + 36 * acmePrice(pack, 36) + 10 * acmePrice(contract, 10)));
  assert.ok(after.every((l) => !l.priceChanged));

  // 0 removes a line
  assert.equal((await c.post('/cart/update', { [f(plain)]: '0', [f(pack)]: '36', [f(contract)]: '10' })).status, 303);
  assert.deepEqual(cartRows('r.alvarez@acme.test'), [`${pack}:36`, `${contract}:10`].sort());
});

test('remove a line, empty the cart; the cart survives signing out and in', async () => {
  clearCart('r.alvarez@acme.test');
  let c = await signedIn('r.alvarez@acme.test');
  await c.get('/catalog');
  const plain = plainSku(), pack = packSku();
  await c.post('/cart/items', { sku: plain, quantity: '1' });
  await c.post('/cart/items', { sku: pack, quantity: '12' });
  const page = await c.get('/cart');
  assert.match(page.text, new RegExp(`<form method="post" action="/cart/items/${pack}/remove" id="remove-${pack}">`));
  assert.match(page.text, new RegExp(`<button type="submit" form="remove-${pack}"`));

  // sign out and in again: the same cart
  await c.post('/logout');
  c = await signedIn('r.alvarez@acme.test');
  assert.deepEqual(cartLines((await c.get('/cart')).text).map((l) => `${l.sku}:${l.qty}`), [`${plain}:1`, `${pack}:12`]);

  const removed = await c.post(`/cart/items/${pack}/remove`);
  assert.equal(removed.status, 303);
  assert.equal(flash((await c.get('/cart')).text), `Removed ${pack} from your cart.`);
  assert.deepEqual(cartRows('r.alvarez@acme.test'), [`${plain}:1`]);
  assert.equal((await c.post(`/cart/items/${pack}/remove`)).status, 404, 'not in the cart any more');
  assert.equal((await c.post('/cart/items/NO-SUCH-SKU/remove')).status, 404);

  await c.get('/cart');
  const emptied = await c.post('/cart/empty');
  assert.equal(emptied.status, 303);
  const empty = await c.get('/cart');
  assert.equal(flash(empty.text), 'Your cart is empty now.');
  assert.match(empty.text, /id="empty-state"/);
  assert.match(empty.text, /<a class="btn btn-primary" href="\/catalog">Browse the catalog<\/a>/);
  assert.match(empty.text, /<a class="btn btn-outline-primary" href="\/quick-order">Quick order<\/a>/);
  assert.doesNotMatch(empty.text, /Proceed to checkout/);
  assert.deepEqual(cartRows('r.alvarez@acme.test'), []);
});

test('one cart per member per company, and nobody else sees it', async () => {
  // s.marin is a buyer at Acme and (for this test) at Borealis too
  sql(`UPDATE memberships SET role_id = 4 WHERE user_id = ${userId('s.marin@acme.test')} AND company_id = ${companyId('Borealis Builders')}`);
  clearCart('s.marin@acme.test');
  const c = new Client(portal.url);
  const signIn = await c.signIn('s.marin@acme.test');
  assert.equal(signIn.location, '/account/switch');
  await c.get('/account/switch');
  assert.equal((await c.post('/account/switch', { company_id: companyId('Acme Industrial Supply') })).status, 303);
  const plain = plainSku(), pack = packSku();
  await c.get('/catalog');
  assert.equal((await c.post('/cart/items', { sku: plain, quantity: '7' })).status, 303);

  await c.get('/account/switch');
  assert.equal((await c.post('/account/switch', { company_id: companyId('Borealis Builders') })).status, 303);
  const borealis = await c.get('/cart');
  assert.equal(borealis.status, 200);
  assert.match(borealis.text, /id="empty-state"/, 'the Borealis cart is a different one');
  assert.equal((await c.post('/cart/items', { sku: pack, quantity: '24' })).status, 303);
  assert.deepEqual(cartLines((await c.get('/cart')).text).map((l) => `${l.sku}:${l.qty}`), [`${pack}:24`]);
  assert.deepEqual(cartRows('s.marin@acme.test', 'Borealis Builders'), [`${pack}:24`]);
  assert.deepEqual(cartRows('s.marin@acme.test', 'Acme Industrial Supply'), [`${plain}:7`]);

  await c.get('/account/switch');
  await c.post('/account/switch', { company_id: companyId('Acme Industrial Supply') });
  assert.deepEqual(cartLines((await c.get('/cart')).text).map((l) => `${l.sku}:${l.qty}`), [`${plain}:7`]);

  // other members, of this company or another, never see it or change it
  for (const email of ['admin@borealis.test', 'j.tremblay@borealis.test', 'admin@acme.test']) {
    const other = await signedIn(email);
    const page = await other.get('/cart');
    assert.equal(page.status, 200);
    assert.ok(!cartLines(page.text).some((l) => l.sku === plain && l.qty === '7'), email);
    assert.ok(!cartLines(page.text).some((l) => l.sku === pack && l.qty === '24'), email);
    assert.equal((await other.post(`/cart/items/${plain}/remove`)).status, 404, email);
    await other.post('/cart/empty');
  }
  assert.deepEqual(cartRows('s.marin@acme.test', 'Acme Industrial Supply'), [`${plain}:7`]);
  assert.deepEqual(cartRows('s.marin@acme.test', 'Borealis Builders'), [`${pack}:24`]);
});

test('prices re-resolved on every view: a changed contract price is pointed out', async () => {
  clearCart('h.nguyen@acme.test');
  const c = await signedIn('h.nguyen@acme.test');
  await c.get('/catalog');
  const sku = contractSku();
  await c.post('/cart/items', { sku, quantity: '2' });
  const before = acmePrice(sku, 2);
  let page = await c.get('/cart');
  assert.equal(cartLines(page.text)[0].priceChanged, '');
  assert.doesNotMatch(page.text, /price-notice/);

  sql(`UPDATE price_list_items SET unit_price_cents = unit_price_cents + 125 WHERE product_id = ${productId(sku)} AND min_qty = 1
       AND price_list_id = (SELECT price_list_id FROM companies WHERE name = 'Acme Industrial Supply')`);
  page = await c.get('/cart');
  const [line] = cartLines(page.text);
  assert.equal(line.unitPrice, money(before + 125));
  assert.equal(line.total, money(2 * (before + 125)));
  assert.equal(line.priceChanged, `Price changed since you added it: was ${money(before)}, now ${money(before + 125)}.`);
  assert.match(page.text, /id="price-notice">The price of 1 product has changed since you added it to your cart\./);
  assert.equal(subtotal(page.text), money(2 * (before + 125)));

  // saving the quantities records today's price: the notice goes away
  await c.post('/cart/update', { [`qty_${productId(sku)}`]: '2' });
  page = await c.get('/cart');
  assert.equal(cartLines(page.text)[0].priceChanged, '');
  assert.doesNotMatch(page.text, /price-notice/);
  sql(`UPDATE price_list_items SET unit_price_cents = unit_price_cents - 125 WHERE product_id = ${productId(sku)} AND min_qty = 1
       AND price_list_id = (SELECT price_list_id FROM companies WHERE name = 'Acme Industrial Supply')`);
});

test('a line whose rules changed or whose product was withdrawn blocks checkout until fixed', async () => {
  clearCart('h.nguyen@acme.test');
  const c = await signedIn('h.nguyen@acme.test');
  await c.get('/catalog');
  const plain = plainSku(), other = one(`SELECT sku FROM products WHERE active = 1 AND pack_size = 1 AND min_order_qty = 1 AND sku <> '${plainSku()}' ORDER BY sku DESC LIMIT 1`);
  await c.post('/cart/items', { sku: plain, quantity: '5' });
  await c.post('/cart/items', { sku: other, quantity: '1' });
  sql(`UPDATE products SET pack_size = 10, min_order_qty = 10 WHERE sku = '${plain}'; UPDATE products SET active = 0 WHERE sku = '${other}'`);
  try {
    const page = await c.get('/cart');
    const lines = cartLines(page.text);
    assert.equal(lines.find((l) => l.sku === plain).error, 'Order at least 10 each, in packs of 10.');
    assert.equal(lines.find((l) => l.sku === other).problem, 'This product is no longer available. Remove it to check out.');
    assert.match(page.text, /id="problems">2 lines need your attention before you can check out/);
    assert.match(page.text, /<button type="button" class="btn btn-primary btn-lg w-100" disabled aria-describedby="checkout-blocked" id="checkout">Proceed to checkout<\/button>/);
    assert.match(page.text, /id="checkout-blocked">Fix the lines marked in red to check out\.</);
    assert.doesNotMatch(page.text, /href="\/checkout"/);
    // the withdrawn line has no quantity field; updating must fix the other one
    assert.doesNotMatch(page.text, new RegExp(`name="qty_${productId(other)}"`));
    const still = await c.post('/cart/update', { [`qty_${productId(plain)}`]: '5' });
    assert.equal(still.status, 422);
    assert.equal((await c.post('/cart/update', { [`qty_${productId(plain)}`]: '20' })).status, 303);
    assert.equal((await c.post(`/cart/items/${other}/remove`)).status, 303);
    const fixed = await c.get('/cart');
    assert.doesNotMatch(fixed.text, /id="problems"|checkout-blocked/);
    assert.match(fixed.text, /href="\/checkout" id="checkout"/);
  } finally {
    sql(`UPDATE products SET pack_size = 1, min_order_qty = 1 WHERE sku = '${plain}'; UPDATE products SET active = 1 WHERE sku = '${other}'`);
  }
});

test('who may have a cart: viewers no, applicants only under the "cart" policy, staff look read-only', async () => {
  const viewer = await signedIn('t.washington@acme.test');
  const refused = await viewer.get('/cart');
  assert.equal(refused.status, 403);
  assert.match(refused.text, /Your role cannot order\./);
  assert.equal((await viewer.get('/quick-order')).status, 403);
  await viewer.get('/account');
  assert.equal((await viewer.post('/cart/items', { sku: plainSku(), quantity: '1' })).status, 403);
  assert.equal((await viewer.post('/quick-order', { lines: `${plainSku()},1` })).status, 403);
  assert.doesNotMatch((await viewer.get(`/product/${plainSku()}`)).text, /action="\/cart\/items"/, 'no add-to-cart form');
  assert.equal(cartRows('t.washington@acme.test').length, 0);

  // an applicant (public prices only) under the default "browse" policy, then "cart"
  const applicant = await signedIn('g.whitfield@cascade.test');
  assert.equal((await applicant.get('/cart')).status, 403);
  const cartInNav = /class="nav-link[^"]*" href="\/cart"/;
  assert.doesNotMatch((await applicant.get('/catalog')).text, cartInNav, 'no Cart in the menu under "browse"');
  sql("UPDATE seller_settings SET value = 'cart' WHERE key = 'pre_approval_access'");
  try {
    const sku = contractSku();
    const product = await applicant.get(`/product/${sku}`);
    assert.match(product.text, /id="add-to-cart"/);
    assert.match(product.text, cartInNav, 'the Cart is in the menu under "cart"');
    assert.equal((await applicant.post('/cart/items', { sku, quantity: '12' })).status, 303);
    const page = await applicant.get('/cart');
    assert.equal(page.status, 200);
    const [line] = cartLines(page.text);
    assert.equal(line.source, 'List price');
    assert.equal(line.unitPrice, money(one(`SELECT list_price_cents FROM products WHERE sku = '${sku}'`)));
    assert.match(unescape(page.text), /id="checkout-blocked">Your company's account is still being reviewed\./);
    assert.doesNotMatch(page.text, /href="\/checkout"/);
  } finally {
    sql("UPDATE seller_settings SET value = 'browse' WHERE key = 'pre_approval_access'");
  }

  // staff viewing as the customer: the page opens, read-only and empty; POSTs refused
  const staff = await signedIn('staff@seller.test');
  await staff.get(`/backoffice/companies/${companyId('Acme Industrial Supply')}`);
  assert.equal((await staff.post(`/backoffice/companies/${companyId('Acme Industrial Supply')}/view-as`)).status, 303);
  const view = await staff.get('/cart');
  assert.equal(view.status, 200);
  assert.match(view.text, /id="read-only"/);
  assert.match(view.text, /id="empty-state"/);
  assert.doesNotMatch(view.text, /href="\/quick-order"/);
  assert.doesNotMatch((await staff.get(`/product/${plainSku()}`)).text, /action="\/cart\/items"/);
  assert.equal((await staff.get('/quick-order')).status, 200);
  assert.equal((await staff.post('/cart/items', { sku: plainSku(), quantity: '1' })).status, 403);
  assert.equal((await staff.post('/quick-order', { lines: `${plainSku()},1` })).status, 403);
  assert.equal(one(`SELECT COUNT(*) FROM cart_items WHERE user_id = ${userId('staff@seller.test')}`), '0');
});

test('quick order: valid lines go in, the others come back with line numbers and reasons', async () => {
  clearCart('d.kowalski@acme.test');
  const c = await signedIn('d.kowalski@acme.test');
  const form = await c.get('/quick-order');
  assert.equal(form.status, 200);
  assert.match(form.text, /<label for="lines" class="form-label fw-semibold">SKU and quantity, one product per line<\/label>/);
  assert.match(form.text, /aria-describedby="lines-help"/, 'the help only: there is no error message to name');

  const plain = plainSku(), pack = packSku(), contract = contractSku(), gone = inactiveSku();
  const paste = [
    'SKU\tQty',                        // 1: header, skipped
    `${plain}\t3`,                     // 2: ok (tab)
    'NO-SUCH-1, 5',                    // 3: unknown
    '',                                // 4: blank
    `${gone},2`,                       // 5: withdrawn
    `${pack} 13`,                      // 6: not a pack multiple
    `${contract.toLowerCase()};4`,     // 7: ok, any case
    `${plain},1,000`,                  // 8: too many columns
    '<script>alert(1)</script>,1',     // 9: unknown, escaped
    `${contract}, 6`,                  // 10: summed with line 7: 10
    `${pack},abc`,                     // 11: bad quantity
  ].join('\r\n');
  const res = await c.post('/quick-order', { lines: paste });
  assert.equal(res.status, 422);
  assert.match(res.text, /3 lines added to your cart\. 6 lines need attention:/);
  const refused = [...res.text.matchAll(/<tr><td class="text-nowrap">Line (\d+)<\/td><td class="font-monospace text-break">([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)]
    .map((m) => [Number(m[1]), unescape(m[2]), unescape(m[3])]);
  const name = (sku) => one(`SELECT name FROM products WHERE sku = '${sku}'`);
  assert.deepEqual(refused, [
    [3, 'NO-SUCH-1, 5', 'There is no product with SKU “NO-SUCH-1”.'],
    [5, `${gone},2`, `${gone} (${name(gone)}) is no longer available.`],
    [6, `${pack} 13`, 'Order in packs of 12 (12, 24, 36 ...).'],
    [8, `${plain},1,000`, 'Too many columns: write only the SKU and the quantity, without thousands separators (1000, not 1,000).'],
    [9, '<script>alert(1)</script>,1', 'There is no product with SKU “<script>alert(1)</script>”.'],
    [11, `${pack},abc`, '“abc” is not a quantity: use a whole number from 1 to 1000000.'],
  ]);
  assert.doesNotMatch(res.text, /<script>alert/, 'escaped everywhere');
  assert.match(res.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  const box = unescape(res.text.match(/<textarea[^>]*>([^<]*)<\/textarea>/)[1]);
  assert.equal(box, [`NO-SUCH-1, 5`, `${gone},2`, `${pack} 13`, `${plain},1,000`, '<script>alert(1)</script>,1', `${pack},abc`].join('\n'));
  assert.match(res.text, /<textarea class="form-control font-monospace is-invalid"/);
  assert.deepEqual(cartRows('d.kowalski@acme.test'), [`${plain}:3`, `${contract}:10`].sort());
  assert.equal(Number(one(`SELECT added_price_cents FROM cart_items WHERE user_id = ${userId('d.kowalski@acme.test')} AND product_id = ${productId(contract)}`)),
    acmePrice(contract, 10), 'priced at the summed quantity');

  // fix the rest: all valid -> flash and to the cart
  const fixed = await c.post('/quick-order', { lines: `${pack}\t24\n${plain}, 2\n` });
  assert.equal(fixed.status, 303);
  assert.equal(fixed.location, '/cart');
  const cart = await c.get('/cart');
  assert.equal(flash(cart.text), 'Added 2 lines to your cart.');
  assert.deepEqual(cartLines(cart.text).map((l) => `${l.sku}:${l.qty}`), [`${plain}:5`, `${contract}:10`, `${pack}:24`]);

  // what is already in the cart counts: 24 + 6 = 30 is not a pack multiple
  const sum = await c.post('/quick-order', { lines: `${pack},6` });
  assert.equal(sum.status, 422);
  assert.match(unescape(sum.text), /Nothing was added to your cart\. 1 line needs attention:/);
  assert.match(unescape(sum.text), /Your cart already has 24, which would make 30\. Order in packs of 12/);
});

test('quick order limits: empty, more than 500 lines, more than 64 KB', async () => {
  const c = await signedIn('d.kowalski@acme.test');
  await c.get('/quick-order');
  const empty = await c.post('/quick-order', { lines: '\r\n  \r\n' });
  assert.equal(empty.status, 422);
  assert.match(empty.text, /id="lines-error">Enter at least one line: a SKU and a quantity\.</);
  const before = cartRows('d.kowalski@acme.test');
  const many = Array.from({ length: 501 }, (_, i) => `${plainSku()},${i + 1}`).join('\n');
  const tooMany = await c.post('/quick-order', { lines: many });
  assert.equal(tooMany.status, 422);
  assert.match(tooMany.text, /id="lines-error">Paste at most 500 lines at once, then the rest\.</);
  assert.match(tooMany.text, new RegExp(`${plainSku()},501</textarea>`), 'the text is kept');
  const huge = await c.post('/quick-order', { lines: `${plainSku()},1\n` + ' '.repeat(70000) });
  assert.equal(huge.status, 422);
  assert.match(huge.text, /id="lines-error">This is too much text at once: paste at most 64 KB\.</);
  assert.deepEqual(cartRows('d.kowalski@acme.test'), before, 'nothing added');
  // 500 lines of one SKU are summed into one line
  const fine = Array.from({ length: 500 }, () => `${plainSku()},1`).join('\n');
  clearCart('d.kowalski@acme.test');
  assert.equal((await c.post('/quick-order', { lines: fine })).status, 303);
  assert.deepEqual(cartRows('d.kowalski@acme.test'), [`${plainSku()}:500`]);
});

test('POSTs without the CSRF token are refused and change nothing', async () => {
  clearCart('h.nguyen@acme.test');
  const c = await signedIn('h.nguyen@acme.test');
  await c.get('/catalog');
  await c.post('/cart/items', { sku: plainSku(), quantity: '1' });
  const f = `qty_${productId(plainSku())}`;
  for (const [path, fields] of [['/cart/items', { sku: plainSku(), quantity: '2' }], ['/cart/update', { [f]: '9' }],
    ['/cart/empty', {}], [`/cart/items/${plainSku()}/remove`, {}], ['/quick-order', { lines: `${plainSku()},4` }]]) {
    assert.equal((await c.post(path, fields, { csrf: false })).status, 403, path);
    assert.equal((await c.post(path, { ...fields, csrf_token: 'forged' })).status, 403, path);
  }
  assert.deepEqual(cartRows('h.nguyen@acme.test'), [`${plainSku()}:1`]);
  // signed out: no cart at all
  const anon = new Client(portal.url);
  const res = await anon.get('/cart');
  assert.equal(res.status, 303);
  assert.match(res.location, /^\/login\?next=%2Fcart/);
});

test('the catalog and search offer "Add to cart" starting at a valid quantity', async () => {
  const c = await signedIn('buyer@acme.test');
  const pack = packSku();
  const search = await c.get(`/catalog/search?q=${pack}`);
  const card = search.text.split('<article').find((a) => a.includes(`/product/${pack}"`));
  assert.ok(card, 'the product is found');
  const unit = one(`SELECT unit_of_measure FROM products WHERE sku = '${pack}'`);
  assert.match(card, new RegExp(`<label for="qty-${pack}" class="visually-hidden">Quantity of ${pack} \\(${unit}\\)</label>`));
  assert.match(card, new RegExp(`id="qty-${pack}" name="quantity" value="12"`));
  assert.match(card, new RegExp(`name="return_to" value="/catalog/search\\?q=${pack}"`));
  const list = await c.get('/catalog');
  assert.equal((list.text.match(/action="\/cart\/items"/g) || []).length, (list.text.match(/<article/g) || []).length);
  const moq = one("SELECT sku FROM products WHERE active = 1 AND pack_size = 1 AND min_order_qty = 25 ORDER BY sku LIMIT 1");
  assert.match((await c.get(`/product/${moq}`)).text, /id="quantity" name="quantity" value="25"/);
});
