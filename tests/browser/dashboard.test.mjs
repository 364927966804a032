// The dashboard as people see it: on a phone (390 px) recent orders are
// cards whose total and status are on screen, not a clipped table; at
// 1280 px a table; an applicant's dashboard has something to do on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot, signInAs } from '../lib/browser.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

const signIn = (page, email) => signInAs(page, portal.url, email, { landing: /\/account$/ });

test('on a phone, recent orders are cards with their total and status on screen', async () => {
  const width = 390;
  const context = await browser.newContext({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'admin@acme.test');
  const cards = page.locator('.orders-cards > li');
  assert.ok(await cards.count() > 0);
  assert.equal(await page.locator('main table').isVisible(), false, 'the wide table is not shown');
  for (let i = 0; i < await cards.count(); i++) {
    for (const part of [cards.nth(i).locator('.badge'), cards.nth(i).locator('.fw-semibold.text-nowrap')]) {
      const box = await part.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, `card ${i}: ${await part.innerText()} is on screen`);
    }
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, 'no sideways scrolling');
  await shot(page, 'dashboard-phone');
  await context.close();
});

test('at 1280 px recent orders are a table; an applicant sees what they can do meanwhile', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'admin@acme.test');
  assert.ok(await page.locator('main table').isVisible());
  assert.equal(await page.locator('.orders-cards').isVisible(), false);
  await shot(page, 'dashboard');
  await context.close();

  const applicant = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(applicant, 'g.whitfield@cascade.test');
  await applicant.getByRole('heading', { name: 'While we review your application' }).waitFor();
  await applicant.getByRole('link', { name: /Browse the catalog/ }).click();
  await applicant.waitForURL(`${portal.url}/catalog`);
  await applicant.goBack();
  await shot(applicant, 'dashboard-applicant');
  await applicant.context().close();
});

test('at 1280 px the menu and the account block do not touch; who is signed in is said in full', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'admin@acme.test');
  const admin = await page.locator('#admin-menu').boundingBox();
  const user = await page.locator('#user-menu').boundingBox();
  assert.ok(user.x - (admin.x + admin.width) >= 12, `a gap between Administration and the account block: ${user.x - admin.x - admin.width}px`);
  assert.ok(Math.abs((admin.y + admin.height / 2) - (user.y + user.height / 2)) < 20, 'on one line');
  await page.locator('#user-menu').click();
  assert.equal(await page.locator('#user-menu-who').innerText(), 'Acme Industrial Supply · Administrator');
  await shot(page, 'account-menu-open');
  await context.close();

  // a role with a long name, as companies make them, is said in full
  const acme = portal.sql("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  const role = portal.sql(`INSERT INTO roles (company_id, name, description, permissions, builtin)
    SELECT ${acme}, 'Purchasing manager, North American plants', '', permissions, 0 FROM roles WHERE id = 2 RETURNING id`);
  portal.sql(`UPDATE memberships SET role_id = ${role} WHERE user_id = (SELECT id FROM users WHERE email = 'purchasing@acme.test')`);
  const priya = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(priya, 'purchasing@acme.test');
  await priya.locator('#user-menu').click();
  const who = priya.locator('#user-menu-who');
  assert.equal(await who.innerText(), 'Acme Industrial Supply · Purchasing manager, North American plants');
  assert.ok(await who.evaluate((el) => el.scrollWidth <= el.clientWidth), 'not cut');
  await priya.context().close();
  portal.sql(`UPDATE memberships SET role_id = 2 WHERE user_id = (SELECT id FROM users WHERE email = 'purchasing@acme.test')`);

  const staff = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await staff.goto(`${portal.url}/login`);
  await staff.getByLabel('Work email').fill('staff@seller.test');
  await staff.getByLabel('Password').fill(DEMO_PASSWORD);
  await staff.getByRole('button', { name: 'Sign in' }).click();
  await staff.waitForURL(/\/backoffice$/);
  assert.match(await staff.locator('#user-menu').innerText(), /Sam Staffer\s+Administrator/);
  await staff.context().close();
});
