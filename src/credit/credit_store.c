/* Account credit's SQL (credit_store.h). */
#include "credit/credit_store.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/staff_scope_store.h"

#define ACCOUNT_COLUMNS "company_id, currency, credit_limit_cents, terms_kind, terms_days, terms_note, terms_unmapped," \
    " on_hold, hold_reason, over_limit, due_reminder_days, temporary_until, base_limit_cents"

int store_credit_account(int64_t company_id, struct credit_account *out)
{
    DB_STATEMENT(st, "SELECT " ACCOUNT_COLUMNS " FROM credit_accounts WHERE company_id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        out->company_id = sqlite3_column_int64(q, 0);
        DB_COPY(out->currency, q, 1);
        out->limit = sqlite3_column_int64(q, 2);
        DB_COPY(out->terms_kind, q, 3);
        out->terms_days = sqlite3_column_int(q, 4);
        DB_COPY(out->terms_note, q, 5);
        out->terms_unmapped = sqlite3_column_int(q, 6);
        out->on_hold = sqlite3_column_int(q, 7);
        DB_COPY(out->hold_reason, q, 8);
        DB_COPY(out->over_limit, q, 9);
        out->due_reminder_days = sqlite3_column_int(q, 10);
        DB_COPY(out->temporary_until, q, 11);
        out->base_limit = sqlite3_column_int64(q, 12);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

static void bind_account(sqlite3_stmt *q, const struct credit_account *a, int64_t now)
{
    sqlite3_bind_int64(q, 1, a->company_id);
    db_bind_text(q, 2, a->currency);
    sqlite3_bind_int64(q, 3, a->limit);
    db_bind_text(q, 4, a->terms_kind);
    sqlite3_bind_int(q, 5, a->terms_days);
    db_bind_text(q, 6, a->terms_note);
    sqlite3_bind_int(q, 7, a->terms_unmapped);
    sqlite3_bind_int(q, 8, a->on_hold);
    db_bind_text(q, 9, a->hold_reason);
    db_bind_text(q, 10, a->over_limit);
    sqlite3_bind_int(q, 11, a->due_reminder_days);
    db_bind_text(q, 12, a->temporary_until);
    sqlite3_bind_int64(q, 13, a->base_limit);
    sqlite3_bind_int64(q, 14, now);
}

int store_credit_account_create(const struct credit_account *a, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO credit_accounts (" ACCOUNT_COLUMNS ", created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_account(q, a, now);
    return db_step_done(q);
}

int store_credit_account_update(const struct credit_account *a, int64_t now)
{
    DB_STATEMENT(st, "UPDATE credit_accounts SET currency = ?2, credit_limit_cents = ?3, terms_kind = ?4,"
        " terms_days = ?5, terms_note = ?6, terms_unmapped = ?7, on_hold = ?8, hold_reason = ?9, over_limit = ?10,"
        " due_reminder_days = ?11, temporary_until = ?12, base_limit_cents = ?13, updated_at = ?14"
        " WHERE company_id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    bind_account(q, a, now);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : -1;
}

static void read_figures(sqlite3_stmt *q, int col, struct credit_figures *f)
{
    f->balance = sqlite3_column_int64(q, col);
    f->reserved = sqlite3_column_int64(q, col + 1);
    f->limit = sqlite3_column_int64(q, col + 2);
}

static int one_figures(sqlite3_stmt *q, struct credit_figures *out)
{
    int rc = sqlite3_step(q);
    memset(out, 0, sizeof *out);
    if (rc == SQLITE_ROW) read_figures(q, 0, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_credit_last(int64_t company_id, struct credit_figures *out)
{
    DB_STATEMENT(st, "SELECT balance_after, reserved_after, limit_after FROM credit_ledger"
        " WHERE company_id = ?1 ORDER BY id DESC LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    return one_figures(q, out);
}

int store_credit_figures_at(int64_t company_id, int64_t at, struct credit_figures *out)
{
    DB_STATEMENT(st, "SELECT balance_after, reserved_after, limit_after FROM credit_ledger"
        " WHERE company_id = ?1 AND at <= ?2 ORDER BY at DESC, id DESC LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, at);
    return one_figures(q, out);
}

static void bind_id_or_null(sqlite3_stmt *q, int idx, int64_t id)
{
    if (id > 0) sqlite3_bind_int64(q, idx, id);
    else sqlite3_bind_null(q, idx);
}

int store_credit_ledger_insert(const struct credit_ledger_new *r, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO credit_ledger (company_id, at, kind, amount_cents, order_id, invoice_id, reference,"
        " note, actor_label, balance_after, reserved_after, limit_after)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, r->company_id);
    sqlite3_bind_int64(q, 2, r->at);
    db_bind_text(q, 3, r->kind);
    sqlite3_bind_int64(q, 4, r->amount);
    bind_id_or_null(q, 5, r->order_id);
    bind_id_or_null(q, 6, r->invoice_id);
    db_bind_text(q, 7, r->reference ? r->reference : "");
    db_bind_text(q, 8, r->note ? r->note : "");
    db_bind_text(q, 9, r->actor_label ? r->actor_label : "");
    sqlite3_bind_int64(q, 10, r->after.balance);
    sqlite3_bind_int64(q, 11, r->after.reserved);
    sqlite3_bind_int64(q, 12, r->after.limit);
    if (db_step_done(q) != 0) return -1;
    if (id) *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

#define LEDGER_COLUMNS "id, at, kind, amount_cents, COALESCE(order_id, 0), COALESCE(invoice_id, 0), reference, note," \
    " actor_label, balance_after, reserved_after, limit_after"

static int read_ledger(sqlite3_stmt *q, struct credit_ledger_row *out, int max)
{
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct credit_ledger_row *r = &out[n++];
        r->id = sqlite3_column_int64(q, 0);
        r->at = sqlite3_column_int64(q, 1);
        DB_COPY(r->kind, q, 2);
        r->amount = sqlite3_column_int64(q, 3);
        r->order_id = sqlite3_column_int64(q, 4);
        r->invoice_id = sqlite3_column_int64(q, 5);
        DB_COPY(r->reference, q, 6);
        DB_COPY(r->note, q, 7);
        DB_COPY(r->actor_label, q, 8);
        read_figures(q, 9, &r->after);
    }
    return db_list_end(q, rc, n);
}

int store_credit_ledger_rows(int64_t company_id, int64_t after_id, struct credit_ledger_row *out, int max)
{
    DB_STATEMENT(st, "SELECT " LEDGER_COLUMNS " FROM credit_ledger WHERE company_id = ?1 AND id > ?2"
        " ORDER BY id LIMIT ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, after_id);
    sqlite3_bind_int(q, 3, max);
    return read_ledger(q, out, max);
}

int store_credit_ledger_recent(int64_t company_id, struct credit_ledger_row *out, int max)
{
    DB_STATEMENT(st, "SELECT " LEDGER_COLUMNS " FROM credit_ledger WHERE company_id = ?1 ORDER BY id DESC LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    return read_ledger(q, out, max);
}

int store_credit_order(int64_t company_id, int64_t order_id, struct credit_order *out)
{
    DB_STATEMENT(st, "SELECT id, total_cents, shipping_cents, tax_rate_bp, number, payment_method, status, credit_review"
        " FROM orders WHERE id = ?1 AND company_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        out->id = sqlite3_column_int64(q, 0);
        out->total = sqlite3_column_int64(q, 1);
        out->shipping = sqlite3_column_int64(q, 2);
        out->tax_rate_bp = sqlite3_column_int64(q, 3);
        DB_COPY(out->number, q, 4);
        DB_COPY(out->payment_method, q, 5);
        DB_COPY(out->status, q, 6);
        out->credit_review = sqlite3_column_int(q, 7);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_credit_order_flag_review(int64_t company_id, int64_t order_id, int review)
{
    DB_STATEMENT(st, "UPDATE orders SET credit_review = ?3 WHERE id = ?1 AND company_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int(q, 3, review);
    return db_step_done(q);
}

static int one_int64(sqlite3_stmt *q, int64_t *out)
{
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *out = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 0 : -1;
}

int store_credit_order_reserved(int64_t company_id, int64_t order_id, int64_t *left)
{
    DB_STATEMENT(st, "SELECT COALESCE(SUM(amount_cents), 0) FROM credit_ledger"
        " WHERE order_id = ?1 AND company_id = ?2 AND kind IN ('reservation', 'release')");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    return one_int64(q, left);
}

int store_credit_uninvoiced_shipments(int64_t company_id, int64_t order_id, int64_t until, int64_t *ids,
                                      int64_t *shipped_at, int max)
{
    DB_STATEMENT(st, "SELECT s.id, s.shipped_at FROM shipments s WHERE s.order_id = ?1 AND s.company_id = ?2"
        " AND s.shipped_at <= ?4 AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.shipment_id = s.id)"
        " ORDER BY s.shipped_at, s.id LIMIT ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int(q, 3, max);
    sqlite3_bind_int64(q, 4, until);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        ids[n] = sqlite3_column_int64(q, 0);
        shipped_at[n++] = sqlite3_column_int64(q, 1);
    }
    return db_list_end(q, rc, n);
}

int store_credit_shipment_value(int64_t shipment_id, int64_t *value)
{
    DB_STATEMENT(st, "SELECT COALESCE(SUM(sl.quantity * l.unit_price_cents), 0) FROM shipment_lines sl"
        " JOIN order_lines l ON l.id = sl.order_line_id WHERE sl.shipment_id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, shipment_id);
    return one_int64(q, value);
}

int store_credit_order_invoiced(int64_t company_id, int64_t order_id, int64_t *sum, int *count)
{
    DB_STATEMENT(st, "SELECT COALESCE(SUM(amount_cents), 0), COUNT(*) FROM invoices WHERE order_id = ?1 AND company_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    sqlite3_bind_int64(q, 2, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        *sum = sqlite3_column_int64(q, 0);
        *count = sqlite3_column_int(q, 1);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 0 : -1;
}

int store_credit_order_units(int64_t order_id, int64_t *ordered, int64_t *shipped)
{
    DB_STATEMENT(st, "SELECT COALESCE(SUM(quantity), 0), COALESCE(SUM(quantity_shipped), 0) FROM order_lines"
        " WHERE order_id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, order_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        *ordered = sqlite3_column_int64(q, 0);
        *shipped = sqlite3_column_int64(q, 1);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 0 : -1;
}

int store_credit_invoice_insert(const struct credit_invoice_new *in, int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO invoices (company_id, number, order_id, shipment_id, source, amount_cents, paid_cents,"
        " issued_on, due_on, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, in->company_id);
    db_bind_text(q, 2, in->number);
    bind_id_or_null(q, 3, in->order_id);
    bind_id_or_null(q, 4, in->shipment_id);
    db_bind_text(q, 5, in->source);
    sqlite3_bind_int64(q, 6, in->amount);
    sqlite3_bind_int64(q, 7, in->paid);
    db_bind_text(q, 8, in->issued_on);
    db_bind_text(q, 9, in->due_on);
    sqlite3_bind_int64(q, 10, now);
    if (db_step_done(q) != 0) return -1;
    if (id) *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

#define INVOICE_COLUMNS "i.id, COALESCE(i.order_id, 0), COALESCE(i.shipment_id, 0), i.amount_cents, i.paid_cents," \
    " i.number, COALESCE(o.number, ''), i.source, i.issued_on, i.due_on"
#define INVOICE_FROM " FROM invoices i LEFT JOIN orders o ON o.id = i.order_id"

static void read_invoice(sqlite3_stmt *q, struct credit_invoice *r)
{
    r->id = sqlite3_column_int64(q, 0);
    r->order_id = sqlite3_column_int64(q, 1);
    r->shipment_id = sqlite3_column_int64(q, 2);
    r->amount = sqlite3_column_int64(q, 3);
    r->paid = sqlite3_column_int64(q, 4);
    DB_COPY(r->number, q, 5);
    DB_COPY(r->order_number, q, 6);
    DB_COPY(r->source, q, 7);
    DB_COPY(r->issued_on, q, 8);
    DB_COPY(r->due_on, q, 9);
}

static int read_invoices(sqlite3_stmt *q, struct credit_invoice *out, int max)
{
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) read_invoice(q, &out[n++]);
    return db_list_end(q, rc, n);
}

static int one_invoice(sqlite3_stmt *q, struct credit_invoice *out)
{
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) read_invoice(q, out);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_credit_invoice_by_number(int64_t company_id, const char *number, struct credit_invoice *out)
{
    DB_STATEMENT(st, "SELECT " INVOICE_COLUMNS INVOICE_FROM " WHERE i.number = ?1 AND i.company_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, number);
    sqlite3_bind_int64(q, 2, company_id);
    return one_invoice(q, out);
}

int store_credit_invoice_get(int64_t company_id, int64_t id, struct credit_invoice *out)
{
    DB_STATEMENT(st, "SELECT " INVOICE_COLUMNS INVOICE_FROM " WHERE i.id = ?1 AND i.company_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    sqlite3_bind_int64(q, 2, company_id);
    return one_invoice(q, out);
}

int store_credit_open_invoices(int64_t company_id, struct credit_invoice *out, int max)
{
    DB_STATEMENT(st, "SELECT " INVOICE_COLUMNS INVOICE_FROM " WHERE i.company_id = ?1 AND i.paid_cents < i.amount_cents"
        " ORDER BY i.due_on, i.id LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    return read_invoices(q, out, max);
}

#define INVOICE_FILTER " WHERE i.company_id = ?1 AND (?2 = '' OR (?2 = 'paid' AND i.paid_cents >= i.amount_cents)" \
    " OR (?2 = 'open' AND i.paid_cents < i.amount_cents)" \
    " OR (?2 = 'overdue' AND i.paid_cents < i.amount_cents AND i.due_on < ?3))"

int store_credit_invoices(int64_t company_id, const char *status, const char *today, int offset,
                          struct credit_invoice *out, int max, int *total)
{
    DB_STATEMENT(count, "SELECT COUNT(*) FROM invoices i" INVOICE_FILTER);
    DB_STATEMENT(st, "SELECT " INVOICE_COLUMNS INVOICE_FROM INVOICE_FILTER
        " ORDER BY i.issued_on DESC, i.id DESC LIMIT ?4 OFFSET ?5");
    sqlite3_stmt *c = db_use(&count);
    if (!c) return -1;
    sqlite3_bind_int64(c, 1, company_id);
    db_bind_text(c, 2, status);
    db_bind_text(c, 3, today);
    int64_t n = 0;
    if (one_int64(c, &n) != 0) return -1;
    *total = (int)n;
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, status);
    db_bind_text(q, 3, today);
    sqlite3_bind_int(q, 4, max);
    sqlite3_bind_int(q, 5, offset);
    return read_invoices(q, out, max);
}

int store_credit_invoice_pay(int64_t company_id, int64_t invoice_id, int64_t amount, int64_t now)
{
    DB_STATEMENT(st, "UPDATE invoices SET paid_cents = paid_cents + ?3, updated_at = ?4"
        " WHERE id = ?1 AND company_id = ?2 AND paid_cents + ?3 <= amount_cents");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, invoice_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int64(q, 3, amount);
    sqlite3_bind_int64(q, 4, now);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 1 : 0;
}

int store_credit_allocation_insert(int64_t ledger_id, int64_t invoice_id, int64_t company_id, int64_t amount)
{
    DB_STATEMENT(st, "INSERT INTO credit_allocations (ledger_id, invoice_id, company_id, amount_cents) VALUES (?1, ?2, ?3, ?4)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, ledger_id);
    sqlite3_bind_int64(q, 2, invoice_id);
    sqlite3_bind_int64(q, 3, company_id);
    sqlite3_bind_int64(q, 4, amount);
    return db_step_done(q);
}

int store_credit_shipment_lines(int64_t company_id, int64_t shipment_id, struct credit_invoice_line *out, int max)
{
    DB_STATEMENT(st, "SELECT l.sku, l.name, sl.quantity, l.unit_price_cents, sl.quantity * l.unit_price_cents"
        " FROM shipment_lines sl JOIN order_lines l ON l.id = sl.order_line_id JOIN shipments s ON s.id = sl.shipment_id"
        " WHERE sl.shipment_id = ?1 AND s.company_id = ?2 ORDER BY l.line_no LIMIT ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, shipment_id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int(q, 3, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct credit_invoice_line *l = &out[n++];
        DB_COPY(l->sku, q, 0);
        DB_COPY(l->name, q, 1);
        l->quantity = sqlite3_column_int64(q, 2);
        l->unit_price = sqlite3_column_int64(q, 3);
        l->total = sqlite3_column_int64(q, 4);
    }
    return db_list_end(q, rc, n);
}

int store_credit_temporary_ended(const char *today, int64_t *company_ids, int max)
{
    DB_STATEMENT(st, "SELECT company_id FROM credit_accounts WHERE temporary_until <> '' AND temporary_until < ?1"
        " ORDER BY company_id LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, today);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) company_ids[n++] = sqlite3_column_int64(q, 0);
    return db_list_end(q, rc, n);
}

int store_bo_credit_exposure(const struct staff_scope *scope, const char *today, struct credit_exposure *out, int max)
{
    DB_STATEMENT(st, "SELECT a.company_id, c.name, a.currency, a.on_hold, a.terms_unmapped, a.terms_note,"
        " COALESCE(l.balance_after, 0), COALESCE(l.reserved_after, 0), COALESCE(l.limit_after, a.credit_limit_cents),"
        " (SELECT COALESCE(SUM(i.amount_cents - i.paid_cents), 0) FROM invoices i"
        "   WHERE i.company_id = a.company_id AND i.paid_cents < i.amount_cents AND i.due_on < ?1) AS overdue"
        " FROM credit_accounts a JOIN companies c ON c.id = a.company_id"
        " LEFT JOIN credit_ledger l ON l.id = (SELECT MAX(x.id) FROM credit_ledger x WHERE x.company_id = a.company_id)"
        " WHERE" STAFF_SCOPE_COMPANY("c")
        " ORDER BY overdue DESC,"
        " CASE WHEN COALESCE(l.limit_after, 0) > 0"
        "   THEN (COALESCE(l.balance_after, 0) + COALESCE(l.reserved_after, 0)) * 1000 / l.limit_after ELSE 0 END DESC,"
        " c.name LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    db_bind_text(q, 1, today);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct credit_exposure *e = &out[n++];
        e->company_id = sqlite3_column_int64(q, 0);
        DB_COPY(e->company_name, q, 1);
        DB_COPY(e->currency, q, 2);
        e->on_hold = sqlite3_column_int(q, 3);
        e->terms_unmapped = sqlite3_column_int(q, 4);
        DB_COPY(e->terms_note, q, 5);
        read_figures(q, 6, &e->figures);
        e->overdue = sqlite3_column_int64(q, 9);
    }
    return db_list_end(q, rc, n);
}

int store_credit_company_currency(int64_t company_id, char *out, size_t size)
{
    DB_STATEMENT(st, "SELECT currency FROM companies WHERE id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) db_copy_text(out, size, q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_bo_credit_company(const struct staff_scope *scope, int64_t company_id, char *name, size_t size)
{
    DB_STATEMENT(st, "SELECT c.name FROM companies c WHERE c.id = ?1 AND" STAFF_SCOPE_COMPANY("c"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) db_copy_text(name, size, q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

static int read_people(sqlite3_stmt *q, struct credit_person *out, int max)
{
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].user_id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].name, q, 1);
        DB_COPY(out[n].email, q, 2);
        n++;
    }
    return db_list_end(q, rc, n);
}

int store_credit_viewers(int64_t company_id, unsigned bit, struct credit_person *out, int max)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.email FROM memberships m JOIN roles r ON r.id = m.role_id"
        " JOIN users u ON u.id = m.user_id WHERE m.company_id = ?1 AND m.status = 'active' AND u.status = 'active'"
        " AND (r.permissions & ?2) <> 0 ORDER BY u.name, u.id LIMIT ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, bit);
    sqlite3_bind_int(q, 3, max);
    return read_people(q, out, max);
}

int store_credit_staff_contacts(int64_t company_id, struct credit_person *out, int max)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.email FROM companies c JOIN users u ON u.id = c.account_manager_id"
        " WHERE c.id = ?1 AND u.status = 'active'"
        " UNION ALL SELECT u.id, u.name, u.email FROM seller_staff s JOIN users u ON u.id = s.user_id"
        " WHERE s.staff_role = 'admin' AND u.status = 'active'"
        " AND NOT EXISTS (SELECT 1 FROM companies c JOIN users m ON m.id = c.account_manager_id"
        "                 WHERE c.id = ?1 AND m.status = 'active')"
        " LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    return read_people(q, out, max);
}

int store_bo_credit_review_orders(const struct staff_scope *scope, struct credit_review_order *out, int max)
{
    DB_STATEMENT(st, "SELECT o.id, o.company_id, o.total_cents, o.placed_at, o.number, c.name, o.currency"
        " FROM orders o JOIN companies c ON c.id = o.company_id WHERE o.status = 'credit_review' AND"
        STAFF_SCOPE_COMPANY("c") " ORDER BY o.placed_at, o.id LIMIT ?1");
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct credit_review_order *o = &out[n++];
        o->id = sqlite3_column_int64(q, 0);
        o->company_id = sqlite3_column_int64(q, 1);
        o->total = sqlite3_column_int64(q, 2);
        o->placed_at = sqlite3_column_int64(q, 3);
        DB_COPY(o->number, q, 4);
        DB_COPY(o->company_name, q, 5);
        DB_COPY(o->currency, q, 6);
    }
    return db_list_end(q, rc, n);
}

int store_credit_company_by_account(const char *account, int64_t *company_id)
{
    DB_STATEMENT(st, "SELECT id FROM companies WHERE erp_account_no = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, account);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) *company_id = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_credit_invoice_any(const char *number, int64_t *company_id, struct credit_invoice *out)
{
    DB_STATEMENT(st, "SELECT " INVOICE_COLUMNS ", i.company_id" INVOICE_FROM " WHERE i.number = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, number);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        read_invoice(q, out);
        *company_id = sqlite3_column_int64(q, 10);
    }
    sqlite3_reset(q);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_credit_invoice_update(int64_t company_id, int64_t id, int64_t amount, int64_t paid, const char *issued_on,
                                const char *due_on, int64_t now)
{
    DB_STATEMENT(st, "UPDATE invoices SET amount_cents = ?3, paid_cents = ?4, issued_on = ?5, due_on = ?6, updated_at = ?7"
        " WHERE id = ?1 AND company_id = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    sqlite3_bind_int64(q, 2, company_id);
    sqlite3_bind_int64(q, 3, amount);
    sqlite3_bind_int64(q, 4, paid);
    db_bind_text(q, 5, issued_on);
    db_bind_text(q, 6, due_on);
    sqlite3_bind_int64(q, 7, now);
    return db_step_done(q);
}

int store_credit_invoices_open_sum(int64_t company_id, int64_t *sum)
{
    DB_STATEMENT(st, "SELECT COALESCE(SUM(amount_cents - paid_cents), 0) FROM invoices WHERE company_id = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    return one_int64(q, sum);
}

int store_credit_invoices_export(int (*row)(void *ctx, const char *number, const char *account, const char *issued_on,
                                            const char *due_on, int64_t amount, int64_t paid),
                                 void *ctx)
{
    DB_STATEMENT(st, "SELECT i.number, COALESCE(c.erp_account_no, ''), i.issued_on, i.due_on, i.amount_cents, i.paid_cents"
        " FROM invoices i JOIN companies c ON c.id = i.company_id ORDER BY i.number");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (row(ctx, db_column_text(q, 0), db_column_text(q, 1), db_column_text(q, 2), db_column_text(q, 3),
                sqlite3_column_int64(q, 4), sqlite3_column_int64(q, 5)) != 0) {
            sqlite3_reset(q);
            return -1;
        }
    }
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 0 : -1;
}

int store_credit_invoices_to_remind(const char *today, const char *until, struct credit_remind_invoice *out, int max)
{
    DB_STATEMENT(st, "SELECT i.id, i.company_id, i.amount_cents, i.paid_cents, a.due_reminder_days, i.number, i.due_on,"
        " a.currency FROM invoices i JOIN credit_accounts a ON a.company_id = i.company_id"
        " WHERE i.paid_cents < i.amount_cents AND i.due_on <= ?2"
        " AND ((i.due_on < ?1 AND i.overdue_mailed = 0) OR (i.due_on >= ?1 AND i.due_reminded = 0 AND a.due_reminder_days > 0))"
        " ORDER BY i.due_on, i.id LIMIT ?3");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, today);
    db_bind_text(q, 2, until);
    sqlite3_bind_int(q, 3, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct credit_remind_invoice *r = &out[n++];
        r->id = sqlite3_column_int64(q, 0);
        r->company_id = sqlite3_column_int64(q, 1);
        r->amount = sqlite3_column_int64(q, 2);
        r->paid = sqlite3_column_int64(q, 3);
        r->reminder_days = sqlite3_column_int(q, 4);
        DB_COPY(r->number, q, 5);
        DB_COPY(r->due_on, q, 6);
        DB_COPY(r->currency, q, 7);
    }
    return db_list_end(q, rc, n);
}

int store_credit_invoice_mark(int64_t id, int overdue)
{
    DB_STATEMENT(due, "UPDATE invoices SET due_reminded = 1 WHERE id = ?1");
    DB_STATEMENT(late, "UPDATE invoices SET overdue_mailed = 1, due_reminded = 1 WHERE id = ?1");
    sqlite3_stmt *q = db_use(overdue ? &late : &due);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    return db_step_done(q);
}

int store_credit_payment_known(int64_t company_id, const char *reference)
{
    DB_STATEMENT(st, "SELECT 1 FROM credit_ledger WHERE company_id = ?1 AND kind = 'payment' AND reference = ?2 LIMIT 1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, reference);
    return db_step_exists(q);
}
