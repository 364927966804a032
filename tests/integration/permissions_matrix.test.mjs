// Every team route, requested by each built-in role: 200 where the role's
// permissions allow it, 403 where they do not -- checked on the server,
// whatever the navigation shows. Plus switching between companies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal;
after(() => stopStack({ portal }));

const roles = {
  Administrator: 'admin@acme.test',
  'Purchasing manager': 'purchasing@acme.test',
  'Finance manager': 'finance@acme.test',
  Buyer: 'buyer@acme.test',
  Viewer: 't.washington@acme.test',
};

// route -> roles that may open it
const pages = {
  '/account': Object.keys(roles),
  '/account/profile': Object.keys(roles),
  '/account/notifications': Object.keys(roles),
  '/account/company': Object.keys(roles),
  '/account/team': ['Administrator'],
  '/account/roles': ['Administrator'],
  '/account/roles/new': ['Administrator'],
  '/account/units': ['Administrator'],
  '/account/activity': ['Administrator'],
};

const clients = {};
before(async () => {
  ({ portal } = await startStack());
  for (const [role, email] of Object.entries(roles)) {
    clients[role] = new Client(portal.url);
    const res = await clients[role].signIn(email);
    assert.equal(res.status, 303, `${email} signs in`);
  }
});

for (const [path, allowed] of Object.entries(pages)) {
  test(`GET ${path} by role`, async () => {
    for (const role of Object.keys(roles)) {
      const res = await clients[role].get(path);
      assert.equal(res.status, allowed.includes(role) ? 200 : 403, `${role} on ${path}`);
    }
  });
}

test('team changes are refused to roles without "manage members", before any lookup', async () => {
  const buyerId = portal.sql("SELECT id FROM users WHERE email = 'buyer@acme.test'");
  const posts = ['/account/team/invite', `/account/team/${buyerId}`, `/account/team/${buyerId}/deactivate`,
    `/account/team/${buyerId}/remove`, '/account/roles', '/account/units'];
  for (const role of ['Purchasing manager', 'Finance manager', 'Buyer', 'Viewer']) {
    await clients[role].get('/account');
    for (const path of posts) {
      const res = await clients[role].post(path, { email: 'x@y.test', name: 'X' });
      assert.equal(res.status, 403, `${role} POST ${path}`);
    }
  }
  assert.equal(portal.sql("SELECT COUNT(*) FROM invitations"), '0');
});

test('the navigation shows only what the role may use', async () => {
  const admin = await clients.Administrator.get('/account');
  for (const link of ['/account/team', '/account/roles', '/account/units', '/account/activity']) {
    assert.match(admin.text, new RegExp(`class="nav-link[^"]*" href="${link}"`));
  }
  const buyer = await clients.Buyer.get('/account');
  for (const link of ['/account/team', '/account/roles', '/account/units', '/account/activity']) {
    assert.doesNotMatch(buyer.text, new RegExp(`href="${link}"`), `buyer nav has no ${link}`);
  }
});

test('a person in two companies picks one after sign-in and switches in the header', async () => {
  const c = new Client(portal.url);
  const res = await c.signIn('s.marin@acme.test');
  assert.equal(res.location, '/account/switch');
  let page = await c.get('/account/switch');
  assert.match(page.text, /Acme Industrial Supply/);
  assert.match(page.text, /Borealis Builders/);
  const borealis = portal.sql("SELECT id FROM companies WHERE name = 'Borealis Builders'");
  assert.equal((await c.post('/account/switch', { company_id: borealis })).status, 303);
  page = await c.get('/account');
  assert.match(page.text, /Borealis Builders · Viewer/);
  assert.match(page.text, /Switch company/);
  // a company the person does not belong to answers 404 and changes nothing
  const cascade = portal.sql("SELECT id FROM companies WHERE name = 'Cascade Facility Services'");
  await c.get('/account/switch');
  assert.equal((await c.post('/account/switch', { company_id: cascade })).status, 404);
  assert.equal((await c.post('/account/switch', { company_id: 'abc' })).status, 404);
  assert.match((await c.get('/account')).text, /Borealis Builders · Viewer/);
  const acme = portal.sql("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  await c.get('/account/switch');
  await c.post('/account/switch', { company_id: acme });
  assert.match((await c.get('/account')).text, /Acme Industrial Supply · Buyer/);
  // someone in one company never sees the switcher
  assert.doesNotMatch((await clients.Buyer.get('/account')).text, /Switch company/);
});

test('order visibility follows permissions and the unit tree', async () => {
  const acme = portal.sql("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  // the order numbers of the recent-orders table (the phone cards repeat them)
  const numbers = (html) => [...html.slice(html.indexOf('<table'), html.indexOf('</table>'))
    .matchAll(/>(SO-\d{4}-\d{6})</g)].map((m) => m[1]);
  const recent = (where) => portal.sql(
    `SELECT o.number FROM orders o LEFT JOIN business_units b ON b.id = o.business_unit_id
      WHERE o.company_id = ${acme} AND ${where} ORDER BY o.placed_at DESC LIMIT 5`).split('\n').filter(Boolean);

  // Viewer in Chicago Plant: Chicago Plant and Maintenance (below it), never Houston
  const viewer = await clients.Viewer.get('/account');
  assert.match(viewer.text, /Orders of your unit and the units below it/);
  assert.deepEqual(numbers(viewer.text), recent("b.name IN ('Chicago Plant', 'Maintenance')"));
  const houston = portal.sql(`SELECT o.number FROM orders o JOIN business_units b ON b.id = o.business_unit_id
    WHERE b.name IN ('Houston Plant', 'Shipping & Receiving')`).split('\n');
  for (const n of numbers(viewer.text)) assert.ok(!houston.includes(n), `${n} is Houston's`);

  // Buyer: only their own
  const buyer = await clients.Buyer.get('/account');
  assert.match(buyer.text, /Your orders/);
  const ben = portal.sql("SELECT id FROM users WHERE email = 'buyer@acme.test'");
  assert.deepEqual(numbers(buyer.text), recent(`o.placed_by_user_id = ${ben}`));

  // Finance manager: the whole company
  const finance = await clients['Finance manager'].get('/account');
  assert.match(finance.text, /All orders of the company/);
  assert.deepEqual(numbers(finance.text), recent('1 = 1'));
  const borealis = portal.sql("SELECT number FROM orders o JOIN companies c ON c.id = o.company_id WHERE c.name = 'Borealis Builders'").split('\n');
  for (const n of numbers(finance.text)) assert.ok(!borealis.includes(n), 'never another company');
});
