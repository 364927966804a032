// Every page of the portal's main list, visited as the person who uses it,
// on a desktop and on a phone, plus a few forms sent empty so they come back
// with their errors. The flows are tested elsewhere; this walk makes sure
// the page checks of tests/lib/page_check.mjs (axe-core on the live page,
// the Nu HTML Checker on its source) see each of these pages even when no
// other test goes there. Fixtures are found by following the pages' links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { checksEnabled, checkedUrl } from '../lib/page_check.mjs';

// Only for the checks, which the sanitizer pass skips (same markup).
const skip = checksEnabled ? false : 'page checks are off in the sanitizer pass';

let portal, browser;
before(async () => { if (!skip) ({ portal, browser } = await startStack({ browser: true })); });
after(() => stopStack({ portal, browser }));

const SCREENS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true },
};

async function as(email, screen) {
  const context = await browser.newContext(SCREENS[screen]);
  const page = await context.newPage();
  if (email) {
    await page.goto(`${portal.url}/login`);
    await page.getByLabel('Work email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/(account|backoffice)$/);
  }
  return { page, close: () => context.close() };
}

// Opens a page and checks it is the page asked for, not a refusal or the
// sign-in form (the page checks run when goto returns).
async function visit(page, path, status = 200) {
  const res = await page.goto(portal.url + path);
  assert.equal(res.status(), status, `${path} answers ${status}`);
  assert.equal(new URL(page.url()).pathname, new URL(portal.url + path).pathname, `${path} is not redirected`);
  assert.ok((await page.getByRole('heading', { level: 1 }).first().innerText()).trim(), `${path} has a heading`);
  assert.equal(checkedUrl(page), page.url(), `axe has seen ${path}`);
}

// The first link on the page whose address matches `pattern`.
async function firstLink(page, pattern) {
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const href = hrefs.find((h) => pattern.test(h));
  assert.ok(href, `a link like ${pattern} on ${page.url()}`);
  return href;
}

// Sends a form as it stands and waits for the page that comes back.
async function send(page, formSelector, status) {
  const [res] = await Promise.all([
    page.waitForNavigation(),
    page.locator(`${formSelector} [type="submit"]`).first().click(),
  ]);
  assert.equal(res.status(), status, `${formSelector} answers ${status}`);
  await page.waitForLoadState();
  assert.equal(checkedUrl(page), page.url(), `axe has seen what ${formSelector} brought back`);
}

for (const screen of Object.keys(SCREENS)) {
  test(`signed-out pages on a ${screen}`, { skip }, async () => {
    const { page, close } = await as(null, screen);
    await visit(page, '/login');
    await visit(page, '/register');
    await visit(page, '/password/forgot');
    await send(page, 'form[action="/password/forgot"]', 422);
    await close();
  });

  test(`a buyer's pages on a ${screen}`, { skip }, async () => {
    const { page, close } = await as('buyer@acme.test', screen);
    await visit(page, '/account');
    await visit(page, '/catalog');
    await visit(page, await firstLink(page, /^\/catalog\/[a-z-]+$/));
    await visit(page, await firstLink(page, /^\/product\//));
    await visit(page, '/catalog/search?q=wrench');
    await visit(page, '/cart');
    await visit(page, '/quick-order');
    await visit(page, '/checkout');
    await page.locator('input[name="shipping_method"]').first().check();
    await page.locator('input[name="po_number"]').fill('PO-WALK-1');
    await send(page, 'form[action="/checkout/review"]', 200);
    await page.getByRole('heading', { name: 'Review your order' }).waitFor();
    await visit(page, '/account/orders');
    await visit(page, await firstLink(page, /^\/account\/orders\/SO-/));
    await visit(page, '/account/addresses');
    await visit(page, '/account/addresses/new');
    await visit(page, '/account/profile');
    // shopping lists: the lists, a shared template (read-only), adding a product to a list
    await visit(page, '/account/lists');
    await visit(page, await firstLink(page, /^\/account\/lists\/\d+$/));
    await visit(page, '/account/lists/add?sku=JAN-MFT-0100');
    await send(page, '#add-to-list-form', 422);   // no list chosen, no name for a new one
    await visit(page, '/account/requisitions');
    await close();
  });

  test(`a scheduled list, a template and a requisition on a ${screen}`, { skip }, async () => {
    let { page, close } = await as('d.kowalski@acme.test', screen);
    // his own list (the lists page puts the newest change first, and the
    // unit's template may be newer than his scheduled list)
    await visit(page, '/account/lists?show=mine');
    await visit(page, await firstLink(page, /^\/account\/lists\/\d+$/));
    await send(page, '#schedule-form', 422);   // its start date has passed: the form comes back
    await close();
    ({ page, close } = await as('t.washington@acme.test', screen));
    await visit(page, '/account/requisitions');
    await visit(page, await firstLink(page, /^\/account\/requisitions\/\d+$/));
    await visit(page, '/account/lists');
    await visit(page, await firstLink(page, /^\/account\/lists\/\d+$/));
    await close();
    ({ page, close } = await as('purchasing@acme.test', screen));
    await visit(page, '/account/requisitions');
    await visit(page, await firstLink(page, /^\/account\/requisitions\/\d+$/));
    await send(page, '#decline-form', 422);
    await close();
  });

  test(`an administrator's pages on a ${screen}`, { skip }, async () => {
    const { page, close } = await as('admin@acme.test', screen);
    await visit(page, '/account/team');
    await visit(page, await firstLink(page, /^\/account\/team\/\d+$/));
    await visit(page, '/account/roles');
    await visit(page, '/account/roles/new');
    await send(page, 'form[action="/account/roles"]', 422);
    await visit(page, '/account/units');
    await send(page, 'form[action="/account/units"]', 422);
    await visit(page, '/account/approval-rules');
    await visit(page, '/account/approval-rules/new');
    await visit(page, '/account/company');
    await visit(page, '/account/activity');
    await close();
  });

  test(`a finance manager's credit pages on a ${screen}`, { skip }, async () => {
    const { page, close } = await as('finance@acme.test', screen);
    await visit(page, '/account/credit');
    await visit(page, '/account/credit/invoices');
    await visit(page, '/account/credit/invoices?status=overdue');
    await visit(page, await firstLink(page, /^\/account\/credit\/invoices\/INV-/));
    await visit(page, '/account/credit/statement');
    await visit(page, '/account/credit/request');
    await close();
  });

  test(`an approver's pages on a ${screen}`, { skip }, async () => {
    const { page, close } = await as('purchasing@acme.test', screen);
    await visit(page, '/account/approvals');
    await visit(page, await firstLink(page, /^\/account\/approvals\/\d+$/));
    await close();
  });

  test(`the back office on a ${screen}`, { skip }, async () => {
    const { page, close } = await as('staff@seller.test', screen);
    await visit(page, '/backoffice');
    await visit(page, '/backoffice/orders');
    await visit(page, await firstLink(page, /^\/backoffice\/orders\/SO-/));
    await visit(page, '/backoffice/applications');
    await visit(page, await firstLink(page, /^\/backoffice\/applications\/\d+$/));
    await visit(page, '/backoffice/companies');
    await visit(page, await firstLink(page, /^\/backoffice\/companies\/\d+$/));
    await visit(page, '/backoffice/mail');
    await visit(page, '/backoffice/settings');
    await visit(page, '/backoffice/credit');
    await visit(page, await firstLink(page, /^\/backoffice\/credit\/\d+$/));
    await send(page, 'form[action$="/entries"]', 422);
    await visit(page, '/backoffice/credit');
    await visit(page, await firstLink(page, /^\/backoffice\/credit\/requests\/\d+$/));
    await close();
  });

  // Customer service sees fewer menu items and a company page without the
  // forms it may not send: each variant gets its own checks.
  test(`the back office for customer service on a ${screen}`, { skip }, async () => {
    const { page, close } = await as('kelly.obrien@seller.test', screen);
    await visit(page, '/backoffice');
    await visit(page, '/backoffice/companies');
    await visit(page, await firstLink(page, /^\/backoffice\/companies\/\d+$/));
    await close();
  });
}
