// Roles and permissions, and the business-unit tree: what an administrator
// may change, what is refused (with nothing written), the audit trail, and
// that another company's roles and units are simply not there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';

let portal;

before(async () => ({ portal } = await startStack()));
after(() => stopStack({ portal }));

const q = (s) => s.replace(/'/g, "''");
const count = (table, where = '1') => Number(portal.sql(`SELECT COUNT(*) FROM ${table} WHERE ${where}`));
const ACME = "(SELECT id FROM companies WHERE erp_account_no = 'C-100042')";
const BOREALIS = "(SELECT id FROM companies WHERE erp_account_no = 'C-100077')";
const userId = (email) => Number(portal.sql(`SELECT id FROM users WHERE email = '${q(email)}'`));
const roleId = (name, company = ACME) =>
  Number(portal.sql(`SELECT id FROM roles WHERE company_id = ${company} AND name = '${q(name)}'`));
const unitId = (name, company = ACME) =>
  Number(portal.sql(`SELECT id FROM business_units WHERE company_id = ${company} AND name = '${q(name)}'`));
const unitParent = (id) => Number(portal.sql(`SELECT COALESCE(parent_id, 0) FROM business_units WHERE id = ${id}`));
// "field|before|after" lines of the newest audit entry with this action and subject.
const auditChanges = (action, subject) => portal.sql(
  `SELECT c.field || '|' || c.before || '|' || c.after FROM audit_log_changes c
    WHERE c.audit_id = (SELECT MAX(id) FROM audit_log WHERE action = '${action}' AND subject = '${q(subject)}')
    ORDER BY c.id`).split('\n').filter(Boolean);
const snapshot = (table, company = ACME) => portal.sql(`SELECT * FROM ${table} WHERE company_id = ${company} ORDER BY id`);

async function signedIn(email) {
  const c = new Client(portal.url);
  const res = await c.signIn(email);
  assert.equal(res.status, 303, `${email} signs in`);
  return c;
}

// Loads a page (for its CSRF token) and posts a form.
async function submit(c, page, path, fields = {}) {
  const res = await c.get(page);
  assert.equal(res.status, 200, `${page} opens before posting to ${path}`);
  return c.post(path, fields);
}

const navLinks = (html) => [...html.matchAll(/class="nav-link[^"]*" href="([^"]+)"/g)].map((m) => m[1]);
const selectOptions = (html, id) => {
  const select = html.match(new RegExp(`<select[^>]*id="${id}"[^>]*>([\\s\\S]*?)</select>`));
  assert.ok(select, `the page has a #${id} select`);
  return [...select[1].matchAll(/<option value="(\d*)"/g)].map((m) => m[1]);
};

// --- Roles ----------------------------------------------------------------------

test('the roles page shows the built-in roles, their members and a permission matrix', async () => {
  const admin = await signedIn('admin@acme.test');
  const page = await admin.get('/account/roles');
  assert.equal(page.status, 200);
  for (const name of ['Administrator', 'Purchasing manager', 'Finance manager', 'Buyer', 'Viewer']) {
    assert.match(page.text, new RegExp(`href="/account/roles/\\d+">${name}</a> <span class="badge[^"]*">Built-in`), name);
  }
  for (const label of ['Manage members', 'Manage roles', 'Manage business units', 'Manage addresses',
    'Manage approval rules', 'Place orders', 'View own orders', 'View unit orders', 'View all company orders',
    'Approve orders', 'View credit', 'Request credit changes', 'Manage shared shopping lists', 'Export data',
    'View company information']) {
    assert.match(page.text, new RegExp(`<th scope="row"[^>]*>${label}</th>`), `matrix row ${label}`);
  }
  for (const group of ['Team', 'Ordering', 'Approvals', 'Money', 'Data']) {
    assert.match(page.text, new RegExp(`<th scope="colgroup"[^>]*>${group}</th>`), `group ${group}`);
  }
  // Acme has five Buyers (Ben, Derek, Hoa, Rosa, Sofia in two companies) and one Administrator
  assert.match(page.text, />Buyer<\/a>[\s\S]*?<td[^>]*>3 of 15<\/td>\s*<td class="text-nowrap">5 members/);
  assert.match(page.text, />Administrator<\/a>[\s\S]*?<td[^>]*>15 of 15<\/td>\s*<td class="text-nowrap">1 member</);
  // the Administrator column is all yes; Buyer cannot manage members
  const rows = page.text.match(/<th scope="row"[^>]*>Manage members<\/th>(.*?)<\/tr>/)[1];
  const cells = [...rows.matchAll(/visually-hidden">(Yes|No)</g)].map((m) => m[1]);
  assert.deepEqual(cells, ['Yes', 'No', 'No', 'No', 'No']);
  assert.ok(navLinks(page.text).includes('/account/roles') && navLinks(page.text).includes('/account/units'));
  assert.match(page.text, /Your company has no roles of its own yet/);
});

test('an administrator creates a custom role and it is listed, stored and audited', async () => {
  const admin = await signedIn('admin@acme.test');
  const form = await admin.get('/account/roles/new');
  assert.equal(form.status, 200);
  assert.match(form.text, /<input class="form-check-input" type="checkbox" name="perm_manage_addresses" id="perm_manage_addresses" value="1" aria-describedby/);
  const res = await admin.post('/account/roles', {
    name: '  Site buyer ', description: 'Orders for one site',
    perm_place_orders: '1', perm_view_own_orders: '1', perm_manage_addresses: '1',
  });
  assert.equal(res.status, 303);
  assert.equal(res.location, '/account/roles');
  const id = roleId('Site buyer');
  assert.ok(id > 5);
  assert.equal(portal.sql(`SELECT permissions || '|' || builtin || '|' || description FROM roles WHERE id = ${id}`),
    `${32 + 64 + 8}|0|Orders for one site`);
  const list = await admin.get('/account/roles');
  assert.match(list.text, /The role “Site buyer” is created\./);
  assert.match(list.text, new RegExp(`<a class="fw-semibold" href="/account/roles/${id}">Site buyer</a>`));
  assert.match(list.text, /<th scope="col">Site buyer<\/th>/);
  assert.deepEqual(auditChanges('role.created', 'Site buyer'), [
    'Name||Site buyer', 'Description||Orders for one site', 'Permissions||Place orders, View own orders, Manage addresses',
  ]);
});

test('duplicating a built-in role makes an editable "Copy of" it, with a unique name', async () => {
  const admin = await signedIn('admin@acme.test');
  const buyer = Number(portal.sql("SELECT id FROM roles WHERE builtin = 1 AND name = 'Buyer'"));
  const res = await submit(admin, '/account/roles', `/account/roles/${buyer}/duplicate`);
  assert.equal(res.status, 303);
  const copy = roleId('Copy of Buyer');
  assert.equal(res.location, `/account/roles/${copy}`);
  assert.equal(portal.sql(`SELECT permissions || '|' || builtin FROM roles WHERE id = ${copy}`), '16480|0');
  const page = await admin.get(res.location);
  assert.equal(page.status, 200);
  assert.match(page.text, new RegExp(`<form method="post" action="/account/roles/${copy}"`));
  assert.match(page.text, /id="name" name="name" value="Copy of Buyer"/);
  assert.match(page.text, /name="perm_place_orders" id="perm_place_orders" value="1" checked/);
  assert.match(page.text, /name="perm_view_credit" id="perm_view_credit" value="1" aria-describedby/);

  const again = await submit(admin, '/account/roles', `/account/roles/${buyer}/duplicate`);
  assert.equal(again.status, 303);
  assert.equal(again.location, `/account/roles/${roleId('Copy of Buyer (2)')}`);
  // the "new role" form can start from a copy too, without saving anything
  const before = count('roles');
  const from = await admin.get(`/account/roles/new?from=${buyer}`);
  assert.equal(from.status, 200);
  assert.match(from.text, /value="Copy of Buyer \(3\)"/);
  assert.match(from.text, /name="perm_view_own_orders" id="perm_view_own_orders" value="1" checked/);
  assert.equal(count('roles'), before);
});

test('changing a role\'s permissions is audited with the permissions before and after', async () => {
  const admin = await signedIn('admin@acme.test');
  const copy = roleId('Copy of Buyer');
  const res = await submit(admin, `/account/roles/${copy}`, `/account/roles/${copy}`, {
    name: 'Unit buyer', description: 'Buys and sees the unit',
    perm_place_orders: '1', perm_view_own_orders: '1', perm_view_unit_orders: '1', perm_view_company_info: '1',
  });
  assert.equal(res.status, 303);
  assert.equal(res.location, `/account/roles/${copy}`);
  assert.equal(portal.sql(`SELECT name || '|' || permissions FROM roles WHERE id = ${copy}`), `Unit buyer|${16480 + 128}`);
  assert.deepEqual(auditChanges('role.updated', 'Unit buyer'), [
    'Name|Copy of Buyer|Unit buyer',
    'Description|Places orders and sees their own.|Buys and sees the unit',
    'Permissions|Place orders, View own orders, View company information|Place orders, View own orders, View unit orders, View company information',
  ]);
  assert.equal(portal.sql("SELECT actor_name || '|' || actor_kind FROM audit_log WHERE action = 'role.updated' ORDER BY id DESC LIMIT 1"),
    'Alicia Moreno|member');
  // saving the same values again writes nothing
  const entries = count('audit_log');
  const same = await submit(admin, `/account/roles/${copy}`, `/account/roles/${copy}`, {
    name: 'Unit buyer', description: 'Buys and sees the unit',
    perm_place_orders: '1', perm_view_own_orders: '1', perm_view_unit_orders: '1', perm_view_company_info: '1',
  });
  assert.equal(same.status, 303);
  assert.equal(count('audit_log'), entries);
});

test('a member with a custom role can open exactly what the role allows, server-side and in the menu', async () => {
  const site = roleId('Site buyer');
  portal.sql(`UPDATE memberships SET role_id = ${site} WHERE user_id = ${userId('h.nguyen@acme.test')}`);
  const hoa = await signedIn('h.nguyen@acme.test');
  const home = await hoa.get('/account');
  assert.equal(home.status, 200);
  assert.match(home.text, /Site buyer/);
  const links = navLinks(home.text);
  assert.ok(links.includes('/account'), 'the dashboard is in the menu');
  for (const hidden of ['/account/team', '/account/roles', '/account/units', '/account/activity', '/account/company']) {
    assert.ok(!links.includes(hidden), `${hidden} is not in the menu`);
  }
  for (const path of ['/account/team', '/account/roles', '/account/roles/new', `/account/roles/${site}`,
    '/account/units', `/account/units/${unitId('Shipping & Receiving')}`, '/account/activity', '/account/company']) {
    assert.equal((await hoa.get(path)).status, 403, path);
  }
  await hoa.get('/account/profile');
  assert.equal((await hoa.post(`/account/roles/${site}`, { name: 'Mine', perm_manage_roles: '1' })).status, 403);
  assert.equal(roleId('Site buyer'), site, 'the role is unchanged');

  // the role changes and so does what its members may open, at once
  const admin = await signedIn('admin@acme.test');
  const res = await submit(admin, `/account/roles/${site}`, `/account/roles/${site}`, {
    name: 'Site buyer', description: 'Orders for one site',
    perm_place_orders: '1', perm_view_own_orders: '1', perm_manage_addresses: '1', perm_view_company_info: '1',
  });
  assert.equal(res.status, 303);
  assert.equal((await hoa.get('/account/company')).status, 200);
  assert.ok(navLinks((await hoa.get('/account')).text).includes('/account/company'));
  assert.equal((await hoa.get('/account/team')).status, 403);
});

test('a role in use cannot be deleted; an unused one can', async () => {
  const admin = await signedIn('admin@acme.test');
  const site = roleId('Site buyer');
  const rolesBefore = snapshot('roles');
  const res = await submit(admin, `/account/roles/${site}`, `/account/roles/${site}/delete`);
  assert.equal(res.status, 409);
  assert.match(res.text, /“Site buyer” cannot be deleted while it is in use\./);
  assert.match(res.text, /held by 1 active member\b/);
  assert.match(res.text, new RegExp(`href="/account/team\\?role=${site}"`));
  assert.equal(snapshot('roles'), rolesBefore);

  // a pending invitation offering the role also keeps it
  const copy2 = roleId('Copy of Buyer (2)');
  const admin_id = userId('admin@acme.test');
  portal.sql(`INSERT INTO invitations (company_id, email, name, role_id, invited_by, status, created_at, expires_at)
              VALUES (${ACME}, 'new.hire@acme.test', 'New Hire', ${copy2}, ${admin_id}, 'pending', 0, 9999999999)`);
  const held = await submit(admin, `/account/roles/${copy2}`, `/account/roles/${copy2}/delete`);
  assert.equal(held.status, 409);
  assert.match(held.text, /held by 0 active members, and offered in 1 pending invitation\./);
  assert.equal(roleId('Copy of Buyer (2)'), copy2);

  // once the invitation is answered, the role goes; the old invitation stays valid
  portal.sql(`UPDATE invitations SET status = 'revoked' WHERE email = 'new.hire@acme.test'`);
  const gone = await submit(admin, `/account/roles/${copy2}`, `/account/roles/${copy2}/delete`);
  assert.equal(gone.status, 303);
  assert.equal(gone.location, '/account/roles');
  assert.equal(count('roles', `id = ${copy2}`), 0);
  assert.equal(portal.sql("SELECT role_id FROM invitations WHERE email = 'new.hire@acme.test'"), '5');
  assert.deepEqual(auditChanges('role.deleted', 'Copy of Buyer (2)'), [
    'Name|Copy of Buyer (2)|', 'Description|Places orders and sees their own.|',
    'Permissions|Place orders, View own orders, View company information|',
  ]);
  const list = await admin.get('/account/roles');
  assert.match(list.text, /The role “Copy of Buyer \(2\)” is deleted\./);
  assert.doesNotMatch(list.text, /Copy of Buyer \(2\)<\/a>/);
});

test('built-in roles are read-only', async () => {
  const admin = await signedIn('admin@acme.test');
  const buyer = Number(portal.sql("SELECT id FROM roles WHERE builtin = 1 AND name = 'Buyer'"));
  const page = await admin.get(`/account/roles/${buyer}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1 class="h2 mb-0 text-break">Buyer<\/h1>\s*<span class="badge[^"]*">Built-in/);
  assert.doesNotMatch(page.text, /id="name"/);
  assert.doesNotMatch(page.text, /type="checkbox"/);
  assert.match(page.text, new RegExp(`action="/account/roles/${buyer}/duplicate"`));
  assert.match(page.text, /Allowed: <\/span>Place orders/);
  assert.match(page.text, /Not allowed: <\/span><del>Manage members<\/del>/);
  const before = portal.sql('SELECT * FROM roles WHERE builtin = 1 ORDER BY id');
  for (const [path, fields] of [[`/account/roles/${buyer}`, { name: 'Buyer', perm_manage_members: '1' }],
    [`/account/roles/${buyer}/delete`, {}], ['/account/roles/1', { name: 'Boss' }], ['/account/roles/1/delete', {}]]) {
    const res = await admin.post(path, fields);
    assert.equal(res.status, 403, path);
    assert.match(res.text, /Built-in roles cannot be changed or deleted/);
  }
  assert.equal(portal.sql('SELECT * FROM roles WHERE builtin = 1 ORDER BY id'), before);
});

test('bad role input is refused on the same page with the values kept', async () => {
  const admin = await signedIn('admin@acme.test');
  await admin.get('/account/roles/new');
  const before = snapshot('roles');
  const long = 'L'.repeat(1000);
  for (const [fields, message] of [
    [{ name: '', perm_export_data: '1' }, /Give the role a name\./],
    [{ name: '   ', perm_export_data: '1' }, /Give the role a name\./],
    [{ name: long, perm_export_data: '1' }, /Use at most 60 characters\./],
    [{ name: 'site BUYER', perm_export_data: '1' }, /Another role already has this name\./],
    [{ name: 'Administrator', perm_export_data: '1' }, /This is the name of a built-in role/],
    [{ name: 'viewer', perm_export_data: '1' }, /This is the name of a built-in role/],
    [{ name: 'Fine name', description: 'd'.repeat(201), perm_export_data: '1' }, /Use at most 200 characters\./],
  ]) {
    const res = await admin.post('/account/roles', fields);
    assert.equal(res.status, 422, JSON.stringify(fields).slice(0, 60));
    assert.match(res.text, message);
    assert.match(res.text, /Please correct 1 field\(s\)/);
    assert.match(res.text, /name="perm_export_data" id="perm_export_data" value="1" checked/, 'ticked boxes stay ticked');
    assert.match(res.text, /name="perm_place_orders" id="perm_place_orders" value="1" aria-describedby/, 'others stay clear');
    if (fields.name.trim()) assert.ok(res.text.includes(`value="${fields.name}"`), 'the name is kept');
    if (fields.description) assert.ok(res.text.includes(`value="${fields.description}"`), 'the description is kept');
  }
  const edit = roleId('Unit buyer');
  const taken = await submit(admin, `/account/roles/${edit}`, `/account/roles/${edit}`, { name: 'Site Buyer' });
  assert.equal(taken.status, 422);
  assert.match(taken.text, /Another role already has this name\./);
  assert.match(taken.text, /class="form-control is-invalid" id="name" name="name" value="Site Buyer"/);
  assert.equal(snapshot('roles'), before, 'nothing was written');

  // names are text, never markup
  const res = await admin.post('/account/roles', { name: '<script>alert(1)</script>', perm_view_own_orders: '1' });
  assert.equal(res.status, 303);
  const list = await admin.get('/account/roles');
  assert.ok(list.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(!list.text.includes('<script>alert(1)'));
});

test('a member who manages roles can give only the permissions they hold, and keeps their own access', async () => {
  const admin = await signedIn('admin@acme.test');
  const made = await submit(admin, '/account/roles/new', '/account/roles',
    { name: 'Role keeper', perm_manage_roles: '1', perm_view_own_orders: '1' });
  assert.equal(made.status, 303);
  const keeper = roleId('Role keeper');
  portal.sql(`UPDATE memberships SET role_id = ${keeper} WHERE user_id = ${userId('t.washington@acme.test')}`);
  const tamara = await signedIn('t.washington@acme.test');
  const form = await tamara.get('/account/roles/new');
  assert.equal(form.status, 200);
  // what she does not hold cannot be ticked
  assert.match(form.text, /name="perm_manage_members" id="perm_manage_members" value="1" disabled/);
  assert.match(form.text, /name="perm_view_own_orders" id="perm_view_own_orders" value="1" aria-describedby/);
  // starting from a copy of Administrator keeps only what she holds
  const fromAdmin = await tamara.get('/account/roles/new?from=1');
  assert.equal(fromAdmin.status, 200);
  assert.match(fromAdmin.text, /name="perm_manage_members" id="perm_manage_members" value="1" disabled/);
  assert.match(fromAdmin.text, /name="perm_manage_roles" id="perm_manage_roles" value="1" checked aria-describedby/);
  const roles = snapshot('roles');
  const grab = await tamara.post('/account/roles', { name: 'Power user', perm_manage_members: '1', perm_view_own_orders: '1' });
  assert.equal(grab.status, 422);
  assert.match(grab.text, /You can only give permissions that you hold yourself/);
  const self = await submit(tamara, `/account/roles/${keeper}`, `/account/roles/${keeper}`,
    { name: 'Role keeper', perm_view_own_orders: '1', perm_view_credit: '1' });
  assert.equal(self.status, 422);
  assert.match(self.text, /You can only give permissions that you hold yourself/);
  const drop = await tamara.post(`/account/roles/${keeper}`, { name: 'Role keeper', perm_view_own_orders: '1' });
  assert.equal(drop.status, 422);
  assert.match(drop.text, /This is your own role: keep “Manage roles”/);
  const copy = await tamara.post('/account/roles/1/duplicate');
  assert.equal(copy.status, 403);
  assert.equal(snapshot('roles'), roles, 'nothing was written');
  // what she holds she may give
  const ok = await submit(tamara, '/account/roles/new', '/account/roles', { name: 'Order watcher', perm_view_own_orders: '1' });
  assert.equal(ok.status, 303);
  assert.equal(portal.sql("SELECT permissions FROM roles WHERE name = 'Order watcher'"), '64');
  portal.sql(`UPDATE memberships SET role_id = 5 WHERE user_id = ${userId('t.washington@acme.test')}`);
});

test('another company\'s role is not found, for viewing and for every change', async () => {
  const borealis = await signedIn('admin@borealis.test');
  const made = await submit(borealis, '/account/roles/new', '/account/roles', { name: 'Yard lead', perm_place_orders: '1' });
  assert.equal(made.status, 303);
  const theirs = roleId('Yard lead', BOREALIS);
  assert.ok(theirs > 0);
  const before = portal.sql(`SELECT * FROM roles WHERE id = ${theirs}`);

  const acme = await signedIn('admin@acme.test');
  assert.doesNotMatch((await acme.get('/account/roles')).text, /Yard lead/);
  const rolesBefore = count('roles');
  for (const path of [`/account/roles/${theirs}`, `/account/roles/new?from=${theirs}`, '/account/roles/999999', '/account/roles/abc']) {
    assert.equal((await acme.get(path)).status, 404, path);
  }
  await acme.get('/account/roles');
  for (const path of [`/account/roles/${theirs}`, `/account/roles/${theirs}/delete`, `/account/roles/${theirs}/duplicate`,
    '/account/roles/999999/delete']) {
    const res = await acme.post(path, { name: 'Taken over', perm_manage_members: '1' });
    assert.equal(res.status, 404, path);
  }
  assert.equal(portal.sql(`SELECT * FROM roles WHERE id = ${theirs}`), before);
  assert.equal(count('roles'), rolesBefore);
});

// --- Business units --------------------------------------------------------------

test('an administrator builds, renames and staffs part of the tree', async () => {
  const admin = await signedIn('admin@acme.test');
  const root = unitId('Acme Industrial Supply');
  const created = await submit(admin, '/account/units', '/account/units', { name: 'Research', kind: 'division', parent_id: root });
  assert.equal(created.status, 303);
  assert.equal(created.location, '/account/units');
  const research = unitId('Research');
  assert.equal(portal.sql(`SELECT kind || '|' || parent_id FROM business_units WHERE id = ${research}`), `division|${root}`);
  const branch = await submit(admin, '/account/units', '/account/units', { name: 'Denver Lab', kind: 'branch', parent_id: research });
  assert.equal(branch.status, 303);
  const denver = unitId('Denver Lab');
  assert.equal(unitParent(denver), research);
  assert.deepEqual(auditChanges('unit.created', 'Denver Lab'), ['Name||Denver Lab', 'Kind||Branch', 'Parent||Research']);

  const tree = await admin.get('/account/units');
  assert.match(tree.text, /“Denver Lab” is added under “Research”\./);
  // indented under its parent: one step in, with the corner mark
  assert.match(tree.text, new RegExp(`<span class="flex-shrink-0 ms-3" aria-hidden="true"></span><span[^>]*>&#9492;</span><div><a href="/account/units/${denver}">Denver Lab</a><span class="visually-hidden">, level 3, under Research`));

  const rename = await submit(admin, `/account/units/${denver}`, `/account/units/${denver}`,
    { name: 'Denver Laboratory', kind: 'branch', manager_id: '' });
  assert.equal(rename.status, 303);
  assert.equal(portal.sql(`SELECT name FROM business_units WHERE id = ${denver}`), 'Denver Laboratory');
  assert.deepEqual(auditChanges('unit.updated', 'Denver Laboratory'), ['Name|Denver Lab|Denver Laboratory']);

  const rosa = userId('r.alvarez@acme.test');
  const manager = await submit(admin, `/account/units/${denver}`, `/account/units/${denver}`,
    { name: 'Denver Laboratory', kind: 'department', manager_id: rosa });
  assert.equal(manager.status, 303);
  assert.equal(portal.sql(`SELECT kind || '|' || manager_user_id FROM business_units WHERE id = ${denver}`), `department|${rosa}`);
  assert.deepEqual(auditChanges('unit.updated', 'Denver Laboratory'), ['Kind|Branch|Department', 'Manager||Rosa Alvarez']);
  const page = await admin.get(`/account/units/${denver}`);
  assert.match(page.text, new RegExp(`<option value="${rosa}" selected>Rosa Alvarez \\(r.alvarez@acme.test\\)</option>`));
  assert.doesNotMatch(page.text, /Nora Lindqvist|borealis/, 'only Acme\'s members are offered');

  // a manager from another company, a made-up kind, the root's kind: refused, nothing changed
  const units = snapshot('business_units');
  for (const [fields, message] of [
    [{ name: 'Denver Laboratory', kind: 'department', manager_id: userId('admin@borealis.test') }, /Choose an active member of your company/],
    [{ name: 'Denver Laboratory', kind: 'company', manager_id: '' }, /Choose a division, a branch or a department/],
    [{ name: '', kind: 'branch', manager_id: '' }, /Give the unit a name/],
    [{ name: 'x'.repeat(101), kind: 'branch', manager_id: '' }, /Use at most 100 characters/],
  ]) {
    const res = await admin.post(`/account/units/${denver}`, fields);
    assert.equal(res.status, 422, JSON.stringify(fields).slice(0, 80));
    assert.match(res.text, message);
    if (fields.name) assert.ok(res.text.includes(`value="${fields.name}"`), 'the name is kept');
  }
  const rootRes = await submit(admin, `/account/units/${root}`, `/account/units/${root}`,
    { name: 'Acme Industrial Supply', kind: 'division', manager_id: userId('admin@acme.test') });
  assert.equal(rootRes.status, 303, 'nothing to change: the root keeps its kind');
  assert.equal(snapshot('business_units'), units);
});

test('adding a unit with bad input keeps the values and writes nothing', async () => {
  const admin = await signedIn('admin@acme.test');
  await admin.get('/account/units');
  const units = snapshot('business_units');
  const ops = unitId('Operations');
  for (const [fields, message] of [
    [{ name: '', kind: 'branch', parent_id: ops }, /Give the unit a name/],
    [{ name: 'N'.repeat(101), kind: 'branch', parent_id: ops }, /Use at most 100 characters/],
    [{ name: 'Austin Plant', kind: 'company', parent_id: ops }, /Choose a division, a branch or a department/],
    [{ name: 'Austin Plant', kind: 'branch', parent_id: unitId('Calgary Yard', BOREALIS) }, /Choose where the new unit belongs/],
    [{ name: 'Austin Plant', kind: 'branch', parent_id: '' }, /Choose where the new unit belongs/],
    [{ name: 'chicago plant', kind: 'branch', parent_id: ops }, /Another unit at this place already has this name/],
  ]) {
    const res = await admin.post('/account/units', fields);
    assert.equal(res.status, 422, JSON.stringify(fields).slice(0, 80));
    assert.match(res.text, message);
    if (fields.name) assert.ok(res.text.includes(`value="${fields.name}"`), 'the name is kept');
    if (fields.kind !== 'company') assert.match(res.text, new RegExp(`<option value="${fields.kind}" selected>`));
  }
  assert.equal(snapshot('business_units'), units);
});

test('a unit cannot move under itself or below itself; the company never moves; legal moves do', async () => {
  const admin = await signedIn('admin@acme.test');
  const research = unitId('Research');
  const denver = unitId('Denver Laboratory');
  const root = unitId('Acme Industrial Supply');
  const ops = unitId('Operations');

  // the move form offers only valid places: never Operations or anything below it
  const opsPage = await admin.get(`/account/units/${ops}`);
  const offered = selectOptions(opsPage.text, 'parent_id').map(Number);
  const below = [ops, unitId('Chicago Plant'), unitId('Houston Plant'), unitId('Maintenance'), unitId('Shipping & Receiving')];
  for (const id of below) assert.ok(!offered.includes(id), `unit ${id} is not offered`);
  for (const id of [root, unitId('Corporate'), research, denver]) assert.ok(offered.includes(id), `unit ${id} is offered`);

  const units = snapshot('business_units');
  for (const [unit, parent, message] of [
    [research, denver, /cannot be moved under a unit that is below it/],
    [research, research, /cannot be moved under itself/],
    [ops, unitId('Maintenance'), /cannot be moved under a unit that is below it/],
    [research, unitId('Calgary Yard', BOREALIS), /Choose where to move the unit/],
    [research, '', /Choose where to move the unit/],
  ]) {
    const res = await submit(admin, `/account/units/${unit}`, `/account/units/${unit}/move`, { parent_id: parent });
    assert.equal(res.status, 422, `${unit} under ${parent}`);
    assert.match(res.text, message);
  }
  const rootMove = await admin.post(`/account/units/${root}/move`, { parent_id: research });
  assert.equal(rootMove.status, 422);
  assert.match(rootMove.text, /The company itself is the top of the tree and cannot be moved/);
  assert.equal(snapshot('business_units'), units, 'nothing moved');

  const res = await submit(admin, `/account/units/${denver}`, `/account/units/${denver}/move`, { parent_id: unitId('Corporate') });
  assert.equal(res.status, 303);
  assert.equal(res.location, `/account/units/${denver}`);
  assert.equal(unitParent(denver), unitId('Corporate'));
  assert.deepEqual(auditChanges('unit.moved', 'Denver Laboratory'), ['Parent|Research|Corporate']);
  assert.match((await admin.get(res.location)).text, /“Denver Laboratory” is now under “Corporate”\./);
});

test('only an empty unit can be deleted, and never the company itself', async () => {
  const admin = await signedIn('admin@acme.test');
  const units = snapshot('business_units');
  const chicago = unitId('Chicago Plant');
  const full = await submit(admin, `/account/units/${chicago}`, `/account/units/${chicago}/delete`);
  assert.equal(full.status, 409);
  assert.match(full.text, /“Chicago Plant” cannot be deleted while it is not empty\. Nothing was deleted\./);
  assert.match(full.text, /<li>1 unit below it<\/li>/);
  assert.match(full.text, /<li>2 members belong to it<\/li>/);
  assert.match(full.text, /<li>1 address belongs to it<\/li>/);

  const withMember = unitId('Denver Laboratory');
  portal.sql(`UPDATE memberships SET business_unit_id = ${withMember} WHERE user_id = ${userId('d.kowalski@acme.test')}`);
  const busy = await submit(admin, `/account/units/${withMember}`, `/account/units/${withMember}/delete`);
  assert.equal(busy.status, 409);
  assert.match(busy.text, /<li>1 member belongs to it<\/li>/);
  portal.sql(`UPDATE memberships SET business_unit_id = ${unitId('Maintenance')} WHERE user_id = ${userId('d.kowalski@acme.test')}`);

  const root = unitId('Acme Industrial Supply');
  const top = await admin.post(`/account/units/${root}/delete`);
  assert.equal(top.status, 409);
  assert.match(top.text, /cannot be deleted/);
  assert.equal(snapshot('business_units'), units);

  const research = unitId('Research');
  const page = await admin.get(`/account/units/${research}`);
  assert.match(page.text, new RegExp(`action="/account/units/${research}/delete"`));
  const gone = await admin.post(`/account/units/${research}/delete`);
  assert.equal(gone.status, 303);
  assert.equal(gone.location, '/account/units');
  assert.equal(count('business_units', `id = ${research}`), 0);
  assert.deepEqual(auditChanges('unit.deleted', 'Research'),
    ['Name|Research|', 'Kind|Division|', 'Parent|Acme Industrial Supply|', 'Manager||']);
  assert.match((await admin.get('/account/units')).text, /“Research” is deleted\./);
});

test('another company\'s unit is not found, for viewing and for every change', async () => {
  const admin = await signedIn('admin@acme.test');
  const calgary = unitId('Calgary Yard', BOREALIS);
  const before = snapshot('business_units', BOREALIS);
  assert.doesNotMatch((await admin.get('/account/units')).text, /Calgary|Borealis/);
  assert.equal((await admin.get(`/account/units/${calgary}`)).status, 404);
  assert.equal((await admin.get('/account/units/999999')).status, 404);
  await admin.get('/account/units');
  for (const [path, fields] of [
    [`/account/units/${calgary}`, { name: 'Mine now', kind: 'branch', manager_id: '' }],
    [`/account/units/${calgary}/move`, { parent_id: unitId('Operations') }],
    [`/account/units/${calgary}/delete`, {}],
  ]) {
    assert.equal((await admin.post(path, fields)).status, 404, path);
  }
  assert.equal(snapshot('business_units', BOREALIS), before);
});

test('a buyer may open none of the roles and units pages, nor change anything there', async () => {
  const buyer = await signedIn('buyer@acme.test');
  const home = await buyer.get('/account');
  assert.equal(home.status, 200);
  assert.ok(!navLinks(home.text).some((h) => h === '/account/roles' || h === '/account/units'));
  const role = roleId('Site buyer');
  const unit = unitId('Chicago Plant');
  const roles = portal.sql('SELECT * FROM roles ORDER BY id');
  const units = portal.sql('SELECT * FROM business_units ORDER BY id');
  for (const path of ['/account/roles', '/account/roles/new', `/account/roles/${role}`, '/account/roles/1',
    '/account/units', `/account/units/${unit}`]) {
    assert.equal((await buyer.get(path)).status, 403, `GET ${path}`);
  }
  await buyer.get('/account');
  for (const [path, fields] of [
    ['/account/roles', { name: 'Buyer plus', perm_manage_members: '1' }],
    [`/account/roles/${role}`, { name: 'Site buyer', perm_manage_members: '1' }],
    [`/account/roles/${role}/delete`, {}], [`/account/roles/${role}/duplicate`, {}], ['/account/roles/1/duplicate', {}],
    ['/account/units', { name: 'Mine', kind: 'branch', parent_id: unit }],
    [`/account/units/${unit}`, { name: 'Mine', kind: 'branch' }],
    [`/account/units/${unit}/move`, { parent_id: unitId('Corporate') }],
    [`/account/units/${unit}/delete`, {}],
  ]) {
    assert.equal((await buyer.post(path, fields)).status, 403, `POST ${path}`);
  }
  assert.equal(portal.sql('SELECT * FROM roles ORDER BY id'), roles);
  assert.equal(portal.sql('SELECT * FROM business_units ORDER BY id'), units);
});

test('seller staff viewing as the customer see the pages read-only', async () => {
  const staff = await signedIn('staff@seller.test');
  await staff.get('/backoffice');
  const acme = Number(portal.sql(`SELECT ${ACME}`));
  const view = await staff.post(`/backoffice/companies/${acme}/view-as`);
  assert.equal(view.status, 303);
  const roles = await staff.get('/account/roles');
  assert.equal(roles.status, 200);
  assert.match(roles.text, /Site buyer/);
  assert.equal((await staff.get(`/account/roles/${roleId('Site buyer')}`)).status, 200);
  assert.equal((await staff.get('/account/units')).status, 200);
  const unit = await staff.get(`/account/units/${unitId('Operations')}`);
  assert.equal(unit.status, 200);
  const units = snapshot('business_units');
  assert.equal((await staff.post(`/account/units/${unitId('Operations')}`, { name: 'Ops', kind: 'division' })).status, 403);
  assert.equal((await staff.post('/account/roles', { name: 'Staff made' })).status, 403);
  assert.equal(snapshot('business_units'), units);
  assert.equal(count('roles', "name = 'Staff made'"), 0);
});
