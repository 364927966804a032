#include "accounts/accounts_store.h"

#include <stdio.h>

#include "base/db.h"
#include "base/staff_scope_store.h"

/* Copies a text column into a fixed buffer (cut to fit). */

/* One row or none: reads what a lookup returned and resets the statement,
 * so no read snapshot outlives the call (a later BEGIN IMMEDIATE could
 * otherwise fail on a stale snapshot). */
static int single_row(sqlite3_stmt *q, int rc)
{
    int result = rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
    sqlite3_reset(q);
    return result;
}

/* Rows of (id, name, email) into out; the count, or -1. */
static int read_people(sqlite3_stmt *q, struct person *out, int max)
{
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].user_id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].name, q, 1);
        DB_COPY(out[n].email, q, 2);
        n++;
    }
    if (n < max && rc != SQLITE_DONE) n = -1;
    sqlite3_reset(q);
    return n;
}

int store_company_file(int64_t company_id, struct company_file *out)
{
    DB_STATEMENT(st, "SELECT c.name, c.tax_id, COALESCE(c.erp_account_no, ''), c.payment_terms, c.price_list_name,"
        "       COALESCE(u.name, ''), COALESCE(u.email, ''), COALESCE(u.phone, '')"
        "  FROM companies c LEFT JOIN users u ON u.id = c.account_manager_id"
        " WHERE c.id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        DB_COPY(out->name, q, 0);
        DB_COPY(out->tax_id, q, 1);
        DB_COPY(out->erp_account_no, q, 2);
        DB_COPY(out->payment_terms, q, 3);
        DB_COPY(out->price_list_name, q, 4);
        DB_COPY(out->manager_name, q, 5);
        DB_COPY(out->manager_email, q, 6);
        DB_COPY(out->manager_phone, q, 7);
    }
    return single_row(q, rc);
}

int store_company_admins(int64_t company_id, struct person *out, int max)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id"
        " WHERE m.company_id = ? AND m.role_id = ? AND m.status = 'active' AND u.status = 'active'"
        " ORDER BY u.name, u.id LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, ROLE_ADMINISTRATOR_ID);
    sqlite3_bind_int(q, 3, max);
    return read_people(q, out, max);
}

int store_change_requests_list(int64_t company_id, struct change_request *out, int max)
{
    DB_STATEMENT(st, "SELECT r.created_at, u.name, r.message, r.status"
        "  FROM company_change_requests r JOIN users u ON u.id = r.user_id"
        " WHERE r.company_id = ? ORDER BY r.created_at DESC, r.id DESC LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        struct change_request *r = &out[n++];
        r->created_at = sqlite3_column_int64(q, 0);
        DB_COPY(r->author, q, 1);
        DB_COPY(r->message, q, 2);
        DB_COPY(r->status, q, 3);
    }
    if (n < max && rc != SQLITE_DONE) n = -1;
    sqlite3_reset(q);
    return n;
}

int64_t store_change_request_add(int64_t company_id, int64_t user_id, const char *message, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO company_change_requests (company_id, user_id, message, created_at) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    db_bind_text(q, 3, message);
    sqlite3_bind_int64(q, 4, now);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_last_insert_rowid(db_handle());
}

int store_change_request_recipients(int64_t company_id, struct person *out, int max)
{
    DB_STATEMENT(admins_st, "SELECT u.id, u.name, u.email FROM seller_staff s JOIN users u ON u.id = s.user_id"
        " WHERE s.staff_role = 'admin' AND u.status = 'active' ORDER BY u.id LIMIT ?");
    DB_STATEMENT(manager_st, "SELECT u.id, u.name, u.email FROM companies c JOIN users u ON u.id = c.account_manager_id"
        " WHERE c.id = ? AND u.status = 'active'");
    sqlite3_stmt *q = db_use(&manager_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    int n = read_people(q, out, max);
    if (n != 0) return n;

    q = db_use(&admins_st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, max);
    return read_people(q, out, max);
}

int store_staff_options(struct staff_option *out, int max)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, s.staff_role FROM seller_staff s JOIN users u ON u.id = s.user_id"
        " WHERE u.status = 'active' ORDER BY u.name, u.id LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0, rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        out[n].user_id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].name, q, 1);
        DB_COPY(out[n].staff_role, q, 2);
        n++;
    }
    if (n < max && rc != SQLITE_DONE) n = -1;
    sqlite3_reset(q);
    return n;
}

int store_staff_is_active(int64_t user_id)
{
    DB_STATEMENT(st, "SELECT 1 FROM seller_staff s JOIN users u ON u.id = s.user_id WHERE s.user_id = ? AND u.status = 'active'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    return db_step_exists(q);
}

int store_erp_account_taken(const char *erp_account_no)
{
    DB_STATEMENT(st, "SELECT 1 FROM companies WHERE erp_account_no = ? COLLATE NOCASE LIMIT 1");
    /* NOCASE: "c-100042" typed by hand is the same ERP account. */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, erp_account_no);
    return db_step_exists(q);
}

int store_user_email_taken(const char *email)
{
    DB_STATEMENT(st, "SELECT 1 FROM users WHERE email = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    return db_step_exists(q);
}

static int insert_company(const struct new_company *c, int64_t now, int64_t *company_id)
{
    DB_STATEMENT(st, "INSERT INTO companies (name, erp_account_no, tax_id, status, payment_terms, account_manager_id, created_at)"
        " VALUES (?, ?, ?, 'active', ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, c->name);
    /* NULL, not "": the UNIQUE column allows many companies without one. */
    if (c->erp_account_no && c->erp_account_no[0]) db_bind_text(q, 2, c->erp_account_no);
    else sqlite3_bind_null(q, 2);
    db_bind_text(q, 3, c->tax_id);
    db_bind_text(q, 4, c->payment_terms);
    if (c->account_manager_id) sqlite3_bind_int64(q, 5, c->account_manager_id);
    else sqlite3_bind_null(q, 5);
    sqlite3_bind_int64(q, 6, now);
    if (db_step_done(q) != 0) return -1;
    *company_id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

static int insert_root_unit(int64_t company_id, const char *name, int64_t now, int64_t *unit_id)
{
    DB_STATEMENT(st, "INSERT INTO business_units (company_id, parent_id, name, kind, created_at) VALUES (?, NULL, ?, 'company', ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, name);
    sqlite3_bind_int64(q, 3, now);
    if (db_step_done(q) != 0) return -1;
    *unit_id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_company_create(const struct new_company *c, int64_t now, int64_t *company_id, int64_t *root_unit_id)
{
    if (insert_company(c, now, company_id) != 0) return -1;
    return insert_root_unit(*company_id, c->name, now, root_unit_id);
}

int store_user_create_invited(const char *email, const char *name, int64_t now, int64_t *user_id)
{
    DB_STATEMENT(st, "INSERT INTO users (email, password_hash, name, created_at, email_verified_at) VALUES (?, '!', ?, ?, NULL)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    db_bind_text(q, 2, name);
    sqlite3_bind_int64(q, 3, now);
    if (db_step_done(q) != 0) return -1;
    *user_id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_membership_create(int64_t company_id, int64_t user_id, int64_t role_id, int64_t unit_id, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO memberships (company_id, user_id, role_id, business_unit_id, status, created_at)"
        " VALUES (?, ?, ?, ?, 'active', ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, role_id);
    if (unit_id) sqlite3_bind_int64(q, 4, unit_id); else sqlite3_bind_null(q, 4);
    sqlite3_bind_int64(q, 5, now);
    return db_step_done(q);
}

int store_invitation_view(int64_t user_id, int64_t company_id, struct invitation_view *out)
{
    DB_STATEMENT(st, "SELECT u.name, u.email, c.name FROM users u, companies c"
        " WHERE u.id = ? AND c.id = ? AND u.status = 'active'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    sqlite3_bind_int64(q, 2, company_id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        DB_COPY(out->user_name, q, 0);
        DB_COPY(out->email, q, 1);
        DB_COPY(out->company_name, q, 2);
    }
    return single_row(q, rc);
}

int store_user_accept_invitation(int64_t user_id, const char *password_hash, int64_t now)
{
    DB_STATEMENT(st, "UPDATE users SET password_hash = ?, email_verified_at = COALESCE(email_verified_at, ?)"
        " WHERE id = ? AND status = 'active'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, password_hash);
    sqlite3_bind_int64(q, 2, now);
    sqlite3_bind_int64(q, 3, user_id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : -1;
}

int store_member_can_sign_in(int64_t user_id, int64_t company_id)
{
    DB_STATEMENT(st, "SELECT 1 FROM memberships m JOIN companies c ON c.id = m.company_id"
        " WHERE m.user_id = ? AND m.company_id = ? AND m.status = 'active' AND c.status = 'active'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    sqlite3_bind_int64(q, 2, company_id);
    return db_step_exists(q);
}

int store_bo_company_change_requests_open(const struct staff_scope *scope, struct open_change_request *out, int max)
{
    DB_STATEMENT(st, "SELECT r.id, r.created_at, c.name, u.name, r.message FROM company_change_requests r"
        " JOIN companies c ON c.id = r.company_id JOIN users u ON u.id = r.user_id"
        " WHERE r.status = 'open' AND" STAFF_SCOPE_COMPANY("c") " ORDER BY r.created_at, r.id LIMIT ?1");
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0;
    while (n < max && sqlite3_step(q) == SQLITE_ROW) {
        struct open_change_request *r = &out[n++];
        r->id = sqlite3_column_int64(q, 0);
        r->created_at = sqlite3_column_int64(q, 1);
        DB_COPY(r->company, q, 2);
        DB_COPY(r->author, q, 3);
        DB_COPY(r->message, q, 4);
    }
    return n;
}

int store_bo_company_change_request_done(const struct staff_scope *scope, int64_t id)
{
    DB_STATEMENT(st, "UPDATE company_change_requests SET status = 'done' WHERE id = ?1 AND status = 'open'"
        "   AND" STAFF_SCOPE_COMPANY_ID("company_id"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    sqlite3_bind_int64(q, 1, id);
    if (sqlite3_step(q) != SQLITE_DONE) return -1;
    return sqlite3_changes(db_handle()) == 1;
}
