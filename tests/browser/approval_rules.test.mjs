// A company administrator writes the reference rules in the rule
// editor ("from $10,000 a Purchasing manager", "over $15,000 a Purchasing
// manager AND a Finance manager"), sees a mistake explained at its field,
// reads the rules back in plain words, and sets a member's spending limit;
// the pages fit a phone screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot } from '../lib/browser.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

const PURCHASING = 2;
const FINANCE = 3;

async function signIn(page, email) {
  await page.goto(`${portal.url}/login`);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/account(\/switch)?$/);
}

test('an administrator writes the $10,000 and $15,000 rules in the editor', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'admin@borealis.test');
  await page.locator('summary', { hasText: 'Administration' }).click();
  await page.getByRole('link', { name: 'Approval rules' }).click();
  await page.waitForURL(`${portal.url}/account/approval-rules`);
  await page.getByText('Borealis Builders has no approval rules yet').waitFor();
  await shot(page, 'approval-rules-empty');

  // the first rule, with a mistake: the upper end below the lower end
  await page.getByRole('link', { name: 'New rule' }).click();
  await page.waitForURL(`${portal.url}/account/approval-rules/new`);
  await page.getByLabel('Name', { exact: true }).fill('Orders from $10,000');
  await page.locator('#c1_kind').selectOption('order_total');
  await page.locator('#c1_op').selectOption('between');
  await page.locator('#c1_amount').fill('10,000.00');
  await page.locator('#c1_amount2').fill('1,500.00');
  await page.locator(`#ap_role_${PURCHASING}`).check();
  await shot(page, 'approval-rule-new');
  await page.getByRole('button', { name: 'Create rule' }).click();
  assert.equal(await page.locator('#c1_amount2-error').innerText(),
    'Up to: The upper end must be at least the lower end (between includes both).');
  assert.equal(await page.locator('#c1_amount2').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#c1_amount').inputValue(), '10,000.00');
  assert.ok(await page.locator(`#ap_role_${PURCHASING}`).isChecked(), 'the ticks stay');
  await shot(page, 'approval-rule-errors');
  await page.locator('#form-errors').getByRole('link', { name: 'Condition 1: upper end' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'c1_amount2');
  await page.locator('#c1_amount2').fill('15,000.00');
  await page.getByRole('button', { name: 'Create rule' }).click();
  await page.waitForURL(`${portal.url}/account/approval-rules`);
  await page.getByText('The rule “Orders from $10,000” is created and applies to new orders.').waitFor();

  // the second: a Purchasing manager AND a Finance manager
  await page.getByRole('link', { name: 'New rule' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Orders over $15,000');
  await page.locator('#c1_kind').selectOption('order_total');
  await page.locator('#c1_op').selectOption('gt');
  await page.locator('#c1_amount').fill('15000');
  await page.locator(`#ap_role_${PURCHASING}`).check();
  await page.locator(`#ap_role_${FINANCE}`).check();
  await page.getByLabel('all of them').check();
  await page.getByRole('button', { name: 'Create rule' }).click();
  await page.waitForURL(`${portal.url}/account/approval-rules`);

  const summaries = await page.locator('#rules .rule-summary').allInnerTexts();
  assert.deepEqual(summaries, [
    'Orders from $10,000.00 to $15,000.00 from anyone need approval from a Purchasing manager',
    'Orders over $15,000.00 from anyone need approval from a Purchasing manager AND a Finance manager',
  ]);
  await shot(page, 'approval-rules');

  await page.getByRole('link', { name: 'Orders over $15,000', exact: true }).click();
  await page.waitForURL(/\/account\/approval-rules\/\d+$/);
  assert.equal(await page.locator('#rule-summary').innerText(),
    'Orders over $15,000.00 from anyone need approval from a Purchasing manager AND a Finance manager');
  assert.equal(await page.locator('#c1_amount').inputValue(), '15000.00');
  assert.ok(await page.getByLabel('all of them').isChecked());
  await shot(page, 'approval-rule');
  await context.close();
});

test('an administrator sets a buyer\'s monthly spending limit on the member page', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'admin@acme.test');
  const rosa = portal.sql("SELECT id FROM users WHERE email = 'r.alvarez@acme.test'");
  await page.goto(`${portal.url}/account/team/${rosa}`);
  assert.equal(await page.locator('#spending-limit').innerText(), 'No limit');
  await page.getByLabel('Amount (USD)').fill('2,000');
  await page.getByLabel('Per', { exact: true }).selectOption('month');
  await page.getByRole('button', { name: 'Save limit' }).click();
  await page.getByText('Rosa Alvarez\'s spending limit is now $2,000.00 per month.').waitFor();
  assert.equal(await page.locator('#spending-limit').innerText(), '$2,000.00 per month');
  await shot(page, 'account-team-member-limit');
  await context.close();
});

test('the rule pages fit a phone screen', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await signIn(page, 'admin@acme.test');
  const rule = portal.sql("SELECT id FROM approval_rules WHERE name = 'Orders over $15,000' AND company_id = (SELECT id FROM companies WHERE erp_account_no = 'C-100042')");
  const ben = portal.sql("SELECT id FROM users WHERE email = 'buyer@acme.test'");
  for (const path of ['/account/approval-rules', '/account/approval-rules/new', `/account/approval-rules/${rule}`,
    `/account/team/${ben}`]) {
    await page.goto(`${portal.url}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - 390);
    assert.ok(overflow <= 0, `${path} does not scroll sideways (${overflow}px)`);
  }
  await page.goto(`${portal.url}/account/approval-rules`);
  await shot(page, 'approval-rules-phone');
  await page.goto(`${portal.url}/account/approval-rules/${rule}`);
  await shot(page, 'approval-rule-phone');
  await page.close();
});
