// order_counts (sql/023) is kept by triggers on orders; recount from the
// orders themselves and compare, so a writer that bypasses them, or a
// trigger that counts wrong, fails the test that wrote.
import assert from 'node:assert/strict';

export function assertOrderCountsAgree(sql, what = 'order_counts') {
  const kept = sql(`SELECT company_id || ':' || placed_by_user_id || ':' || status || '=' || n FROM order_counts
                     WHERE n <> 0 ORDER BY 1`);
  const recounted = sql(`SELECT k FROM (
        SELECT '0:0:' || status || '=' || COUNT(*) AS k FROM orders GROUP BY status
        UNION ALL
        SELECT company_id || ':0:' || status || '=' || COUNT(*) FROM orders GROUP BY company_id, status
        UNION ALL
        SELECT company_id || ':' || placed_by_user_id || ':' || status || '=' || COUNT(*) FROM orders
         WHERE placed_by_user_id IS NOT NULL GROUP BY company_id, placed_by_user_id, status) ORDER BY 1`);
  assert.ok(recounted.length > 0, `${what}: there are orders to count`);
  assert.equal(kept, recounted, `${what}: the kept counts are the orders' counts`);
  assert.equal(sql('SELECT COUNT(*) FROM order_counts WHERE n < 0'), '0', `${what}: no count below zero`);
}
