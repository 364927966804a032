#include "cart/cart_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

#define MAX_BREAKS 32

/* Lines with their breaks: one row per (line, break), or one row with
 * NULL break columns when the product has no row in the company's list.
 * ?3 = 1 keeps the breaks out (public prices). */
static const char LINES_SQL[] =
    "SELECT p.id, p.sku, p.name, p.unit_of_measure, p.category_id, p.pack_size, p.min_order_qty,"
    "       p.weight_grams, p.list_price_cents, p.active, c.quantity, c.added_price_cents, c.added_at,"
    "       i.min_qty, i.unit_price_cents"
    "  FROM cart_items c JOIN products p ON p.id = c.product_id"
    "  LEFT JOIN companies co ON co.id = c.company_id"
    "  LEFT JOIN price_list_items i ON ?3 = 0 AND i.price_list_id = co.price_list_id AND i.product_id = p.id"
    " WHERE c.company_id = ?1 AND c.user_id = ?2"
    " ORDER BY c.added_at, c.rowid, i.min_qty";

static void price_line(struct cart_line *l, const struct price_break *br, size_t nb)
{
    struct price_quote q;
    price_line_today(l->list_price, br, nb, l->quantity, &q, &l->line_total);
    l->unit_price = q.unit_price;
    l->source = q.source;
}

int store_cart_lines(int64_t company_id, int64_t user_id, int use_list_prices, struct cart_line *out, int max)
{
    DB_STATEMENT(st, LINES_SQL);
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int(q, 3, use_list_prices ? 1 : 0);
    struct price_break br[MAX_BREAKS];
    size_t nb = 0;
    int n = 0, rc;
    struct cart_line *cur = NULL;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(q, 0);
        if (!cur || cur->product_id != id) {
            if (cur) price_line(cur, br, nb);
            if (n >= max) { cur = NULL; break; }
            cur = &out[n++];
            memset(cur, 0, sizeof *cur);
            nb = 0;
            cur->product_id = id;
            DB_COPY(cur->sku, q, 1);
            DB_COPY(cur->name, q, 2);
            DB_COPY(cur->unit, q, 3);
            cur->category_id = sqlite3_column_int64(q, 4);
            cur->pack_size = sqlite3_column_int64(q, 5);
            cur->min_order_qty = sqlite3_column_int64(q, 6);
            cur->weight_grams = sqlite3_column_int64(q, 7);
            cur->list_price = sqlite3_column_int64(q, 8);
            cur->active = sqlite3_column_int(q, 9);
            cur->quantity = sqlite3_column_int64(q, 10);
            cur->added_price = sqlite3_column_int64(q, 11);
            cur->added_at = sqlite3_column_int64(q, 12);
        }
        if (sqlite3_column_type(q, 13) != SQLITE_NULL && nb < MAX_BREAKS)
            br[nb++] = (struct price_break){ sqlite3_column_int64(q, 13), sqlite3_column_int64(q, 14) };
    }
    if (cur) price_line(cur, br, nb);
    int ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    sqlite3_reset(q);
    return ok ? n : -1;
}

int store_cart_count(int64_t company_id, int64_t user_id, int64_t *lines, int64_t *units)
{
    DB_STATEMENT(st, "SELECT COUNT(*), COALESCE(SUM(quantity), 0) FROM cart_items WHERE company_id = ? AND user_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    if (sqlite3_step(q) != SQLITE_ROW) { sqlite3_reset(q); return -1; }
    *lines = sqlite3_column_int64(q, 0);
    *units = sqlite3_column_int64(q, 1);
    sqlite3_reset(q);
    return 0;
}

int store_cart_quote(int64_t company_id, int use_list_prices, int64_t product_id, int64_t qty,
                     struct price_quote *out)
{
    DB_STATEMENT(st, "SELECT p.list_price_cents, i.min_qty, i.unit_price_cents FROM products p"
        "  LEFT JOIN companies co ON co.id = ?1"
        "  LEFT JOIN price_list_items i ON ?2 = 0 AND i.price_list_id = co.price_list_id AND i.product_id = p.id"
        " WHERE p.id = ?3 ORDER BY i.min_qty");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, use_list_prices ? 1 : 0);
    sqlite3_bind_int64(q, 3, product_id);
    struct price_break br[MAX_BREAKS];
    size_t nb = 0;
    int64_t list_price = 0;
    int found = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        found = 1;
        list_price = sqlite3_column_int64(q, 0);
        if (sqlite3_column_type(q, 1) != SQLITE_NULL && nb < MAX_BREAKS)
            br[nb++] = (struct price_break){ sqlite3_column_int64(q, 1), sqlite3_column_int64(q, 2) };
    }
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return -1;
    if (!found) return 0;
    if (price_for_qty(list_price, br, nb, qty, out) != 0) return -1;
    return 1;
}

int store_cart_add(int64_t company_id, int64_t user_id, int64_t product_id, int64_t qty, int64_t unit_price,
                   int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO cart_items (company_id, user_id, product_id, quantity, added_price_cents, added_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
        " ON CONFLICT (company_id, user_id, product_id) DO UPDATE SET quantity = quantity + excluded.quantity,"
        "   added_price_cents = excluded.added_price_cents, updated_at = excluded.updated_at");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, product_id);
    sqlite3_bind_int64(q, 4, qty);
    sqlite3_bind_int64(q, 5, unit_price);
    sqlite3_bind_int64(q, 6, now);
    return db_step_done(q);
}

int store_cart_set(int64_t company_id, int64_t user_id, int64_t product_id, int64_t qty, int64_t unit_price,
                   int64_t now)
{
    DB_STATEMENT(st, "UPDATE cart_items SET quantity = ?4, added_price_cents = ?5, updated_at = ?6"
        " WHERE company_id = ?1 AND user_id = ?2 AND product_id = ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, product_id);
    sqlite3_bind_int64(q, 4, qty);
    sqlite3_bind_int64(q, 5, unit_price);
    sqlite3_bind_int64(q, 6, now);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

int store_cart_remove(int64_t company_id, int64_t user_id, int64_t product_id)
{
    DB_STATEMENT(st, "DELETE FROM cart_items WHERE company_id = ? AND user_id = ? AND product_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, product_id);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

int store_cart_clear(int64_t company_id, int64_t user_id)
{
    DB_STATEMENT(st, "DELETE FROM cart_items WHERE company_id = ? AND user_id = ?");
    DB_STATEMENT(links, "DELETE FROM cart_requisitions WHERE company_id = ? AND user_id = ?");
    struct db_statement *const both[] = { &st, &links };
    for (int i = 0; i < 2; i++) {
        sqlite3_stmt *q = db_use(both[i]);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, company_id);
        sqlite3_bind_int64(q, 2, user_id);
        if (db_step_done(q) != 0) return -1;
    }
    return 0;
}

int store_cart_link_requisition(int64_t company_id, int64_t user_id, int64_t requisition_id)
{
    DB_STATEMENT(st, "INSERT OR IGNORE INTO cart_requisitions (company_id, user_id, requisition_id) VALUES (?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, requisition_id);
    return db_step_done(q);
}

int store_cart_claim_requisitions(int64_t company_id, int64_t user_id, int64_t order_id)
{
    DB_STATEMENT(order, "UPDATE orders SET requested_by_user_id = (SELECT r.requester_user_id"
        "   FROM cart_requisitions cr JOIN requisitions r ON r.id = cr.requisition_id"
        "  WHERE cr.company_id = ?1 AND cr.user_id = ?2 ORDER BY r.id LIMIT 1)"
        " WHERE id = ?3 AND company_id = ?1"
        "   AND EXISTS (SELECT 1 FROM cart_requisitions WHERE company_id = ?1 AND user_id = ?2)");
    DB_STATEMENT(reqs, "UPDATE requisitions SET order_id = ?3"
        " WHERE company_id = ?1 AND id IN (SELECT requisition_id FROM cart_requisitions WHERE company_id = ?1 AND user_id = ?2)");
    struct db_statement *const both[] = { &order, &reqs };
    for (int i = 0; i < 2; i++) {
        sqlite3_stmt *q = db_use(both[i]);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, company_id);
        sqlite3_bind_int64(q, 2, user_id);
        sqlite3_bind_int64(q, 3, order_id);
        if (db_step_done(q) != 0) return -1;
    }
    return 0;
}

int64_t store_cart_quantity(int64_t company_id, int64_t user_id, int64_t product_id)
{
    DB_STATEMENT(st, "SELECT quantity FROM cart_items WHERE company_id = ? AND user_id = ? AND product_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, product_id);
    int rc = sqlite3_step(q);
    int64_t v = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : (rc == SQLITE_DONE ? 0 : -1);
    sqlite3_reset(q);
    return v;
}

/* --- product lookup for adding and checking lines --------------------- */

/* "?4, ?5, ..." for CART_LOOKUP_MAX SKUs; variant 1 matches the SKU
 * exactly, 0 in any case. */
/* The IN list has room for a bucket of SKUs, not always for
 * CART_LOOKUP_MAX: SQLite builds the list's index from every slot on
 * each run, so adding one SKU to the cart paid for 500. Slots left
 * unbound are NULL, which matches nothing. */
static const int lookup_sizes[] = { 1, 8, 64, CART_LOOKUP_MAX };
#define LOOKUP_SIZES (int)(sizeof lookup_sizes / sizeof lookup_sizes[0])

static const char *lookup_sql(int variant)
{
    static char sql[16384];
    int exact = variant / LOOKUP_SIZES, size = lookup_sizes[variant % LOOKUP_SIZES];
    size_t w = (size_t)snprintf(sql, sizeof sql,
        "SELECT p.id, p.sku, p.name, p.unit_of_measure, p.pack_size, p.min_order_qty, p.list_price_cents, p.active,"
        "       COALESCE(c.quantity, 0), i.min_qty, i.unit_price_cents"
        "  FROM products p"
        "  LEFT JOIN companies co ON co.id = ?1"
        "  LEFT JOIN price_list_items i ON ?3 = 0 AND i.price_list_id = co.price_list_id AND i.product_id = p.id"
        "  LEFT JOIN cart_items c ON c.company_id = ?1 AND c.user_id = ?2 AND c.product_id = p.id"
        " WHERE p.sku%s IN (", exact ? "" : " COLLATE NOCASE");
    for (int i = 0; i < size; i++)
        w += (size_t)snprintf(sql + w, sizeof sql - w, "%s?%d", i ? "," : "", i + 4);
    snprintf(sql + w, sizeof sql - w, ") ORDER BY p.id, i.min_qty");
    return sql;
}

int store_cart_products(int64_t company_id, int64_t user_id, int use_list_prices, int exact,
                        const char *const *skus, int n, struct cart_product *out, int max)
{
    DB_STATEMENT_FAMILY(lookup, 2 * LOOKUP_SIZES, lookup_sql);
    if (n < 0 || n > CART_LOOKUP_MAX) return -1;
    int bucket = 0;
    while (lookup_sizes[bucket] < n) bucket++;
    sqlite3_stmt *q = db_use_variant(&lookup, (exact ? LOOKUP_SIZES : 0) + bucket);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int(q, 3, use_list_prices ? 1 : 0);
    for (int i = 0; i < n; i++) db_bind_text(q, i + 4, skus[i]);
    int count = 0, rc;
    struct cart_product *cur = NULL;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(q, 0);
        if (!cur || cur->id != id) {
            if (count >= max) { cur = NULL; break; }
            cur = &out[count++];
            memset(cur, 0, sizeof *cur);
            cur->id = id;
            DB_COPY(cur->sku, q, 1);
            DB_COPY(cur->name, q, 2);
            DB_COPY(cur->unit, q, 3);
            cur->pack_size = sqlite3_column_int64(q, 4);
            cur->min_order_qty = sqlite3_column_int64(q, 5);
            cur->list_price = sqlite3_column_int64(q, 6);
            cur->active = sqlite3_column_int(q, 7);
            cur->in_cart = sqlite3_column_int64(q, 8);
        }
        if (sqlite3_column_type(q, 9) != SQLITE_NULL && cur->n_breaks < CART_MAX_BREAKS)
            cur->breaks[cur->n_breaks++] = (struct price_break){ sqlite3_column_int64(q, 9),
                                                                 sqlite3_column_int64(q, 10) };
    }
    int ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    sqlite3_reset(q);
    return ok ? count : -1;
}

void store_cart_product_quote(const struct cart_product *p, int64_t qty, struct price_quote *out)
{
    if (price_for_qty(p->list_price, p->breaks, p->n_breaks, qty, out) != 0) {
        out->unit_price = p->list_price;
        out->source = PRICE_PUBLIC;
    }
}
