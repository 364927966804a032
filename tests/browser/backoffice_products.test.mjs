// Staff browse the products, then add a contract price to a price list and
// assign the list to a company, through the real pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/(account|backoffice)$/ });

test('staff add a contract price to a list and assign it to a company', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'staff@seller.test');
  await page.goto(`${portal.url}/backoffice/products`);
  assert.equal(await page.locator('tbody tr').count(), 50, 'one page of 50');
  await page.getByLabel('SKU or name').fill('glove');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\?q=glove/);
  const found = await page.locator('tbody tr').count();
  assert.ok(found > 0 && found < 50, `${found} gloves`);
  await page.goto(`${portal.url}/backoffice/products`);
  await shot(page, 'backoffice-products');

  const sku = portal.sql("SELECT sku FROM products WHERE active = 1 ORDER BY sku DESC LIMIT 1");
  await page.goto(`${portal.url}/backoffice/price-lists`);
  await page.getByRole('link', { name: 'Contractor tier B' }).click();
  await page.waitForURL(/\/backoffice\/price-lists\/\d+$/);
  const listUrl = page.url();
  const before = await page.locator('tbody tr').count();
  await page.getByLabel('SKU').fill(sku);
  await page.getByLabel('From quantity').fill('25');
  await page.getByLabel('Contract price').fill('1.5');
  await page.getByRole('button', { name: 'Save price' }).click();
  await page.waitForURL(/\/backoffice\/price-lists\/\d+$/);
  assert.match(await page.getByRole('alert').or(page.getByRole('status')).first().innerText(), /Price added/);
  assert.equal(await page.locator('tbody tr').count(), before + 1);
  const row = page.locator('tbody tr', { hasText: sku }).filter({ hasText: '$1.50' });
  assert.equal(await row.locator('td').nth(3).innerText(), '25');

  await page.getByLabel('Assign to a company').selectOption({ label: 'Ridgeline Fabrication' });
  await page.getByRole('button', { name: 'Assign' }).click();
  await page.waitForURL(/\/backoffice\/price-lists\/\d+$/);
  assert.ok(await page.getByRole('link', { name: 'Ridgeline Fabrication' }).isVisible());
  assert.equal(portal.sql("SELECT price_list_name FROM companies WHERE name = 'Ridgeline Fabrication'"), 'Contractor tier B');
  await page.getByLabel('SKU').fill('NOPE-0000');
  await page.getByLabel('Contract price').fill('1.999');
  await page.getByRole('button', { name: 'Save price' }).click();
  assert.equal(await page.locator('#sku-error').innerText(), 'No product has this SKU.');
  assert.match(await page.locator('#price-error').innerText(), /at most two decimals/);
  assert.match(page.url(), /\/items$/);
  await page.goto(listUrl);
  await shot(page, 'backoffice-price-list');

  await page.goto(`${portal.url}/backoffice/products/new`);
  await page.getByRole('button', { name: 'Create product' }).click();
  assert.ok(await page.locator('#sku-error').isVisible());
  await shot(page, 'backoffice-product-errors');
  await context.close();
});
