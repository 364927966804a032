// An administrator creates a custom role with the permission checkboxes and
// adds a business unit to the tree; the pages fit a phone screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

const ACME = "(SELECT id FROM companies WHERE erp_account_no = 'C-100042')";
const unitId = (name) => portal.sql(`SELECT id FROM business_units WHERE company_id = ${ACME} AND name = '${name}'`);

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/account$/ });

test('an administrator creates a custom role by ticking its permissions', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'admin@acme.test');
  await page.locator('#admin-menu').click();   // the Administration menu
  await page.getByRole('link', { name: 'Roles', exact: true }).click();
  await page.waitForURL(`${portal.url}/account/roles`);
  await page.getByRole('link', { name: 'New role' }).click();
  await page.waitForURL(`${portal.url}/account/roles/new`);

  // a missing name is shown next to the field and the ticks stay
  await page.getByLabel('Place orders', { exact: true }).check();
  await page.getByRole('button', { name: 'Create role' }).click();
  assert.match(await page.locator('#name-error').innerText(), /Give the role a name/);
  assert.equal(await page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.ok(await page.getByLabel('Place orders', { exact: true }).isChecked());

  await page.getByLabel('Name', { exact: true }).fill('Night shift lead');
  await page.getByLabel('Description').fill('Orders and approves for the night shift');
  await page.getByLabel('View unit orders', { exact: true }).check();
  await page.getByLabel('Approve orders', { exact: true }).check();
  await page.getByRole('button', { name: 'Create role' }).click();
  await page.waitForURL(`${portal.url}/account/roles`);
  await page.getByText('The role “Night shift lead” is created.').waitFor();
  const row = page.locator('tr', { has: page.getByRole('link', { name: 'Night shift lead', exact: true }) });
  assert.match(await row.innerText(), /3 of 15/);
  await shot(page, 'account-roles');

  await page.getByRole('link', { name: 'Night shift lead', exact: true }).click();
  await page.waitForURL(/\/account\/roles\/\d+$/);
  assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Night shift lead');
  for (const [label, on] of [['Place orders', true], ['View unit orders', true], ['Approve orders', true],
    ['Manage members', false], ['Export data', false]]) {
    assert.equal(await page.getByLabel(label, { exact: true }).isChecked(), on, label);
  }
  assert.equal(portal.sql("SELECT permissions FROM roles WHERE name = 'Night shift lead'"), String(32 + 128 + 512));
  await shot(page, 'account-role');
  await context.close();
});

test('an administrator adds a unit to the tree under a branch', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'admin@acme.test');
  await page.locator('#admin-menu').click();   // the Administration menu
  await page.getByRole('link', { name: 'Units', exact: true }).click();
  await page.waitForURL(`${portal.url}/account/units`);
  await page.getByLabel('Name', { exact: true }).fill('Quality Lab');
  await page.getByLabel('Kind').selectOption('department');
  await page.getByLabel('Under').selectOption(unitId('Houston Plant'));
  await page.getByRole('button', { name: 'Add unit' }).click();
  await page.waitForURL(`${portal.url}/account/units`);
  await page.getByText('“Quality Lab” is added under “Houston Plant”.').waitFor();
  // listed right below its parent's other children, one level deeper than Houston Plant
  const names = await page.locator('tbody tr td:first-child a').allInnerTexts();
  const at = names.indexOf('Quality Lab');
  assert.deepEqual(names.slice(at - 1, at + 2), ['Houston Plant', 'Quality Lab', 'Shipping & Receiving']);
  const row = page.locator('tr', { has: page.getByRole('link', { name: 'Quality Lab' }) });
  assert.match(await row.innerText(), /Department/);
  assert.equal(await row.locator('.ms-3').count(), 2, 'indented under Houston Plant');
  await shot(page, 'account-units');

  await page.getByRole('link', { name: 'Quality Lab' }).click();
  await page.waitForURL(/\/account\/units\/\d+$/);
  await page.getByLabel('Manager').selectOption({ label: 'Rosa Alvarez (r.alvarez@acme.test)' });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('The unit is saved.').waitFor();
  assert.equal(await page.locator('#manager_id option:checked').innerText(), 'Rosa Alvarez (r.alvarez@acme.test)');
  await shot(page, 'account-unit');
  await context.close();
});

test('the roles and units pages fit a phone screen', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await signIn(page, 'admin@acme.test');
  const role = portal.sql("SELECT id FROM roles WHERE name = 'Night shift lead'");
  for (const path of ['/account/roles', `/account/roles/${role}`, '/account/roles/4', '/account/units',
    `/account/units/${unitId('Maintenance')}`]) {
    await page.goto(`${portal.url}${path}`);
    // against the phone's width: a mobile browser widens its viewport to fit a too wide page
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - 390);
    assert.ok(overflow <= 0, `${path} does not scroll sideways (${overflow}px)`);
  }
  await page.goto(`${portal.url}/account/units`);
  await shot(page, 'account-units-phone');
  await page.goto(`${portal.url}/account/roles`);
  await shot(page, 'account-roles-phone');
  await page.goto(`${portal.url}/account/roles/${role}`);
  await shot(page, 'account-role-phone');
  await page.close();
});
