/* Checkout SQL: shipping methods, tax rates, the company's ordering facts,
 * and writing orders. See checkout.h. */
#include "checkout/checkout_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"

/* ---- shipping methods -------------------------------------------------------- */

#define METHOD_SQL \
    "SELECT m.id, m.name, m.description, m.kind, m.flat_cents, m.active, m.sort_order," \
    "       b.up_to_grams, b.cents" \
    "  FROM shipping_methods m LEFT JOIN shipping_weight_bands b ON b.method_id = m.id"

/* Rows of (method, band) ordered by method: folds them into methods. */
static int read_methods(sqlite3_stmt *q, struct shipping_method *out, int max)
{
    int n = 0, rc;
    struct shipping_method *cur = NULL;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(q, 0);
        if (!cur || cur->id != id) {
            if (n >= max) break;
            cur = &out[n++];
            memset(cur, 0, sizeof *cur);
            cur->id = id;
            DB_COPY(cur->name, q, 1);
            DB_COPY(cur->description, q, 2);
            if (checkout_shipping_kind_parse(db_column_text(q, 3), &cur->kind) != 0) cur->kind = SHIPPING_FLAT;
            cur->flat_cents = sqlite3_column_int64(q, 4);
            cur->active = sqlite3_column_int(q, 5);
            cur->sort_order = sqlite3_column_int64(q, 6);
        }
        if (sqlite3_column_type(q, 7) != SQLITE_NULL && cur->n_bands < CHECKOUT_BANDS_MAX)
            cur->bands[cur->n_bands++] = (struct weight_band){ sqlite3_column_int64(q, 7), sqlite3_column_int64(q, 8) };
    }
    int ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    sqlite3_reset(q);
    return ok ? n : -1;
}

int store_shipping_methods(int active_only, struct shipping_method *out, int max)
{
    DB_STATEMENT(st, METHOD_SQL " WHERE ?1 = 0 OR m.active = 1"
        " ORDER BY m.sort_order, m.name COLLATE NOCASE, m.id, b.up_to_grams");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, active_only ? 1 : 0);
    return read_methods(q, out, max);
}

int store_shipping_method_get(int64_t id, struct shipping_method *out)
{
    DB_STATEMENT(st, METHOD_SQL " WHERE m.id = ?1 ORDER BY b.up_to_grams");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    return read_methods(q, out, 1);
}

/* 1 when another method (not `except`) has this name (no case), 0, -1. */
static int name_taken(const char *name, int64_t except)
{
    DB_STATEMENT(st, "SELECT 1 FROM shipping_methods WHERE name = ?1 COLLATE NOCASE AND id <> ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, name);
    sqlite3_bind_int64(q, 2, except);
    return db_step_exists(q);
}

static int replace_bands(int64_t method_id, const struct weight_band *bands, int n)
{
    DB_STATEMENT(ins, "INSERT INTO shipping_weight_bands (method_id, up_to_grams, cents) VALUES (?, ?, ?)");
    DB_STATEMENT(del, "DELETE FROM shipping_weight_bands WHERE method_id = ?");
    sqlite3_stmt *q = db_use(&del);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, method_id);
    if (db_step_done(q) != 0) return -1;
    for (int i = 0; i < n; i++) {
        q = db_use(&ins);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, method_id);
        sqlite3_bind_int64(q, 2, bands[i].up_to_grams);
        sqlite3_bind_int64(q, 3, bands[i].cents);
        if (db_step_done(q) != 0) return -1;
    }
    return 0;
}

int store_shipping_method_create(const struct shipping_method *m, int64_t now, int64_t *id)
{
    int taken = name_taken(m->name, 0);
    if (taken != 0) return taken;
    DB_STATEMENT(st, "INSERT INTO shipping_methods (name, description, kind, flat_cents, active, sort_order, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, m->name);
    db_bind_text(q, 2, m->description);
    db_bind_text(q, 3, checkout_shipping_kind_name(m->kind));
    sqlite3_bind_int64(q, 4, m->flat_cents);
    sqlite3_bind_int(q, 5, m->active ? 1 : 0);
    sqlite3_bind_int64(q, 6, m->sort_order);
    sqlite3_bind_int64(q, 7, now);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return replace_bands(*id, m->bands, m->n_bands);
}

int store_shipping_method_update(const struct shipping_method *m)
{
    int taken = name_taken(m->name, m->id);
    if (taken != 0) return taken;
    DB_STATEMENT(st, "UPDATE shipping_methods SET name = ?2, description = ?3, kind = ?4, flat_cents = ?5, active = ?6,"
        " sort_order = ?7 WHERE id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, m->id);
    db_bind_text(q, 2, m->name);
    db_bind_text(q, 3, m->description);
    db_bind_text(q, 4, checkout_shipping_kind_name(m->kind));
    sqlite3_bind_int64(q, 5, m->flat_cents);
    sqlite3_bind_int(q, 6, m->active ? 1 : 0);
    sqlite3_bind_int64(q, 7, m->sort_order);
    if (db_step_done(q) != 0) return -1;
    if (sqlite3_changes(db_handle()) == 0) return 2;
    return replace_bands(m->id, m->bands, m->n_bands);
}

/* ---- tax ------------------------------------------------------------------------- */

static void read_rate(sqlite3_stmt *q, struct tax_rate_row *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(q, 0);
    DB_COPY(r->country, q, 1);
    DB_COPY(r->region, q, 2);
    r->rate_bp = sqlite3_column_int64(q, 3);
    DB_COPY(r->label, q, 4);
}

static int read_one_rate(sqlite3_stmt *q, struct tax_rate_row *out)
{
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_rate(q, out);
    sqlite3_reset(q);
    if (rc == SQLITE_ROW) return 1;
    return rc == SQLITE_DONE ? 0 : -1;
}

int store_tax_rates(struct tax_rate_row *out, int max)
{
    DB_STATEMENT(st, "SELECT id, country, region, rate_bp, label FROM tax_rates"
        " ORDER BY country, region COLLATE NOCASE LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) read_rate(q, &out[n++]);
    sqlite3_reset(q);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? n : -1;
}

int store_tax_rate_get(int64_t id, struct tax_rate_row *out)
{
    DB_STATEMENT(st, "SELECT id, country, region, rate_bp, label FROM tax_rates WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    return read_one_rate(q, out);
}

int store_tax_rate_find(const char *country, const char *region, struct tax_rate_row *out)
{
    DB_STATEMENT(st, "SELECT id, country, region, rate_bp, label FROM tax_rates"
        " WHERE country = ?1 AND (region = '' OR (?2 <> '' AND region = ?2 COLLATE NOCASE))"
        " ORDER BY region = '' LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, country);
    db_bind_text(q, 2, region);
    return read_one_rate(q, out);
}

int store_tax_rate_save(const char *country, const char *region, int64_t rate_bp, const char *label,
                        struct tax_rate_row *before)
{
    DB_STATEMENT(ins, "INSERT INTO tax_rates (country, region, rate_bp, label) VALUES (?4, ?5, ?2, ?3)");
    DB_STATEMENT(upd, "UPDATE tax_rates SET rate_bp = ?2, label = ?3 WHERE id = ?1");
    DB_STATEMENT(find, "SELECT id, country, region, rate_bp, label FROM tax_rates"
        " WHERE country = ?1 AND region = ?2 COLLATE NOCASE");
    sqlite3_stmt *q = db_use(&find);
    if (!q) return -1;
    db_bind_text(q, 1, country);
    db_bind_text(q, 2, region);
    int existed = read_one_rate(q, before);
    if (existed < 0) return -1;
    if (existed) {
        q = db_use(&upd);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, before->id);
    } else {
        q = db_use(&ins);
        if (!q) return -1;
        db_bind_text(q, 4, country);
        db_bind_text(q, 5, region);
    }
    sqlite3_bind_int64(q, 2, rate_bp);
    db_bind_text(q, 3, label);
    return db_step_done(q) == 0 ? existed : -1;
}

int store_tax_rate_delete(int64_t id)
{
    DB_STATEMENT(st, "DELETE FROM tax_rates WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

int store_address_tax_override(int64_t company_id, int64_t address_id, int64_t *rate_bp)
{
    DB_STATEMENT(st, "SELECT tax_rate_bp FROM addresses WHERE id = ? AND company_id = ? AND tax_rate_bp IS NOT NULL");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, address_id);
    sqlite3_bind_int64(q, 2, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *rate_bp = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    if (rc == SQLITE_ROW) return 1;
    return rc == SQLITE_DONE ? 0 : -1;
}

#define TAX_ADDRESS_SQL \
    "SELECT a.id, a.company_id, c.name, a.label, a.city, a.region, a.country," \
    "       a.tax_rate_bp IS NOT NULL, COALESCE(a.tax_rate_bp, 0)" \
    "  FROM addresses a JOIN companies c ON c.id = a.company_id"

static void read_tax_address(sqlite3_stmt *q, struct tax_address *a)
{
    memset(a, 0, sizeof *a);
    a->id = sqlite3_column_int64(q, 0);
    a->company_id = sqlite3_column_int64(q, 1);
    DB_COPY(a->company_name, q, 2);
    DB_COPY(a->label, q, 3);
    DB_COPY(a->city, q, 4);
    DB_COPY(a->region, q, 5);
    DB_COPY(a->country, q, 6);
    a->has_rate = sqlite3_column_int(q, 7);
    a->rate_bp = sqlite3_column_int64(q, 8);
}

int store_tax_address_get(int64_t address_id, struct tax_address *out)
{
    DB_STATEMENT(st, TAX_ADDRESS_SQL " WHERE a.id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, address_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_tax_address(q, out);
    sqlite3_reset(q);
    if (rc == SQLITE_ROW) return 1;
    return rc == SQLITE_DONE ? 0 : -1;
}

int store_tax_addresses_overridden(struct tax_address *out, int max)
{
    DB_STATEMENT(st, TAX_ADDRESS_SQL " WHERE a.tax_rate_bp IS NOT NULL"
        " ORDER BY c.name, a.label LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) read_tax_address(q, &out[n++]);
    sqlite3_reset(q);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? n : -1;
}

int store_tax_address_set(int64_t address_id, int64_t rate_bp)
{
    DB_STATEMENT(st, "UPDATE addresses SET tax_rate_bp = ?2 WHERE id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, address_id);
    if (rate_bp >= 0) sqlite3_bind_int64(q, 2, rate_bp);
    else sqlite3_bind_null(q, 2);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) > 0 ? 1 : 0;
}

/* ---- the company and the member ------------------------------------------------ */

int store_checkout_company(int64_t company_id, struct checkout_company *out)
{
    DB_STATEMENT(st, "SELECT id, name, payment_terms, currency, po_number_required FROM companies WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        memset(out, 0, sizeof *out);
        out->id = sqlite3_column_int64(q, 0);
        DB_COPY(out->name, q, 1);
        DB_COPY(out->payment_terms, q, 2);
        DB_COPY(out->currency, q, 3);
        out->po_number_required = sqlite3_column_int(q, 4);
    }
    sqlite3_reset(q);
    if (rc == SQLITE_ROW) return 1;
    return rc == SQLITE_DONE ? 0 : -1;
}

int store_company_po_required_set(int64_t company_id, int required, int *before)
{
    struct checkout_company c;
    int found = store_checkout_company(company_id, &c);
    if (found != 1) return found;
    *before = c.po_number_required;
    DB_STATEMENT(st, "UPDATE companies SET po_number_required = ? WHERE id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, required ? 1 : 0);
    sqlite3_bind_int64(q, 2, company_id);
    return db_step_done(q) == 0 ? 1 : -1;
}

int store_checkout_member(int64_t company_id, int64_t user_id, struct checkout_member *out)
{
    DB_STATEMENT(st, "SELECT COALESCE(m.business_unit_id, 0), m.role_id, u.name, u.email"
        "  FROM memberships m JOIN users u ON u.id = m.user_id"
        " WHERE m.company_id = ? AND m.user_id = ? AND m.status = 'active'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        out->unit_id = sqlite3_column_int64(q, 0);
        out->role_id = sqlite3_column_int64(q, 1);
        DB_COPY(out->name, q, 2);
        DB_COPY(out->email, q, 3);
    }
    sqlite3_reset(q);
    if (rc == SQLITE_ROW) return 1;
    return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- orders ---------------------------------------------------------------------- */

int store_order_by_submit_key(int64_t company_id, int64_t user_id, const char *key, char *number, size_t size)
{
    DB_STATEMENT(st, "SELECT number FROM orders WHERE submit_key = ?1 AND company_id = ?2 AND placed_by_user_id = ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, key);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int64(q, 3, user_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) db_copy_text(number, size, q, 0);
    sqlite3_reset(q);
    if (rc == SQLITE_ROW) return 1;
    return rc == SQLITE_DONE ? 0 : -1;
}

int store_order_insert(const struct order_new *o, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO orders (company_id, number, placed_by_user_id, business_unit_id, status, channel, po_number,"
        "  currency, subtotal_cents, shipping_cents, tax_cents, total_cents, ship_to_address_id, bill_to_address_id,"
        "  ship_to_label, ship_to_text, bill_to_label, bill_to_text, shipping_method, tax_label, tax_rate_bp,"
        "  payment_method, requested_delivery_date, notes, submit_key, waiting_for_address, placed_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, 'draft', 'web', ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,"
        "  ?21, ?22, ?23, ?24, ?25, ?26, ?26)"
        " ON CONFLICT DO NOTHING");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, o->company_id);
    db_bind_text(q, 2, o->number);
    sqlite3_bind_int64(q, 3, o->placed_by_user_id);
    if (o->business_unit_id > 0) sqlite3_bind_int64(q, 4, o->business_unit_id);
    else sqlite3_bind_null(q, 4);
    db_bind_text(q, 6, o->po_number);
    db_bind_text(q, 7, o->currency);
    sqlite3_bind_int64(q, 8, o->subtotal);
    sqlite3_bind_int64(q, 9, o->shipping);
    sqlite3_bind_int64(q, 10, o->tax);
    sqlite3_bind_int64(q, 11, o->total);
    sqlite3_bind_int64(q, 12, o->ship_to_address_id);
    sqlite3_bind_int64(q, 13, o->bill_to_address_id);
    db_bind_text(q, 14, o->ship_to_label);
    db_bind_text(q, 15, o->ship_to_text);
    db_bind_text(q, 16, o->bill_to_label);
    db_bind_text(q, 17, o->bill_to_text);
    db_bind_text(q, 18, o->shipping_method);
    db_bind_text(q, 19, o->tax_label);
    sqlite3_bind_int64(q, 20, o->tax_rate_bp);
    db_bind_text(q, 21, o->payment_method);
    db_bind_text(q, 22, o->requested_delivery_date);
    db_bind_text(q, 23, o->notes);
    db_bind_text(q, 24, o->submit_key);
    sqlite3_bind_int(q, 25, o->waiting_for_address ? 1 : 0);
    sqlite3_bind_int64(q, 26, o->placed_at);
    if (db_step_done(q) != 0) return -1;
    if (sqlite3_changes(db_handle()) == 0) return 1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_order_line_insert(int64_t order_id, int64_t company_id, const struct order_line_new *l)
{
    DB_STATEMENT(st, "INSERT INTO order_lines (order_id, company_id, line_no, product_id, sku, name, unit, quantity,"
        "  unit_price_cents, line_total_cents, price_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int(q, 3, l->line_no);
    sqlite3_bind_int64(q, 4, l->product_id);
    db_bind_text(q, 5, l->sku);
    db_bind_text(q, 6, l->name);
    db_bind_text(q, 7, l->unit);
    sqlite3_bind_int64(q, 8, l->quantity);
    sqlite3_bind_int64(q, 9, l->unit_price);
    sqlite3_bind_int64(q, 10, l->line_total);
    db_bind_text(q, 11, l->price_source);
    return db_step_done(q);
}

int store_order_waiting_approvers(int64_t company_id, int64_t order_id, char *out, size_t size)
{
    DB_STATEMENT(st, "SELECT approver_label FROM approval_steps WHERE order_id = ? AND company_id = ? AND status = 'waiting'"
        " ORDER BY level, id");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    size_t used = 0;
    out[0] = '\0';
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (used + 1 >= size) continue;
        int n = snprintf(out + used, size - used, "%s%s", used ? "; " : "", db_column_text(q, 0));
        if (n > 0) used += (size_t)n < size - used ? (size_t)n : size - used - 1;
    }
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 0 : -1;
}
