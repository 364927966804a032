// A member keeps their profile up to date; a person who forgot their
// password gets a new one through the mailed link. Real pages in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client, DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, smtp, browser;
before(async () => ({ portal, smtp, browser } = await startStack({ mail: true, browser: true })));
after(() => stopStack({ portal, smtp, browser }));

const signIn = (page, email, password = DEMO_PASSWORD) => signInAs(page, portal.url, email, { password, landing: `${portal.url}/account` });

test('a member opens the profile from the navigation and changes the phone number', async () => {
  // signed in elsewhere too, so the sessions table has another row
  const other = new Client(portal.url);
  assert.equal((await other.signIn('r.alvarez@acme.test')).status, 303);

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  // (the 422 of the refused form is logged by Chromium too; it is expected)
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 422/.test(m.text())) errors.push(m.text()); });
  await signIn(page, 'r.alvarez@acme.test');
  await page.locator('#user-menu').click();
  await page.getByRole('link', { name: 'Profile' }).click();
  await page.waitForURL(`${portal.url}/account/profile`);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'My profile');
  assert.equal(await page.getByLabel('Full name').inputValue(), 'Rosa Alvarez');

  const phone = page.getByLabel('Phone');
  await phone.fill('(713) 555-0199 ext. 12');
  await page.getByRole('button', { name: 'Save details' }).click();
  await page.getByText('Your details are saved.').waitFor();
  assert.equal(new URL(page.url()).pathname, '/account/profile');
  assert.equal(await page.getByLabel('Phone').inputValue(), '(713) 555-0199 ext. 12');
  const sessions = page.locator('section[aria-labelledby="sessions-title"] tbody tr');
  assert.equal(await sessions.count(), 2);
  assert.equal(await sessions.filter({ hasText: 'This device' }).count(), 1);
  assert.ok(await page.getByRole('link', { name: 'Notification settings' }).isVisible());
  await shot(page, 'account-profile');

  // an empty name comes back with the message next to the field
  await page.getByLabel('Full name').fill('');
  await page.getByRole('button', { name: 'Save details' }).click();
  await page.locator('#name-error').waitFor();
  assert.equal(await page.locator('#name-error').innerText(), 'This field is required.');
  assert.equal(await page.getByLabel('Full name').getAttribute('aria-invalid'), 'true');
  await shot(page, 'account-profile-error');
  await page.goto(`${portal.url}/account/profile`);

  await page.getByRole('button', { name: 'Sign out of all other sessions' }).click();
  await page.getByText('You are signed out of 1 other session.').waitFor();
  assert.equal(await sessions.count(), 1);
  assert.equal((await other.get('/account')).status, 303);
  assert.deepEqual(errors, [], 'no console errors (CSP violations would show here)');
  await page.close();
});

test('a person who forgot the password asks for a link, sets a new password and signs in', async () => {
  const email = 't.washington@acme.test';
  const newPassword = 'correct horse battery staple';
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  await page.goto(`${portal.url}/password/forgot`);
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  assert.match(await page.getByRole('status').innerText(), /If an account exists for that address/);
  await shot(page, 'password-forgot-sent');

  const [mail] = await smtp.waitFor(1, (m) => m.rcpt_tos.includes(email));
  const link = mail.text.match(/http:\/\/\S+\/password\/reset\/[A-Za-z0-9_-]+/)[0];
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('too short');
  await page.getByLabel('New password again').fill('too short');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await page.locator('#new_password-error').waitFor();
  assert.match(await page.locator('#new_password-error').innerText(), /at least 12 characters/);
  await shot(page, 'password-reset-error');

  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('New password again').fill(newPassword);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await page.waitForURL(`${portal.url}/login`);
  await page.getByText('Your password is changed.', { exact: false }).waitFor();

  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${portal.url}/account`);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Welcome back, Tamara');
  await page.close();
});
