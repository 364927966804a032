/* Who placed orders: the choices of the order list's "placed by" filter
 * (order_placers_store.h). Owner: orders. */
#include "orders/order_placers_store.h"

#include "base/db.h"
#include "orders/order_filter.h"

/* The people who placed an order in the company (order_placers, kept by
 * a trigger on orders: sql/017); in a unit's scope, only those with an
 * order there (one probe of orders_company_buyer_unit each). */
#define PLACERS_WHERE \
    " WHERE p.company_id = :company" \
    "   AND (:unit = 0 OR EXISTS (SELECT 1 FROM orders o WHERE o.company_id = :company" \
    "       AND o.placed_by_user_id = p.user_id AND o.business_unit_id IN (SELECT id FROM subtree)))"
#define PLACERS_SUBTREE "WITH RECURSIVE" \
    " subtree(id) AS (SELECT :unit UNION" \
    "   SELECT b.id FROM business_units b JOIN subtree t ON b.parent_id = t.id WHERE b.company_id = :company)"
#define PLACERS_IN_SCOPE PLACERS_SUBTREE \
    " SELECT u.id, u.name, u.email FROM order_placers p JOIN users u ON u.id = p.user_id" PLACERS_WHERE

static int read_placers(sqlite3_stmt *st, int64_t company_id, int64_t unit_id, struct order_placer_option *out, int max)
{
    if (!st) return -1;
    db_bind_named_int64(st, ":company", company_id);
    db_bind_named_int64(st, ":unit", unit_id > 0 ? unit_id : 0);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(st, 0);
        DB_COPY(out[n].name, st, 1);
        DB_COPY(out[n].email, st, 2);
        n++;
    }
    int ok = n == max || rc == SQLITE_DONE;
    sqlite3_reset(st);
    return ok ? n : -1;
}

int store_order_placer_count(int64_t company_id, int64_t unit_id, int max)
{
    DB_STATEMENT(slot, PLACERS_SUBTREE " SELECT COUNT(*) FROM (SELECT 1 FROM order_placers p" PLACERS_WHERE " LIMIT :max)");
    sqlite3_stmt *st = db_use(&slot);
    if (!st) return -1;
    db_bind_named_int64(st, ":company", company_id);
    db_bind_named_int64(st, ":unit", unit_id > 0 ? unit_id : 0);
    db_bind_named_int64(st, ":max", max);
    int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_reset(st);
    return n;
}

int store_order_placers(int64_t company_id, int64_t unit_id, struct order_placer_option *out, int max)
{
    DB_STATEMENT(slot, PLACERS_IN_SCOPE " ORDER BY u.name, u.id LIMIT :max");
    sqlite3_stmt *st = db_use(&slot);
    if (st) db_bind_named_int64(st, ":max", max);
    return read_placers(st, company_id, unit_id, out, max);
}

int store_order_placer(int64_t company_id, int64_t unit_id, int64_t user_id, struct order_placer_option *out)
{
    DB_STATEMENT(slot, PLACERS_IN_SCOPE " AND p.user_id = :user");
    sqlite3_stmt *st = db_use(&slot);
    if (st) db_bind_named_int64(st, ":user", user_id);
    return read_placers(st, company_id, unit_id, out, 1);
}

int store_order_placers_matching(int64_t company_id, int64_t unit_id, const char *text,
                                 struct order_placer_option *out, int max)
{
    /* the email exactly, else the name exactly, else names containing it */
    DB_STATEMENT(slot, PLACERS_IN_SCOPE
        " AND (u.email = :text COLLATE NOCASE OR u.name LIKE :like ESCAPE '\\')"
        " ORDER BY u.email = :text COLLATE NOCASE DESC, u.name = :text COLLATE NOCASE DESC, u.name, u.id LIMIT :max");
    char like[ORDER_FILTER_PLACER_MAX * 8 + 3];
    order_like_pattern(text, 1, like, sizeof like);
    sqlite3_stmt *st = db_use(&slot);
    if (st) {
        db_bind_named_text(st, ":text", text);
        db_bind_named_text(st, ":like", like);
        db_bind_named_int64(st, ":max", max);
    }
    return read_placers(st, company_id, unit_id, out, max);
}
