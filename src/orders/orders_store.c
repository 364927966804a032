#include "orders/orders_store.h"

#include <stdio.h>

#include "base/db.h"
#include "base/staff_scope_store.h"

int store_orders_recent_in_scope(int64_t company_id, int64_t user_id, int scope, struct order_summary *out, int max)
{
    DB_STATEMENT(st, "WITH RECURSIVE subtree(id) AS ("
        "   SELECT business_unit_id FROM memberships WHERE company_id = ?1 AND user_id = ?2 AND ?3 = 2"
        "   UNION ALL"
        "   SELECT b.id FROM business_units b JOIN subtree ON b.parent_id = subtree.id WHERE b.company_id = ?1)"
        " SELECT o.number, o.placed_at, o.status, o.po_number, o.total_cents, o.currency,"
        "        COALESCE(u.name, CASE o.channel WHEN 'phone' THEN 'By phone' ELSE 'From our ERP' END)"
        "   FROM orders o LEFT JOIN users u ON u.id = o.placed_by_user_id"
        "  WHERE o.company_id = ?1"
        "    AND (?3 = 3 OR (?3 = 1 AND o.placed_by_user_id = ?2)"
        "         OR (?3 = 2 AND o.business_unit_id IN (SELECT id FROM subtree)))"
        "  ORDER BY o.placed_at DESC LIMIT ?4");
    /* The member's unit and every unit below it, walked in SQL (a
     * recursive CTE, portable to PostgreSQL); used only for the unit scope. */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int(q, 3, scope);
    sqlite3_bind_int(q, 4, max);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) {
        struct order_summary *o = &out[n++];
        DB_COPY(o->number, q, 0);
        o->placed_at = sqlite3_column_int64(q, 1);
        DB_COPY(o->status, q, 2);
        DB_COPY(o->po_number, q, 3);
        o->total_cents = sqlite3_column_int64(q, 4);
        DB_COPY(o->currency, q, 5);
        DB_COPY(o->placed_by, q, 6);
    }
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? n : -1;
}

int store_bo_orders_totals_since(const struct staff_scope *scope, int64_t since, struct order_totals *out)
{
    DB_STATEMENT(st, "SELECT COUNT(*), COALESCE(SUM(total_cents), 0) FROM orders WHERE placed_at >= ?1 AND status <> 'cancelled'"
        "   AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, since);
    if (sqlite3_step(q) != SQLITE_ROW) return -1;
    out->count = sqlite3_column_int(q, 0);
    out->total_cents = sqlite3_column_int64(q, 1);
    return 0;
}

int store_orders_waiting_for_address(int64_t company_id, int64_t address_id, struct waiting_order *out, int max)
{
    DB_STATEMENT(st, "SELECT id, number, status FROM orders"
        " WHERE company_id = ?1 AND ship_to_address_id = ?2 AND waiting_for_address = 1 ORDER BY id LIMIT ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, address_id);
    sqlite3_bind_int(q, 3, max);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) {
        struct waiting_order *w = &out[n++];
        w->id = sqlite3_column_int64(q, 0);
        DB_COPY(w->number, q, 1);
        DB_COPY(w->status, q, 2);
    }
    sqlite3_reset(q);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? n : -1;
}

int store_order_address_cleared(int64_t company_id, int64_t order_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE orders SET waiting_for_address = 0, updated_at = ?3 WHERE id = ?2 AND company_id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, order_id);
    sqlite3_bind_int64(q, 3, now);
    return db_step_done(q);
}

int store_order_open_steps(int64_t company_id, int64_t order_id)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM approval_steps WHERE order_id = ? AND company_id = ? AND status IN ('waiting', 'queued')");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    int rc = sqlite3_step(q);
    int n = rc == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_reset(q);
    return n;
}
