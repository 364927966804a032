#include "base/companies_store.h"

#include <stdio.h>

#include "base/db.h"
#include "base/staff_scope_store.h"

int store_bo_companies_overview(const struct staff_scope *scope, struct company_overview *out, int max)
{
    DB_STATEMENT(st, "SELECT c.id, c.name, COALESCE(c.erp_account_no, ''), c.status,"
        "  (SELECT COUNT(*) FROM memberships m WHERE m.company_id = c.id AND m.status = 'active'),"
        "  (SELECT COALESCE(MAX(o.placed_at), 0) FROM orders o WHERE o.company_id = c.id)"
        " FROM companies c WHERE" STAFF_SCOPE_COMPANY("c") " ORDER BY c.name LIMIT ?1");
    /* One query with correlated aggregates: no per-company round trips. */
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0, rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW && n < max) {
        struct company_overview *c = &out[n++];
        c->id = sqlite3_column_int64(q, 0);
        DB_COPY(c->name, q, 1);
        DB_COPY(c->erp_account_no, q, 2);
        DB_COPY(c->status, q, 3);
        c->active_members = sqlite3_column_int(q, 4);
        c->last_order_at = sqlite3_column_int64(q, 5);
    }
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? n : -1;
}

int store_bo_companies_count(const struct staff_scope *scope, const char *status)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM companies c WHERE c.status = ?1 AND" STAFF_SCOPE_COMPANY("c"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    db_bind_text(q, 1, status);
    return sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
}

int store_company_account(int64_t company_id, struct company_account *out)
{
    DB_STATEMENT(st, "SELECT c.payment_terms, c.currency, c.credit_limit_cents, COALESCE(u.name, ''), COALESCE(u.email, '')"
        "  FROM companies c LEFT JOIN users u ON u.id = c.account_manager_id WHERE c.id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    DB_COPY(out->payment_terms, q, 0);
    DB_COPY(out->currency, q, 1);
    out->credit_limit_cents = sqlite3_column_int64(q, 2);
    DB_COPY(out->account_manager, q, 3);
    DB_COPY(out->account_manager_email, q, 4);
    return 1;
}

int store_bo_company_name(const struct staff_scope *scope, int64_t company_id, char *name, size_t size)
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

static int read_choices(sqlite3_stmt *q, const struct staff_scope *scope, struct company_choice *out, int max)
{
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].name, q, 1);
        n++;
    }
    sqlite3_reset(q);
    if (n < max && rc != SQLITE_DONE) return -1;
    return n;
}

int store_bo_company_choices(const struct staff_scope *scope, struct company_choice *out, int max)
{
    DB_STATEMENT(st, "SELECT c.id, c.name FROM companies c WHERE" STAFF_SCOPE_COMPANY("c")
        " ORDER BY c.name COLLATE NOCASE, c.id LIMIT ?1");
    return read_choices(db_use(&st), scope, out, max);
}

int store_bo_company_count(const struct staff_scope *scope, int max)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM (SELECT 1 FROM companies c WHERE" STAFF_SCOPE_COMPANY("c") " LIMIT ?1)");
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
    sqlite3_reset(q);
    return n;
}

int store_bo_company_choice(const struct staff_scope *scope, int64_t id, struct company_choice *out)
{
    DB_STATEMENT(st, "SELECT c.id, c.name FROM companies c WHERE c.id = ?2 AND" STAFF_SCOPE_COMPANY("c") " LIMIT ?1");
    sqlite3_stmt *q = db_use(&st);
    if (q) sqlite3_bind_int64(q, 2, id);
    return read_choices(q, scope, out, 1);
}

int store_bo_company_choices_named(const struct staff_scope *scope, const char *text, struct company_choice *out,
                                   int max)
{
    DB_STATEMENT(st, "SELECT c.id, c.name FROM companies c WHERE instr(lower(c.name), lower(?2)) > 0 AND"
        STAFF_SCOPE_COMPANY("c") " ORDER BY c.name = ?2 COLLATE NOCASE DESC, c.name COLLATE NOCASE, c.id LIMIT ?1");
    sqlite3_stmt *q = db_use(&st);
    if (q) db_bind_text(q, 2, text);
    return read_choices(q, scope, out, max);
}
