// A business applies, confirms its email, staff approve it, and its
// administrator signs in: the whole journey through the real pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot } from '../lib/browser.mjs';

let portal, smtp, browser;
before(async () => ({ portal, smtp, browser } = await startStack({ mail: true, browser: true })));
after(() => stopStack({ portal, smtp, browser }));

const EMAIL = 'jonas@tidewater-hvac.test';
const PASSWORD = 'tidewater heating 2026';

test('apply, confirm by mail, get approved, sign in as administrator', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${portal.url}/register`);
  // first a mistake: the form answers on the same page and keeps the values
  await page.getByLabel('Legal company name').fill('Tidewater HVAC Supply');
  await page.getByRole('button', { name: 'Send application' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByLabel('Legal company name').inputValue(), 'Tidewater HVAC Supply');
  await shot(page, 'register-errors');

  await page.getByLabel('Tax or VAT ID').fill('54-2210987');
  await page.getByLabel('Street address').fill('801 Water St');
  await page.getByLabel('City').fill('Norfolk');
  await page.getByLabel('State, province or region').fill('VA');
  await page.getByLabel('Postal code').fill('23510');
  await page.getByLabel('Full name').fill('Jonas Beck');
  await page.getByLabel('Job title').fill('Owner');
  await page.getByLabel('Work email').fill(EMAIL);
  await page.getByLabel('Phone').fill('(757) 555-0133');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByLabel(/I accept the terms/).check();
  await page.getByRole('button', { name: 'Send application' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();

  const [mail] = await smtp.waitFor(1, (m) => m.rcpt_tos.includes(EMAIL));
  const link = mail.text.match(/http:\/\/\S+\/register\/verify\/\S+/)[0];
  await page.goto(link);
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await page.getByRole('heading', { name: /your email is confirmed/ }).waitFor();

  const staff = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await staff.goto(`${portal.url}/login`);
  await staff.getByLabel('Work email').fill('staff@seller.test');
  await staff.getByLabel('Password').fill(DEMO_PASSWORD);
  await staff.getByRole('button', { name: 'Sign in' }).click();
  await staff.getByRole('link', { name: 'Applications', exact: true }).click();
  await shot(staff, 'backoffice-applications');
  await staff.getByRole('link', { name: 'Tidewater HVAC Supply' }).click();
  await staff.getByLabel('Add a note (only staff see it)').fill('Called Jonas, references fine.');
  await staff.getByRole('button', { name: 'Add note' }).click();
  await staff.getByText('Called Jonas, references fine.').waitFor();
  await staff.getByLabel('New customer account number').fill('C-200777');
  await staff.getByLabel('Account manager').selectOption({ label: 'Dana Reyes' });
  await shot(staff, 'backoffice-application');
  await staff.getByRole('button', { name: 'Approve and send welcome mail' }).click();
  await staff.getByText('Approved: the company is active').waitFor();

  await smtp.waitFor(1, (m) => m.rcpt_tos.includes(EMAIL) && /approved/.test(m.headers.Subject));
  await page.goto(`${portal.url}/login`);
  await page.getByLabel('Work email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${portal.url}/account`);
  assert.ok(await page.getByText('Tidewater HVAC Supply').first().isVisible());
  assert.ok(await page.locator('main').getByText('Administrator').first().isVisible());
  await staff.close();
  await page.close();
});

test('the registration form works on a phone', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
  await page.goto(`${portal.url}/register`);
  await shot(page, 'register-phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - 390);   // innerWidth grows with a too-wide page
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await page.close();
});
