// Credit in the browser (issue #20): a finance manager opens the credit
// page (the chart, at 1280 px and on a phone), asks for a higher limit,
// the account manager approves it in the back office, and the buyer sees
// the new available credit at checkout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';
import { today } from '../lib/clock.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

const money = (cents) => `$${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
function figures() {
  const [balance, reserved, limit] = portal.sql(`SELECT balance_after, reserved_after, limit_after FROM credit_ledger
    WHERE company_id = (SELECT id FROM companies WHERE name = 'Acme Industrial Supply') ORDER BY id DESC LIMIT 1`).split('|').map(Number);
  return { balance, reserved, limit, available: limit - balance - reserved };
}

test('the credit page on a phone: figures first, the chart fits, no sideways scrolling', async () => {
  const width = 390;
  const context = await browser.newContext({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInAs(page, portal.url, 'finance@acme.test');
  await page.goto(`${portal.url}/account/credit`);
  await page.locator('#available').waitFor();
  const chart = await page.locator('#credit-chart').boundingBox();
  assert.ok(chart && chart.x >= 0 && chart.x + chart.width <= width, 'the chart fits the screen');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, 'no sideways scrolling');
  await shot(page, 'credit-phone');
  await context.close();
});

test('a finance manager asks for more credit, staff approve it, the buyer sees it at checkout', async () => {
  // The demo's own open request is decided first: one open request at a time.
  portal.sql("UPDATE credit_requests SET status = 'declined', decision_reason = 'Superseded' WHERE status = 'open'");
  const before = figures();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signInAs(page, portal.url, 'finance@acme.test');
  await page.getByRole('link', { name: 'Credit', exact: true }).first().click();
  await page.waitForURL(`${portal.url}/account/credit`);
  assert.equal(await page.locator('#available').innerText(), money(before.available));
  await page.locator('#credit-chart').scrollIntoViewIfNeeded();
  await shot(page, 'credit-chart');
  // The table of the chart's figures, for screen readers and anyone who opens it.
  await page.getByText('The figures as a table').click();
  assert.equal(await page.locator('#chart-table tbody tr').count(), 12);
  await page.getByRole('link', { name: 'Request more credit' }).click();
  await page.waitForURL(`${portal.url}/account/credit/request`);
  // Wrong first: the value is kept and the message is by the field.
  await page.getByLabel('New credit limit').fill('lots');
  await page.getByLabel('Reason').fill('Spring season: three plants reorder at once.');
  await page.getByRole('button', { name: 'Send the request' }).click();
  await page.locator('#amount-error').waitFor();
  assert.equal(await page.getByLabel('Reason').inputValue(), 'Spring season: three plants reorder at once.');
  await shot(page, 'credit-request-error');
  await page.getByLabel('New credit limit').fill('90,000.00');
  await page.getByLabel('Temporary until (optional)').fill(today(45));
  await page.getByRole('button', { name: 'Send the request' }).click();
  await page.waitForURL(`${portal.url}/account/credit`);
  await page.locator('#requests').getByText('Waiting for a decision').waitFor();
  await context.close();

  const staff = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(staff, portal.url, 'dana.reyes@seller.test');
  await staff.goto(`${portal.url}/backoffice/credit`);
  await shot(staff, 'credit-backoffice');
  await staff.locator('#credit-requests').getByRole('link', { name: 'Acme Industrial Supply' }).first().click();
  await staff.getByLabel('New credit limit (when approving)').fill('85,000.00');
  await shot(staff, 'credit-backoffice-request');
  await staff.getByRole('button', { name: 'Save the decision' }).click();
  await staff.waitForURL(/\/backoffice\/credit\/\d+$/);
  assert.equal(await staff.locator('#bo-limit').innerText().then((t) => t.split('\n')[0]), '$85,000.00');
  await shot(staff, 'credit-backoffice-company');
  await staff.context().close();

  const after = figures();
  assert.equal(after.limit, 8_500_000);
  const buyer = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signInAs(buyer, portal.url, 'buyer@acme.test');
  await buyer.goto(`${portal.url}/checkout`);
  await buyer.locator('input[name="shipping_method"]').first().check();
  await buyer.locator('input[name="po_number"]').fill('PO-CREDIT-1');
  await buyer.locator('form[action="/checkout/review"] [type="submit"]').first().click();
  await buyer.getByRole('heading', { name: 'Review your order' }).waitFor();
  assert.equal(await buyer.locator('#available-credit').innerText(), money(after.available));
  await shot(buyer, 'credit-checkout');
  await buyer.context().close();
});
