// Scheduled reorders (issue 21): the owner sets a schedule on a list; the
// list-reorders job places the order through checkout_place() for the
// owner (approval rules and limits apply), exactly once per run day even
// when the runner is killed mid-run and restarted; a failing run is
// recorded with its reason and mailed; after downtime only the latest day
// runs and earlier ones are "missed"; a deactivated owner pauses the
// schedule (administrators mailed) until the list is handed over; a cart
// schedule fills the cart and mails the owner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { binary, waitFor } from '../lib/portal.mjs';
import { startStack, stopStack } from '../lib/stack.mjs';
import { member as memberOf, listWith } from '../lib/lists.mjs';
import { now, today, dayOf } from '../lib/clock.mjs';

let stack, portal;
before(async () => {
  stack = await startStack();
  portal = stack.portal;
});
after(() => stopStack(stack));

const sql = (q) => portal.sql(q);
const userId = (email) => sql(`SELECT id FROM users WHERE email = '${email}'`);
const DAY = 86400;
const todayNumber = () => Math.floor(now() / DAY);
const EL1 = 'PLB-BIE-0100', EL2 = 'PLB-BIE-0102';

const member = (email) => memberOf(portal, email);

const schedule = (fields = {}) => ({
  kind: 'days', every: '7', weekday: '0', month_day: '1', start: today(), end: '', action: 'place',
  ship_to: '', po_pattern: 'AUTO-{YYYY}{MM}{DD}', payment_method: 'on_account', ...fields,
});

// serve's own jobs runner runs list-reorders too (every 5 minutes, and a
// slow build reaches that during this file): when it holds the lease,
// wait for its run to end, then run.
function runJob(at) {
  for (let attempt = 0; ; attempt++) {
    try {
      return at === undefined ? portal.command('jobs', 'run', 'list-reorders', '--once')
        : portal.commandAt(at, 'jobs', 'run', 'list-reorders', '--once');
    } catch (e) {
      if (!/list-reorders is running on/.test(String(e.message)) || attempt >= 200) throw e;
      execFileSync('sleep', ['0.3']);
    }
  }
}
const ordersOf = (id) => sql(`SELECT number || '|' || status || '|' || po_number FROM orders WHERE submit_key LIKE 'list-${id}-%' ORDER BY id`).split('\n').filter(Boolean);
const runsOf = (id) => sql(`SELECT due_day || '|' || outcome || '|' || order_number FROM list_runs WHERE list_id = ${id} ORDER BY due_day`).split('\n').filter(Boolean);

test('the owner sets a schedule; bad values come back with a message and what was typed', async () => {
  const c = await member('buyer@acme.test');
  const id = await listWith(c, 'Weekly check', [[EL1, 2]]);
  let page = await c.get(`/account/lists/${id}`);
  assert.match(page.text, /id="schedule-form"/);
  for (const [fields, message] of [
    [{ every: '0' }, /Every/], [{ every: 'x' }, /Every/], [{ start: 'tomorrow' }, /Start date/],
    [{ start: dayOf(now() - DAY) }, /today or later/], [{ end: dayOf(now() - 2 * DAY) }, /before the start date|today or later/],
    [{ kind: 'hours' }, /Repeat/], [{ payment_method: 'cash' }, /Payment/], [{ ship_to: '999999' }, /delivery addresses/],
  ]) {
    await c.get(`/account/lists/${id}`);
    const res = await c.post(`/account/lists/${id}/schedule`, schedule(fields));
    assert.equal(res.status, 422, JSON.stringify(fields));
    assert.match(res.text, message, JSON.stringify(fields));
  }
  await c.get(`/account/lists/${id}`);
  let res = await c.post(`/account/lists/${id}/schedule`, schedule({ every: '2', kind: 'weeks', weekday: '4' }));
  assert.equal(res.status, 303);
  page = await c.get(`/account/lists/${id}`);
  assert.match(page.text, /Every 2 weeks on Friday/);
  assert.match(page.text, /id="schedule-next">Next run: <time datetime="(\d{4}-\d\d-\d\d)"/);
  const next = page.text.match(/id="schedule-next">Next run: <time datetime="(\d{4}-\d\d-\d\d)"/)[1];
  assert.equal(new Date(`${next}T00:00:00Z`).getUTCDay(), 5, 'a Friday');
  assert.ok(next >= today() && next <= dayOf(now() + 6 * DAY));
  // only the owner sets it; a colleague who sees the list sees the schedule, not the form
  await c.post(`/account/lists/${id}/sharing`, { sharing: 'company' });
  const other = await member('r.alvarez@acme.test');
  page = await other.get(`/account/lists/${id}`);
  assert.match(page.text, /Every 2 weeks on Friday/);
  assert.doesNotMatch(page.text, /id="schedule-form"/);
  assert.equal((await other.post(`/account/lists/${id}/schedule`, schedule())).status, 404);
  assert.equal((await other.post(`/account/lists/${id}/schedule/delete`)).status, 404);
  await c.get(`/account/lists/${id}`);
  res = await c.post(`/account/lists/${id}/schedule/delete`);
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT COUNT(*) FROM list_schedules WHERE list_id = ${id}`), '0');
});

test('a scheduled run places exactly one order for the owner through the approval rules; after downtime only the latest date runs', async () => {
  const c = await member('buyer@acme.test');
  // over the buyer's $1,000 monthly limit: the order waits for approval
  const id = await listWith(c, 'Big weekly', [[EL1, 1000], [EL2, 10]]);
  await c.get(`/account/lists/${id}`);
  assert.equal((await c.post(`/account/lists/${id}/schedule`, schedule())).status, 303);
  runJob();
  runJob();   // the same day again: nothing more
  const orders = ordersOf(id);
  assert.equal(orders.length, 1, 'one order');
  const [number, status, po] = orders[0].split('|');
  assert.equal(status, 'pending_approval', 'the approval rules applied');
  assert.equal(po, `AUTO-${today().replaceAll('-', '')}`);
  assert.ok(Number(sql(`SELECT COUNT(*) FROM approval_steps WHERE order_id = (SELECT id FROM orders WHERE number = '${number}')`)) > 0);
  assert.equal(sql(`SELECT u.email FROM orders o JOIN users u ON u.id = o.placed_by_user_id WHERE o.number = '${number}'`), 'buyer@acme.test');
  assert.deepEqual(runsOf(id), [`${todayNumber()}|placed|${number}`]);
  assert.equal(sql(`SELECT next_day FROM list_schedules WHERE list_id = ${id}`), String(todayNumber() + 7));
  assert.ok(Number(sql(`SELECT COUNT(*) FROM outbox WHERE template = 'order_confirmation' AND to_address = 'buyer@acme.test' AND subject LIKE '%${number}%'`)) >= 1, 'the owner is mailed');
  let page = await c.get(`/account/lists/${id}`);
  assert.match(page.text, new RegExp(`<a href="/account/orders/${number}">${number}</a>`));
  assert.match(page.text, /Order placed/);

  // three weeks down: the latest date runs, two are missed, none placed in a burst
  runJob(now() + 22 * DAY);
  const after = ordersOf(id);
  assert.equal(after.length, 2, 'one more order');
  const runs = runsOf(id).map((r) => r.split('|'));
  assert.deepEqual(runs.map((r) => [Number(r[0]) - todayNumber(), r[1]]), [[0, 'placed'], [7, 'missed'], [14, 'missed'], [21, 'placed']]);
  assert.equal(runs[3][2], after[1].split('|')[0]);
  page = await c.get(`/account/lists/${id}`);
  assert.match(page.text, /Missed/);
});

test('a killed runner, restarted, does not run a date twice (nor drops one)', async () => {
  const owner = userId('h.nguyen@acme.test');
  const acme = sql("SELECT id FROM companies WHERE name = 'Acme Industrial Supply'");
  const product = sql(`SELECT id FROM products WHERE sku = '${EL1}'`);
  const t = todayNumber();
  // many due schedules, made directly (the page makes one at a time):
  // enough that the runner is still at work when the test, polling every
  // 50 ms with the sqlite3 shell on a loaded machine, sees its first
  // orders (200 were once all placed between two polls)
  const first = Number(sql(`SELECT COALESCE(MAX(id), 0) + 1 FROM shopping_lists`));
  const count = 500;   // one pass of the runner takes up to 500 (DUE_MAX)
  const values = [];
  for (let i = 0; i < count; i++) values.push(`(${first + i}, ${acme}, ${owner}, 'Kill test ${i}', 'private', 0, 0)`);
  sql(`INSERT INTO shopping_lists (id, company_id, owner_user_id, name, sharing, created_at, updated_at) VALUES ${values.join(',')};
       INSERT INTO shopping_list_lines (list_id, company_id, product_id, quantity, note, position)
         SELECT id, company_id, ${product}, 1, '', 1 FROM shopping_lists WHERE name LIKE 'Kill test %';
       INSERT INTO list_schedules (list_id, company_id, kind, every, start_day, action, po_pattern, payment_method, handled_day, next_day, updated_at)
         SELECT id, company_id, 'days', 1, ${t}, 'place', 'K-{LIST}', 'on_account', ${t - 1}, ${t}, 0 FROM shopping_lists WHERE name LIKE 'Kill test %';`);
  const killOrders = () => Number(sql(`SELECT COUNT(*) FROM orders WHERE submit_key LIKE 'list-%' AND po_number LIKE 'K-%'`));
  // not while serve's own runner holds the job (see runJob)
  await waitFor(() => Number(sql("SELECT COALESCE(MAX(lease_expires_at), 0) FROM jobs WHERE name = 'list-reorders'")) < now(),
    'serve\'s runner to let go of list-reorders', 60000);
  const child = spawn(binary, ['--config', portal.config, 'jobs', 'run', 'list-reorders', '--once'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let childErr = '';
  child.stderr.on('data', (b) => { childErr += b; });
  await waitFor(() => killOrders() > 3 || (child.exitCode !== null && assert.fail(`the runner ended: ${child.exitCode} ${childErr} ${sql("SELECT outcome || reason FROM list_runs ORDER BY id DESC LIMIT 1")}`)), 'the runner to place some orders', 30000);
  child.kill('SIGKILL');
  await new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', resolve)));
  const placedBeforeKill = killOrders();
  assert.ok(placedBeforeKill < count, `killed mid-run (${placedBeforeKill} of ${count})`);
  // the lease would hold for 5 minutes: another runner comes once it expires
  sql("UPDATE jobs SET lease_expires_at = 0 WHERE name = 'list-reorders'");
  // and, as if killed between an order's commit and its run row, one list is rewound
  const rewound = sql(`SELECT list_id FROM list_runs WHERE outcome = 'placed' AND list_id >= ${first} ORDER BY list_id LIMIT 1`);
  sql(`DELETE FROM list_runs WHERE list_id = ${rewound}; UPDATE list_schedules SET handled_day = ${t - 1}, next_day = ${t} WHERE list_id = ${rewound}`);
  runJob();
  assert.equal(killOrders(), count, 'every list ordered');
  assert.equal(sql(`SELECT COUNT(*) FROM (SELECT submit_key FROM orders WHERE po_number LIKE 'K-%' GROUP BY submit_key HAVING COUNT(*) > 1)`), '0', 'none twice');
  assert.equal(sql(`SELECT COUNT(*) FROM list_runs WHERE list_id >= ${first} AND due_day = ${t} AND outcome = 'placed'`), String(count));
  assert.equal(sql(`SELECT COUNT(*) FROM list_runs r JOIN orders o ON o.number = r.order_number AND o.submit_key = 'list-' || r.list_id || '-' || r.due_day WHERE r.list_id >= ${first}`), String(count), 'each run names its own order');
  assert.ok(runsOf(rewound)[0].endsWith(ordersOf(rewound)[0].split('|')[0]), 'the rewound list found the order it had placed');
  sql(`DELETE FROM list_schedules WHERE list_id >= ${first}`);
});

test('a run that cannot go through is recorded with its reason and mailed; the schedule goes on', async () => {
  const c = await member('buyer@acme.test');
  const id = await listWith(c, 'Will fail', [[EL2, 2]]);
  await c.get(`/account/lists/${id}`);
  assert.equal((await c.post(`/account/lists/${id}/schedule`, schedule())).status, 303);
  sql(`UPDATE products SET active = 0 WHERE sku = '${EL2}'`);
  try {
    runJob();
  } finally {
    sql(`UPDATE products SET active = 1 WHERE sku = '${EL2}'`);
  }
  assert.deepEqual(ordersOf(id), []);
  const [run] = runsOf(id);
  assert.match(run, new RegExp(`^${todayNumber()}\\|failed\\|$`));
  assert.match(sql(`SELECT reason FROM list_runs WHERE list_id = ${id}`), new RegExp(`${EL2}.*no longer available`));
  assert.equal(sql(`SELECT COUNT(*) FROM outbox WHERE template = 'list_reorder_failed' AND to_address = 'buyer@acme.test'`), '1');
  assert.equal(sql(`SELECT next_day FROM list_schedules WHERE list_id = ${id}`), String(todayNumber() + 7), 'the schedule goes on');
  const page = await c.get(`/account/lists/${id}`);
  assert.match(page.text, /text-bg-danger">Failed</);
  assert.match(page.text, /class="run-reason">[^<]*no longer available/);
});

test('a deactivated owner pauses the schedule and the administrators are mailed; a hand-over starts it again', async () => {
  const rosa = await member('r.alvarez@acme.test');
  const id = await listWith(rosa, 'Houston weekly', [[EL1, 3]]);
  await rosa.get(`/account/lists/${id}`);
  assert.equal((await rosa.post(`/account/lists/${id}/schedule`, schedule())).status, 303);
  await rosa.post(`/account/lists/${id}/sharing`, { sharing: 'company' });
  const rosaId = userId('r.alvarez@acme.test');
  sql(`UPDATE memberships SET status = 'deactivated' WHERE user_id = ${rosaId}`);
  try {
    runJob();
    assert.equal(sql(`SELECT status FROM list_schedules WHERE list_id = ${id}`), 'paused');
    assert.deepEqual(ordersOf(id), []);
    assert.equal(sql(`SELECT COUNT(*) FROM outbox WHERE template = 'list_schedule_paused' AND to_address = 'admin@acme.test'`), '1');
    runJob();
    assert.equal(sql(`SELECT COUNT(*) FROM outbox WHERE template = 'list_schedule_paused'`), '1', 'mailed once');
    const admin = await member('admin@acme.test');
    let page = await admin.get(`/account/lists/${id}`);
    assert.match(page.text, /id="schedule-paused"/);
    // the administrator may manage shared lists but not hand over a list that is not editable by them
    sql(`UPDATE shopping_lists SET sharing = 'editable' WHERE id = ${id}`);
    page = await admin.get(`/account/lists/${id}`);
    const res = await admin.post(`/account/lists/${id}/hand-over`, { member_id: String(userId('h.nguyen@acme.test')) });
    assert.equal(res.status, 303);
    assert.equal(sql(`SELECT status FROM list_schedules WHERE list_id = ${id}`), 'active');
    runJob();
    const [order] = ordersOf(id);
    assert.ok(order, `ordered for the new owner: ${sql(`SELECT outcome || ' ' || reason FROM list_runs WHERE list_id = ${id}`)} ${sql(`SELECT status || ' ' || COALESCE(next_day, 'none') || ' ' || COALESCE(handled_day, 'none') FROM list_schedules WHERE list_id = ${id}`)}`);
    assert.equal(sql(`SELECT u.email FROM orders o JOIN users u ON u.id = o.placed_by_user_id WHERE o.number = '${order.split('|')[0]}'`), 'h.nguyen@acme.test');
  } finally {
    sql(`UPDATE memberships SET status = 'active' WHERE user_id = ${rosaId}`);
  }
});

test('a cart schedule fills the owner\'s cart and mails them to review it; the new mails can be switched off', async () => {
  const c = await member('d.kowalski@acme.test');
  const me = userId('d.kowalski@acme.test');
  sql(`DELETE FROM cart_items WHERE user_id = ${me}`);
  const id = await listWith(c, 'To review', [[EL1, 4]]);
  await c.get(`/account/lists/${id}`);
  assert.equal((await c.post(`/account/lists/${id}/schedule`, schedule({ action: 'cart' }))).status, 303);
  runJob();
  runJob();
  assert.equal(sql(`SELECT quantity FROM cart_items WHERE user_id = ${me}`), '4', 'once');
  assert.deepEqual(runsOf(id), [`${todayNumber()}|cart|`]);
  assert.equal(sql(`SELECT COUNT(*) FROM outbox WHERE template = 'list_reorder_cart' AND to_address = 'd.kowalski@acme.test'`), '1');
  const page = await c.get('/account/notifications');
  for (const label of ['Scheduled orders that fail', 'Scheduled lists in your cart', 'Paused scheduled orders']) assert.ok(page.text.includes(label), label);
});
