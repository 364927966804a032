/* Back-office order SQL: counts by status, shipments, and the writes of
 * the offline orders import (the list is order_history_store.c). */
#include "orders/orders_admin_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/staff_scope_store.h"
#include "base/utf8.h"

/* --- counts ------------------------------------------------------------- */

int store_bo_orders_count_status(const struct staff_scope *scope, int64_t company_filter, const char *status)
{
    /* order_counts (sql/023): every company's row (0, 0) for staff who
     * reach every company, else the company rows (placed_by_user_id 0)
     * of the companies the scope reaches, which never include row 0.
     * The first binds the scope like every staff statement (?61, ?62),
     * so a scope that is not "every company" reads nothing there. */
    DB_STATEMENT(all, "SELECT COALESCE(SUM(n), 0) FROM order_counts WHERE company_id = 0 AND placed_by_user_id = 0"
        " AND status = ?1 AND ?61 = 1 AND ?62 = ?62");
    DB_STATEMENT(reached, "SELECT COALESCE(SUM(n), 0) FROM order_counts WHERE placed_by_user_id = 0 AND status = ?1"
        " AND company_id > 0 AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    DB_STATEMENT(one, "SELECT COALESCE(SUM(n), 0) FROM order_counts WHERE company_id = ?2 AND placed_by_user_id = 0"
        " AND status = ?1 AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = company_filter > 0 ? db_use(&one)
                    : scope && scope->all_companies ? db_use(&all)
                    : db_use(&reached);
    if (staff_scope_bind(q, scope) != 0) return -1;
    db_bind_text(q, 1, status);
    if (company_filter > 0) sqlite3_bind_int64(q, 2, company_filter);
    int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_reset(q);
    return n;
}

/* --- lifecycle moves -------------------------------------------------------- */

static int changed_one(sqlite3_stmt *q)
{
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : 0;
}

int store_bo_shipment_add(const struct staff_scope *scope, int64_t order_id, int64_t company_id, const char *carrier,
                          const char *tracking, int64_t shipped_at, int64_t created_by, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO shipments (order_id, company_id, carrier, tracking_number, shipped_at, created_by)"
        " SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE" STAFF_SCOPE_COMPANY_ID("?2"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    db_bind_text(q, 3, carrier);
    db_bind_text(q, 4, tracking);
    sqlite3_bind_int64(q, 5, shipped_at);
    if (created_by > 0) sqlite3_bind_int64(q, 6, created_by);
    else sqlite3_bind_null(q, 6);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE || sqlite3_changes(db_handle()) != 1) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_bo_shipment_line_add(const struct staff_scope *scope, int64_t shipment_id, int64_t order_id,
                               int64_t line_id, int64_t quantity)
{
    DB_STATEMENT(ins, "INSERT INTO shipment_lines (shipment_id, order_line_id, quantity) VALUES (?, ?, ?)");
    DB_STATEMENT(upd, "UPDATE order_lines SET quantity_shipped = quantity_shipped + ?3"
        " WHERE id = ?1 AND order_id = ?2 AND quantity_shipped + ?3 <= quantity"
        "   AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&upd);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, line_id);
    sqlite3_bind_int64(q, 2, order_id);
    sqlite3_bind_int64(q, 3, quantity);
    int moved = changed_one(q);
    if (moved != 1) return moved;
    q = db_use(&ins);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, shipment_id);
    sqlite3_bind_int64(q, 2, line_id);
    sqlite3_bind_int64(q, 3, quantity);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 1 : -1;
}

int store_bo_order_quantities(const struct staff_scope *scope, int64_t order_id, int64_t *ordered, int64_t *shipped)
{
    DB_STATEMENT(st, "SELECT COALESCE(SUM(quantity), 0), COALESCE(SUM(quantity_shipped), 0) FROM order_lines"
        " WHERE order_id = ?1 AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        *ordered = sqlite3_column_int64(q, 0);
        *shipped = sqlite3_column_int64(q, 1);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 0 : -1;
}

int store_bo_shipments_delivered(const struct staff_scope *scope, int64_t order_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE shipments SET delivered_at = ?2 WHERE order_id = ?1 AND delivered_at IS NULL"
        "   AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, now);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? sqlite3_changes(db_handle()) : -1;
}

/* --- the offline orders import ---------------------------------------------- */

int store_import_company(const char *account, struct import_company *out)
{
    DB_STATEMENT(st, "SELECT id, currency FROM companies WHERE erp_account_no = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, account);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        out->id = sqlite3_column_int64(q, 0);
        DB_COPY(out->currency, q, 1);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_import_order_find(const char *erp_no, struct import_order_row *out)
{
    DB_STATEMENT(st, "SELECT o.id, o.company_id, COALESCE(c.erp_account_no, ''), o.number, o.channel, o.status, o.po_number,"
        "       o.ship_to_text, o.currency, o.placed_at, o.shipping_cents, o.tax_cents"
        "  FROM orders o JOIN companies c ON c.id = o.company_id WHERE o.erp_order_no = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, erp_no);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        memset(out, 0, sizeof *out);
        out->id = sqlite3_column_int64(q, 0);
        out->company_id = sqlite3_column_int64(q, 1);
        DB_COPY(out->company_account, q, 2);
        DB_COPY(out->number, q, 3);
        DB_COPY(out->channel, q, 4);
        DB_COPY(out->status, q, 5);
        DB_COPY(out->po_number, q, 6);
        DB_COPY(out->ship_to_text, q, 7);
        DB_COPY(out->currency, q, 8);
        out->placed_at = sqlite3_column_int64(q, 9);
        out->shipping = sqlite3_column_int64(q, 10);
        out->tax = sqlite3_column_int64(q, 11);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_import_number_taken(const char *number)
{
    DB_STATEMENT(st, "SELECT EXISTS (SELECT 1 FROM orders WHERE number = ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, number);
    int rc = sqlite3_step(q), taken = rc == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_reset(q);
    return taken;
}

/* The first line of an address block, for the order's ship-to label. */
static void first_line(const char *text, char *out, size_t size)
{
    size_t n = utf8_fit(text, strcspn(text, "\r\n"), size - 1);
    memcpy(out, text, n);
    out[n] = '\0';
}

int store_import_order_insert(const struct import_order_row *o, const char *erp_no, int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO orders (company_id, number, erp_order_no, status, channel, po_number, currency,"
        "                    subtotal_cents, shipping_cents, tax_cents, total_cents, ship_to_label, ship_to_text,"
        "                    placed_at, updated_at)"
        " VALUES (?1, ?2, ?3, 'draft', ?5, ?6, ?7, 0, ?8, ?9, ?8 + ?9, ?10, ?11, ?12, ?13)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    char label[128];
    first_line(o->ship_to_text, label, sizeof label);
    sqlite3_bind_int64(q, 1, o->company_id);
    db_bind_text(q, 2, o->number);
    db_bind_text(q, 3, erp_no);
    db_bind_text(q, 5, o->channel);
    db_bind_text(q, 6, o->po_number);
    db_bind_text(q, 7, o->currency);
    sqlite3_bind_int64(q, 8, o->shipping);
    sqlite3_bind_int64(q, 9, o->tax);
    db_bind_text(q, 10, label);
    db_bind_text(q, 11, o->ship_to_text);
    sqlite3_bind_int64(q, 12, o->placed_at);
    sqlite3_bind_int64(q, 13, now);
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_import_order_update(const struct import_order_row *o, int64_t now)
{
    DB_STATEMENT(st, "UPDATE orders SET channel = ?2, po_number = ?4, ship_to_label = ?5, ship_to_text = ?6,"
        "       currency = ?7, placed_at = ?8, shipping_cents = ?9, tax_cents = ?10,"
        "       total_cents = subtotal_cents + ?9 + ?10, updated_at = ?11"
        " WHERE id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    char label[128];
    first_line(o->ship_to_text, label, sizeof label);
    sqlite3_bind_int64(q, 1, o->id);
    db_bind_text(q, 2, o->channel);
    db_bind_text(q, 4, o->po_number);
    db_bind_text(q, 5, label);
    db_bind_text(q, 6, o->ship_to_text);
    db_bind_text(q, 7, o->currency);
    sqlite3_bind_int64(q, 8, o->placed_at);
    sqlite3_bind_int64(q, 9, o->shipping);
    sqlite3_bind_int64(q, 10, o->tax);
    sqlite3_bind_int64(q, 11, now);
    return changed_one(q) == 1 ? 0 : -1;
}

int store_import_order_totals(int64_t order_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE orders SET subtotal_cents = s.sub, total_cents = s.sub + shipping_cents + tax_cents, updated_at = ?2"
        "  FROM (SELECT COALESCE(SUM(line_total_cents), 0) AS sub FROM order_lines WHERE order_id = ?1) AS s"
        " WHERE id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, now);
    return changed_one(q) == 1 ? 0 : -1;
}

int store_import_line_find(int64_t order_id, int line_no, struct import_line_row *out)
{
    DB_STATEMENT(st, "SELECT id, line_no, COALESCE(product_id, 0), sku, name, unit, quantity, quantity_shipped, unit_price_cents"
        "  FROM order_lines WHERE order_id = ? AND line_no = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int(q, 2, line_no);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        memset(out, 0, sizeof *out);
        out->id = sqlite3_column_int64(q, 0);
        out->line_no = sqlite3_column_int(q, 1);
        out->product_id = sqlite3_column_int64(q, 2);
        DB_COPY(out->sku, q, 3);
        DB_COPY(out->name, q, 4);
        DB_COPY(out->unit, q, 5);
        out->quantity = sqlite3_column_int64(q, 6);
        out->quantity_shipped = sqlite3_column_int64(q, 7);
        out->unit_price = sqlite3_column_int64(q, 8);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

static void bind_line(sqlite3_stmt *q, const struct import_line_row *l)
{
    if (l->product_id > 0) sqlite3_bind_int64(q, 3, l->product_id);
    else sqlite3_bind_null(q, 3);
    db_bind_text(q, 4, l->sku);
    db_bind_text(q, 5, l->name);
    db_bind_text(q, 6, l->unit);
    sqlite3_bind_int64(q, 7, l->quantity);
    sqlite3_bind_int64(q, 8, l->quantity_shipped);
    sqlite3_bind_int64(q, 9, l->unit_price);
    sqlite3_bind_int64(q, 10, l->quantity * l->unit_price);
}

int store_import_line_insert(int64_t order_id, int64_t company_id, const struct import_line_row *l)
{
    DB_STATEMENT(st, "INSERT INTO order_lines (order_id, company_id, product_id, sku, name, unit, quantity, quantity_shipped,"
        "                         unit_price_cents, line_total_cents, line_no)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    bind_line(q, l);
    sqlite3_bind_int(q, 11, l->line_no);
    return db_step_done(q);
}

int store_import_line_update(const struct import_line_row *l)
{
    DB_STATEMENT(st, "UPDATE order_lines SET product_id = ?3, sku = ?4, name = ?5, unit = ?6, quantity = ?7,"
        "       quantity_shipped = ?8, unit_price_cents = ?9, line_total_cents = ?10"
        " WHERE id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, l->id);
    bind_line(q, l);
    return changed_one(q) == 1 ? 0 : -1;
}

int store_import_product(const char *sku, int64_t *id, char *name, size_t name_size, char *unit, size_t unit_size)
{
    DB_STATEMENT(st, "SELECT id, name, unit_of_measure FROM products WHERE sku = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, sku);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(q, 0);
        db_copy_text(name, name_size, q, 1);
        db_copy_text(unit, unit_size, q, 2);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_import_line_numbers(int64_t order_id, int *out, int max)
{
    DB_STATEMENT(st, "SELECT line_no FROM order_lines WHERE order_id = ? ORDER BY line_no");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) out[n++] = sqlite3_column_int(q, 0);
    int ok = n == max || rc == SQLITE_DONE;
    sqlite3_reset(q);
    return ok ? n : -1;
}

int store_import_line_remove(int64_t order_id, int line_no)
{
    DB_STATEMENT(st, "DELETE FROM order_lines WHERE order_id = ?1 AND line_no = ?2"
        " AND NOT EXISTS (SELECT 1 FROM shipment_lines sl WHERE sl.order_line_id = order_lines.id)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int(q, 2, line_no);
    return changed_one(q);
}
