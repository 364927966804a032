// The permission matrix, generated from the route table: every route
// (`buyerdesk routes` prints the table with each role's permissions) is
// requested by an anonymous visitor, each built-in member role of Acme, a
// member of another company (Borealis's administrator, asking for Acme's
// ids) and each staff role. What must happen follows from the route's
// declaration alone:
//   denied  -> 403, 404 (another company's id) or a redirect to /login;
//   allowed -> anything else but 401, 403, a /login redirect or 5xx.
// Allowed POSTs really run (an empty form, so mostly "please fill in…"
// answers, but form-less actions such as deactivate or retire do their
// work): the database is this file's own, thrown away afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { Client, binary } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal;
after(() => stopStack({ portal }));

const table = JSON.parse(execFileSync(binary, ['routes'], { encoding: 'utf8' }));

// Who plays each part. The test checks below that each Acme login has the
// built-in role it stands for.
const memberLogins = {
  Administrator: 'admin@acme.test',
  'Purchasing manager': 'purchasing@acme.test',
  'Finance manager': 'finance@acme.test',
  Buyer: 'buyer@acme.test',
  Viewer: 't.washington@acme.test',
};
const otherCompanyLogin = 'admin@borealis.test';   // an Administrator: only the tenant keeps it out
const staffLogins = {
  admin: 'staff@seller.test',
  account_manager: 'dana.reyes@seller.test',
  customer_service: 'kelly.obrien@seller.test',
};

// A value for every path parameter, by route pattern (GET and POST share
// one). Ids are Acme's; `tenant` marks the parameters that name a
// company's own data, which another company's member must never reach.
// Set up in before() from the seeded database and a few changes made
// through the app (an invitation, a custom role, an address change
// request), since the demo has none of those.
const fixtures = {};
const fixtureFor = {
  '/register/verify/:token': () => ({ token: 'no-such-token' }),
  '/application/reply/:token': () => ({ token: 'no-such-token' }),
  '/password/reset/:token': () => ({ token: 'no-such-token' }),
  '/join/:token': () => ({ token: 'no-such-token' }),
  '/invitation/:token': () => ({ token: 'no-such-token' }),
  '/email/confirm/:token': () => ({ token: 'no-such-token' }),
  '/catalog/:category': (f) => ({ category: f.category }),
  '/product/:sku': (f) => ({ sku: f.sku }),
  '/cart/items/:sku/remove': (f) => ({ sku: f.sku }),
  '/checkout/done/:number': (f) => ({ number: f.webOrder, tenant: true }),
  '/account/orders/:number': (f) => ({ number: f.order, tenant: true }),
  '/account/orders/:number/reorder': (f) => ({ number: f.order, tenant: true }),
  '/account/lists/from-order/:number': (f) => ({ number: f.order, tenant: true }),
  '/account/lists/:id': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/export.csv': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/delete': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/duplicate': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/sharing': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/hand-over': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/lines': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/lines/update': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/lines/remove': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/lines/up': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/lines/down': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/import': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/cart': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/schedule': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/schedule/delete': (f) => ({ id: f.list, tenant: true }),
  '/account/lists/:id/requisition': (f) => ({ id: f.list, tenant: true }),
  '/account/requisitions/:id': (f) => ({ id: f.requisition, tenant: true }),
  '/account/requisitions/:id/convert': (f) => ({ id: f.requisition, tenant: true }),
  '/account/requisitions/:id/decline': (f) => ({ id: f.requisition, tenant: true }),
  '/account/credit/invoices/:number': (f) => ({ number: f.invoice, tenant: true }),
  '/account/approvals/:id': (f) => ({ id: f.step, tenant: true }),
  '/account/approval-rules/:id': (f) => ({ id: f.rule, tenant: true }),
  '/account/approval-rules/:id/delete': (f) => ({ id: f.rule, tenant: true }),
  '/account/team/:id/spending-limit': (f) => ({ id: f.member, tenant: true }),
  '/account/team/invitations/:id/resend': (f) => ({ id: f.invitation, tenant: true }),
  '/account/team/invitations/:id/revoke': (f) => ({ id: f.invitation, tenant: true }),
  '/account/team/:id': (f) => ({ id: f.member, tenant: true }),
  '/account/team/:id/deactivate': (f) => ({ id: f.member, tenant: true }),
  '/account/team/:id/reactivate': (f) => ({ id: f.member, tenant: true }),
  '/account/team/:id/remove': (f) => ({ id: f.member, tenant: true }),
  '/account/team/:id/hand-over': (f) => ({ id: f.member, tenant: true }),
  '/account/roles/:id': (f) => ({ id: f.role, tenant: true }),
  '/account/roles/:id/delete': (f) => ({ id: f.role, tenant: true }),
  '/account/roles/:id/duplicate': (f) => ({ id: f.role, tenant: true }),
  '/account/units/:id': (f) => ({ id: f.unit, tenant: true }),
  '/account/units/:id/move': (f) => ({ id: f.unit, tenant: true }),
  '/account/units/:id/delete': (f) => ({ id: f.unit, tenant: true }),
  '/account/addresses/:id': (f) => ({ id: f.address, tenant: true }),
  '/account/addresses/:id/retire': (f) => ({ id: f.address, tenant: true }),
  '/account/addresses/:id/restrictions': (f) => ({ id: f.address, tenant: true }),
  '/account/addresses/:id/company-default': (f) => ({ id: f.address, tenant: true }),
  '/account/addresses/:id/my-default': (f) => ({ id: f.address, tenant: true }),
  '/account/addresses/:id/approve': (f) => ({ id: f.address, tenant: true }),
  '/account/addresses/:id/reject': (f) => ({ id: f.address, tenant: true }),
  '/account/addresses/:id/change-request': (f) => ({ id: f.erpAddress, tenant: true }),
  '/backoffice/change-requests/:id/done': (f) => ({ id: f.companyChangeRequest }),
  '/backoffice/applications/:id': (f) => ({ id: f.application }),
  '/backoffice/applications/:id/notes': (f) => ({ id: f.application }),
  '/backoffice/applications/:id/approve': (f) => ({ id: f.application }),
  '/backoffice/applications/:id/reject': (f) => ({ id: f.application }),
  '/backoffice/applications/:id/request-info': (f) => ({ id: f.application }),
  '/backoffice/companies/:id': (f) => ({ id: f.acme }),
  '/backoffice/companies/:id/assign-admin': (f) => ({ id: f.acme }),
  // Blocking Acme would sign its members out for the rest of the file.
  '/backoffice/companies/:id/block': (f) => ({ id: f.blockable }),
  '/backoffice/companies/:id/unblock': (f) => ({ id: f.blockable }),
  '/backoffice/companies/:id/view-as': (f) => ({ id: f.acme }),
  '/backoffice/companies/:id/ordering': (f) => ({ id: f.acme }),
  '/backoffice/companies/:id/approval-rules': (f) => ({ id: f.acme }),
  '/backoffice/orders/:number': (f) => ({ number: f.order }),
  '/backoffice/orders/:number/status': (f) => ({ number: f.order }),
  '/backoffice/orders/:number/cancel': (f) => ({ number: f.order }),
  '/backoffice/orders/:number/credit-release': (f) => ({ number: f.order }),
  '/backoffice/credit/:id': (f) => ({ id: f.acme }),
  '/backoffice/credit/:id/limit': (f) => ({ id: f.acme }),
  '/backoffice/credit/:id/hold': (f) => ({ id: f.acme }),
  '/backoffice/credit/:id/entries': (f) => ({ id: f.acme }),
  '/backoffice/credit/requests/:id': (f) => ({ id: f.creditRequest }),
  '/backoffice/credit/requests/:id/decide': (f) => ({ id: f.creditRequest }),
  '/backoffice/orders/:number/shipments': (f) => ({ number: f.order }),
  '/backoffice/shipping/methods/:id': (f) => ({ id: f.shippingMethod }),
  '/backoffice/shipping/tax-rates/:id/delete': (f) => ({ id: f.taxRate }),
  '/backoffice/addresses/:id': (f) => ({ id: f.address }),
  '/backoffice/addresses/:id/approve': (f) => ({ id: f.address }),
  '/backoffice/addresses/:id/reject': (f) => ({ id: f.address }),
  '/backoffice/address-requests/:id/done': (f) => ({ id: f.addressChangeRequest }),
  '/backoffice/products/:id': (f) => ({ id: f.product }),
  '/backoffice/price-lists/:id': (f) => ({ id: f.priceList }),
  '/backoffice/price-lists/:id/items': (f) => ({ id: f.priceList }),
  '/backoffice/price-lists/:id/items/delete': (f) => ({ id: f.priceList }),
  '/backoffice/price-lists/:id/assign': (f) => ({ id: f.priceList }),
  '/backoffice/mail/:id': (f) => ({ id: f.mail }),
  '/backoffice/mail/:id/html': (f) => ({ id: f.mail }),
  '/backoffice/mail/:id/retry': (f) => ({ id: f.mail }),
};

const paramNames = (pattern) => [...pattern.matchAll(/:([a-z_]+)/g)].map((m) => m[1]);

// The request path for a route, or an error naming what is missing.
function pathFor(route) {
  const names = paramNames(route.path);
  if (names.length === 0) return { path: route.path, tenant: false };
  const make = fixtureFor[route.path];
  if (!make) return { error: `no fixture for ${route.method} ${route.path}` };
  const values = make(fixtures);
  let path = route.path;
  for (const name of names) {
    if (values[name] === undefined || values[name] === '') return { error: `fixture for ${route.path} has no "${name}"` };
    path = path.replace(`:${name}`, encodeURIComponent(String(values[name])));
  }
  return { path, tenant: Boolean(values.tenant) };
}

const has = (granted, needed) => (granted & needed) === needed;

// Whether the route's declaration lets this actor in.
function expectedAllowed(route, actor, tenant) {
  if (route.access === 'public') return true;
  if (route.access === 'member') {
    if (actor.kind !== 'member') return false;
    if (actor.otherCompany && tenant) return false;
    return has(actor.permissions, route.permissions);
  }
  return actor.kind === 'staff' && has(actor.permissions, route.permissions);
}

const toLogin = (res) => res.status >= 300 && res.status < 400 && /^\/login(\?|$)/.test(res.location ?? '');
const denied = (res) => res.status === 403 || res.status === 404 || toLogin(res);
// A public route checks nobody, so sending a visitor on to sign in is its
// own answer there ("/" and "/logout" do).
const allowed = (route, res) => res.status !== 401 && res.status !== 403 && res.status < 500
  && (route.access === 'public' || !toLogin(res));

const actors = [];
before(async () => {
  ({ portal } = await startStack());
  const one = (q) => portal.sql(q);
  const acme = one("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  Object.assign(fixtures, {
    acme,
    blockable: one("SELECT id FROM companies WHERE name = 'Ridgeline Fabrication'"),
    category: one('SELECT slug FROM categories ORDER BY id LIMIT 1'),
    sku: one("SELECT sku FROM products WHERE active = 1 ORDER BY id LIMIT 1"),
    order: one(`SELECT number FROM orders WHERE company_id = ${acme} AND status NOT IN ('draft', 'cancelled', 'rejected') ORDER BY id LIMIT 1`),
    // The confirmation shows only a web order to the member who placed it.
    webOrder: one(`SELECT o.number FROM orders o JOIN users u ON u.id = o.placed_by_user_id
                   WHERE o.company_id = ${acme} AND o.channel = 'web' AND u.email = 'buyer@acme.test' ORDER BY o.id LIMIT 1`),
    step: one(`SELECT id FROM approval_steps WHERE company_id = ${acme} ORDER BY id LIMIT 1`),
    invoice: one(`SELECT number FROM invoices WHERE company_id = ${acme} ORDER BY id LIMIT 1`),
    creditRequest: one(`SELECT id FROM credit_requests WHERE company_id = ${acme} ORDER BY id LIMIT 1`),
    rule: one(`SELECT id FROM approval_rules WHERE company_id = ${acme} ORDER BY id LIMIT 1`),
    // Derek: not one of the logins below, so deactivating him changes nobody's session.
    member: one("SELECT id FROM users WHERE email = 'd.kowalski@acme.test'"),
    unit: one(`SELECT id FROM business_units WHERE company_id = ${acme} ORDER BY id DESC LIMIT 1`),
    address: one(`SELECT id FROM addresses WHERE company_id = ${acme} AND erp_address_id IS NULL ORDER BY id LIMIT 1`),
    erpAddress: one(`SELECT id FROM addresses WHERE company_id = ${acme} AND erp_address_id IS NOT NULL ORDER BY id LIMIT 1`),
    companyChangeRequest: one('SELECT id FROM company_change_requests ORDER BY id LIMIT 1'),
    application: one("SELECT id FROM applications WHERE status = 'new' ORDER BY id LIMIT 1"),
    shippingMethod: one('SELECT id FROM shipping_methods ORDER BY id LIMIT 1'),
    taxRate: one('SELECT id FROM tax_rates ORDER BY id LIMIT 1'),
    product: one('SELECT id FROM products ORDER BY id LIMIT 1'),
    priceList: one('SELECT id FROM price_lists ORDER BY id LIMIT 1'),
    mail: one('SELECT id FROM outbox ORDER BY id LIMIT 1'),
  });

  const signIn = async (email) => {
    const c = new Client(portal.url);
    const res = await c.signIn(email);
    assert.equal(res.status, 303, `${email} signs in`);
    return c;
  };
  const roleMask = Object.fromEntries(table.member_roles.map((r) => [r.name, r.permissions]));
  const staffMask = Object.fromEntries(table.staff_roles.map((r) => [r.role, r.permissions]));

  actors.push({ name: 'anonymous', kind: 'anonymous', client: new Client(portal.url), home: '/login' });
  for (const [role, email] of Object.entries(memberLogins)) {
    assert.equal(one(`SELECT r.name FROM memberships m JOIN users u ON u.id = m.user_id JOIN roles r ON r.id = m.role_id
                      WHERE u.email = '${email}' AND m.company_id = ${acme}`), role, `${email} is Acme's ${role}`);
    actors.push({ name: role, kind: 'member', permissions: roleMask[role], client: await signIn(email), home: '/account' });
  }
  assert.equal(one(`SELECT r.name FROM memberships m JOIN users u ON u.id = m.user_id JOIN roles r ON r.id = m.role_id
                    WHERE u.email = '${otherCompanyLogin}'`), 'Administrator');
  actors.push({ name: 'another company\'s Administrator', kind: 'member', otherCompany: true,
    permissions: roleMask.Administrator, client: await signIn(otherCompanyLogin), home: '/account' });
  for (const [role, email] of Object.entries(staffLogins)) {
    assert.equal(one(`SELECT s.staff_role FROM seller_staff s JOIN users u ON u.id = s.user_id WHERE u.email = '${email}'`), role);
    actors.push({ name: `staff ${role}`, kind: 'staff', permissions: staffMask[role], client: await signIn(email), home: '/backoffice' });
  }

  // What the demo lacks, made through the app by Acme's administrator.
  const admin = actors.find((a) => a.name === 'Administrator').client;
  await admin.get('/account/team');
  let res = await admin.post('/account/team/invite', { email: 'matrix.invitee@acme.test', name: 'Matrix Invitee',
    role_id: one("SELECT id FROM roles WHERE name = 'Buyer' AND company_id IS NULL"),
    unit_id: one(`SELECT id FROM business_units WHERE company_id = ${acme} AND parent_id IS NULL`) });
  assert.equal(res.status, 303, 'the invitation is sent');
  fixtures.invitation = one("SELECT id FROM invitations WHERE email = 'matrix.invitee@acme.test'");
  await admin.get('/account/roles/new');
  res = await admin.post('/account/roles', { name: 'Matrix role', perm_place_orders: 'on' });
  assert.equal(res.status, 303, 'the custom role is created');
  fixtures.role = one(`SELECT id FROM roles WHERE company_id = ${acme} AND name = 'Matrix role'`);
  await admin.get(`/account/addresses/${fixtures.erpAddress}`);
  res = await admin.post(`/account/addresses/${fixtures.erpAddress}/change-request`, { message: 'Dock door 4, please.' });
  assert.ok(res.status === 303 || res.status === 200, `the change request is sent (${res.status})`);
  fixtures.addressChangeRequest = one(`SELECT id FROM address_change_requests WHERE address_id = ${fixtures.erpAddress}`);
  // A shopping list every Acme member sees (an order template).
  await admin.get('/account/lists');
  res = await admin.post('/account/lists', { name: 'Matrix list' });
  assert.equal(res.status, 303, 'the list is created');
  fixtures.list = one(`SELECT id FROM shopping_lists WHERE company_id = ${acme} AND name = 'Matrix list'`);
  await admin.get(`/account/lists/${fixtures.list}`);
  res = await admin.post(`/account/lists/${fixtures.list}/sharing`, { sharing: 'company' });
  assert.equal(res.status, 303, 'the list is shared');
  res = await admin.post(`/account/lists/${fixtures.list}/lines`, { sku: fixtures.sku, quantity: '100' });
  assert.equal(res.status, 303, 'the list has a line');
  // A requisition from the viewer to the purchasing managers.
  const viewer = actors.find((a) => a.name === 'Viewer').client;
  await viewer.get(`/account/lists/${fixtures.list}`);
  res = await viewer.post(`/account/lists/${fixtures.list}/requisition`, {
    to: `role-${one("SELECT id FROM roles WHERE name = 'Purchasing manager' AND company_id IS NULL")}`, message: 'Matrix' });
  assert.equal(res.status, 303, 'the requisition is sent');
  fixtures.requisition = one(`SELECT id FROM requisitions WHERE company_id = ${acme} ORDER BY id DESC LIMIT 1`);

  for (const a of actors) await a.client.get(a.home);   // each has a CSRF token from a form
});

test('the route table is whole: every route has a method, an access and a fixture for each parameter', () => {
  assert.ok(table.routes.length > 150, `${table.routes.length} routes`);
  const missing = table.routes.map(pathFor).filter((p) => p.error).map((p) => p.error);
  assert.deepEqual(missing, []);
  const patterns = new Set(table.routes.map((r) => r.path));
  const stale = Object.keys(fixtureFor).filter((p) => !patterns.has(p));
  assert.deepEqual(stale, [], 'fixtures for routes that no longer exist');
  for (const r of table.routes) assert.ok(['public', 'member', 'staff'].includes(r.access), `${r.method} ${r.path}`);
});

// Signing out ends the actor's session for the rest of the file: last.
const ordered = [...table.routes].sort((a, b) => (a.path === '/logout') - (b.path === '/logout'));

test('every route, for every actor, lets in exactly whom its declaration names', async () => {
  const failures = [];
  const reachedByAllowed = new Map();
  let requests = 0;
  for (const route of ordered) {
    const { path, tenant, error } = pathFor(route);
    assert.ok(!error, error);
    if (route.path === '/logout') {
      // Nothing before signed anybody out, or "denied" above proved nothing.
      for (const a of actors.filter((x) => x.kind !== 'anonymous')) {
        const home = await a.client.get(a.home);
        assert.equal(home.status, 200, `${a.name} is still signed in before /logout`);
      }
    }
    for (const actor of actors) {
      const res = route.method === 'GET' ? await actor.client.get(path) : await actor.client.post(path, {});
      requests++;
      const should = expectedAllowed(route, actor, tenant);
      const ok = should ? allowed(route, res) : denied(res);
      if (!ok) {
        failures.push(`${route.method} ${path} as ${actor.name}: ${res.status}${res.location ? ` -> ${res.location}` : ''}`
          + ` (expected ${should ? 'allowed' : 'denied'})`);
      }
      if (should && res.status >= 200 && res.status < 400) reachedByAllowed.set(`${route.method} ${route.path}`, true);
      // A POST that signs the actor out or answers with a fresh form leaves
      // a new token; keep the one from the actor's home page.
      if (route.method === 'POST' && route.path !== '/logout') await actor.client.get(actor.home);
    }
  }
  assert.equal(requests, table.routes.length * actors.length);
  assert.deepEqual(failures, []);
  // Each GET with parameters answers a page to somebody it lets in: the
  // fixture names something real (tokens excepted, which are made up).
  const unreached = table.routes
    .filter((r) => r.method === 'GET' && r.path.includes(':') && !r.path.includes(':token'))
    .filter((r) => !reachedByAllowed.get(`${r.method} ${r.path}`))
    .map((r) => `${r.method} ${r.path}`);
  assert.deepEqual(unreached, [], 'GET routes whose fixture nobody allowed could open');
});
