// Staff find the orders waiting to be processed, open one, start
// processing it, record a partial shipment (an over-shipment first, which
// is explained on the page), then the rest; the list and the order page on
// a desktop and on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/(account|backoffice)$/ });

test('staff process an order and ship it in two parts', async () => {
  // an order with three or more lines waiting to be processed
  const number = portal.sql(`SELECT o.number FROM orders o WHERE o.status = 'processing' AND o.placed_by_user_id IS NOT NULL
    AND (SELECT COUNT(*) FROM order_lines WHERE order_id = o.id) >= 2 ORDER BY o.placed_at DESC LIMIT 1`);
  portal.sql(`UPDATE orders SET status = 'approved' WHERE number = '${number}'`);
  const id = portal.sql(`SELECT id FROM orders WHERE number = '${number}'`);
  const lines = portal.sql(`SELECT sku || '|' || quantity FROM order_lines WHERE order_id = ${id} ORDER BY line_no`).split('\n').map((l) => l.split('|'));

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'staff@seller.test');
  // the dashboard counts what waits and leads to the list
  assert.equal(await page.locator('#orders-to-process').innerText(),
    portal.sql("SELECT COUNT(*) FROM orders WHERE status IN ('approved', 'processing', 'partially_shipped')"));
  await page.getByRole('link', { name: /waiting to be processed/ }).click();
  await page.waitForURL(`${portal.url}/backoffice/orders?status=approved`);
  assert.equal(await page.getByLabel('Status').inputValue(), 'approved');
  assert.equal(await page.locator('#orders-table tbody tr').count(), Number(portal.sql("SELECT COUNT(*) FROM orders WHERE status = 'approved'")));
  await page.goto(`${portal.url}/backoffice/orders`);
  assert.equal(await page.locator('#orders-table tbody tr').count(), 50);
  await shot(page, 'backoffice-orders');

  await page.getByLabel('Order number').fill(number.slice(-4));
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/number=/);
  assert.equal(await page.locator('#orders-table tbody tr').count(), 1);
  await page.getByRole('link', { name: number }).click();
  await page.waitForURL(`${portal.url}/backoffice/orders/${number}`);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), number);
  assert.equal(await page.locator('#order-status').innerText(), 'Approved');

  await page.getByRole('button', { name: 'Start processing' }).click();
  await page.waitForURL(`${portal.url}/backoffice/orders/${number}`);
  assert.ok(await page.getByText('The order is being processed.').isVisible());
  assert.equal(await page.locator('#order-status').innerText(), 'Processing');

  // too many of the first line: explained next to the field, values kept
  const first = page.getByLabel(`Quantity of ${lines[0][0]} in this shipment`);
  await page.getByLabel('Carrier').selectOption('UPS');
  await page.getByLabel('Tracking number').fill('1Z999AA10123456784');
  await first.fill(String(Number(lines[0][1]) + 5));
  for (const [sku] of lines.slice(1)) await page.getByLabel(`Quantity of ${sku} in this shipment`).fill('0');
  await page.getByRole('button', { name: 'Record shipment' }).click();
  await page.waitForURL(`${portal.url}/backoffice/orders/${number}/shipments`);
  assert.equal(await first.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('.invalid-feedback').first().innerText(), new RegExp(`Only ${lines[0][1]} of ${lines[0][0]} are left to ship`));
  assert.equal(await page.getByLabel('Tracking number').inputValue(), '1Z999AA10123456784');
  assert.equal(await page.getByLabel('Carrier').inputValue(), 'UPS');
  assert.equal(portal.sql(`SELECT COUNT(*) FROM shipments WHERE order_id = ${id}`), '0');

  // the first line only
  await first.fill(lines[0][1]);
  await page.getByRole('button', { name: 'Record shipment' }).click();
  await page.waitForURL(`${portal.url}/backoffice/orders/${number}`);
  assert.ok(await page.getByText(/Shipment recorded: .* The order is partially shipped\./).isVisible());
  assert.equal(await page.locator('#order-status').innerText(), 'Partially shipped');
  const tracking = page.locator('#shipments').getByRole('link', { name: /1Z999AA10123456784/ });
  assert.equal(await tracking.getAttribute('href'), 'https://www.ups.com/track?tracknum=1Z999AA10123456784');
  // only what is left is offered, prefilled
  assert.equal(await page.getByLabel(`Quantity of ${lines[0][0]} in this shipment`).count(), 0);
  assert.equal(await page.getByLabel(`Quantity of ${lines[1][0]} in this shipment`).inputValue(), lines[1][1]);
  await shot(page, 'backoffice-order');

  // phone: the list and the order page fit
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, 'staff@seller.test');
  await small.goto(`${portal.url}/backoffice/orders`);
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the list page is ${overflow}px wider than the phone`);
  await shot(small, 'backoffice-orders-phone');
  await small.goto(`${portal.url}/backoffice/orders/${number}`);
  const overflow2 = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow2 <= 0, `the order page is ${overflow2}px wider than the phone`);
  await shot(small, 'backoffice-order-phone');
  await phone.close();

  // the rest, with a carrier without a tracking page
  await page.getByLabel('Carrier').selectOption('LTL freight');
  await page.getByLabel('Tracking number').fill('PRO 123456789');
  await page.getByRole('button', { name: 'Record shipment' }).click();
  await page.waitForURL(`${portal.url}/backoffice/orders/${number}`);
  assert.equal(await page.locator('#order-status').innerText(), 'Shipped');
  assert.equal(await page.getByRole('heading', { name: 'Record a shipment' }).count(), 0);
  assert.ok(await page.locator('#shipments').getByText('PRO 123456789').isVisible());
  assert.equal(portal.sql(`SELECT SUM(quantity) = SUM(quantity_shipped) FROM order_lines WHERE order_id = ${id}`), '1');
  await page.getByRole('button', { name: 'Mark delivered' }).click();
  await page.waitForURL(`${portal.url}/backoffice/orders/${number}`);
  assert.equal(await page.locator('#order-status').innerText(), 'Delivered');
  assert.equal(await page.locator('#timeline li').count(), Number(portal.sql(`SELECT COUNT(*) FROM order_events WHERE order_id = ${id}`)));
  await context.close();
});
