#include "orders.h"

#include <stdio.h>

#include "../db.h"

int store_orders_recent_by_buyer(int64_t company_id, int64_t user_id, struct order_summary *out, int max)
{
    static sqlite3_stmt *st;
    sqlite3_stmt *q = db_prepared(&st,
        "SELECT number, placed_at, status, po_number, total_cents, currency FROM orders"
        " WHERE company_id = ? AND placed_by_user_id = ? ORDER BY placed_at DESC LIMIT ?");
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int(q, 3, max);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) {
        struct order_summary *o = &out[n++];
        snprintf(o->number, sizeof o->number, "%s", db_column_text(q, 0));
        o->placed_at = sqlite3_column_int64(q, 1);
        snprintf(o->status, sizeof o->status, "%s", db_column_text(q, 2));
        snprintf(o->po_number, sizeof o->po_number, "%s", db_column_text(q, 3));
        o->total_cents = sqlite3_column_int64(q, 4);
        snprintf(o->currency, sizeof o->currency, "%s", db_column_text(q, 5));
    }
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? n : -1;
}

int store_orders_totals_since(int64_t since, struct order_totals *out)
{
    static sqlite3_stmt *st;
    sqlite3_stmt *q = db_prepared(&st,
        "SELECT COUNT(*), COALESCE(SUM(total_cents), 0) FROM orders WHERE placed_at >= ? AND status <> 'cancelled'");
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, since);
    if (sqlite3_step(q) != SQLITE_ROW) return -1;
    out->count = sqlite3_column_int(q, 0);
    out->total_cents = sqlite3_column_int64(q, 1);
    return 0;
}
