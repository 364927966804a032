// The demo data says nothing the portal itself would not: every approval
// step of the seeded orders is what Acme's rules ask for, its reason quotes
// the right SKU, limit and spend, its delegates were really standing in,
// and the order timelines follow the decisions. Read straight from SQL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, stopStack } from '../lib/stack.mjs';
import { monthStart } from '../lib/clock.mjs';

let portal;
before(async () => ({ portal } = await startStack()));
after(() => stopStack({ portal }));

const sql = (q) => portal.sql(q);
const rows = (q) => sql(q).split('\n').filter(Boolean).map((r) => r.split('|'));
const money = (cents) => `$${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;

test('orders that wait or were rejected have the steps that explain it', () => {
  for (const [number, status] of rows("SELECT number, status FROM orders WHERE status IN ('pending_approval', 'rejected')")) {
    const want = status === 'pending_approval' ? 'waiting' : 'rejected';
    const n = Number(sql(`SELECT COUNT(*) FROM approval_steps s JOIN orders o ON o.id = s.order_id
      WHERE o.number = '${number}' AND s.status = '${want}'`));
    assert.ok(n > 0, `${number} is ${status} with a ${want} step`);
  }
  assert.ok(rows("SELECT 1 FROM orders WHERE status = 'pending_approval'").length >= 2, 'the inboxes have something');
});

test('a restricted-items step names a restricted SKU that is on the order', () => {
  const restricted = rows(`SELECT c.sku FROM approval_rule_conditions c JOIN approval_rules r ON r.id = c.rule_id
    WHERE r.name = 'Restricted items' AND c.kind = 'contains_sku'`).map((r) => r[0]);
  const steps = rows(`SELECT o.id, o.number, s.reason FROM approval_steps s JOIN orders o ON o.id = s.order_id
    WHERE s.rule_name = 'Restricted items'`);
  assert.ok(steps.length > 0);
  for (const [id, number, reason] of steps) {
    const sku = reason.match(/the order contains ([A-Z]{3}-[A-Z]{3}-\d{4})/)?.[1];
    assert.ok(restricted.includes(sku), `${number}: ${reason}`);
    assert.equal(sql(`SELECT COUNT(*) FROM order_lines WHERE order_id = ${id} AND sku = '${sku}'`), '1', `${number} holds ${sku}`);
  }
});

test('a spending-limit step quotes the buyer\'s limit and spend this month up to that order', () => {
  const steps = rows(`SELECT o.number, o.placed_by_user_id, o.placed_at, o.company_id, s.reason, l.amount_cents
    FROM approval_steps s JOIN orders o ON o.id = s.order_id
    JOIN spending_limits l ON l.company_id = o.company_id AND l.user_id = o.placed_by_user_id
    WHERE s.rule_name = 'Spending limit'`);
  assert.ok(steps.length > 0);
  for (const [number, buyer, placedAt, company, reason, limit] of steps) {
    const spend = Number(sql(`SELECT SUM(total_cents) FROM orders WHERE company_id = ${company} AND placed_by_user_id = ${buyer}
      AND placed_at >= ${monthStart(Number(placedAt))} AND placed_at <= ${placedAt} AND status NOT IN ('rejected', 'cancelled')`));
    assert.ok(spend > Number(limit), `${number}: over the limit`);
    assert.equal(reason, `the buyer's spending limit of ${money(Number(limit))} per month is exceeded: ${money(spend)} this month with this order`);
  }
});

test('a delegate was asked only while the approver was out of office', () => {
  const delegates = rows(`SELECT o.number, a.user_id, a.on_behalf_of, s.requested_at FROM approval_step_approvers a
    JOIN approval_steps s ON s.id = a.step_id JOIN orders o ON o.id = s.order_id WHERE a.via = 'delegate'`);
  assert.ok(delegates.length > 0, 'the demo has a delegate');
  for (const [number, user, principal, requested] of delegates)
    assert.equal(sql(`SELECT COUNT(*) FROM approval_delegations WHERE user_id = ${principal} AND delegate_user_id = ${user}
      AND starts_at <= ${requested} AND ends_at > ${requested}`), '1', `${number}: the delegation covered the request`);
});

test('timelines follow the approval decisions: who, when, and the reason given', () => {
  const decided = rows(`SELECT o.number, o.id, a.user_id, a.decided_at, a.decision, a.comment, u.name FROM approval_step_approvers a
    JOIN approval_steps s ON s.id = a.step_id JOIN orders o ON o.id = s.order_id JOIN users u ON u.id = a.user_id
    WHERE a.decision <> '' AND a.decided_at = (SELECT MAX(b.decided_at) FROM approval_step_approvers b
      JOIN approval_steps t ON t.id = b.step_id WHERE t.order_id = o.id AND b.decision <> '')`);
  assert.ok(decided.length > 0);
  for (const [number, id, user, at, decision, comment, name] of decided) {
    const [event] = rows(`SELECT actor_user_id, at, note FROM order_events WHERE order_id = ${id}
      AND from_status = 'pending_approval' AND to_status = '${decision}'`);
    assert.ok(event, `${number}: a ${decision} event`);
    assert.equal(event[0], user, `${number}: by the approver`);
    assert.equal(event[1], at, `${number}: when the step says`);
    if (decision === 'rejected') assert.equal(event[2], `Rejected by ${name}: ${comment}`);
    assert.equal(sql(`SELECT COUNT(*) FROM order_events WHERE order_id = ${id} AND at < ${at} AND to_status NOT IN ('pending_approval')`), '0',
      `${number}: nothing happened before the decision`);
  }
  // every order the rules stopped came in waiting for approval
  assert.equal(sql(`SELECT COUNT(*) FROM orders o WHERE EXISTS (SELECT 1 FROM approval_steps s WHERE s.order_id = o.id)
    AND NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.from_status = '' AND e.to_status = 'pending_approval')`), '0');
});
