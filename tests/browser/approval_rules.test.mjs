// A company administrator writes the reference rules in the rule
// editor ("from $10,000 a Purchasing manager", "over $15,000 a Purchasing
// manager AND a Finance manager"), sees a mistake explained at its field,
// reads the rules back in plain words, and sets a member's spending limit;
// the pages fit a phone screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

const PURCHASING = 2;
const FINANCE = 3;

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/account(\/switch)?$/ });

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

// --- The condition blocks (issue 14, item 12) -------------------------------------

const ACME_ADMIN = 'admin@acme.test';
const conditions = (page) => page.locator('#conditions [data-condition]');
// Which of a condition's fields show (the others are hidden and disabled).
async function shownFields(page, n) {
  const shown = [];
  for (const part of ['op', 'amount', 'amount2', 'sku', 'category', 'period', 'days']) {
    const field = page.locator(`#c${n}_${part}`);
    const visible = await field.isVisible();
    assert.equal(await field.isDisabled(), !visible, `c${n}_${part}: disabled exactly when hidden`);
    if (visible) shown.push(part);
  }
  return shown;
}
const focused = (page) => page.evaluate(() => document.activeElement.id);

async function noSidewaysScroll(page, what, width) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px window`);
}

test('with the script, each condition shows only its fields, and conditions are added and removed in place', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, ACME_ADMIN);
  await page.goto(`${portal.url}/account/approval-rules/new`);
  await page.evaluate(() => { window.samePage = true; });

  // One condition to start with: an order total, "is over", an amount.
  assert.equal(await conditions(page).count(), 1);
  assert.deepEqual(await shownFields(page, 1), ['op', 'amount']);
  assert.equal(await page.getByRole('button', { name: 'Remove condition 1' }).isVisible(), false, 'the only condition stays');
  assert.equal(await page.getByRole('button', { name: /^Update fields/ }).count(), 0, 'the script needs no "Update fields"');
  assert.equal(await page.getByText('Leave unused conditions').count(), 0);
  await page.getByLabel('Name', { exact: true }).fill('Big or long spending');
  await page.locator('#c1_op').selectOption('between');
  assert.deepEqual(await shownFields(page, 1), ['op', 'amount', 'amount2']);
  await page.getByLabel('Amount', { exact: true }).fill('5,000');
  await page.getByLabel('Up to').fill('20,000');

  // Added in place, asking what it looks at; the focus goes to it.
  await page.getByRole('button', { name: 'Add condition' }).click();
  assert.equal(await conditions(page).count(), 2);
  assert.equal(await focused(page), 'c2_kind');
  assert.deepEqual(await shownFields(page, 2), []);
  await page.locator('#c2_kind').selectOption('contains_sku');
  assert.deepEqual(await shownFields(page, 2), ['sku']);
  await page.locator('#c2_sku').fill('PTL-CHD-0102');
  await page.getByRole('button', { name: 'Add condition' }).click();
  await page.locator('#c3_kind').selectOption('distinct_skus');
  assert.deepEqual(await shownFields(page, 3), ['op', 'amount']);
  assert.equal(await page.locator('label[for="c3_amount"]').innerText(), 'Number');
  await page.locator('#c3_kind').selectOption('period_spend');
  assert.deepEqual(await shownFields(page, 3), ['amount', 'period']);
  assert.equal(await page.locator('label[for="c3_amount"]').innerText(), 'Spend over');
  await page.locator('#c3_period').selectOption('rolling');
  assert.deepEqual(await shownFields(page, 3), ['amount', 'period', 'days']);
  await page.locator('#c3_amount').fill('2,500');
  await page.locator('#c3_days').fill('30');
  await page.getByRole('button', { name: 'Add condition' }).click();
  assert.equal(await conditions(page).count(), 4);
  assert.ok(await page.getByRole('button', { name: 'Add condition' }).isDisabled(), 'four at most');
  await page.getByRole('button', { name: 'Remove condition 4' }).click();
  assert.ok(await page.getByRole('button', { name: 'Add condition' }).isEnabled());

  // Removing the SKU condition: the spend condition becomes condition 2, values and all.
  await page.getByRole('button', { name: 'Remove condition 2' }).click();
  assert.equal(await conditions(page).count(), 2);
  assert.equal(await focused(page), 'c2_kind');
  assert.equal(await page.locator('#c2_kind').inputValue(), 'period_spend');
  assert.equal(await page.locator('#c2_amount').inputValue(), '2,500');
  assert.equal(await page.locator('#c2_days').inputValue(), '30');
  assert.equal(await conditions(page).nth(1).locator('legend').innerText(), 'Condition 2');
  assert.equal(await page.locator('#c2_days').getAttribute('name'), 'c2_days');
  assert.equal(await page.locator('label[for="c2_days"]').innerText(), 'Days');
  assert.equal(await page.locator('[id^="c3_"], [name^="c3_"], label[for^="c3_"]').count(), 0, 'numbered again');
  await page.waitForFunction(() => document.getElementById('conditions-status').textContent
    === 'Condition 2 removed. 2 conditions left.');   // what a screen reader hears
  // The blocks are joined by the word the "all / any" choice gives them.
  const joint = () => conditions(page).nth(1).evaluate((el) => getComputedStyle(el, '::before').content);
  assert.equal(await joint(), '"and"');
  await page.getByLabel('any one of them holds (OR)').check();
  assert.equal(await joint(), '"or"');
  await page.locator(`#ap_role_${FINANCE}`).check();
  assert.ok(await page.evaluate(() => window.samePage), 'no round trip so far');
  await shot(page, 'approval-rule-editor');

  await page.getByRole('button', { name: 'Create rule' }).click();
  await page.waitForURL(`${portal.url}/account/approval-rules`);
  const summary = 'Orders from $5,000.00 to $20,000.00 or that take the buyer\'s spend in the last 30 days over $2,500.00 '
    + 'from anyone need approval from a Finance manager';
  const row = page.locator('#rules tr', { hasText: 'Big or long spending' });
  assert.equal(await row.locator('.rule-summary').innerText(), summary);
  await row.getByRole('link', { name: 'Big or long spending', exact: true }).click();
  await page.waitForURL(/\/account\/approval-rules\/\d+$/);
  assert.equal(await page.locator('#rule-summary').innerText(), summary);
  assert.equal(await conditions(page).count(), 2);
  assert.deepEqual(await shownFields(page, 1), ['op', 'amount', 'amount2']);
  assert.deepEqual(await shownFields(page, 2), ['amount', 'period', 'days']);
  assert.equal(await page.locator('#c2_days').inputValue(), '30');
  await shot(page, 'approval-rule-saved');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a script, Add condition, Remove and Update fields are round trips that keep every value; the rule saves', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, ACME_ADMIN);
  await page.goto(`${portal.url}/account/approval-rules/new`);
  assert.equal(await conditions(page).count(), 1);
  assert.deepEqual(await shownFields(page, 1), ['op', 'amount']);
  await page.getByLabel('Name', { exact: true }).fill('Mid-size or pipe wrenches');
  await page.getByLabel('Level').selectOption('2');
  await page.locator('#c1_op').selectOption('between');
  // The comparison changed: "Update fields" brings its upper end.
  await page.getByRole('button', { name: 'Update fields of condition 1' }).click();
  await page.waitForLoadState();
  assert.deepEqual(await shownFields(page, 1), ['op', 'amount', 'amount2']);
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Mid-size or pipe wrenches');
  await page.locator('#c1_amount').fill('1,000');
  await page.locator('#c1_amount2').fill('4,999.99');

  await page.getByRole('button', { name: 'Add condition' }).click();
  await page.waitForLoadState();
  assert.equal(await conditions(page).count(), 2);
  assert.equal(await focused(page), 'c2_kind', 'the new condition has the focus');
  assert.equal(await page.locator('#c1_amount2').inputValue(), '4,999.99');
  assert.equal(await page.getByLabel('Level').inputValue(), '2');
  await page.locator('#c2_kind').selectOption('contains_sku');
  await page.getByRole('button', { name: 'Update fields of condition 2' }).click();
  await page.waitForLoadState();
  assert.deepEqual(await shownFields(page, 2), ['sku']);
  await page.locator('#c2_sku').fill('HTL-PPW-0101');

  await page.getByRole('button', { name: 'Add condition' }).click();
  await page.waitForLoadState();
  await page.locator('#c3_kind').selectOption('total_quantity');
  await page.getByRole('button', { name: 'Update fields of condition 3' }).click();
  await page.waitForLoadState();
  await page.locator('#c3_op').selectOption('ge');
  await page.locator('#c3_amount').fill('250');
  await page.getByLabel('any one of them holds (OR)').check();
  await page.locator(`#ap_role_${PURCHASING}`).check();
  await shot(page, 'approval-rule-editor-no-script');

  // Remove the SKU condition: the quantity one moves up with its values.
  await page.getByRole('button', { name: 'Remove condition 2' }).click();
  await page.waitForLoadState();
  assert.equal(await conditions(page).count(), 2);
  assert.equal(await page.locator('#c2_kind').inputValue(), 'total_quantity');
  assert.equal(await page.locator('#c2_op').inputValue(), 'ge');
  assert.equal(await page.locator('#c2_amount').inputValue(), '250');
  assert.equal(await page.locator('#c1_amount').inputValue(), '1,000');
  assert.ok(await page.getByLabel('any one of them holds (OR)').isChecked());
  assert.ok(await page.locator(`#ap_role_${PURCHASING}`).isChecked());

  // Enter in a field saves the rule, as "Create rule" does (not the first
  // Remove or Update button before it).
  await page.locator('#c2_amount').press('Enter');
  await page.waitForURL(`${portal.url}/account/approval-rules`);
  const summary = 'Orders from $1,000.00 to $4,999.99 or with 250 units or more from anyone need approval from a '
    + 'Purchasing manager, at level 2 (after the level 1 approvals)';
  assert.equal(await page.locator('#rules tr', { hasText: 'Mid-size or pipe wrenches' }).locator('.rule-summary').innerText(), summary);
  await context.close();
});

test('the rule editor\'s conditions on a phone', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await signIn(page, ACME_ADMIN);
  await page.goto(`${portal.url}/account/approval-rules/${portal.sql("SELECT id FROM approval_rules WHERE name = 'Big or long spending'")}`);
  await page.getByRole('button', { name: 'Add condition' }).click();
  await page.locator('#c3_kind').selectOption('contains_category');
  await page.locator('#c3_category').selectOption({ index: 2 });
  await noSidewaysScroll(page, 'the rule editor with three conditions', 390);
  await page.locator('#conditions').scrollIntoViewIfNeeded();
  await shot(page, 'approval-rule-editor-phone');
  await page.close();
});
