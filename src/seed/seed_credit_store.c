/* The demo credit history's SQL (seed_credit_store.h). */
#include "seed/seed_credit_store.h"

#include "base/db.h"

int seed_store_credit_companies(struct seed_credit_company *out, int max)
{
    DB_STATEMENT(st, "SELECT id, credit_limit_cents, created_at, name, payment_terms, currency, status FROM companies"
        " WHERE credit_limit_cents > 0 ORDER BY id LIMIT ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct seed_credit_company *c = &out[n++];
        c->id = sqlite3_column_int64(q, 0);
        c->limit = sqlite3_column_int64(q, 1);
        c->created_at = sqlite3_column_int64(q, 2);
        DB_COPY(c->name, q, 3);
        DB_COPY(c->payment_terms, q, 4);
        DB_COPY(c->currency, q, 5);
        DB_COPY(c->status, q, 6);
    }
    return db_list_end(q, rc, n);
}

int seed_store_credit_events(int64_t company_id, struct seed_credit_event *out, int max)
{
    DB_STATEMENT(st, "SELECT at, order_id, kind, last, status FROM ("
        " SELECT o.placed_at AS at, o.id AS order_id, 0 AS kind, 0 AS last, o.status AS status, 0 AS seq"
        "   FROM orders o WHERE o.company_id = ?1"
        " UNION ALL"
        " SELECT s.shipped_at, s.order_id, 1,"
        "        CASE WHEN o.status IN ('shipped', 'delivered') AND NOT EXISTS (SELECT 1 FROM shipments t"
        "          WHERE t.order_id = s.order_id AND (t.shipped_at > s.shipped_at OR (t.shipped_at = s.shipped_at AND t.id > s.id)))"
        "        THEN 1 ELSE 0 END, o.status, s.id"
        "   FROM shipments s JOIN orders o ON o.id = s.order_id WHERE s.company_id = ?1"
        " UNION ALL"
        " SELECT COALESCE((SELECT MAX(e.at) FROM order_events e WHERE e.order_id = o.id), o.placed_at), o.id, 2, 0,"
        "        o.status, 0"
        "   FROM orders o WHERE o.company_id = ?1 AND o.status IN ('rejected', 'cancelled'))"
        " ORDER BY at, kind, order_id, seq LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct seed_credit_event *e = &out[n++];
        e->at = sqlite3_column_int64(q, 0);
        e->order_id = sqlite3_column_int64(q, 1);
        e->kind = sqlite3_column_int(q, 2);
        e->last = sqlite3_column_int(q, 3);
        DB_COPY(e->status, q, 4);
    }
    return db_list_end(q, rc, n);
}

int seed_store_credit_member(const char *email, int64_t *company_id, int64_t *user_id, char *name, size_t size,
                             unsigned *permissions)
{
    DB_STATEMENT(st, "SELECT m.company_id, u.id, u.name, r.permissions FROM users u JOIN memberships m ON m.user_id = u.id"
        " JOIN roles r ON r.id = m.role_id WHERE u.email = ?1 AND m.status = 'active' ORDER BY m.id LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        *company_id = sqlite3_column_int64(q, 0);
        *user_id = sqlite3_column_int64(q, 1);
        db_copy_text(name, size, q, 2);
        *permissions = (unsigned)sqlite3_column_int64(q, 3);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}
