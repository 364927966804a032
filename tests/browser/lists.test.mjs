// Shopping lists in a browser (issue 21): a buyer saves one of their orders
// as a list, shares it with their business unit, and a colleague of a unit
// below adds it to the cart and checks out; the dashboard card shows the
// member's lists. The list pages, the scheduled list with its runs, the
// Requisitions tab and a requisition are shown on a desktop and a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, stopStack } from '../lib/stack.mjs';
import { join } from 'node:path';
import { screenshots, shot, signInAs } from '../lib/browser.mjs';

let stack, portal, browser;
before(async () => {
  stack = await startStack({ browser: true });
  ({ portal, browser } = stack);
});
after(() => stopStack(stack));

const one = (q) => portal.sql(q);

async function noSidewaysScroll(page, what, width) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px window`);
}

test('a buyer saves an order as a list and shares it with their unit; a colleague orders it; the dashboard shows the lists', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await signInAs(page, portal.url, 'buyer@acme.test');
  const number = one(`SELECT o.number FROM orders o JOIN users u ON u.id = o.placed_by_user_id
    WHERE u.email = 'buyer@acme.test' AND o.channel = 'web' AND o.status = 'delivered' ORDER BY o.placed_at DESC LIMIT 1`);
  await page.goto(`${portal.url}/account/orders/${number}`);
  await page.getByLabel('Name of the new list').fill('Chicago monthly restock');
  await page.getByRole('button', { name: 'Save as list' }).click();
  await page.waitForURL(/\/account\/lists\/\d+$/);
  await page.getByRole('status').filter({ hasText: 'as the list' }).waitFor();
  const listUrl = page.url();
  const lines = await page.locator('tr.list-line').count();
  assert.ok(lines > 0, 'the order\'s lines are on the list');

  // share it with the Chicago Plant (and the units below it)
  await page.locator('#sharing').selectOption('unit');
  const chicago = await page.locator('#unit_id option', { hasText: 'Chicago Plant' }).getAttribute('value');
  await page.locator('#unit_id').selectOption(chicago);
  await page.getByRole('button', { name: 'Save sharing' }).click();
  await page.getByRole('status').filter({ hasText: 'The list is shared.' }).waitFor();
  assert.match(await page.locator('#list-sharing').innerText(), /Business unit/);
  await shot(page, 'list');

  // the dashboard card names it
  await page.goto(`${portal.url}/account`);
  const card = page.locator('#lists-card');
  await card.getByRole('link', { name: 'Chicago monthly restock' }).waitFor();
  await shot(page, 'dashboard-lists');
  await ctx.close();

  // Derek (Maintenance, below the Chicago Plant) finds it, adds it to his cart and checks out
  const derekId = one("SELECT id FROM users WHERE email = 'd.kowalski@acme.test'");
  one(`DELETE FROM cart_items WHERE user_id = ${derekId}`);
  const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p2 = await ctx2.newPage();
  await signInAs(p2, portal.url, 'd.kowalski@acme.test');
  await p2.goto(`${portal.url}/account/lists`);
  await p2.locator('#lists').getByRole('link', { name: 'Chicago monthly restock' }).click();
  await p2.waitForURL(listUrl);
  assert.ok(await p2.locator('#read-only').isVisible(), 'read-only for him');
  await p2.getByRole('button', { name: 'Add whole list to cart' }).click();
  await p2.waitForURL(`${portal.url}/cart`);
  await p2.getByRole('status').filter({ hasText: 'Chicago monthly restock' }).waitFor();
  assert.equal(Number(one(`SELECT COUNT(*) FROM cart_items WHERE user_id = ${derekId}`)) > 0, true);
  await p2.locator('#checkout').click();
  await p2.waitForURL(`${portal.url}/checkout`);
  await p2.locator('input[name="shipping_method"]').first().check();
  const po = p2.getByLabel('Purchase order (PO) number');
  await po.fill('PO-LIST-1');
  await p2.getByRole('button', { name: 'Review order' }).click();
  await p2.getByRole('heading', { name: 'Review your order' }).waitFor();
  await p2.getByRole('button', { name: /Place order/ }).click();
  await p2.waitForURL(/\/checkout\/done\//);
  assert.equal(one(`SELECT COUNT(*) FROM orders WHERE placed_by_user_id = ${derekId} AND po_number = 'PO-LIST-1'`), '1');
  await ctx2.close();
});

test('the list pages on a desktop and a phone: a scheduled list with its runs, templates, requisitions', async () => {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    const ctx = await browser.newContext({ viewport, isMobile: name === 'phone' });
    const page = await ctx.newPage();
    await signInAs(page, portal.url, 'd.kowalski@acme.test');
    await page.goto(`${portal.url}/account/lists`);
    await shot(page, `lists-${name}`);
    await noSidewaysScroll(page, 'lists', viewport.width);
    await page.locator('#lists').getByRole('link', { name: 'Weekly janitorial' }).click();
    await page.locator('#schedule-runs').waitFor();
    assert.equal(await page.locator('tr.schedule-run').count(), 4);
    await shot(page, `list-scheduled-${name}`);
    await page.screenshot({ path: join(screenshots, `list-scheduled-${name}-top.png`) });   // what a phone shows first
    await noSidewaysScroll(page, 'the scheduled list', viewport.width);
    await ctx.close();

    const ctx2 = await browser.newContext({ viewport, isMobile: name === 'phone' });
    const p2 = await ctx2.newPage();
    await signInAs(p2, portal.url, 'purchasing@acme.test');
    await p2.goto(`${portal.url}/account/requisitions`);
    await shot(p2, `requisitions-${name}`);
    await p2.locator('#received').getByRole('link', { name: 'Line 3 restock' }).click();
    await p2.locator('#decline-form').waitFor();
    await shot(p2, `requisition-${name}`);
    await noSidewaysScroll(p2, 'the requisition', viewport.width);
    await ctx2.close();
  }
});

test('a list of several pages: a quantity saved on page 2 stays there, a line moved up onto page 1 is followed, on a desktop and a phone', async () => {
  const skus = one(`SELECT group_concat(sku, char(10)) FROM (SELECT sku FROM products WHERE active = 1 AND pack_size <= 1
    AND min_order_qty <= 1 ORDER BY id LIMIT 40)`).split('\n');
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await signInAs(page, portal.url, 'purchasing@acme.test');
  await page.goto(`${portal.url}/account/lists`);
  await page.getByLabel('Name', { exact: true }).fill('Forty lines');
  await page.getByRole('button', { name: 'Create list' }).click();
  await page.waitForURL(/\/account\/lists\/\d+$/);
  const listUrl = page.url();
  await page.getByLabel('or paste the lines').fill(skus.map((s, i) => `${s},${i + 1}`).join('\n'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Imported 40 lines' }).waitFor();
  assert.equal(await page.locator('tr.list-line').count(), 25);
  assert.match(await page.locator('#lines-count').innerText(), /1–25 of 40 products/);
  await shot(page, 'list-paged-desktop');

  await page.getByRole('link', { name: 'Next' }).click();
  await page.waitForURL(`${listUrl}?page=2`);
  assert.equal(await page.locator('tr.list-line').count(), 15);
  await page.getByRole('textbox', { name: `Quantity ${skus[25]}` }).fill('70');
  await page.getByRole('button', { name: 'Save quantities and notes' }).click();
  await page.getByRole('status').filter({ hasText: 'The list is up to date.' }).waitFor();
  assert.equal(page.url(), `${listUrl}?page=2`, 'back on page 2');
  assert.equal(await page.getByRole('textbox', { name: `Quantity ${skus[25]}` }).inputValue(), '70');
  await page.getByRole('button', { name: `Move up ${skus[25]}` }).click();
  await page.getByRole('status').filter({ hasText: 'Moved the line up, to page 1.' }).waitFor();
  assert.equal(page.url(), listUrl, 'the line is followed to page 1');
  assert.equal(await page.locator('tr.list-line').last().getAttribute('id'), `line-${skus[25]}`);
  await ctx.close();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const p2 = await phone.newPage();
  await signInAs(p2, portal.url, 'purchasing@acme.test');
  await p2.goto(`${listUrl}?page=2`);
  await shot(p2, 'list-paged-phone');
  await noSidewaysScroll(p2, 'a list\'s page 2', 390);
  await phone.close();
});
