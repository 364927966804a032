// Staff create a customer account, its administrator accepts the mailed
// invitation; a member reads the company information and asks for a change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, smtp, browser;
before(async () => ({ portal, smtp, browser } = await startStack({ mail: true, browser: true })));
after(() => stopStack({ portal, smtp, browser }));

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/(account|backoffice)$/ });

test('staff create an account and the new administrator sets a password from the invitation', async () => {
  const staff = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await staff.newPage();
  await signIn(page, 'staff@seller.test');
  await page.getByRole('link', { name: 'Applications', exact: true }).click();
  await page.getByRole('link', { name: 'Create an account yourself' }).click();
  await page.waitForURL(`${portal.url}/backoffice/companies/new`);

  await page.getByLabel('Legal name').fill('Harbor Point Marine Supply');
  await page.getByLabel('Customer account number').fill('C-100042');   // taken by Acme
  await page.getByLabel('Tax ID').fill('27-5550123');
  await page.getByLabel('Payment terms').selectOption('Net 15');
  await page.getByLabel('Account manager').selectOption({ label: 'Dana Reyes (Account manager)' });
  await page.getByLabel('Full name').fill('Grace Holloway');
  await page.getByLabel('Work email').fill('grace.holloway@harborpoint');
  await page.getByRole('button', { name: 'Create account and send invitation' }).click();

  // both problems are shown at once, next to their fields, values kept
  await page.locator('#erp_account_no-error').waitFor();
  assert.match(await page.locator('#erp_account_no-error').innerText(), /Another company already has this customer account number/);
  assert.match(await page.locator('#admin_email-error').innerText(), /Enter an email address like/);
  assert.equal(await page.getByLabel('Legal name').inputValue(), 'Harbor Point Marine Supply');
  assert.equal(await page.getByLabel('Payment terms').inputValue(), 'Net 15');
  assert.equal(await page.locator('#account_manager_id option:checked').innerText(), 'Dana Reyes (Account manager)');
  assert.equal(await page.getByLabel('Customer account number').getAttribute('aria-invalid'), 'true');
  await shot(page, 'backoffice-company-new');

  await page.getByLabel('Customer account number').fill('C-100311');
  await page.getByLabel('Work email').fill('grace.holloway@harborpoint.test');
  await page.getByRole('button', { name: 'Create account and send invitation' }).click();
  await page.waitForURL(`${portal.url}/backoffice`);
  await page.getByText('Harbor Point Marine Supply is created.').waitFor();
  assert.ok(await page.getByRole('cell', { name: 'C-100311' }).isVisible(), 'the new company is listed');
  await staff.close();

  const [mail] = await smtp.waitFor(1, (m) => m.rcpt_tos.includes('grace.holloway@harborpoint.test'));
  const link = mail.text.match(/https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]{43}/)[0];

  const invited = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const welcome = await invited.newPage();
  await welcome.goto(link);
  assert.match(await welcome.getByRole('heading', { level: 1 }).innerText(), /Welcome, Grace Holloway/);
  assert.ok(await welcome.getByText('Harbor Point Marine Supply').isVisible());
  await welcome.getByLabel('New password').fill('short');
  await welcome.getByLabel('Repeat the password').fill('short');
  await welcome.getByRole('button', { name: 'Set password and sign in' }).click();
  assert.match(await welcome.locator('#password-error').innerText(), /at least 12 characters/);
  await shot(welcome, 'invitation');

  await welcome.getByLabel('New password').fill('harbor lights at dawn');
  await welcome.getByLabel('Repeat the password').fill('harbor lights at dawn');
  await welcome.getByRole('button', { name: 'Set password and sign in' }).click();
  await welcome.waitForURL(`${portal.url}/account`);
  await welcome.getByText('Your password is set and you are signed in to Harbor Point Marine Supply.').waitFor();
  assert.match(await welcome.getByRole('heading', { level: 1 }).innerText(), /Welcome back, Grace/);
  assert.ok(await welcome.getByText('Administrator', { exact: true }).first().isVisible());
  await invited.close();
});

test('a member reads the company information and asks for a change', async () => {
  const member = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await member.newPage();
  await signIn(page, 'purchasing@acme.test');
  await page.getByRole('link', { name: 'Company' }).click();
  await page.waitForURL(`${portal.url}/account/company`);
  assert.ok(await page.getByText('C-100042').isVisible());
  assert.ok(await page.getByRole('link', { name: 'dana.reyes@seller.test' }).isVisible());

  await page.getByRole('button', { name: 'Send request' }).click();
  assert.match(await page.locator('#message-error').innerText(), /Tell us what should change/);

  const request = 'Our Houston plant moved its receiving dock.\nPlease use Dock 7 at 8815 Clinton Dr from now on.';
  await page.getByLabel('What should change?').fill(request);
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.getByText('Your change request was sent').waitFor();
  const row = page.locator('tr', { hasText: 'Dock 7' });
  assert.match(await row.innerText(), /Priya Natarajan/);
  assert.equal(await row.locator('.badge').innerText(), 'Open');
  await shot(page, 'account-company');

  const [mail] = await smtp.waitFor(1, (m) => m.rcpt_tos.includes('dana.reyes@seller.test') && m.text.includes('Dock 7'));
  assert.match(mail.text, /Priya Natarajan \(purchasing@acme\.test/);
  await member.close();
});
