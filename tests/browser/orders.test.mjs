// The scenario: a buyer finds an order by its PO number, opens it,
// follows the shipment's tracking link (answered locally: no request leaves
// the machine), prints it, and orders two of its lines again. The pages
// work on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, browser;
let NUMBER;   // the buyer's newest shipped or delivered order with a PO number (found, not named)
const TRACKING = '1Z999AA10123456784';
const TRACKING_URL = `https://www.ups.com/track?tracknum=${TRACKING}`;

before(async () => {
  ({ portal, browser } = await startStack({ browser: true }));
  NUMBER = portal.sql(`SELECT o.number FROM orders o JOIN users u ON u.id = o.placed_by_user_id
    WHERE u.email = 'buyer@acme.test' AND o.status IN ('shipped', 'delivered') AND o.po_number <> ''
      AND (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id) >= 2 ORDER BY o.placed_at DESC LIMIT 1`);
  assert.ok(NUMBER, 'the buyer has a shipped order with a PO number');
  portal.sql(`INSERT INTO shipments (order_id, company_id, carrier, tracking_number, shipped_at, delivered_at)
    SELECT id, company_id, 'UPS', '${TRACKING}', placed_at + 86400 * 400, NULL FROM orders WHERE number = '${NUMBER}';
    INSERT INTO shipment_lines (shipment_id, order_line_id, quantity)
    SELECT (SELECT MAX(id) FROM shipments), l.id, l.quantity FROM order_lines l JOIN orders o ON o.id = l.order_id
     WHERE o.number = '${NUMBER}' AND l.line_no <= 2;
    INSERT INTO order_events (order_id, company_id, from_status, to_status, actor_user_id, actor_label, note, at)
    SELECT id, company_id, 'processing', 'shipped', NULL, 'Seller', 'Left the Elk Grove warehouse', placed_at + 86400 * 400
      FROM orders WHERE number = '${NUMBER}';
    DELETE FROM cart_items WHERE user_id = (SELECT id FROM users WHERE email = 'buyer@acme.test');`);
});
after(() => stopStack({ portal, browser }));

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/account$/ });

async function noSidewaysScroll(page, what, width) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px window`);
}

// Only loopback: anything else is refused, the carrier's page is answered here.
async function offline(context) {
  const outside = [];
  await context.route((url) => !/^https?:\/\/127\.0\.0\.1[:/]/.test(url.href), async (route) => {
    const url = route.request().url();
    if (url.startsWith('https://www.ups.com/')) {
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>UPS tracking (stub)</title><p>stub</p>' });
    } else {
      outside.push(url);
      await route.abort();
    }
  });
  return outside;
}

test('a buyer finds an order by PO number, follows its tracking, prints it and orders two lines again', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outside = await offline(context);
  const page = await context.newPage();
  await signIn(page, 'buyer@acme.test');
  await page.getByRole('link', { name: 'View all orders' }).click();
  await page.waitForURL(`${portal.url}/account/orders`);
  assert.equal(await page.locator('#orders-scope').innerText(), 'Your orders');
  await shot(page, 'orders-list');

  const po = portal.sql(`SELECT po_number FROM orders WHERE number = '${NUMBER}'`);
  await page.getByLabel('PO number contains').fill(po.slice(2));   // part of it is enough
  await page.getByRole('button', { name: 'Show orders' }).click();
  await page.waitForURL(/\/account\/orders\?.*po=/);
  assert.equal(await page.locator('#orders-total').innerText(), '1');
  assert.equal(await page.getByLabel('PO number contains').inputValue(), po.slice(2), 'the filter stays filled in');
  const row = page.locator('table.orders-table tbody tr');
  assert.equal(await row.count(), 1);
  assert.equal(await row.locator('.tracking-link').getAttribute('href'), TRACKING_URL);

  await page.getByRole('link', { name: NUMBER }).click();
  await page.waitForURL(`${portal.url}/account/orders/${NUMBER}`);
  await page.getByRole('heading', { name: `Order ${NUMBER}` }).waitFor();
  assert.equal(await page.locator('#order-po').innerText(), po);
  assert.match(await page.locator('.order-timeline').innerText(), /Left the Elk Grove warehouse/);
  await shot(page, 'orders-detail');

  // the tracking link opens the carrier's page in a new tab, safely
  const link = page.locator(`section[aria-labelledby="shipments-title"] a.tracking-link[href="${TRACKING_URL}"]`);
  assert.equal(await link.getAttribute('href'), TRACKING_URL);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await popup.waitForLoadState();
  assert.equal(popup.url(), TRACKING_URL);
  assert.equal(await popup.title(), 'UPS tracking (stub)');
  assert.equal(await popup.evaluate(() => window.opener), null, 'no window.opener for the carrier');
  await popup.close();

  // Print: the button calls window.print(); the printed page is a document
  const print = page.getByRole('button', { name: 'Print' });
  assert.ok(await print.isVisible(), 'the Print button is shown (its script ran)');
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await print.click();
  assert.equal(await page.evaluate(() => window.printed), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header').isVisible(), false, 'no navigation on paper');
  assert.equal(await page.locator('#reorder-form').isVisible(), false, 'no buttons on paper');
  assert.equal(await page.locator('input[name="line"]').first().isVisible(), false, 'no checkboxes on paper');
  assert.ok(await page.locator('.print-letterhead').isVisible(), 'a letterhead on paper');
  const boxes = await page.locator('.order-addresses > section').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  assert.equal(boxes.length, 2);
  assert.equal(Math.round(boxes[0]), Math.round(boxes[1]), 'ship-to and bill-to side by side');
  await shot(page, 'orders-detail-print');
  await page.emulateMedia({ media: 'screen' });

  // order two lines again: untick the others
  const boxesToUntick = await page.locator('input[name="line"]').count();
  assert.ok(boxesToUntick >= 3);
  for (let i = 2; i < boxesToUntick; i++) await page.locator('input[name="line"]').nth(i).uncheck();
  await page.getByRole('button', { name: /Order again/ }).click();
  await page.waitForURL(`${portal.url}/cart`);
  await page.getByText(`2 lines from ${NUMBER} added to your cart at today's prices.`).waitFor();
  const cart = portal.sql(`SELECT p.sku || ' x ' || c.quantity FROM cart_items c JOIN products p ON p.id = c.product_id
    WHERE c.user_id = (SELECT id FROM users WHERE email = 'buyer@acme.test') ORDER BY p.sku`).split('\n');
  const want = portal.sql(`SELECT sku || ' x ' || quantity FROM order_lines l JOIN orders o ON o.id = l.order_id
    WHERE o.number = '${NUMBER}' AND l.line_no <= 2 ORDER BY sku`).split('\n');
  assert.deepEqual(cart, want);
  assert.deepEqual(outside, [], 'nothing but loopback and the stubbed carrier page was asked for');
  await context.close();
});

test('the order pages on a phone', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await offline(context);
  const page = await context.newPage();
  await signIn(page, 'admin@acme.test');
  await page.goto(`${portal.url}/account/orders?status=open`);
  await page.locator('#orders-total').waitFor();
  await noSidewaysScroll(page, 'order list', 390);
  await shot(page, 'orders-list-phone');
  await page.goto(`${portal.url}/account/orders/${NUMBER}`);
  await page.getByRole('heading', { name: `Order ${NUMBER}` }).waitFor();
  await noSidewaysScroll(page, 'order page', 390);
  await shot(page, 'orders-detail-phone');
  // a filter mistake on a phone: the message, the value kept
  await page.goto(`${portal.url}/account/orders?from=2026-02-30`);
  await page.locator('#filter-errors').waitFor();
  assert.equal(await page.locator('#from').getAttribute('aria-invalid'), 'true');
  await noSidewaysScroll(page, 'order list with an error', 390);
  await shot(page, 'orders-list-error-phone');
  await context.close();
});
