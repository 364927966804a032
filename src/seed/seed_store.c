/* The seed's core SQL (seed_store.h): the INSERT behind each row of demo
 * people, companies, catalog and order history, the check whether the
 * database already has users, the shared look-ups and the mail bounce. */
#include "seed/seed_store.h"
#include "seed/seed_internal.h"

#include "base/db.h"

#include <stdio.h>

/* NULL text binds NULL. */
static void bind_opt_text(sqlite3_stmt *q, int idx, const char *text)
{
    if (text) db_bind_text(q, idx, text);
    else sqlite3_bind_null(q, idx);
}

/* Row ids start at 1, so 0 means "no reference" and binds NULL. */
static void bind_opt_id(sqlite3_stmt *q, int idx, int64_t id)
{
    if (id > 0) sqlite3_bind_int64(q, idx, id);
    else sqlite3_bind_null(q, idx);
}

/* Runs a bound INSERT: 0 (id_out, when not NULL, gets the new row's id) or
 * -1 with `what` and SQLite's message on stderr. */
static int inserted(sqlite3_stmt *q, const char *what, int64_t *id_out)
{
    if (db_step_done(q) != 0) {
        fprintf(stderr, "seed-demo: inserting %s failed: %s\n", what, sqlite3_errmsg(db_handle()));
        return -1;
    }
    if (id_out) *id_out = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

/* The one id a look-up by one text key answers: 1, 0 or -1. */
static int id_by_text(sqlite3_stmt *q, const char *key, int64_t *id)
{
    if (!q) return -1;
    db_bind_text(q, 1, key);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *id = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int seed_store_has_users(void)
{
    DB_STATEMENT(st, "SELECT EXISTS (SELECT 1 FROM users)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int result = -1;
    if (sqlite3_step(q) == SQLITE_ROW) result = sqlite3_column_int(q, 0) != 0;
    else fprintf(stderr, "seed-demo: %s\n", sqlite3_errmsg(db_handle()));
    sqlite3_reset(q);
    return result;
}

/* --- People and companies ------------------------------------------------ */

int seed_store_user(const struct seed_user_row *u, int64_t *id_out)
{
    DB_STATEMENT(st, "INSERT INTO users (email, password_hash, name, job_title, phone, status,"
        " created_at, last_sign_in_at, email_verified_at) VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?6)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, u->email);
    db_bind_text(q, 2, u->password_hash);
    db_bind_text(q, 3, u->name);
    db_bind_text(q, 4, u->job_title);
    db_bind_text(q, 5, u->phone);
    sqlite3_bind_int64(q, 6, u->created_at);
    bind_opt_id(q, 7, u->last_sign_in_at);
    return inserted(q, u->email, id_out);
}

int seed_store_staff(int64_t user_id, const char *staff_role, int64_t created_at)
{
    DB_STATEMENT(st, "INSERT INTO seller_staff (user_id, staff_role, created_at) VALUES (?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    db_bind_text(q, 2, staff_role);
    sqlite3_bind_int64(q, 3, created_at);
    return inserted(q, "seller_staff", NULL);
}

int seed_store_company(const struct company_def *d, int64_t account_manager_id, int64_t created_at,
                       int64_t *id_out)
{
    DB_STATEMENT(st, "INSERT INTO companies (name, erp_account_no, tax_id, status, payment_terms,"
        " currency, credit_limit_cents, account_manager_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, d->name);
    bind_opt_text(q, 2, d->erp_account_no);
    db_bind_text(q, 3, d->tax_id);
    db_bind_text(q, 4, d->status);
    db_bind_text(q, 5, d->payment_terms);
    sqlite3_bind_int64(q, 6, d->credit_limit_cents);
    bind_opt_id(q, 7, account_manager_id);
    sqlite3_bind_int64(q, 8, created_at);
    return inserted(q, d->name, id_out);
}

int seed_store_unit(int64_t company_id, int64_t parent_id, const char *name, const char *kind,
                    int64_t manager_user_id, int64_t created_at, int64_t *id_out)
{
    DB_STATEMENT(st, "INSERT INTO business_units (company_id, parent_id, name, kind, manager_user_id,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    bind_opt_id(q, 2, parent_id);
    db_bind_text(q, 3, name);
    db_bind_text(q, 4, kind);
    bind_opt_id(q, 5, manager_user_id);
    sqlite3_bind_int64(q, 6, created_at);
    return inserted(q, name, id_out);
}

int seed_store_membership(int64_t company_id, int64_t user_id, int64_t role_id, int64_t unit_id,
                          int64_t created_at)
{
    DB_STATEMENT(st, "INSERT INTO memberships (company_id, user_id, role_id, business_unit_id,"
        " status, created_at) VALUES (?, ?, ?, ?, 'active', ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, role_id);
    sqlite3_bind_int64(q, 4, unit_id);
    sqlite3_bind_int64(q, 5, created_at);
    return inserted(q, "membership", NULL);
}

int seed_store_address(int64_t company_id, const struct address_def *a, int64_t unit_id, int64_t created_at)
{
    DB_STATEMENT(st, "INSERT INTO addresses (company_id, label, kind, attention, line1, line2, city,"
        " region, postal_code, country, phone, business_unit_id, erp_address_id,"
        " is_default_billing, is_default_shipping, status, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, a->label);
    db_bind_text(q, 3, a->kind);
    db_bind_text(q, 4, a->attention);
    db_bind_text(q, 5, a->line1);
    db_bind_text(q, 6, a->line2);
    db_bind_text(q, 7, a->city);
    db_bind_text(q, 8, a->region);
    db_bind_text(q, 9, a->postal);
    db_bind_text(q, 10, a->country);
    db_bind_text(q, 11, a->phone);
    bind_opt_id(q, 12, unit_id);
    bind_opt_text(q, 13, a->erp_id);
    sqlite3_bind_int(q, 14, a->default_billing);
    sqlite3_bind_int(q, 15, a->default_shipping);
    db_bind_text(q, 16, a->status);
    sqlite3_bind_int64(q, 17, created_at);
    return inserted(q, a->label, NULL);
}

/* --- Catalog ---------------------------------------------------------------- */

int seed_store_category(int64_t parent_id, const char *name, const char *slug, int64_t *id_out)
{
    DB_STATEMENT(st, "INSERT INTO categories (parent_id, name, slug) VALUES (?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_opt_id(q, 1, parent_id);
    db_bind_text(q, 2, name);
    db_bind_text(q, 3, slug);
    return inserted(q, slug, id_out);
}

int seed_store_product(const struct product *p, const char *description, int64_t category_id, const char *uom,
                       int64_t weight_grams)
{
    DB_STATEMENT(st, "INSERT INTO products (sku, name, description, category_id, unit_of_measure,"
        " pack_size, min_order_qty, list_price_cents, weight_grams, active)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, p->sku);
    db_bind_text(q, 2, p->name);
    db_bind_text(q, 3, description);
    sqlite3_bind_int64(q, 4, category_id);
    db_bind_text(q, 5, uom);
    sqlite3_bind_int64(q, 6, p->pack);
    sqlite3_bind_int64(q, 7, p->min_qty);
    sqlite3_bind_int64(q, 8, p->price_cents);
    sqlite3_bind_int64(q, 9, weight_grams);
    sqlite3_bind_int(q, 10, p->active);
    return inserted(q, p->sku, NULL);
}

/* --- Order history ---------------------------------------------------------- */

int seed_store_order(int64_t company_id, const struct seed_order_row *o, int64_t *id_out)
{
    DB_STATEMENT(st, "INSERT INTO orders (company_id, number, placed_by_user_id, business_unit_id,"
        " status, channel, po_number, currency, subtotal_cents, shipping_cents,"
        " tax_cents, total_cents, ship_to_label, ship_to_text, bill_to_text, notes,"
        " placed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, o->number);
    bind_opt_id(q, 3, o->placed_by);
    bind_opt_id(q, 4, o->unit_id);
    db_bind_text(q, 5, o->status);
    db_bind_text(q, 6, o->channel);
    db_bind_text(q, 7, o->po);
    sqlite3_bind_int64(q, 8, o->t.subtotal);
    sqlite3_bind_int64(q, 9, o->t.shipping);
    sqlite3_bind_int64(q, 10, o->t.tax);
    sqlite3_bind_int64(q, 11, o->t.total);
    db_bind_text(q, 12, o->ship_label);
    db_bind_text(q, 13, o->ship_text);
    db_bind_text(q, 14, o->bill_text);
    db_bind_text(q, 15, o->notes);
    sqlite3_bind_int64(q, 16, o->placed_at);
    return inserted(q, o->number, id_out);
}

int seed_store_order_line(int64_t order_id, int64_t company_id, const struct seed_line_row *l)
{
    DB_STATEMENT(st, "INSERT INTO order_lines (order_id, company_id, line_no, sku, name, quantity,"
        " quantity_shipped, unit_price_cents, line_total_cents)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int(q, 3, l->line_no);
    db_bind_text(q, 4, l->sku);
    db_bind_text(q, 5, l->name);
    sqlite3_bind_int64(q, 6, l->quantity);
    sqlite3_bind_int64(q, 7, l->shipped);
    sqlite3_bind_int64(q, 8, l->unit_price);
    sqlite3_bind_int64(q, 9, l->line_total);
    return inserted(q, "order line", NULL);
}

/* --- Look-ups the later steps share ------------------------------------------ */

int seed_store_user_id(const char *email, int64_t *id)
{
    DB_STATEMENT(st, "SELECT id FROM users WHERE email = ?");
    return id_by_text(db_use(&st), email, id);
}

int seed_store_company_id(const char *name, int64_t *id)
{
    DB_STATEMENT(st, "SELECT id FROM companies WHERE name = ?");
    return id_by_text(db_use(&st), name, id);
}

/* --- Outbox ------------------------------------------------------------------ */

int seed_store_mail_failed(const char *to_address, int attempts, const char *error)
{
    DB_STATEMENT(st, "UPDATE outbox SET status = 'failed', attempts = ?, last_error = ? WHERE to_address = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, attempts);
    db_bind_text(q, 2, error);
    db_bind_text(q, 3, to_address);
    return db_step_done(q);
}
