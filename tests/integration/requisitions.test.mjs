// Requisitions (issue 21): a viewer, who may not order, sends a list to a
// role or a named colleague with a message; the recipients are mailed and
// see it under Requisitions; one adds it to their cart (merged, with a
// notice) and checks out: the order records who requested it, and the
// requester follows its status from the requisition; or declines it with
// a reason. The requester is mailed either way. Nobody else, and no other
// company, reaches a requisition.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, stopStack } from '../lib/stack.mjs';
import { member as memberOf, listWith } from '../lib/lists.mjs';
import { checkoutCart } from '../lib/checkout.mjs';

let stack, portal;
before(async () => {
  stack = await startStack();
  portal = stack.portal;
});
after(() => stopStack(stack));

const sql = (q) => portal.sql(q);
const userId = (email) => sql(`SELECT id FROM users WHERE email = '${email}'`);
const roleId = (name) => sql(`SELECT id FROM roles WHERE name = '${name}' AND company_id IS NULL`);
const mails = (template, to) => Number(sql(`SELECT COUNT(*) FROM outbox WHERE template = '${template}' AND to_address = '${to}'`));
const EL1 = 'PLB-BIE-0100', EL2 = 'PLB-BIE-0102';
const VIEWER = 't.washington@acme.test';

const member = (email) => memberOf(portal, email);

async function send(c, listId, to, message = '') {
  await c.get(`/account/lists/${listId}`);
  return c.post(`/account/lists/${listId}/requisition`, { to, message });
}

test('a viewer sends a list to a role; a purchasing manager takes it into the cart and orders it; the viewer follows the order', async () => {
  const viewer = await member(VIEWER);
  const id = await listWith(viewer, 'Safety gloves for the line', [[EL1, 6], [EL2, 2]]);
  let page = await viewer.get(`/account/lists/${id}`);
  assert.match(page.text, /id="requisition-form"/);
  assert.match(page.text, /You may not place orders yourself/);
  // bad input
  let res = await send(viewer, id, '');
  assert.equal(res.status, 422);
  res = await send(viewer, id, `role-${roleId('Viewer')}`, 'kept text');
  assert.equal(res.status, 422, 'a role that may not order');
  assert.match(res.text, /kept text/);
  res = await send(viewer, id, 'member-999999');
  assert.equal(res.status, 422);
  res = await send(viewer, id, '<script>x</script>');
  assert.equal(res.status, 422);
  assert.ok(!res.text.includes('<script>x'));
  const mailedBefore = mails('requisition_received', 'purchasing@acme.test');   // the demo's open requisition
  res = await send(viewer, id, `role-${roleId('Purchasing manager')}`, 'Line 3 is out of gloves, <b>please</b> order by Friday.');
  assert.equal(res.status, 303);
  const rid = Number(res.location.match(/(\d+)$/)[1]);
  // sent again (a double click): one requisition, one mail
  const again = await send(viewer, id, `role-${roleId('Purchasing manager')}`, 'Line 3 is out of gloves, <b>please</b> order by Friday.');
  assert.equal(again.status, 422);
  assert.match(again.text, /You already sent this list to them; it waits for their answer/);
  assert.equal(sql(`SELECT COUNT(*) FROM requisitions WHERE list_name = 'Safety gloves for the line'`), '1');
  assert.equal(mails('requisition_received', 'purchasing@acme.test'), mailedBefore + 1, 'the role is mailed');
  assert.equal(mails('requisition_received', 'buyer@acme.test'), 0);
  // the requisition keeps its lines when the list changes
  await viewer.get(`/account/lists/${id}`);
  await viewer.post(`/account/lists/${id}/lines`, { sku: 'PLB-BIE-0103', quantity: '1' });
  page = await viewer.get(`/account/requisitions/${rid}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /requisition-status">Waiting</);
  assert.equal((page.text.match(/class="requisition-line"/g) ?? []).length, 2);
  assert.ok(page.text.includes('&lt;b&gt;please&lt;/b&gt;'), 'the message is escaped');
  assert.doesNotMatch(page.text, /id="convert-form"/, 'the requester cannot take it');

  // others of the company do not reach it
  const buyer = await member('buyer@acme.test');
  assert.equal((await buyer.get(`/account/requisitions/${rid}`)).status, 404);
  await buyer.get('/account/requisitions');
  assert.equal((await buyer.post(`/account/requisitions/${rid}/convert`)).status, 404);
  assert.equal((await buyer.post(`/account/requisitions/${rid}/decline`, { reason: 'no' })).status, 404);

  const pm = await member('purchasing@acme.test');
  const tab = await pm.get('/account/requisitions');
  assert.match(tab.text, new RegExp(`href="/account/requisitions/${rid}"`));
  // the cart already holds one of the products: the requisition is merged into it
  const me = userId('purchasing@acme.test');
  sql(`DELETE FROM cart_items WHERE user_id = ${me}`);
  await pm.get(`/product/${EL1}`);
  await pm.post('/cart/items', { sku: EL1, quantity: '4' });
  page = await pm.get(`/account/requisitions/${rid}`);
  assert.match(page.text, /id="convert-form"/);
  res = await pm.post(`/account/requisitions/${rid}/convert`);
  assert.equal(res.status, 303);
  assert.equal(res.location, '/cart');
  const cart = await pm.get('/cart');
  assert.match(cart.text, /requisition .Safety gloves for the line. is in your cart, merged with what was there: 2 lines added/);
  assert.equal(sql(`SELECT quantity FROM cart_items WHERE user_id = ${me} AND product_id = (SELECT id FROM products WHERE sku = '${EL1}')`), '10');
  assert.equal(mails('requisition_decided', VIEWER), 1, 'the requester is mailed');
  res = await pm.post(`/account/requisitions/${rid}/convert`);
  assert.equal(res.status, 422, 'only once');

  page = await viewer.get(`/account/requisitions/${rid}`);
  assert.match(page.text, /id="requisition-converted"/);
  assert.match(page.text, /Not ordered yet/);
  const number = await checkoutCart(pm, 'PO-REQ-1');
  assert.equal(sql(`SELECT u.email FROM orders o JOIN users u ON u.id = o.requested_by_user_id WHERE o.number = '${number}'`), VIEWER);
  const order = await pm.get(`/account/orders/${number}`);
  assert.match(order.text, /id="requested-by">requested by Tamara Washington</);
  page = await viewer.get(`/account/requisitions/${rid}`);
  assert.match(page.text, new RegExp(`id="requisition-order">${number}<`));
  assert.match(page.text, /id="requisition-order-status">[A-Z][a-z ]+</, 'the order status, without permission to see orders');
  assert.ok([403, 404].includes((await viewer.get(`/account/orders/${number}`)).status), 'the viewer may not open orders themselves');
  // a later order from the same cart is not "requested" any more
  await pm.get(`/product/${EL2}`);
  await pm.post('/cart/items', { sku: EL2, quantity: '1' });
  const later = await checkoutCart(pm, 'PO-REQ-2');
  assert.equal(sql(`SELECT COALESCE(requested_by_user_id, 0) FROM orders WHERE number = '${later}'`), '0');
});

test('a named colleague declines with a reason; the requester is mailed; another company gets 404', async () => {
  const viewer = await member(VIEWER);
  const id = await listWith(viewer, 'Forklift parts', [[EL2, 3]]);
  await viewer.get(`/account/lists/${id}`);
  let bad = await viewer.post(`/account/lists/${id}/requisition`, { to: 'member', to_email: 'finance@acme.test' });
  assert.equal(bad.status, 422, 'a colleague who may not order');
  bad = await viewer.post(`/account/lists/${id}/requisition`, { to: 'member', to_email: '' });
  assert.equal(bad.status, 422);
  const res0 = await viewer.post(`/account/lists/${id}/requisition`, { to: 'member', to_email: 'buyer@acme.test', message: 'For the Chicago forklift.' });
  assert.equal(res0.status, 303);
  const rid = Number(res0.location.match(/(\d+)$/)[1]);
  assert.equal(mails('requisition_received', 'buyer@acme.test'), 1);
  const buyer = await member('buyer@acme.test');
  let page = await buyer.get(`/account/requisitions/${rid}`);
  assert.match(page.text, /id="decline-form"/);
  let res = await buyer.post(`/account/requisitions/${rid}/decline`, { reason: '   ' });
  assert.equal(res.status, 422);
  assert.match(res.text, /Say why you decline it/);
  res = await buyer.post(`/account/requisitions/${rid}/decline`, { reason: 'We have two of those in stock at the warehouse.' });
  assert.equal(res.status, 303);
  const before = mails('requisition_decided', VIEWER);
  assert.ok(before >= 1);
  assert.equal(sql(`SELECT text_body LIKE '%two of those in stock%' FROM outbox WHERE template = 'requisition_decided' AND to_address = '${VIEWER}' ORDER BY id DESC LIMIT 1`), '1');
  page = await viewer.get(`/account/requisitions/${rid}`);
  assert.match(page.text, /id="requisition-declined"/);
  assert.match(page.text, /two of those in stock/);
  res = await buyer.post(`/account/requisitions/${rid}/decline`, { reason: 'again' });
  assert.equal(res.status, 422, 'nothing to decline any more');
  assert.match(res.text, /dealt with already/);

  const other = await member('admin@borealis.test');
  await other.get('/account/requisitions');
  for (const [method, path] of [['GET', `/account/requisitions/${rid}`], ['POST', `/account/requisitions/${rid}/convert`],
    ['POST', `/account/requisitions/${rid}/decline`], ['POST', `/account/lists/${id}/requisition`]]) {
    const r = method === 'GET' ? await other.get(path) : await other.post(path, { reason: 'x', to: `member-${userId('admin@borealis.test')}` });
    assert.equal(r.status, 404, `${method} ${path}`);
  }
  assert.equal(sql(`SELECT status FROM requisitions WHERE id = ${rid}`), 'declined');
});
