// Seller staff follow the outbox in the back office.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot } from '../lib/browser.mjs';

let portal, smtp, browser;
before(async () => ({ portal, smtp, browser } = await startStack({ mail: true, browser: true })));
after(() => stopStack({ portal, smtp, browser }));

test('staff send a test mail, watch it go out and open it', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${portal.url}/login`);
  await page.getByLabel('Work email').fill('staff@seller.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Mail' }).click();
  await page.waitForURL(`${portal.url}/backoffice/mail`);
  // the demo outbox has history, including a bounced message
  assert.ok(await page.getByText('old.buyer@borealis.test').isVisible());

  const field = page.getByLabel('Send a test message to (one or more addresses)');
  await field.fill('not an address');
  await page.getByRole('button', { name: 'Send test' }).click();
  assert.match(await page.locator('#test-error').innerText(), /email address/);
  assert.equal(await field.inputValue(), 'not an address');

  await field.fill('receiving@customer.test');
  await page.getByRole('button', { name: 'Send test' }).click();
  await page.getByText('A test message to receiving@customer.test is queued.').waitFor();
  await smtp.waitFor(1, (m) => m.rcpt_tos.includes('receiving@customer.test'));
  await page.reload();
  const row = page.locator('tr', { hasText: 'receiving@customer.test' });
  assert.equal(await row.locator('.badge').innerText(), 'sent');
  await shot(page, 'backoffice-mail');

  await row.getByRole('link').click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^Test message from/);
  const frame = page.frameLocator('iframe.mail-preview');
  assert.ok(await frame.getByText('Open the portal').isVisible());
  await shot(page, 'backoffice-mail-message');
  await page.close();
});

test('a member switches off shipping notices', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${portal.url}/login`);
  await page.getByLabel('Work email').fill('buyer@acme.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#user-menu').click();
  await page.getByRole('link', { name: 'Notifications' }).click();
  const shipping = page.getByLabel('Shipping notices');
  assert.equal(await shipping.isChecked(), true);
  assert.equal(await page.getByLabel('Password reset').isDisabled(), true);
  await shipping.uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Your notification settings are saved.').waitFor();
  assert.equal(await page.getByLabel('Shipping notices').isChecked(), false);
  await shot(page, 'account-notifications');
  await page.close();
});
