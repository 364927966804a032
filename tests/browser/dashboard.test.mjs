// The dashboard as people see it: on a phone (390 px) recent orders are
// cards whose total and status are on screen, not a clipped table; at
// 1280 px a table; an applicant's dashboard has something to do on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { shot } from '../lib/browser.mjs';

let portal, browser;
before(async () => ({ portal, browser } = await startStack({ browser: true })));
after(() => stopStack({ portal, browser }));

async function signIn(page, email) {
  await page.goto(`${portal.url}/login`);
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/account$/);
}

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
