/* The seed's SQL (seed_store.h): the INSERT statements behind seed_demo(),
 * prepared once per run, the check whether the database already has users,
 * and the bind and insert helpers every seed file uses. */
#include "seed/seed_store.h"

#include "base/db.h"

#include <stdio.h>

static const char *const STMT_SQL[ST_COUNT] = {
    [ST_USER] = "INSERT INTO users (email, password_hash, name, job_title, phone, status,"
                " created_at, last_sign_in_at, email_verified_at) VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?6)",
    [ST_STAFF] = "INSERT INTO seller_staff (user_id, staff_role, created_at) VALUES (?, ?, ?)",
    [ST_COMPANY] = "INSERT INTO companies (name, erp_account_no, tax_id, status, payment_terms,"
                   " currency, credit_limit_cents, account_manager_id, created_at)"
                   " VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?)",
    [ST_UNIT] = "INSERT INTO business_units (company_id, parent_id, name, kind, manager_user_id,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
    [ST_MEMBERSHIP] = "INSERT INTO memberships (company_id, user_id, role_id, business_unit_id,"
                      " status, created_at) VALUES (?, ?, ?, ?, 'active', ?)",
    [ST_ADDRESS] = "INSERT INTO addresses (company_id, label, kind, attention, line1, line2, city,"
                   " region, postal_code, country, phone, business_unit_id, erp_address_id,"
                   " is_default_billing, is_default_shipping, status, created_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [ST_CATEGORY] = "INSERT INTO categories (parent_id, name, slug) VALUES (?, ?, ?)",
    [ST_PRODUCT] = "INSERT INTO products (sku, name, description, category_id, unit_of_measure,"
                   " pack_size, min_order_qty, list_price_cents, weight_grams, active)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [ST_ORDER] = "INSERT INTO orders (company_id, number, placed_by_user_id, business_unit_id,"
                 " status, channel, po_number, currency, subtotal_cents, shipping_cents,"
                 " tax_cents, total_cents, ship_to_label, ship_to_text, bill_to_text, notes,"
                 " placed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    [ST_LINE] = "INSERT INTO order_lines (order_id, company_id, line_no, sku, name, quantity,"
                " quantity_shipped, unit_price_cents, line_total_cents)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
};

int seed_store_prepare(sqlite3 *db, sqlite3_stmt *stmt[ST_COUNT])
{
    for (int i = 0; i < ST_COUNT; i++)
        if (sqlite3_prepare_v2(db, STMT_SQL[i], -1, &stmt[i], NULL) != SQLITE_OK) {
            fprintf(stderr, "seed-demo: prepare failed: %s\n  in: %s\n", sqlite3_errmsg(db), STMT_SQL[i]);
            return -1;
        }
    return 0;
}

void seed_store_finalize(sqlite3_stmt *stmt[ST_COUNT])
{
    for (int i = 0; i < ST_COUNT; i++) {
        sqlite3_finalize(stmt[i]);
        stmt[i] = NULL;
    }
}

int seed_store_has_users(sqlite3 *db)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "SELECT EXISTS (SELECT 1 FROM users)", -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "seed-demo: %s\n", sqlite3_errmsg(db));
        return -1;
    }
    int result = -1;
    if (sqlite3_step(st) == SQLITE_ROW) result = sqlite3_column_int(st, 0) != 0;
    else fprintf(stderr, "seed-demo: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return result;
}

int bind_opt_text(sqlite3_stmt *st, int idx, const char *text)
{
    return text ? db_bind_text(st, idx, text) : sqlite3_bind_null(st, idx);
}

int bind_opt_id(sqlite3_stmt *st, int idx, int64_t id)
{
    return id > 0 ? sqlite3_bind_int64(st, idx, id) : sqlite3_bind_null(st, idx);
}

int run_insert(sqlite3 *db, sqlite3_stmt *st, int bind_rc, const char *what, int64_t *id_out)
{
    int rc = bind_rc == SQLITE_OK ? sqlite3_step(st) : bind_rc;
    if (rc != SQLITE_DONE) {
        fprintf(stderr, "seed-demo: inserting %s failed: %s\n", what, sqlite3_errmsg(db));
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return -1;
    }
    if (id_out) *id_out = sqlite3_last_insert_rowid(db);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return 0;
}
