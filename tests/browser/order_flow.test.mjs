// The flow end to end in a browser: a buyer searches the catalog,
// adds two products (from the search results and from a product page),
// quick-orders three SKUs, checks out (addresses, shipping, PO number,
// delivery date, notes), reviews every figure, places the order and sees
// the confirmation. The checkout, review and confirmation pages work on a
// 390px phone without sideways scrolling; the back-office shipping page is
// shown too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';
import { today } from '../lib/clock.mjs';

let stack, portal, browser;
before(async () => {
  stack = await startStack({ browser: true });
  ({ portal, browser } = stack);
});
after(() => stopStack(stack));

const one = (q) => portal.sql(q);

const signIn = (page, email, landing = /\/account$/) => signInAs(page, portal.url, email, { landing });

async function noSidewaysScroll(page, what, width) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px window`);
}

const inAWeek = () => today(7);

test('a buyer searches, adds two products, quick-orders three SKUs, checks out and sees the confirmation', async () => {
  const ben = one("SELECT id FROM users WHERE email = 'buyer@acme.test'");
  one(`DELETE FROM cart_items WHERE user_id = ${ben}`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'buyer@acme.test');

  // 1. Search, and add from the results.
  await page.goto(`${portal.url}/catalog`);
  await page.getByLabel('Search by SKU, name or description').fill('adjustable wrench');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/catalog\/search\?q=adjustable/);
  const card = page.locator('article', { has: page.locator('a[href="/product/HTL-ADW-0102"]') });
  await card.getByLabel(/Quantity of HTL-ADW-0102/).fill('3');
  await card.getByRole('button', { name: 'Add to cart HTL-ADW-0102' }).click();
  await page.getByRole('status').filter({ hasText: 'Added 3 x HTL-ADW-0102' }).waitFor();

  // 2. From a product page.
  await page.goto(`${portal.url}/product/HTL-PPW-0101`);
  await page.locator('#add-to-cart').getByLabel('Quantity').fill('10');
  await page.locator('#add-to-cart').getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('status').filter({ hasText: 'HTL-PPW-0101' }).waitFor();

  // 3. Quick order: three SKUs at once.
  await page.goto(`${portal.url}/quick-order`);
  await page.getByLabel('SKU and quantity, one product per line').fill('HTL-ADW-0101, 1\nSAF-SGL-0103, 24\nHTL-CMW-0102, 5');
  await page.locator('#quick-order-form').getByRole('button', { name: 'Add to cart' }).click();
  await page.waitForURL(/\/cart/);
  assert.equal(Number(one(`SELECT COUNT(*) FROM cart_items WHERE user_id = ${ben}`)), 5);

  // 4. Checkout.
  await page.goto(`${portal.url}/cart`);
  await page.locator('#checkout').click();
  await page.waitForURL(`${portal.url}/checkout`);
  assert.ok(await page.getByLabel(/Chicago Plant - Receiving/).isChecked(), 'the company default ship-to is preselected');
  assert.ok(await page.getByLabel(/^Headquarters/).isChecked());
  await page.getByLabel(/^Standard ground/).check();
  await page.getByLabel('Purchase order (PO) number').fill('PO-48990');
  await page.getByLabel('Requested delivery date (optional)').fill(inAWeek());
  await page.getByLabel('Notes (optional)').fill('Deliver to Dock 4.\nReceiving closes at 15:30.');
  await shot(page, 'checkout');

  // The PO is required for Acme: leaving it out brings the form back with the message, values kept.
  await page.getByLabel('Purchase order (PO) number').fill('');
  await page.getByRole('button', { name: 'Review order' }).click();
  await page.locator('#po_number-error').waitFor();
  assert.match(await page.locator('#po_number-error').innerText(), /Enter your purchase order number/);
  assert.equal(await page.getByLabel('Notes (optional)').inputValue(), 'Deliver to Dock 4.\nReceiving closes at 15:30.');
  await shot(page, 'checkout-errors');
  await page.getByLabel('Purchase order (PO) number').fill('PO-48990');
  await page.getByRole('button', { name: 'Review order' }).click();
  await page.getByRole('heading', { name: 'Review your order' }).waitFor();

  // 5. Review: five lines, the figures, the tax line.
  const rows = page.locator('section[aria-labelledby="lines-title"] tbody tr');
  assert.equal(await rows.count(), 5);
  assert.match((await rows.nth(1).innerText()).replace(/\s+/g, ' '), /Pipe Wrench, Straight, Cast Iron, 14" HTL-PPW-0101 Contract price 10 each \$34\.55 \$345\.50/);
  const totals = (await page.locator('#totals').innerText()).replace(/\s+/g, ' ');
  assert.match(totals, /Subtotal \$[\d,]+\.\d\d Shipping — Standard ground \$29\.00 Tax \(IL 8\.25%\) \$[\d,]+\.\d\d Total \$[\d,]+\.\d\d/);
  assert.match(await page.locator('main').innerText(), /PO-48990/);
  await shot(page, 'checkout-review');

  // 6. Place it.
  const placeForm = await page.locator('form[action="/checkout"]').evaluate((f) => [...new FormData(f)]);
  await page.getByRole('button', { name: /^Place order/ }).click();
  await page.waitForURL(/\/checkout\/done\/SO-\d{4}-\d{6}$/);
  const number = page.url().split('/').pop();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), `Thank you — order ${number} is placed`);
  const status = one(`SELECT status FROM orders WHERE number = '${number}'`);
  assert.ok(['approved', 'pending_approval'].includes(status), status);
  assert.equal(await page.locator('.badge.fs-6').innerText(), status === 'approved' ? 'Approved' : 'Pending approval');
  assert.equal(Number(one(`SELECT COUNT(*) FROM order_lines WHERE order_id = (SELECT id FROM orders WHERE number = '${number}')`)), 5);
  assert.equal(one(`SELECT po_number FROM orders WHERE number = '${number}'`), 'PO-48990');
  assert.equal(Number(one(`SELECT COUNT(*) FROM cart_items WHERE user_id = ${ben}`)), 0, 'the cart is empty');
  assert.equal(await page.getByRole('link', { name: 'View the order' }).getAttribute('href'), `/account/orders/${number}`);
  await shot(page, 'checkout-done');

  // Sending the review's form again (back button and resubmit) lands on the same order.
  await page.evaluate((fields) => {
    const f = document.createElement('form');
    f.method = 'post';
    f.action = '/checkout';
    for (const [name, value] of fields) {
      const i = document.createElement('input');
      i.type = 'hidden';
      i.name = name;
      i.value = value;
      f.append(i);
    }
    document.body.append(f);
    f.submit();
  }, placeForm);
  await page.waitForLoadState();
  assert.equal(page.url(), `${portal.url}/checkout/done/${number}`);
  assert.equal(Number(one("SELECT COUNT(*) FROM orders WHERE po_number = 'PO-48990'")), 1);
  await context.close();
});

test('checkout, review and confirmation on a 390px phone', async () => {
  const derek = one("SELECT id FROM users WHERE email = 'd.kowalski@acme.test'");
  const acme = one("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  one(`DELETE FROM cart_items WHERE user_id = ${derek};
       INSERT INTO cart_items (company_id, user_id, product_id, quantity, added_price_cents, added_at, updated_at)
       SELECT ${acme}, ${derek}, id, 2, list_price_cents, 1, 1 FROM products WHERE sku IN ('HTL-ADW-0102', 'HTL-DCL-0102');`);
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await signIn(page, 'd.kowalski@acme.test');
  await page.goto(`${portal.url}/checkout`);
  await noSidewaysScroll(page, 'checkout', 390);
  await page.getByLabel(/Ship to a new address/).check();
  await page.getByLabel('Label').fill('Maintenance Shop - Door 7');
  await page.getByLabel('Address line 1').fill('4520 S Kilbourn Ave');
  await page.getByLabel('City').fill('Chicago');
  await page.getByLabel('State, province or region').fill('IL');
  await page.getByLabel('Postal code').fill('60632');
  await page.getByLabel('Purchase order (PO) number').fill('PO-PHONE-7');
  await noSidewaysScroll(page, 'checkout with the new address open', 390);
  await shot(page, 'checkout-phone');
  await page.getByRole('button', { name: 'Review order' }).click();
  await page.getByRole('heading', { name: 'Review your order' }).waitFor();
  await noSidewaysScroll(page, 'review', 390);
  assert.match(await page.locator('#new-address-note').innerText(), /waits until a company administrator approves it/);
  await shot(page, 'checkout-review-phone');
  await page.getByRole('button', { name: /^Place order/ }).click();
  await page.waitForURL(/\/checkout\/done\/SO-/);
  await noSidewaysScroll(page, 'confirmation', 390);
  assert.match(await page.locator('#next-steps').innerText(), /waiting for the new ship-to address to be approved/);
  await shot(page, 'checkout-done-phone');
  await phone.close();
});

// Issue 14, item 7: choosing "Ship to a new address" opens its fields in
// place, with the script (static/js/checkout.js) and without one.
async function newAddressCheckout(options) {
  const derek = one("SELECT id FROM users WHERE email = 'd.kowalski@acme.test'");
  const acme = one("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  one(`DELETE FROM cart_items WHERE user_id = ${derek};
       INSERT INTO cart_items (company_id, user_id, product_id, quantity, added_price_cents, added_at, updated_at)
       SELECT ${acme}, ${derek}, id, 1, list_price_cents, 1, 1 FROM products WHERE sku = 'HTL-ADW-0102';`);
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, 'd.kowalski@acme.test');
  await page.goto(`${portal.url}/checkout`);
  return { context, page };
}

async function fillNewAddress(page, label) {
  await page.getByLabel('Label').fill(label);
  await page.getByLabel('Address line 1').fill('2200 Channahon Rd');
  await page.getByLabel('City').fill('Joliet');
  await page.getByLabel('State, province or region').fill('IL');
  await page.getByLabel('Postal code').fill('60436');
  await page.getByLabel('Purchase order (PO) number').fill('PO-NEW-1');
}

test('with the script, the new address\'s fields open and close in place with their choice', async () => {
  const { context, page } = await newAddressCheckout({ viewport: { width: 1280, height: 900 } });
  await page.evaluate(() => { window.samePage = true; });
  const fields = page.locator('#new-address');
  assert.ok(await page.getByLabel(/^Chicago Plant - Receiving/).isChecked());
  assert.equal(await fields.isVisible(), false, 'closed while a saved address is chosen');
  assert.ok(await page.getByLabel('Address line 1').isDisabled(), 'and not sent');
  await page.getByLabel(/Ship to a new address/).check();
  assert.ok(await fields.isVisible());
  assert.equal(await fields.locator('legend').innerText(), 'The new address');
  assert.ok(await page.getByLabel('Address line 1').isEnabled());
  await fillNewAddress(page, 'Joliet Annex - Dock 2');
  await page.locator('#ship_to').scrollIntoViewIfNeeded();
  await shot(page, 'checkout-new-address');
  // Back to a saved address: closed again; the new address again: what was typed is still there.
  await page.getByLabel(/^Elk Grove Distribution Center/).first().check();
  assert.equal(await fields.isVisible(), false);
  await page.getByLabel(/Ship to a new address/).check();
  assert.equal(await page.getByLabel('Address line 1').inputValue(), '2200 Channahon Rd');
  assert.ok(await page.evaluate(() => window.samePage), 'no round trip');
  await page.getByRole('button', { name: 'Review order' }).click();
  await page.getByRole('heading', { name: 'Review your order' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Joliet Annex - Dock 2/);
  assert.match(await page.locator('#new-address-note').innerText(), /waits until a company administrator approves it/);
  await context.close();
});

test('without a script, the new address\'s fields open with their choice, and a mistake brings them back open', async () => {
  const { context, page } = await newAddressCheckout({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const fields = page.locator('#new-address');
  assert.equal(await fields.isVisible(), false, 'closed while a saved address is chosen');
  await page.getByLabel(/Ship to a new address/).check();
  assert.ok(await fields.isVisible(), 'open as soon as it is chosen');
  await shot(page, 'checkout-new-address-no-script');
  // Left empty: the form comes back with the new address chosen, open, its fields marked.
  await page.getByLabel('Purchase order (PO) number').fill('PO-NEW-2');
  await page.getByRole('button', { name: 'Review order' }).click();
  await page.locator('#form-errors').waitFor();
  assert.ok(await page.getByLabel(/Ship to a new address/).isChecked());
  assert.ok(await fields.isVisible());
  assert.equal(await page.getByLabel('Address line 1').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Purchase order (PO) number').inputValue(), 'PO-NEW-2');
  await fillNewAddress(page, 'Joliet Annex - Dock 3');
  await page.getByRole('button', { name: 'Review order' }).click();
  await page.getByRole('heading', { name: 'Review your order' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Joliet Annex - Dock 3/);
  await context.close();
});

test('the new address on a 390px phone, without a script', async () => {
  const { context, page } = await newAddressCheckout({ viewport: { width: 390, height: 844 }, isMobile: true, javaScriptEnabled: false });
  await page.getByLabel(/Ship to a new address/).check();
  assert.ok(await page.locator('#new-address').isVisible());
  await noSidewaysScroll(page, 'checkout with the new address open', 390);
  await shot(page, 'checkout-new-address-phone');
  await context.close();
});

test('the back-office shipping page, on a desktop and a phone', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'staff@seller.test', /\/backoffice$/);
  await page.goto(`${portal.url}/backoffice/shipping`);
  assert.match(await page.locator('#methods').innerText(), /Standard ground/);
  // A bad rate comes back marked, the value kept.
  await page.getByLabel('Rate (%)', { exact: true }).first().fill('120');
  await page.getByRole('button', { name: 'Save rate' }).click();
  await page.locator('#rate-error').waitFor();
  assert.equal(await page.locator('#rate').inputValue(), '120');
  await shot(page, 'backoffice-shipping');
  await page.goto(`${portal.url}/backoffice/shipping/methods/${one("SELECT id FROM shipping_methods WHERE name = 'Standard ground'")}`);
  assert.equal(await page.locator('#band_weight-1').inputValue(), '10');
  assert.equal(await page.locator('#band_cost-4').inputValue(), '240.00');
  await shot(page, 'backoffice-shipping-method');
  // The company page's ordering card.
  await page.goto(`${portal.url}/backoffice/companies/${one("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'")}`);
  assert.ok(await page.getByLabel('PO number required at checkout').isChecked());
  await page.getByLabel('PO number required at checkout').uncheck();
  await page.getByRole('button', { name: 'Save ordering settings' }).click();
  await page.getByRole('status').filter({ hasText: 'A PO number is now optional' }).waitFor();
  assert.equal(one("SELECT po_number_required FROM companies WHERE name = 'Acme Industrial Supply'"), '0');
  await shot(page, 'backoffice-company-ordering');
  await context.close();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const p = await phone.newPage();
  await signIn(p, 'staff@seller.test', /\/backoffice$/);
  await p.goto(`${portal.url}/backoffice/shipping`);
  await noSidewaysScroll(p, '/backoffice/shipping', 390);
  await shot(p, 'backoffice-shipping-phone');
  await phone.close();
});
