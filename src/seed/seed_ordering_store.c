/* The demo ordering set-up's SQL (seed_ordering_store.h). */
#include "seed/seed_ordering_store.h"

#include "base/db.h"

/* Steps a write that must change exactly one row: 0, or -1. */
static int changed_one(sqlite3_stmt *q)
{
    int rc = sqlite3_step(q);
    int changes = sqlite3_changes(db_handle());
    sqlite3_reset(q);
    return rc == SQLITE_DONE && changes == 1 ? 0 : -1;
}

/* Steps a bound INSERT: 0 with the new row's id in id_out, or -1. */
static int inserted(sqlite3_stmt *q, int64_t *id_out)
{
    if (db_step_done(q) != 0) return -1;
    *id_out = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

/* --- Price lists ----------------------------------------------------------- */

int seed_store_active_products(struct seed_list_price *out, int max)
{
    DB_STATEMENT(st, "SELECT id, list_price_cents FROM products WHERE active = 1 ORDER BY sku");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].product_id = sqlite3_column_int64(q, 0);
        out[n].list_cents = sqlite3_column_int64(q, 1);
        n++;
    }
    return db_list_end(q, rc, n);
}

int seed_store_price_list(const char *name, int64_t created_at, int64_t *id_out)
{
    DB_STATEMENT(st, "INSERT INTO price_lists (name, currency, created_at) VALUES (?, 'USD', ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    sqlite3_bind_int64(q, 2, created_at);
    return inserted(q, id_out);
}

int seed_store_price(int64_t price_list_id, int64_t product_id, int64_t min_qty, int64_t unit_price_cents)
{
    DB_STATEMENT(st, "INSERT INTO price_list_items (price_list_id, product_id, min_qty, unit_price_cents)"
        " VALUES (?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, price_list_id);
    sqlite3_bind_int64(q, 2, product_id);
    sqlite3_bind_int64(q, 3, min_qty);
    sqlite3_bind_int64(q, 4, unit_price_cents);
    return db_step_done(q);
}

int seed_store_price_list_assign(int64_t price_list_id, const char *list_name, const char *company_name)
{
    DB_STATEMENT(st, "UPDATE companies SET price_list_id = ?, price_list_name = ? WHERE name = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, price_list_id);
    db_bind_text(q, 2, list_name);
    db_bind_text(q, 3, company_name);
    return changed_one(q);
}

/* --- Shipping, tax, PO numbers ---------------------------------------------- */

int seed_store_shipping_method(const char *name, const char *description, const char *kind, int64_t flat_cents,
                               int sort_order, int64_t created_at, int64_t *id_out)
{
    DB_STATEMENT(st, "INSERT INTO shipping_methods (name, description, kind, flat_cents, active, sort_order,"
        " created_at) VALUES (?, ?, ?, ?, 1, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    db_bind_text(q, 2, description);
    db_bind_text(q, 3, kind);
    sqlite3_bind_int64(q, 4, flat_cents);
    sqlite3_bind_int(q, 5, sort_order);
    sqlite3_bind_int64(q, 6, created_at);
    return inserted(q, id_out);
}

int seed_store_weight_band(int64_t method_id, int64_t up_to_grams, int64_t cents)
{
    DB_STATEMENT(st, "INSERT INTO shipping_weight_bands (method_id, up_to_grams, cents) VALUES (?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, method_id);
    sqlite3_bind_int64(q, 2, up_to_grams);
    sqlite3_bind_int64(q, 3, cents);
    return db_step_done(q);
}

int seed_store_tax_rate(const char *country, const char *region, int64_t rate_bp, const char *label)
{
    DB_STATEMENT(st, "INSERT INTO tax_rates (country, region, rate_bp, label) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, country);
    db_bind_text(q, 2, region);
    sqlite3_bind_int64(q, 3, rate_bp);
    db_bind_text(q, 4, label);
    return db_step_done(q);
}

int seed_store_po_number_required(const char *company_name)
{
    DB_STATEMENT(st, "UPDATE companies SET po_number_required = 1 WHERE name = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, company_name);
    return changed_one(q);
}

/* --- Products for the demo carts -------------------------------------------- */

int seed_store_member(const char *email, const char *company_name, int64_t *company_id, int64_t *user_id)
{
    DB_STATEMENT(st, "SELECT m.company_id, u.id FROM users u JOIN memberships m ON m.user_id = u.id"
        " JOIN companies c ON c.id = m.company_id WHERE u.email = ? AND c.name = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    db_bind_text(q, 2, company_name);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        *company_id = sqlite3_column_int64(q, 0);
        *user_id = sqlite3_column_int64(q, 1);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* The first row of a product query taking the company (?1) and one number (?2). */
static int first_product(sqlite3_stmt *q, int64_t company_id, int64_t arg, struct seed_cart_product *out)
{
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, arg);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        out->id = sqlite3_column_int64(q, 0);
        out->pack_size = sqlite3_column_int64(q, 1);
        out->min_order_qty = sqlite3_column_int64(q, 2);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int seed_store_contract_product(int64_t company_id, int offset, struct seed_cart_product *out)
{
    DB_STATEMENT(st, "SELECT p.id, p.pack_size, p.min_order_qty FROM products p"
        " JOIN companies c ON c.id = ?1"
        " JOIN price_list_items i ON i.price_list_id = c.price_list_id AND i.product_id = p.id AND i.min_qty = 1"
        " WHERE p.active = 1 AND p.pack_size = 1 ORDER BY p.sku LIMIT 1 OFFSET ?2");
    return first_product(db_use(&st), company_id, offset, out);
}

int seed_store_plain_product(int64_t company_id, int offset, struct seed_cart_product *out)
{
    DB_STATEMENT(st, "SELECT p.id, p.pack_size, p.min_order_qty FROM products p JOIN companies c ON c.id = ?1"
        " WHERE p.active = 1 AND p.pack_size = 1 AND p.min_order_qty = 1 AND NOT EXISTS"
        " (SELECT 1 FROM price_list_items i WHERE i.price_list_id = c.price_list_id AND i.product_id = p.id)"
        " ORDER BY p.sku LIMIT 1 OFFSET ?2");
    return first_product(db_use(&st), company_id, offset, out);
}

int seed_store_pack_product(int64_t company_id, int64_t pack_size, struct seed_cart_product *out)
{
    DB_STATEMENT(st, "SELECT p.id, p.pack_size, p.min_order_qty FROM products p JOIN companies c ON c.id = ?1"
        " WHERE p.active = 1 AND p.pack_size = ?2 AND NOT EXISTS"
        " (SELECT 1 FROM price_list_items i WHERE i.price_list_id = c.price_list_id AND i.product_id = p.id)"
        " ORDER BY p.sku LIMIT 1");
    return first_product(db_use(&st), company_id, pack_size, out);
}
