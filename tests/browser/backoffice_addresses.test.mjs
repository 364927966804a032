// Staff open the queue of addresses waiting for the seller, open a proposal
// and approve it; a rejection without a reason is explained on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { now } from '../lib/clock.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/(account|backoffice)$/ });

function propose(label, city) {
  portal.sql("UPDATE companies SET address_approval = 'seller' WHERE name = 'Acme Industrial Supply'");
  return Number(portal.sql(
    `INSERT INTO addresses (company_id, label, kind, attention, line1, line2, city, region, postal_code, country, phone,
       delivery_instructions, status, pending_with, proposed_by, created_at, updated_at)
     VALUES ((SELECT id FROM companies WHERE name = 'Acme Industrial Supply'), '${label}', 'shipping', 'Receiving',
       '2455 Commerce Dr', 'Dock 3', '${city}', 'IL', '60504', 'US', '(630) 555-0119', 'Dock open 6:00 to 14:00.',
       'pending', 'seller', (SELECT id FROM users WHERE email = 'buyer@acme.test'),
       ${now()} - 3600, ${now()} - 3600);
     SELECT last_insert_rowid();`));
}

test('staff open the queue and approve a proposal', async () => {
  const id = propose('Aurora Cross-Dock', 'Aurora');
  propose('Bolingbrook Yard', 'Bolingbrook');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'staff@seller.test');
  await page.goto(`${portal.url}/backoffice/addresses`);
  assert.equal(await page.getByRole('link', { name: /Waiting for us/ }).getAttribute('aria-current'), 'page');
  assert.equal(await page.locator('tbody tr').count(), 2);
  const row = page.locator('tbody tr', { hasText: 'Aurora Cross-Dock' });
  assert.match(await row.innerText(), /Acme Industrial Supply\s+Aurora, US\s+Shipping\s+Ben Carter/);
  await shot(page, 'backoffice-addresses');

  await row.getByRole('link', { name: 'Aurora Cross-Dock' }).click();
  await page.waitForURL(`${portal.url}/backoffice/addresses/${id}`);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Aurora Cross-Dock');
  assert.equal(await page.locator('h1 + .badge').innerText(), 'Waiting for us');
  assert.equal(await page.getByLabel('Label').inputValue(), 'Aurora Cross-Dock');
  assert.equal(await page.getByLabel('Country').inputValue(), 'US');
  assert.ok(await page.getByText('Portal (not in the ERP yet)').isVisible());

  // rejecting without a reason is explained, nothing changes
  await page.getByRole('button', { name: 'Reject proposal' }).click();
  await page.waitForURL(`${portal.url}/backoffice/addresses/${id}/reject`);
  assert.equal(await page.getByLabel('Reason for rejecting').getAttribute('aria-invalid'), 'true');
  assert.ok(await page.locator('#reason-error').isVisible());
  assert.equal(portal.sql(`SELECT status FROM addresses WHERE id = ${id}`), 'pending');
  await page.goto(`${portal.url}/backoffice/addresses/${id}`);
  await shot(page, 'backoffice-address');

  await page.getByRole('button', { name: 'Approve address' }).click();
  await page.waitForURL(`${portal.url}/backoffice/addresses/${id}`);
  assert.ok(await page.getByText('The address is approved and can be used now.').isVisible());
  assert.equal(await page.locator('h1 + .badge').innerText(), 'Active');
  assert.equal(await page.getByRole('button', { name: 'Approve address' }).count(), 0);
  assert.ok(await page.getByText(/Approved by Sam Staffer/).isVisible());
  assert.equal(portal.sql(`SELECT status || '|' || pending_with FROM addresses WHERE id = ${id}`), 'active|');

  await page.goto(`${portal.url}/backoffice/addresses`);
  assert.deepEqual(await page.locator('tbody tr td:first-child a').allInnerTexts(), ['Bolingbrook Yard']);

  // on a phone, the queue and the address page still read well
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'backoffice-addresses-phone');
  await page.goto(`${portal.url}/backoffice/addresses/${id}`);
  await shot(page, 'backoffice-address-phone');
  await context.close();
});
