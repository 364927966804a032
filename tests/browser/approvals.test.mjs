// The approval flow in a browser: a buyer's order over $10,000
// waits for approval; the purchasing manager finds it in the inbox, opens
// it and approves it; the buyer sees it approved. Out of office, and the
// pages on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';
import { now, today } from '../lib/clock.mjs';

let portal, smtp, browser;
before(async () => ({ portal, smtp, browser } = await startStack({ mail: true, browser: true })));
after(() => stopStack({ portal, smtp, browser }));

const sql = (q) => portal.sql(q);
const unescape = (s) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/account$/ });

async function noSidewaysScroll(page, what, width) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px window`);
}

// Acme's reference rule for orders from $10,000 (the demo has it; a build
// whose demo has no rules yet gets it here).
function ensureReferenceRule() {
  const acme = sql("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  if (Number(sql(`SELECT COUNT(*) FROM approval_rules WHERE company_id = ${acme}`))) return;
  const t = now();
  sql(`INSERT INTO approval_rules (company_id, name, level, approver_kind, approver_mode, created_at, updated_at)
         VALUES (${acme}, 'Orders from $10,000', 1, 'role', 'any', ${t}, ${t});
       INSERT INTO approval_rule_conditions (rule_id, company_id, kind, op, amount, amount2)
         SELECT id, company_id, 'order_total', 'between', 1000000, 1500000 FROM approval_rules WHERE name = 'Orders from $10,000';
       INSERT INTO approval_rule_approvers (rule_id, company_id, kind, ref_id)
         SELECT id, company_id, 'role', 2 FROM approval_rules WHERE name = 'Orders from $10,000';`);
}

// The buyer's side of the order goes through the real cart and checkout
// (their own browser tests cover those pages).
async function placeOrder(email, subtotal) {
  const c = new Client(portal.url);
  await c.signIn(email);
  const [sku, price] = sql(`SELECT sku, list_price_cents FROM products WHERE active = 1 AND pack_size = 1 AND min_order_qty = 1
    AND list_price_cents BETWEEN 20000 AND 90000 AND sku NOT IN (SELECT sku FROM approval_rule_conditions)
    AND category_id NOT IN (SELECT category_id FROM approval_rule_conditions WHERE category_id IS NOT NULL)
    AND category_id NOT IN (SELECT k.id FROM categories k JOIN approval_rule_conditions c ON c.category_id = k.parent_id)
    ORDER BY sku LIMIT 1`).split('|');
  await c.get('/cart');
  assert.equal((await c.post('/cart/items', { sku, quantity: String(Math.ceil(subtotal / Number(price))) })).status, 303);
  const form = await c.get('/checkout');
  const pick = (name) => {
    const tags = [...form.text.matchAll(new RegExp(`<input[^>]*name="${name}"[^>]*>`, 'g'))].map((m) => m[0])
      .filter((t) => !/value="new"/.test(t));
    return ((tags.find((t) => / checked/.test(t)) ?? tags[0]).match(/value="([^"]*)"/) || [])[1];
  };
  const review = await c.post('/checkout/review', { ship_to: pick('ship_to'), bill_to: pick('bill_to'),
    shipping_method: pick('shipping_method'), payment_method: pick('payment_method'), po_number: 'PO-7781',
    delivery_date: '', notes: 'Spare motors for line 3.' });
  assert.equal(review.status, 200);
  const place = review.text.slice(review.text.indexOf('action="/checkout"'));
  const hidden = Object.fromEntries([...place.slice(0, place.indexOf('</form>')).matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)]
    .map((m) => [m[1], unescape(m[2])]));
  const done = await c.post('/checkout', hidden);
  assert.equal(done.status, 303);
  return done.location.split('/').pop();
}

test('the purchasing manager approves an order from the inbox; the buyer sees it approved', async () => {
  ensureReferenceRule();
  const number = await placeOrder('d.kowalski@acme.test', 1100000);
  assert.equal(sql(`SELECT status FROM orders WHERE number = '${number}'`), 'pending_approval');

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const priya = await context.newPage();
  await signIn(priya, 'purchasing@acme.test');
  await priya.getByRole('link', { name: 'Open approvals' }).click();
  await priya.waitForURL(`${portal.url}/account/approvals`);
  const row = priya.getByRole('row').filter({ hasText: number });
  await row.waitFor();
  assert.match(await row.innerText(), /Derek Kowalski/);
  await shot(priya, 'approvals-inbox');

  await row.getByRole('link', { name: `Review order ${number}` }).click();
  await priya.waitForURL(/\/account\/approvals\/\d+$/);
  await priya.getByRole('heading', { name: `Order ${number}` }).waitFor();
  assert.ok(await priya.getByText('Because the order total').isVisible());
  // Rejecting without a comment is refused next to the field.
  await priya.getByRole('button', { name: 'Reject' }).click();
  await priya.locator('#comment-error').waitFor();
  assert.match(await priya.locator('#comment-error').innerText(), /Say why you reject the order/);
  await shot(priya, 'approvals-step-error');
  await priya.getByLabel(/Comment/).fill('Approved: the spare motors are in this year\'s budget.');
  await shot(priya, 'approvals-step');
  await priya.getByRole('button', { name: `Approve ${number}` }).click();
  await priya.waitForURL(`${portal.url}/account/approvals`);
  await priya.getByText(`Order ${number} is approved.`).waitFor();
  assert.equal(sql(`SELECT status FROM orders WHERE number = '${number}'`), 'approved');
  await priya.getByRole('link', { name: 'Decided by me' }).click();
  await priya.getByRole('row').filter({ hasText: number }).waitFor();
  await shot(priya, 'approvals-decided');

  // The buyer hears of it and sees it approved, with the trail.
  await smtp.waitFor(1, (m) => m.rcpt_tos.includes('d.kowalski@acme.test') && new RegExp(`Your order ${number} is approved`).test(m.headers.Subject));
  const buyerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const derek = await buyerContext.newPage();
  await signIn(derek, 'd.kowalski@acme.test');
  await derek.goto(`${portal.url}/account/orders/${number}`);
  const trail = derek.locator('section.approval-trail');
  await trail.waitFor();
  assert.match(await trail.innerText(), /Priya Natarajan/);
  assert.match(await trail.innerText(), /in this year's budget/);
  assert.match(await derek.locator('main').innerText(), /Approved/);
  await shot(derek, 'approvals-order-approved');

  // On a phone: the inbox and the decision page fit.
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const phone = await phoneContext.newPage();
  await signIn(phone, 'finance@acme.test');
  await phone.goto(`${portal.url}/account/approvals`);
  await phone.getByRole('link', { name: /Review order/ }).first().waitFor();
  await noSidewaysScroll(phone, 'inbox', 390);
  await shot(phone, 'approvals-inbox-phone');
  await phone.getByRole('link', { name: /Review order/ }).first().click();
  await phone.getByRole('button', { name: 'Reject' }).waitFor();
  await noSidewaysScroll(phone, 'decision page', 390);
  await shot(phone, 'approvals-step-phone');
  await Promise.all([context.close(), buyerContext.close(), phoneContext.close()]);
});

test('an approver sets an out-of-office period with a delegate', async () => {
  for (const [width, name] of [[1280, 'approvals-out-of-office'], [390, 'approvals-out-of-office-phone']]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, isMobile: width < 500 });
    const page = await context.newPage();
    await signIn(page, 'finance@acme.test');
    await page.goto(`${portal.url}/account/out-of-office`);
    await page.getByRole('heading', { name: 'Out of office', level: 1 }).waitFor();
    if (width > 500) {
      // No delegate chosen: the message is next to the field.
      await page.getByRole('button', { name: 'Save out of office' }).click();
      await page.locator('#delegate_user_id-error').waitFor();
      await shot(page, 'approvals-out-of-office-error');
      const last = today(5);
      await page.getByLabel('Last day').fill(last);
      await page.getByLabel('Who decides for you').selectOption({ label: 'Alicia Moreno (admin@acme.test)' });
      await page.getByRole('button', { name: 'Save out of office' }).click();
      await page.getByText('Approval requests arriving meanwhile also go to Alicia Moreno').waitFor();
      assert.equal(sql(`SELECT u.email FROM approval_delegations d JOIN users u ON u.id = d.delegate_user_id
        WHERE d.user_id = (SELECT id FROM users WHERE email = 'finance@acme.test')`), 'admin@acme.test');
    }
    await noSidewaysScroll(page, 'out of office', width);
    await shot(page, name);
    await context.close();
  }
  // The back office's read-only view of the company's set-up.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const staff = await context.newPage();
  await staff.goto(`${portal.url}/login`);
  await staff.getByLabel('Work email').fill('staff@seller.test');
  await staff.getByLabel('Password').fill(DEMO_PASSWORD);
  await staff.getByRole('button', { name: 'Sign in' }).click();
  await staff.waitForURL(/\/backoffice$/);
  const acme = sql("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  await staff.goto(`${portal.url}/backoffice/companies/${acme}/approval-rules`);
  await staff.getByRole('heading', { name: 'Orders waiting for approval' }).waitFor();
  await shot(staff, 'backoffice-company-approval-rules');
  await context.close();
});
