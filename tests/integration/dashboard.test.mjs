// The dashboard: every card has something behind it (each link on the page
// answers 200 for the person who sees it), recent orders as cards on a
// phone and as a table on wider screens with the same orders, and an
// applicant's dashboard that says what they can already do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal;
before(async () => ({ portal } = await startStack()));
after(() => stopStack({ portal }));

const sql = (q) => portal.sql(q);

async function signedIn(email) {
  const c = new Client(portal.url);
  const res = await c.signIn(email);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

// The links of the page's main content (not the navigation or footer).
const mainLinks = (html) => {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...new Set([...main.matchAll(/<a [^>]*href="(\/[^"#]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&')))];
};

test('every link on the dashboard works for whoever sees it; no card without one', async () => {
  for (const email of ['buyer@acme.test', 'admin@acme.test', 'purchasing@acme.test', 't.washington@acme.test',
    'admin@borealis.test', 'g.whitfield@cascade.test']) {
    const c = await signedIn(email);
    const page = await c.get('/account');
    assert.equal(page.status, 200, email);
    // the shopping-lists card (issue 21), linked to the lists page; not for applicants
    if (email === 'g.whitfield@cascade.test') assert.doesNotMatch(page.text, /id="lists-card"/, email);
    else assert.match(page.text, /id="lists-card"[\s\S]*href="\/account\/lists"/, `${email}: the shopping-lists card`);
    const links = mainLinks(page.text);
    assert.ok(links.length > 0, `${email}: the dashboard links somewhere`);
    for (const href of links) assert.equal((await c.get(href)).status, 200, `${email}: ${href}`);
  }
});

test('recent orders: the same orders as phone cards and as a table, with total and status in both', async () => {
  const c = await signedIn('admin@acme.test');
  const html = (await c.get('/account')).text;
  const cards = html.slice(html.indexOf('orders-cards'), html.indexOf('</ul>', html.indexOf('orders-cards')));
  const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
  const numbers = (part) => [...part.matchAll(/href="\/account\/orders\/([^"]+)"/g)].map((m) => m[1]);
  assert.ok(numbers(table).length > 0);
  assert.deepEqual(numbers(cards), numbers(table));
  assert.equal((cards.match(/class="badge /g) || []).length, numbers(table).length, 'a status on every card');
  assert.equal((cards.match(/<span class="fw-semibold text-nowrap">\$[\d,]+\.\d\d<\/span>/g) || []).length, numbers(table).length,
    'a total on every card');
});

test('an applicant is told what they can do while the application is reviewed', async () => {
  const c = await signedIn('g.whitfield@cascade.test');
  let page = await c.get('/account');
  assert.match(page.text, /Your application is being reviewed/);
  assert.match(page.text, /While we review your application/);
  assert.doesNotMatch(page.text, /Recent orders/);
  assert.deepEqual(mainLinks(page.text), ['/catalog', '/account/profile', '/account/notifications']);
  sql("UPDATE seller_settings SET value = 'cart' WHERE key = 'pre_approval_access'");
  try {
    page = await c.get('/account');
    assert.deepEqual(mainLinks(page.text), ['/catalog', '/cart', '/account/profile', '/account/notifications']);
    assert.equal((await c.get('/cart')).status, 200);
  } finally {
    sql("UPDATE seller_settings SET value = 'browse' WHERE key = 'pre_approval_access'");
  }
});
