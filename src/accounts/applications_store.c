#include "accounts/applications_store.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "base/db.h"
#include "base/staff_scope_store.h"

int store_user_email_exists(const char *email, int64_t *user_id, char *name, size_t name_size)
{
    DB_STATEMENT(st, "SELECT id, name FROM users WHERE email = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    *user_id = sqlite3_column_int64(q, 0);
    db_copy_text(name, name_size, q, 1);
    return 1;
}

static int insert_user(const struct registration *r, const char *email, const char *hash, int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO users (email, password_hash, name, job_title, phone, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    db_bind_text(q, 2, hash);
    db_bind_text(q, 3, r->contact_name);
    db_bind_text(q, 4, r->job_title);
    db_bind_text(q, 5, r->phone);
    sqlite3_bind_int64(q, 6, now);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

static int insert_company(const struct registration *r, int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO companies (name, tax_id, status, created_at) VALUES (?, ?, 'pending', ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, r->company_name);
    db_bind_text(q, 2, r->tax_id);
    sqlite3_bind_int64(q, 3, now);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

static int insert_admin_membership(int64_t company_id, int64_t user_id, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO memberships (company_id, user_id, role_id, status, created_at) VALUES (?, ?, 1, 'active', ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, now);
    return db_step_done(q);
}

static int insert_billing_address(const struct registration *r, int64_t company_id, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO addresses (company_id, label, kind, attention, line1, line2, city, region, postal_code,"
        " country, phone, is_default_billing, status, created_at)"
        " VALUES (?, 'Billing address', 'billing', ?, ?, ?, ?, ?, ?, ?, ?, 1, 'active', ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    db_bind_text(q, 2, r->contact_name);
    db_bind_text(q, 3, r->billing_line1);
    db_bind_text(q, 4, r->billing_line2);
    db_bind_text(q, 5, r->billing_city);
    db_bind_text(q, 6, r->billing_region);
    db_bind_text(q, 7, r->billing_postal);
    db_bind_text(q, 8, r->billing_country);
    db_bind_text(q, 9, r->phone);
    sqlite3_bind_int64(q, 10, now);
    return db_step_done(q);
}

static int insert_application(const struct registration *r, const char *email, int64_t user_id,
                              int64_t company_id, int64_t now, int64_t *id)
{
    DB_STATEMENT(st, "INSERT INTO applications (user_id, company_id, company_name, tax_id, existing_account,"
        " billing_line1, billing_line2, billing_city, billing_region, billing_postal, billing_country,"
        " contact_name, job_title, email, phone, status, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unverified', ?16, ?16)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, user_id);
    sqlite3_bind_int64(q, 2, company_id);
    const char *texts[] = { r->company_name, r->tax_id, r->existing_account, r->billing_line1, r->billing_line2,
                            r->billing_city, r->billing_region, r->billing_postal, r->billing_country,
                            r->contact_name, r->job_title, email, r->phone };
    for (int i = 0; i < 13; i++) db_bind_text(q, 3 + i, texts[i]);
    sqlite3_bind_int64(q, 16, now);
    if (db_step_done(q) != 0) return -1;
    *id = sqlite3_last_insert_rowid(db_handle());
    return 0;
}

int store_registration_create(const struct registration *r, const char *email, const char *password_hash,
                              int64_t now, int64_t *application_id, int64_t *user_id)
{
    int64_t company_id = 0;
    if (insert_user(r, email, password_hash, now, user_id) != 0) return -1;
    if (insert_company(r, now, &company_id) != 0) return -1;
    if (insert_admin_membership(company_id, *user_id, now) != 0) return -1;
    if (insert_billing_address(r, company_id, now) != 0) return -1;
    return insert_application(r, email, *user_id, company_id, now, application_id);
}

int store_application_verified(int64_t application_id, int64_t now)
{
    DB_STATEMENT(user_st, "UPDATE users SET email_verified_at = ?1"
        " WHERE id = (SELECT user_id FROM applications WHERE id = ?2) AND email_verified_at IS NULL");
    DB_STATEMENT(app_st, "UPDATE applications SET status = 'new', verified_at = ?1, updated_at = ?1"
        " WHERE id = ?2 AND status = 'unverified'");
    sqlite3_stmt *q = db_use(&app_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, application_id);
    if (db_step_done(q) != 0) return -1;
    q = db_use(&user_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, now);
    sqlite3_bind_int64(q, 2, application_id);
    return db_step_done(q);
}

#define APPLICATION_COLUMNS \
    "a.id, a.user_id, a.company_id, a.company_name, a.tax_id, a.existing_account, a.billing_line1," \
    " a.billing_line2, a.billing_city, a.billing_region, a.billing_postal, a.billing_country," \
    " a.contact_name, a.job_title, a.email, a.phone, a.status, a.decision_reason, a.info_request," \
    " a.applicant_reply, COALESCE(u.name, ''), a.created_at, COALESCE(a.verified_at, 0)," \
    " COALESCE(a.decided_at, 0), a.updated_at"

static void read_application(sqlite3_stmt *q, struct application *a)
{
    a->id = sqlite3_column_int64(q, 0);
    a->user_id = sqlite3_column_int64(q, 1);
    a->company_id = sqlite3_column_int64(q, 2);
    DB_COPY(a->company_name, q, 3);
    DB_COPY(a->tax_id, q, 4);
    DB_COPY(a->existing_account, q, 5);
    DB_COPY(a->billing_line1, q, 6);
    DB_COPY(a->billing_line2, q, 7);
    DB_COPY(a->billing_city, q, 8);
    DB_COPY(a->billing_region, q, 9);
    DB_COPY(a->billing_postal, q, 10);
    DB_COPY(a->billing_country, q, 11);
    DB_COPY(a->contact_name, q, 12);
    DB_COPY(a->job_title, q, 13);
    DB_COPY(a->email, q, 14);
    DB_COPY(a->phone, q, 15);
    DB_COPY(a->status, q, 16);
    DB_COPY(a->decision_reason, q, 17);
    DB_COPY(a->info_request, q, 18);
    DB_COPY(a->applicant_reply, q, 19);
    DB_COPY(a->decided_by, q, 20);
    a->created_at = sqlite3_column_int64(q, 21);
    a->verified_at = sqlite3_column_int64(q, 22);
    a->decided_at = sqlite3_column_int64(q, 23);
    a->updated_at = sqlite3_column_int64(q, 24);
}

static int get_one(sqlite3_stmt *q, int64_t id, struct application *out)
{
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, id);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    read_application(q, out);
    return 1;
}

int store_application_get(int64_t id, struct application *out)
{
    DB_STATEMENT(st, "SELECT " APPLICATION_COLUMNS " FROM applications a"
        " LEFT JOIN users u ON u.id = a.decided_by"
        " WHERE a.id = ? AND a.status <> 'unverified'");
    return get_one(db_use(&st), id, out);
}

int store_application_get_any(int64_t id, struct application *out)
{
    DB_STATEMENT(st, "SELECT " APPLICATION_COLUMNS " FROM applications a"
        " LEFT JOIN users u ON u.id = a.decided_by WHERE a.id = ?");
    return get_one(db_use(&st), id, out);
}

int store_applications_list(const char *status, struct application *out, int max)
{
    DB_STATEMENT(st, "SELECT " APPLICATION_COLUMNS " FROM applications a LEFT JOIN users u ON u.id = a.decided_by"
        " WHERE a.status <> 'unverified' AND (?1 = '' OR a.status = ?1)"
        " ORDER BY a.status IN ('new', 'info_requested') DESC, a.verified_at, a.id LIMIT ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, status);
    sqlite3_bind_int(q, 2, max);
    int n = 0;
    while (n < max && sqlite3_step(q) == SQLITE_ROW) read_application(q, &out[n++]);
    return n;
}

int store_applications_count(const char *status)
{
    DB_STATEMENT(st, "SELECT COUNT(*) FROM applications WHERE status <> 'unverified' AND (?1 = '' OR status = ?1)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, status);
    return sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
}

int store_application_note_add(int64_t application_id, int64_t author_id, const char *note, int64_t now)
{
    DB_STATEMENT(st, "INSERT INTO application_notes (application_id, author_id, note, created_at) VALUES (?, ?, ?, ?)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, application_id);
    sqlite3_bind_int64(q, 2, author_id);
    db_bind_text(q, 3, note);
    sqlite3_bind_int64(q, 4, now);
    return db_step_done(q);
}

int store_application_notes(int64_t application_id, struct application_note *out, int max)
{
    DB_STATEMENT(st, "SELECT u.name, n.note, n.created_at FROM application_notes n JOIN users u ON u.id = n.author_id"
        " WHERE n.application_id = ? ORDER BY n.created_at, n.id LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, application_id);
    sqlite3_bind_int(q, 2, max);
    int n = 0;
    while (n < max && sqlite3_step(q) == SQLITE_ROW) {
        DB_COPY(out[n].author, q, 0);
        DB_COPY(out[n].note, q, 1);
        out[n].created_at = sqlite3_column_int64(q, 2);
        n++;
    }
    return n;
}

int store_application_decide(int64_t id, const char *status, const char *reason, int64_t staff_id, int64_t now)
{
    DB_STATEMENT(st, "UPDATE applications SET status = ?1, decision_reason = ?2, decided_by = NULLIF(?3, 0), decided_at = ?4, updated_at = ?4"
        " WHERE id = ?5 AND status IN ('new', 'info_requested')");
    /* Only an open application can be decided: a second click on approve,
     * or two staff at once, changes nothing the second time. */
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, status);
    db_bind_text(q, 2, reason);
    sqlite3_bind_int64(q, 3, staff_id);
    sqlite3_bind_int64(q, 4, now);
    sqlite3_bind_int64(q, 5, id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : 1;
}

int store_application_ask(int64_t id, const char *question, int64_t now)
{
    DB_STATEMENT(st, "UPDATE applications SET status = 'info_requested', info_request = ?1, applicant_reply = '', updated_at = ?2"
        " WHERE id = ?3 AND status IN ('new', 'info_requested')");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, question);
    sqlite3_bind_int64(q, 2, now);
    sqlite3_bind_int64(q, 3, id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : 1;
}

int store_application_replied(int64_t id, const char *reply, int64_t now)
{
    DB_STATEMENT(st, "UPDATE applications SET status = 'new', applicant_reply = ?1, updated_at = ?2"
        " WHERE id = ?3 AND status = 'info_requested'");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, reply);
    sqlite3_bind_int64(q, 2, now);
    sqlite3_bind_int64(q, 3, id);
    if (db_step_done(q) != 0) return -1;
    return sqlite3_changes(db_handle()) == 1 ? 0 : 1;
}

int store_company_approve(int64_t company_id, int64_t user_id, const struct company_terms *t)
{
    DB_STATEMENT(member_st, "UPDATE memberships SET business_unit_id = (SELECT id FROM business_units"
        "   WHERE company_id = ?1 AND parent_id IS NULL ORDER BY id LIMIT 1)"
        " WHERE company_id = ?1 AND user_id = ?2 AND business_unit_id IS NULL");
    DB_STATEMENT(unit_st, "INSERT INTO business_units (company_id, name, kind, manager_user_id, created_at)"
        " SELECT id, name, 'company', ?2, ?3 FROM companies WHERE id = ?1"
        "   AND NOT EXISTS (SELECT 1 FROM business_units WHERE company_id = ?1 AND parent_id IS NULL)");
    DB_STATEMENT(company_st, "UPDATE companies SET status = 'active', erp_account_no = NULLIF(?1, ''), payment_terms = ?2,"
        " account_manager_id = NULLIF(?3, 0) WHERE id = ?4 AND status = 'pending'");
    sqlite3_stmt *q = db_use(&company_st);
    if (!q) return -1;
    db_bind_text(q, 1, t->erp_account_no);
    db_bind_text(q, 2, t->payment_terms);
    sqlite3_bind_int64(q, 3, t->account_manager_id);
    sqlite3_bind_int64(q, 4, company_id);
    if (db_step_done(q) != 0 || sqlite3_changes(db_handle()) != 1) return -1;

    /* The company's root unit, unless the applicant's company has one. */
    q = db_use(&unit_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, clock_now());
    if (db_step_done(q) != 0) return -1;

    q = db_use(&member_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    return db_step_done(q);
}

int store_application_join_existing(int64_t application_id, int64_t pending_company_id,
                                    int64_t existing_company_id, int64_t user_id)
{
    DB_STATEMENT(company_st, "DELETE FROM companies WHERE id = ? AND status = 'pending'");
    DB_STATEMENT(addr_st, "DELETE FROM addresses WHERE company_id = ?");
    DB_STATEMENT(app_st, "UPDATE applications SET company_id = ? WHERE id = ?");
    DB_STATEMENT(member_st, "INSERT INTO memberships (company_id, user_id, role_id, business_unit_id, status, created_at)"
        " VALUES (?1, ?2, 1, (SELECT id FROM business_units WHERE company_id = ?1 AND parent_id IS NULL"
        "                   ORDER BY id LIMIT 1), 'active', ?3)"
        " ON CONFLICT (company_id, user_id) DO UPDATE SET role_id = 1, status = 'active'");
    /* Administrator in the root unit of the existing company; a person
     * already in that company keeps their row and becomes administrator. */
    sqlite3_stmt *q = db_use(&member_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, existing_company_id);
    sqlite3_bind_int64(q, 2, user_id);
    sqlite3_bind_int64(q, 3, clock_now());
    if (db_step_done(q) != 0) return -1;

    q = db_use(&app_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, existing_company_id);
    sqlite3_bind_int64(q, 2, application_id);
    if (db_step_done(q) != 0) return -1;

    /* What else the applicant's company holds: its history (mail, audit)
     * moves with the person to the company they join; what it was set up
     * with (units, a cart filled before approval, address rules, change
     * requests, invitations) goes with it, children first. */
    DB_STATEMENT(mail_st, "UPDATE outbox SET company_id = ?2 WHERE company_id = ?1");
    DB_STATEMENT(audit_st, "UPDATE audit_log SET company_id = ?2 WHERE company_id = ?1");
    DB_STATEMENT(cart_st, "DELETE FROM cart_items WHERE company_id = ?1");
    DB_STATEMENT(defaults_st, "DELETE FROM member_default_addresses WHERE company_id = ?1");
    DB_STATEMENT(restrictions_st, "DELETE FROM address_restrictions WHERE company_id = ?1");
    DB_STATEMENT(address_requests_st, "DELETE FROM address_change_requests WHERE company_id = ?1");
    DB_STATEMENT(change_requests_st, "DELETE FROM company_change_requests WHERE company_id = ?1");
    DB_STATEMENT(invitations_st, "DELETE FROM invitations WHERE company_id = ?1");
    DB_STATEMENT(units_st, "DELETE FROM business_units WHERE company_id = ?1");
    struct db_statement *const before_addresses[] = { &mail_st, &audit_st, &cart_st, &defaults_st, &restrictions_st,
                                                      &address_requests_st, &change_requests_st, &invitations_st };
    for (size_t i = 0; i < sizeof before_addresses / sizeof before_addresses[0]; i++) {
        q = db_use(before_addresses[i]);
        if (!q) return -1;
        sqlite3_bind_int64(q, 1, pending_company_id);
        if (sqlite3_bind_parameter_count(q) == 2) sqlite3_bind_int64(q, 2, existing_company_id);
        if (db_step_done(q) != 0) return -1;
    }

    q = db_use(&addr_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, pending_company_id);
    if (db_step_done(q) != 0) return -1;
    /* Applicants may be signed in to the pending company (pre-approval
     * browsing): those sessions end with it. */
    DB_STATEMENT(drop_member_st, "DELETE FROM memberships WHERE company_id = ?");
    DB_STATEMENT(drop_sessions_st, "DELETE FROM sessions WHERE company_id = ?");
    q = db_use(&drop_sessions_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, pending_company_id);
    if (db_step_done(q) != 0) return -1;
    q = db_use(&drop_member_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, pending_company_id);
    if (db_step_done(q) != 0) return -1;

    q = db_use(&units_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, pending_company_id);
    if (db_step_done(q) != 0) return -1;

    q = db_use(&company_st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, pending_company_id);
    return db_step_done(q);
}

int store_membership_deactivate(int64_t company_id, int64_t user_id)
{
    DB_STATEMENT(st, "UPDATE memberships SET status = 'deactivated' WHERE company_id = ? AND user_id = ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int64(q, 1, company_id);
    sqlite3_bind_int64(q, 2, user_id);
    return db_step_done(q);
}

#define COMPANY_BY_ACCOUNT "SELECT c.id, c.name FROM companies c WHERE c.erp_account_no = ?1 AND c.status = 'active'"

/* The company q (COMPANY_BY_ACCOUNT, and whatever else bound; NULL when it
 * did not compile) finds by account number. */
static int company_by_account(sqlite3_stmt *q, const char *erp_account_no, int64_t *company_id, char *name,
                              size_t name_size)
{
    if (!q) return -1;
    db_bind_text(q, 1, erp_account_no);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) return 0;
    if (rc != SQLITE_ROW) return -1;
    *company_id = sqlite3_column_int64(q, 0);
    db_copy_text(name, name_size, q, 1);
    return 1;
}

int store_company_by_account(const char *erp_account_no, int64_t *company_id, char *name, size_t name_size)
{
    DB_STATEMENT(st, COMPANY_BY_ACCOUNT);
    return company_by_account(db_use(&st), erp_account_no, company_id, name, name_size);
}

int store_bo_company_by_account(const struct staff_scope *scope, const char *erp_account_no, int64_t *company_id,
                                char *name, size_t name_size)
{
    DB_STATEMENT(st, COMPANY_BY_ACCOUNT " AND" STAFF_SCOPE_COMPANY("c"));
    sqlite3_stmt *q = db_use(&st);
    if (staff_scope_bind(q, scope) != 0) return -1;
    return company_by_account(q, erp_account_no, company_id, name, name_size);
}

int store_staff_list(struct staff_member *out, int max)
{
    DB_STATEMENT(st, "SELECT u.id, u.name, u.email FROM seller_staff s JOIN users u ON u.id = s.user_id"
        " WHERE u.status = 'active' ORDER BY u.name LIMIT ?");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    sqlite3_bind_int(q, 1, max);
    int n = 0;
    while (n < max && sqlite3_step(q) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(q, 0);
        DB_COPY(out[n].name, q, 1);
        DB_COPY(out[n].email, q, 2);
        n++;
    }
    return n;
}
