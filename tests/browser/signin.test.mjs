// A person signs in through the real form in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal, DEMO_PASSWORD } from '../lib/portal.mjs';
import { launchBrowser, shot } from '../lib/browser.mjs';

let portal, browser;
before(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await portal?.stop();
});

test('the demo buyer signs in through the form and lands on the dashboard', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${portal.url}/`);
  assert.equal(new URL(page.url()).pathname, '/login');
  await shot(page, 'login');
  await page.getByLabel('Work email').fill('buyer@acme.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${portal.url}/account`);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Welcome back, Ben');
  assert.ok(await page.getByText('Acme Industrial Supply').first().isVisible());
  const rows = await page.locator('table tbody tr').count();
  assert.ok(rows > 0, 'recent orders are listed');
  await shot(page, 'account-dashboard');
  assert.deepEqual(errors, [], 'no console errors (CSP violations would show here)');

  await page.locator('#user-menu').click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${portal.url}/login`);
  assert.ok(await page.getByText('You have been signed out.').isVisible());
  await page.close();
});

test('a wrong password shows the message on the form with the email kept', async () => {
  const page = await browser.newPage();
  await page.goto(`${portal.url}/login`);
  await page.getByLabel('Work email').fill('buyer@acme.test');
  await page.getByLabel('Password').fill('not-my-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByRole('alert').innerText(), 'The email or password is incorrect.');
  assert.equal(await page.getByLabel('Work email').inputValue(), 'buyer@acme.test');
  assert.equal(await page.getByLabel('Password').inputValue(), '');
  await page.close();
});

test('staff land in the back office; the dashboard works on a phone', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await page.goto(`${portal.url}/login`);
  await page.getByLabel('Work email').fill('staff@seller.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${portal.url}/backoffice`);
  assert.ok(await page.getByRole('heading', { name: 'Customer companies' }).isVisible());
  // the menu collapses behind a toggle on a narrow screen
  const toggle = page.getByRole('button', { name: 'Toggle navigation' });
  assert.ok(await toggle.isVisible());
  await toggle.click();
  await page.locator('#main-nav.show').waitFor();   // the menu has finished opening
  await page.locator('#user-menu').click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'visible' });
  await shot(page, 'backoffice-dashboard-phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - 390);   // innerWidth grows with a too-wide page
  assert.ok(overflow <= 0, `page does not scroll sideways (${overflow}px)`);
  await page.close();
});
