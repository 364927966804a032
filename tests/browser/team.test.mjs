// An administrator invites a member through the team page; the member
// follows the mailed link, chooses a password and signs in with the role
// and unit they were given. The list works on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, smtp, browser;
before(async () => ({ portal, smtp, browser } = await startStack({ mail: true, browser: true })));
after(() => stopStack({ portal, smtp, browser }));

const NEW_PASSWORD = 'copper kettle on the stove';

const signIn = (page, email, password = DEMO_PASSWORD) => signInAs(page, portal.url, email, { password, landing: /\/(account|backoffice)(\/switch)?$/ });

async function noSidewaysScroll(page, what) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px window`);
}

test('an administrator invites a member who sets a password and signs in with the assigned role', async () => {
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await adminContext.newPage();
  await signIn(page, 'admin@acme.test');
  await page.locator('#admin-menu').click();   // the Administration menu
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.waitForURL(`${portal.url}/account/team`);
  assert.ok(await page.getByRole('link', { name: 'Ben Carter' }).isVisible());

  // a mistake first: the message sits next to the field and the values stay
  const chicago = portal.sql("SELECT id FROM business_units WHERE name = 'Chicago Plant'");
  const form = page.locator('#invite');
  await form.getByLabel('Email', { exact: true }).fill('marta.lopez@acme');
  await form.getByLabel('Name (optional)').fill('Marta Lopez');
  await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Finance manager' });
  await page.locator('#unit_id').selectOption(chicago);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.locator('#email-error').waitFor();
  assert.match(await page.locator('#email-error').innerText(), /Enter an email address like/);
  assert.equal(await page.getByLabel('Name (optional)').inputValue(), 'Marta Lopez');
  assert.equal(await page.locator('#role_id option:checked').innerText(), 'Finance manager');
  assert.equal(await page.locator('#unit_id').inputValue(), chicago);
  assert.equal(await page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid'), 'true');

  await page.locator('#invite').getByLabel('Email', { exact: true }).fill('marta.lopez@acme.test');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.waitForURL(`${portal.url}/account/team`);
  await page.getByText('An invitation is on its way to marta.lopez@acme.test').waitFor();
  const row = page.locator('#invitations tr', { hasText: 'marta.lopez@acme.test' });
  assert.match(await row.innerText(), /Finance manager/);
  assert.match(await row.innerText(), /Chicago Plant/);
  assert.ok(await row.getByRole('button', { name: 'Resend' }).isVisible());
  await shot(page, 'account-team');

  const [mail] = await smtp.waitFor(1, (m) => m.rcpt_tos.includes('marta.lopez@acme.test'));
  assert.match(mail.headers.Subject, /Alicia Moreno invites you to join Acme Industrial Supply/);
  const link = mail.text.match(/https?:\/\/\S+\/join\/[A-Za-z0-9_-]{43}/)[0];

  const invitedContext = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const invited = await invitedContext.newPage();
  await invited.goto(link);
  assert.match(await invited.getByRole('heading', { level: 1 }).innerText(), /Join Acme Industrial Supply/);
  assert.equal(await invited.getByLabel('Your name').inputValue(), 'Marta Lopez');
  await invited.getByLabel('Password', { exact: true }).fill('too short');
  await invited.getByLabel('Repeat the password').fill('too short');
  await invited.getByRole('button', { name: 'Create my login and join' }).click();
  assert.match(await invited.locator('#password-error').innerText(), /at least 12 characters/);
  await shot(invited, 'join');
  await invited.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
  await invited.getByLabel('Repeat the password').fill(NEW_PASSWORD);
  await invited.getByRole('button', { name: 'Create my login and join' }).click();
  await invited.waitForURL(`${portal.url}/account`);
  await invited.getByText('Welcome to Acme Industrial Supply, Marta Lopez').waitFor();
  assert.ok(await invited.locator('main .badge', { hasText: 'Finance manager' }).isVisible());

  await invitedContext.close();

  // later, on another device, she signs in with the new password: same role
  const laterContext = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const later = await laterContext.newPage();
  await signIn(later, 'marta.lopez@acme.test', NEW_PASSWORD);
  assert.match(await later.getByRole('heading', { level: 1 }).innerText(), /Welcome back, Marta/);
  assert.ok(await later.locator('main .badge', { hasText: 'Finance manager' }).isVisible());
  await laterContext.close();

  // the administrator sees her in the list and opens her page
  await page.goto(`${portal.url}/account/team?q=marta`);
  await page.getByRole('link', { name: 'Marta Lopez' }).click();
  await page.waitForURL(/\/account\/team\/\d+$/);
  assert.equal(await page.locator('#member-role').innerText(), 'Finance manager');
  assert.equal(await page.locator('#member-unit').innerText(), 'Chicago Plant');
  assert.equal(await page.locator('#role_id option:checked').innerText(), 'Finance manager');
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Buyer' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Marta Lopez is now Buyer in Chicago Plant.').waitFor();
  assert.equal(await page.locator('#member-role').innerText(), 'Buyer');
  await shot(page, 'account-team-member');
  await adminContext.close();
});

test('the team list and a member page are usable on a phone', async () => {
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await signIn(page, 'admin@acme.test');
  await page.goto(`${portal.url}/account/team`);
  await noSidewaysScroll(page, 'team list');
  assert.ok(await page.getByRole('link', { name: 'Tamara Washington' }).isVisible());
  // the invitation form and the filters are reachable
  await page.getByLabel('Name or email').fill('kowalski');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.waitForURL(/q=kowalski/);
  assert.equal(await page.locator('main table tbody tr').count(), 1);
  assert.ok(await page.getByRole('link', { name: 'Derek Kowalski' }).isVisible());
  await noSidewaysScroll(page, 'filtered list');
  await page.goto(`${portal.url}/account/team`);
  await shot(page, 'account-team-phone');
  await page.getByRole('link', { name: 'Derek Kowalski' }).click();
  await page.waitForURL(/\/account\/team\/\d+$/);
  await noSidewaysScroll(page, 'member page');
  assert.ok(await page.getByRole('button', { name: 'Deactivate' }).isVisible());
  await phone.close();
});
