/* The demo approval replay's SQL (seed_approvals_store.h). */
#include "seed/seed_approvals_store.h"

#include <string.h>

#include "base/db.h"
#include "orders/order_draft.h"

int seed_store_web_orders(struct seed_replay_order *out, int max)
{
    DB_STATEMENT(st, "SELECT id, company_id, placed_by_user_id, COALESCE(business_unit_id, 0), placed_at, subtotal_cents,"
        "       shipping_cents, tax_cents, total_cents, number, status, currency"
        "  FROM orders WHERE channel = 'web' AND placed_by_user_id IS NOT NULL ORDER BY placed_at, id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct seed_replay_order *o = &out[n++];
        o->id = sqlite3_column_int64(q, 0);
        o->company_id = sqlite3_column_int64(q, 1);
        o->placed_by = sqlite3_column_int64(q, 2);
        o->unit_id = sqlite3_column_int64(q, 3);
        o->placed_at = sqlite3_column_int64(q, 4);
        o->subtotal = sqlite3_column_int64(q, 5);
        o->shipping = sqlite3_column_int64(q, 6);
        o->tax = sqlite3_column_int64(q, 7);
        o->total = sqlite3_column_int64(q, 8);
        DB_COPY(o->number, q, 9);
        DB_COPY(o->status, q, 10);
        DB_COPY(o->currency, q, 11);
    }
    return db_list_end(q, rc, n);
}

int seed_store_drafted_lines(int64_t order_id, struct order_draft_line *out, int max)
{
    DB_STATEMENT(st, "SELECT l.sku, l.name, l.quantity, l.unit_price_cents, l.line_total_cents, COALESCE(p.id, 0),"
        "       COALESCE(p.category_id, 0), COALESCE(p.weight_grams, 0), COALESCE(p.unit_of_measure, '')"
        "  FROM order_lines l LEFT JOIN products p ON p.sku = l.sku WHERE l.order_id = ? ORDER BY l.line_no");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct order_draft_line *l = &out[n++];
        memset(l, 0, sizeof *l);
        DB_COPY(l->sku, q, 0);
        DB_COPY(l->name, q, 1);
        l->quantity = sqlite3_column_int64(q, 2);
        l->unit_price = sqlite3_column_int64(q, 3);
        l->line_total = sqlite3_column_int64(q, 4);
        l->product_id = sqlite3_column_int64(q, 5);
        l->category_id = sqlite3_column_int64(q, 6);
        l->weight_grams = sqlite3_column_int64(q, 7);
        DB_COPY(l->unit, q, 8);
    }
    return db_list_end(q, rc, n);
}

int seed_store_newest_waiting_order(const char *email, int64_t *company_id, int64_t *placed_at)
{
    DB_STATEMENT(st, "SELECT o.company_id, o.placed_at FROM orders o JOIN users u ON u.id = o.placed_by_user_id"
        " WHERE u.email = ? AND o.status = 'pending_approval' ORDER BY o.placed_at DESC LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        *company_id = sqlite3_column_int64(q, 0);
        *placed_at = sqlite3_column_int64(q, 1);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}
