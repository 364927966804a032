// The issue's scenario: a buyer searches the catalog, adds two products
// (one from the search results, one from its product page), quick-orders
// three SKUs (fixing the lines that were refused) and sees the five lines
// in the cart; a bad quantity is pointed out on its line. The pages work on
// a phone without sideways scrolling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let stack, portal, browser;
before(async () => {
  stack = await startStack({ browser: true });
  ({ portal, browser } = stack);
});
after(() => stopStack(stack));

const one = (q) => portal.sql(q);

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/account$/ });

async function noSidewaysScroll(page, what, width) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px window`);
}

test('a buyer fills the cart from search, a product page and a quick order', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'h.nguyen@acme.test');

  // 1. from the search results: the charger, 2 of them
  await page.goto(`${portal.url}/catalog/search?q=charger`);
  const card = page.locator('article', { has: page.locator('a[href="/product/PTL-BCH-0100"]') });
  await card.getByLabel('Quantity of PTL-BCH-0100 (each)').fill('2');
  await card.getByRole('button', { name: 'Add to cart PTL-BCH-0100' }).click();
  await page.waitForURL(`${portal.url}/catalog/search?q=charger`);
  assert.equal(await page.getByRole('status').filter({ hasText: 'Added' }).innerText(), 'Added 2 x PTL-BCH-0100 to your cart.');
  await shot(page, 'cart-search-added');

  // 2. from a product page sold in packs of 50: the form starts at 50; 75 is refused, 100 goes in
  await page.goto(`${portal.url}/catalog/search?q=FAS-HCS-0500`);
  await page.getByRole('link', { name: /^Hex Cap Screw, Grade 5, 1\/4"-20 x 1"/ }).click();
  await page.waitForURL(`${portal.url}/product/FAS-HCS-0500`);
  const qty = page.locator('#add-to-cart').getByLabel('Quantity');
  assert.equal(await qty.inputValue(), '50');
  await qty.fill('75');
  await page.locator('#add-to-cart').getByRole('button', { name: 'Add to cart' }).click();
  await page.locator('#quantity-error').waitFor();
  assert.equal(await page.locator('#quantity-error').innerText(), 'Order in packs of 50 (50, 100, 150 ...).');
  assert.equal(await page.getByLabel('Quantity to add').inputValue(), '75');
  await shot(page, 'cart-add-error');
  await page.getByLabel('Quantity to add').fill('100');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.waitForURL(`${portal.url}/product/FAS-HCS-0500`);
  assert.equal(await page.getByRole('status').filter({ hasText: 'Added' }).innerText(), 'Added 100 x FAS-HCS-0500 to your cart.');
  await shot(page, 'cart-product-added');

  // 3. quick order: three good lines, two bad ones
  const [glove, wheel] = ['SAF-NDG-0101', 'ABR-CWW-0100'];
  const packed = one('SELECT sku FROM products WHERE active = 1 AND pack_size = 12 AND min_order_qty = 12 ORDER BY sku LIMIT 1');
  await page.goto(`${portal.url}/cart`);
  await page.getByRole('link', { name: 'Quick order' }).first().click();
  await page.waitForURL(`${portal.url}/quick-order`);
  await page.getByLabel('SKU and quantity, one product per line').fill(
    `SKU\tQuantity\n${glove}\t12\nNOT-A-SKU\t3\n${wheel}, 4\n${packed}, 10\n${packed.toLowerCase()} 15\n`);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.locator('#quick-order-result').waitFor();
  assert.match(await page.locator('#quick-order-result p').first().innerText(), /^2 lines added to your cart\. 3 lines need attention:$/);
  const rows = await page.locator('#refused-lines tbody tr').allInnerTexts();
  assert.deepEqual(rows.map((r) => r.replace(/\s+/g, ' ').trim()), [
    'Line 3 NOT-A-SKU 3 There is no product with SKU “NOT-A-SKU”.',
    `Line 5 ${packed}, 10 The 2 lines for ${packed} ask for 25 together. Order in packs of 12 (12, 24, 36 ...).`,
    `Line 6 ${packed.toLowerCase()} 15 The 2 lines for ${packed} ask for 25 together. Order in packs of 12 (12, 24, 36 ...).`,
  ]);
  assert.equal(await page.getByLabel('SKU and quantity, one product per line').inputValue(),
    `NOT-A-SKU\t3\n${packed}, 10\n${packed.toLowerCase()} 15`);
  await shot(page, 'quick-order-errors');
  // fix: the unknown SKU goes, the packed product is asked for once, in whole packs
  await page.getByLabel('SKU and quantity, one product per line').fill(`${packed}, 24`);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.waitForURL(`${portal.url}/cart`);
  assert.equal(await page.getByRole('status').filter({ hasText: 'Added' }).innerText(), 'Added 1 line to your cart.');

  // 4. the cart: five lines in the order they were added, totals add up
  const skus = await page.locator('tr.cart-line td:first-child a').allInnerTexts();
  assert.deepEqual(skus, ['PTL-BCH-0100', 'FAS-HCS-0500', glove, wheel, packed]);
  const totals = await page.locator('tr.cart-line .line-total').allInnerTexts();
  const cents = (t) => Math.round(Number(t.replace(/[$,]/g, '')) * 100);
  const sum = totals.reduce((s, t) => s + cents(t), 0);
  assert.equal(cents(await page.locator('#subtotal').innerText()), sum);
  assert.equal(cents(await page.locator('#summary-subtotal').innerText()), sum);
  assert.equal(await page.locator('#cart-count').innerText(), "5 lines, 142 units, at today's prices.");
  await shot(page, 'cart');

  // a bad quantity: the message sits on its line, the typed value stays, nothing is saved
  await page.getByLabel(`Quantity of ${packed},`).fill('30');
  await page.getByLabel('Quantity of SAF-NDG-0101,').fill('15');
  await page.getByRole('button', { name: 'Update quantities' }).click();
  await page.locator('#form-errors').waitFor();
  const field = `qty_${one(`SELECT id FROM products WHERE sku = '${packed}'`)}`;
  assert.equal(await page.locator(`#${field}-error`).innerText(), 'Order in packs of 12 (12, 24, 36 ...).');
  assert.equal(await page.locator(`#${field}`).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Quantity of SAF-NDG-0101,').inputValue(), '15');
  assert.equal(one(`SELECT quantity FROM cart_items c JOIN products p ON p.id = c.product_id WHERE p.sku = '${glove}'
    AND c.user_id = (SELECT id FROM users WHERE email = 'h.nguyen@acme.test')`), '12');
  await shot(page, 'cart-errors');
  await page.getByLabel(`Quantity of ${packed},`).fill('36');
  await page.getByRole('button', { name: 'Update quantities' }).click();
  await page.waitForURL(`${portal.url}/cart`);
  assert.equal(await page.getByRole('status').filter({ hasText: 'up to date' }).innerText(), 'Your cart is up to date.');
  assert.equal(await page.locator('#cart-count').innerText(), "5 lines, 157 units, at today's prices.");

  // remove one line with its button
  await page.getByRole('button', { name: `Remove ${wheel}` }).click();
  await page.waitForURL(`${portal.url}/cart`);
  assert.equal(await page.locator('tr.cart-line').count(), 4);
  assert.equal(await page.getByRole('link', { name: 'Proceed to checkout' }).getAttribute('href'), '/checkout');

  // 5. on a phone: no sideways scrolling
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const p = await phone.newPage();
  await signIn(p, 'buyer@acme.test');
  for (const path of ['/cart', '/quick-order', '/product/FAS-HCS-0500', '/catalog', '/catalog/search?q=charger']) {
    await p.goto(portal.url + path);
    await noSidewaysScroll(p, path, 390);
  }
  await shot(p, 'cart-search-phone');
  await p.goto(`${portal.url}/cart`);
  assert.equal(await p.locator('tr.cart-line').count(), 3);
  assert.ok(await p.locator('#price-notice').isVisible(), 'the demo cart has a price change');
  const [inner, box] = await p.evaluate(() => {
    const t = document.querySelector('#cart-form .table-responsive');
    return [t.scrollWidth, t.clientWidth];
  });
  assert.ok(inner <= box, `the cart table fits the phone (${inner}px in ${box}px)`);
  await shot(p, 'cart-phone');
  await context.close();
  await phone.close();
});
