// Staff find a company, open it, look at its My Account pages as the
// customer sees them (clearly marked on every page) and come back; an
// administrator reads the company's activity log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/(account|backoffice)$/ });

const banner = (page) => page.getByRole('status').filter({ hasText: 'Viewing as the customer' });

test('staff search a company, open it, view it as the customer and come back', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'staff@seller.test');
  await page.getByRole('link', { name: 'Companies', exact: true }).click();
  await page.waitForURL(`${portal.url}/backoffice/companies`);
  assert.equal(await page.locator('tbody tr').count(), Number(portal.sql('SELECT COUNT(*) FROM companies')));
  assert.equal(await page.locator('tr', { hasText: 'Ridgeline Fabrication' }).locator('.badge').first().innerText(), 'Blocked');
  await shot(page, 'backoffice-companies');

  await page.getByLabel('Name or account number').fill('C-100042');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\?q=C-100042/);
  assert.equal(await page.locator('tbody tr').count(), 1);
  assert.equal(await page.getByLabel('Name or account number').inputValue(), 'C-100042');
  await page.getByRole('link', { name: 'Acme Industrial Supply' }).click();
  await page.waitForURL(/\/backoffice\/companies\/\d+$/);
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Acme Industrial Supply/);
  const alicia = page.locator('tbody tr', { hasText: 'admin@acme.test' });
  assert.match(await alicia.getAttribute('class'), /table-info/);
  assert.equal(await alicia.locator('.badge').first().innerText(), 'Administrator');
  assert.ok(await page.getByRole('heading', { name: 'Business units' }).isVisible());
  assert.ok(await page.getByText('Invited a member').first().isVisible());
  await shot(page, 'backoffice-company');

  await page.getByRole('button', { name: 'View as customer' }).click();
  await page.waitForURL(`${portal.url}/account`);
  assert.match(await banner(page).innerText(), /Viewing as the customer: Acme Industrial Supply/);
  await page.locator('#admin-menu').click();
  assert.ok(await page.getByRole('link', { name: 'Activity' }).isVisible(), 'the customer\'s menu');
  await shot(page, 'viewing-as');
  await page.getByRole('link', { name: 'Company', exact: true }).click();
  await page.waitForURL(`${portal.url}/account/company`);
  assert.ok(await banner(page).isVisible(), 'marked on every page');
  await page.locator('#admin-menu').click();
  await page.getByRole('link', { name: 'Activity' }).click();
  await page.waitForURL(`${portal.url}/account/activity`);
  assert.ok(await banner(page).isVisible());
  const visit = page.locator('tbody tr', { hasText: 'Opened the account as the customer sees it' }).first();
  assert.match(await visit.innerText(), /Sam Staffer\s+seller staff/);

  await page.getByRole('button', { name: 'Back to the back office' }).click();
  await page.waitForURL(/\/backoffice\/companies\/\d+$/);
  await page.getByText('You have left Acme Industrial Supply\'s account.').waitFor();
  assert.equal(await banner(page).count(), 0);
  await context.close();
});

test('an administrator reads the activity log and filters it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'admin@acme.test');
  await page.locator('#admin-menu').click();
  await page.getByRole('link', { name: 'Activity' }).click();
  await page.waitForURL(`${portal.url}/account/activity`);
  const rows = page.locator('section table.table').first().locator(':scope > tbody > tr');
  assert.ok(await rows.count() >= 5);
  const changed = page.locator('tr', { hasText: 'Changed a member' }).first();
  assert.match(await changed.innerText(), /Priya Natarajan[^]*Role\s+Buyer\s+→ Purchasing manager/);
  await shot(page, 'account-activity');

  await page.getByLabel('Kind of change').selectOption({ label: 'Business units' });
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/kind=unit/);
  assert.equal(await rows.count(), 1);
  assert.match(await rows.first().innerText(), /Created a business unit/);
  await context.close();
});

test('the activity log and a company page are usable on a phone', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  await signIn(page, 'staff@seller.test');
  await page.goto(`${portal.url}/backoffice/companies?q=acme`);
  await page.getByRole('link', { name: 'Acme Industrial Supply' }).click();
  await page.waitForURL(/\/backoffice\/companies\/\d+$/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling of the page (${width}px)`);
  await shot(page, 'backoffice-company-phone');
  await page.goto(`${portal.url}/backoffice/activity`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 390);
  await shot(page, 'backoffice-activity-phone');
  await context.close();
});
