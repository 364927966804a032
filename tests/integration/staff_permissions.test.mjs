// The back office by staff role (README's table): the administrator may do
// everything; account managers and customer service get 403 on prices,
// tax, settings and imports -- GET and POST, checked on the server before
// any handler, whatever the navigation shows -- and the navigation offers
// each role only what it may open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal;
after(() => stopStack({ portal }));

const staff = {
  admin: 'staff@seller.test',
  account_manager: 'dana.reyes@seller.test',
  customer_service: 'kelly.obrien@seller.test',
};
const clients = {};
before(async () => {
  ({ portal } = await startStack());
  for (const [role, email] of Object.entries(staff)) {
    clients[role] = new Client(portal.url);
    assert.equal((await clients[role].signIn(email)).status, 303, `${email} signs in`);
  }
});

const one = (sql) => portal.sql(sql);
const everyone = Object.keys(staff);
const adminOnly = ['admin'];

// GET page -> roles that may open it
const pages = {
  '/backoffice': everyone,
  '/backoffice/orders': everyone,
  '/backoffice/companies': everyone,
  '/backoffice/applications': everyone,
  '/backoffice/addresses': everyone,
  '/backoffice/activity': everyone,
  '/backoffice/mail': everyone,
  '/backoffice/companies/new': ['admin', 'account_manager'],
  '/backoffice/products': adminOnly,
  '/backoffice/products/new': adminOnly,
  '/backoffice/price-lists': adminOnly,
  '/backoffice/shipping': adminOnly,
  '/backoffice/settings': adminOnly,
  '/backoffice/imports': adminOnly,
  '/backoffice/exports/addresses.csv': adminOnly,
};

for (const [path, allowed] of Object.entries(pages)) {
  test(`GET ${path} by staff role`, async () => {
    for (const role of everyone) {
      const res = await clients[role].get(path);
      assert.equal(res.status, allowed.includes(role) ? 200 : 403, `${role} on ${path}`);
    }
  });
}

test('prices, tax, payment methods, settings and imports refuse account managers and customer service, and change nothing', async () => {
  const listId = one("SELECT id FROM price_lists ORDER BY id LIMIT 1");
  const productId = one("SELECT id FROM products ORDER BY id LIMIT 1");
  const before = one("SELECT group_concat(unit_price_cents) FROM price_list_items")
    + one("SELECT group_concat(rate_bp) FROM tax_rates") + one("SELECT group_concat(value) FROM seller_settings");
  const posts = [
    [`/backoffice/price-lists/${listId}/items`, { sku: 'ABR-COW-0100', min_qty: '1', price: '0.01' }],
    [`/backoffice/products/${productId}`, { name: 'Cheap', list_price: '0.01' }],
    ['/backoffice/shipping/tax-rates', { country: 'US', region: 'IL', rate: '0' }],
    ['/backoffice/shipping/payment-methods', { payment_methods: 'card' }],
    ['/backoffice/settings', { pre_approval_access: 'none' }],
    ['/backoffice/mail/test', { to: 'x@example.test' }],
  ];
  for (const role of ['account_manager', 'customer_service']) {
    await clients[role].get('/backoffice');
    for (const [path, form] of posts) {
      const res = await clients[role].post(path, form);
      assert.equal(res.status, 403, `${role} POST ${path}`);
    }
  }
  const after = one("SELECT group_concat(unit_price_cents) FROM price_list_items")
    + one("SELECT group_concat(rate_bp) FROM tax_rates") + one("SELECT group_concat(value) FROM seller_settings");
  assert.equal(after, before);
  // the administrator may (a change that keeps the demo as it is)
  await clients.admin.get('/backoffice/settings');
  const current = one("SELECT value FROM seller_settings WHERE key = 'pre_approval_access'") || 'browse';
  const res = await clients.admin.post('/backoffice/settings', { pre_approval_access: current });
  assert.ok([200, 303].includes(res.status), `admin saves settings: ${res.status}`);
});

test('customer service blocks and unblocks a company, and may not create accounts or change ordering settings', async () => {
  const company = one("SELECT id FROM companies WHERE name = 'Borealis Builders'");
  await clients.customer_service.get(`/backoffice/companies/${company}`);
  assert.equal((await clients.customer_service.post(`/backoffice/companies/${company}/block`, {})).status, 303);
  assert.equal(one(`SELECT status FROM companies WHERE id = ${company}`), 'blocked');
  assert.equal((await clients.customer_service.post(`/backoffice/companies/${company}/unblock`, {})).status, 303);
  assert.equal(one(`SELECT status FROM companies WHERE id = ${company}`), 'active');
  assert.equal((await clients.customer_service.post('/backoffice/companies/new', { company_name: 'X' })).status, 403);
  assert.equal((await clients.customer_service.post(`/backoffice/companies/${company}/ordering`, {})).status, 403);
});

test('the navigation offers each staff role what it may open', async () => {
  const nav = async (role) => (await clients[role].get('/backoffice')).text;
  const admin = await nav('admin');
  for (const href of ['/backoffice/products', '/backoffice/settings', '/backoffice/orders', '/backoffice/mail'])
    assert.match(admin, new RegExp(`href="${href}"`), `admin sees ${href}`);
  for (const role of ['account_manager', 'customer_service']) {
    const page = await nav(role);
    assert.match(page, /href="\/backoffice\/orders"/, `${role} sees orders`);
    assert.doesNotMatch(page, /href="\/backoffice\/products"/, `${role} sees no products`);
    assert.doesNotMatch(page, /href="\/backoffice\/settings"/, `${role} sees no settings`);
  }
});

test("a company's page shows each staff role only the forms it may send", async () => {
  // Acme: one of Dana's (the account manager's) own customers (staff_scope.test.mjs: the others are not hers)
  const company = one("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  const page = async (role) => (await clients[role].get(`/backoffice/companies/${company}`)).text;
  const cs = await page('customer_service');
  assert.match(cs, new RegExp(`action="/backoffice/companies/${company}/block"`));
  assert.match(cs, new RegExp(`action="/backoffice/companies/${company}/view-as"`));
  assert.doesNotMatch(cs, /\/assign-admin"/);
  assert.doesNotMatch(cs, /\/ordering"/);
  const am = await page('account_manager');
  assert.match(am, new RegExp(`action="/backoffice/companies/${company}/ordering"`));
  assert.match(am, new RegExp(`action="/backoffice/companies/${company}/assign-admin"`));
});
