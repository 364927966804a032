// What the shopping-list tests share: signing a member in and making a
// list with lines through the app.
import assert from 'node:assert/strict';
import { Client } from './portal.mjs';

export async function member(portal, email) {
  const c = new Client(portal.url);
  assert.equal((await c.signIn(email)).status, 303, `${email} signs in`);
  return c;
}

// A new list of the client's with [sku, quantity] lines; answers its id.
export async function listWith(client, name, lines = [], description = '') {
  await client.get('/account/lists');
  const res = await client.post('/account/lists', { name, description });
  assert.equal(res.status, 303, `the list ${name} is created`);
  const id = Number(res.location.match(/\/account\/lists\/(\d+)$/)[1]);
  for (const [sku, quantity] of lines) {
    await client.get(`/account/lists/${id}`);
    assert.equal((await client.post(`/account/lists/${id}/lines`, { sku, quantity: String(quantity) })).status, 303, `${sku} is added`);
  }
  return id;
}
