// A buyer browses a category, searches for a product, opens it and sees
// the contract price; the pages work on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let stack, portal, browser;
before(async () => {
  stack = await startStack({ browser: true });
  ({ portal, browser } = stack);
  portal.sql(`
    INSERT INTO price_lists (name, currency, created_at) VALUES ('Test Acme browser contract', 'USD', 0);
    INSERT INTO price_list_items (price_list_id, product_id, min_qty, unit_price_cents)
      SELECT (SELECT id FROM price_lists WHERE name = 'Test Acme browser contract'), id, b.min_qty, list_price_cents * b.pct / 100
      FROM products, (SELECT 1 AS min_qty, 90 AS pct UNION ALL SELECT 10, 85 UNION ALL SELECT 50, 80) b
      WHERE sku IN ('PTL-BCH-0100', 'PTL-BCH-0101');
    UPDATE companies SET price_list_id = (SELECT id FROM price_lists WHERE name = 'Test Acme browser contract'),
      price_list_name = 'Test Acme browser contract' WHERE name = 'Acme Industrial Supply';`);
});
after(() => stopStack(stack));

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/account$/ });

async function noSidewaysScroll(page, what, width) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px window`);
}

test('a buyer browses, searches and sees the contract price', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'buyer@acme.test');
  await page.goto(`${portal.url}/catalog`);
  await page.locator('#categories').getByRole('link', { name: /Power Tools/ }).click();
  await page.waitForURL(`${portal.url}/catalog/power-tools`);
  await page.locator('#subcategories').getByRole('link', { name: /Batteries & Chargers/ }).click();
  await page.waitForURL(`${portal.url}/catalog/batteries-chargers`);
  const card = page.locator('article', { has: page.locator('a[href="/product/PTL-BCH-0100"]') });
  assert.equal(await card.locator('.price-source').innerText(), 'Your contract price');
  assert.equal(await card.locator('.price').innerText(), '$44.10');
  assert.equal(await card.locator('del').innerText(), '$49.00');
  await shot(page, 'catalog');

  await page.getByLabel('Search by SKU, name or description').fill('charger');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/catalog\/search\?q=charger/);
  assert.match(await page.locator('#product-count').innerText(), /of \d+ products? for “charger”/);
  await shot(page, 'catalog-search');
  await page.getByRole('link', { name: 'Battery Charger, 20V, Standard' }).click();
  await page.waitForURL(`${portal.url}/product/PTL-BCH-0100`);
  assert.equal(await page.locator('#price-block .price').innerText(), '$44.10');
  assert.equal(await page.locator('#price-block .price-source').innerText(), 'Your contract price');
  const rows = await page.locator('#breaks tbody tr').allInnerTexts();
  assert.deepEqual(rows.map((r) => r.replace(/\s+/g, ' ').trim()), ['from 1 $44.10 each', 'from 10 $41.65 each', 'from 50 $39.20 each']);
  await shot(page, 'product');

  // on a phone
  const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const p = await phone.newPage();
  await signIn(p, 'buyer@acme.test');
  for (const path of ['/catalog', '/catalog/search?q=charger', '/product/PTL-BCH-0100']) {
    await p.goto(portal.url + path);
    await noSidewaysScroll(p, path, 375);
  }
  await shot(p, 'catalog-phone');
  await context.close();
  await phone.close();
});
