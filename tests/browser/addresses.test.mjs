// The scenario: a buyer proposes a new shipping address from the
// address book, a company administrator approves it, and the buyer makes
// it their default shipping address. The pages work on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, smtp, browser;
before(async () => ({ portal, smtp, browser } = await startStack({ mail: true, browser: true })));
after(() => stopStack({ portal, smtp, browser }));

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/account$/ });

async function noSidewaysScroll(page, what, width) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px window`);
}

test('a buyer proposes a shipping address, an administrator approves it, the buyer makes it their default', async () => {
  const buyerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const buyer = await buyerContext.newPage();
  await signIn(buyer, 'buyer@acme.test');
  await buyer.goto(`${portal.url}/account/addresses`);
  await buyer.getByRole('link', { name: 'Propose a shipping address' }).click();
  await buyer.waitForURL(`${portal.url}/account/addresses/new`);
  assert.match(await buyer.locator('#approval-note').innerText(), /company administrator approves/);

  // a mistake first: the message sits next to the field, the values stay
  await buyer.getByLabel('Label').fill('Chicago Plant - Dock 9');
  await buyer.getByLabel('Address line 1').fill('4600 S Kilbourn Ave');
  await buyer.getByLabel('Postal code').fill('60632');
  await buyer.getByRole('button', { name: 'Propose the address' }).click();
  await buyer.locator('#city-error').waitFor();
  assert.equal(await buyer.getByLabel('City').getAttribute('aria-invalid'), 'true');
  assert.equal(await buyer.getByLabel('Label').inputValue(), 'Chicago Plant - Dock 9');

  await buyer.getByLabel('City').fill('Chicago');
  await buyer.getByLabel('State, province or region').fill('IL');
  await buyer.getByLabel('Delivery instructions (optional)').fill('Dock 9 only.\nCall 30 minutes ahead.');
  await buyer.getByRole('button', { name: 'Propose the address' }).click();
  await buyer.waitForURL(/\/account\/addresses\/\d+$/);
  await buyer.getByText('waits for a company administrator').first().waitFor();
  const id = buyer.url().match(/(\d+)$/)[1];
  assert.equal(portal.sql(`SELECT status || '|' || pending_with FROM addresses WHERE id = ${id}`), 'pending|company');
  assert.equal(await buyer.getByRole('button', { name: /Make this my default/ }).count(), 0, 'not usable while pending');

  // the administrator hears about it and approves
  const [mail] = await smtp.waitFor(1, (m) => m.rcpt_tos.includes('admin@acme.test') && /New address to approve/.test(m.headers.Subject));
  const m = mail.text.match(/(\/account\/addresses\/\d+)/);
  assert.ok(m, mail.text);
  const link = m[1];
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin@acme.test');
  await admin.goto(`${portal.url}/account/addresses`);
  assert.ok(await admin.getByRole('link', { name: 'Chicago Plant - Dock 9' }).isVisible());
  await shot(admin, 'account-addresses');
  await admin.goto(portal.url + link);
  await admin.getByRole('heading', { name: 'Decide on this proposal' }).waitFor();
  await shot(admin, 'account-address');
  await admin.getByRole('button', { name: 'Approve' }).click();
  await admin.getByText('The address was approved').waitFor();
  assert.equal(portal.sql(`SELECT status FROM addresses WHERE id = ${id}`), 'active');
  await smtp.waitFor(1, (m) => m.rcpt_tos.includes('buyer@acme.test') && /was approved/.test(m.headers.Subject));

  // the buyer makes it their default
  await buyer.goto(`${portal.url}/account/addresses/${id}`);
  await buyer.getByRole('button', { name: 'Make this my default shipping address' }).click();
  await buyer.getByText('This is now your default shipping address.').waitFor();
  assert.equal(portal.sql(`SELECT address_id FROM member_default_addresses m JOIN users u ON u.id = m.user_id
    WHERE u.email = 'buyer@acme.test' AND kind = 'shipping'`), id);
  await buyer.goto(`${portal.url}/account/addresses`);
  const row = buyer.locator('tr', { hasText: 'Chicago Plant - Dock 9' });
  assert.match(await row.innerText(), /Your shipping default/);
  await adminContext.close();
  await buyerContext.close();
});

test('the address book and an address page fit a phone', async () => {
  const width = 390;
  const context = await browser.newContext({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'admin@acme.test');
  await page.goto(`${portal.url}/account/addresses`);
  await noSidewaysScroll(page, 'address book', width);
  await shot(page, 'account-addresses-phone');
  const houston = portal.sql("SELECT id FROM addresses WHERE label = 'Houston Plant'");
  await page.goto(`${portal.url}/account/addresses/${houston}`);
  await page.getByRole('heading', { name: 'Request a change' }).waitFor();
  await noSidewaysScroll(page, 'address page', width);
  const own = portal.sql("SELECT id FROM addresses WHERE label = 'Chicago Plant - Dock 9'");
  await page.goto(`${portal.url}/account/addresses/${own}`);
  await noSidewaysScroll(page, 'editable address page', width);
  await page.goto(`${portal.url}/account/addresses/new`);
  await noSidewaysScroll(page, 'new address form', width);
  await context.close();
});
