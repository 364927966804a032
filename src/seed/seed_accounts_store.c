/* The demo applications' SQL (seed_accounts_store.h). */
#include "seed/seed_accounts_store.h"

#include "base/db.h"

int seed_store_member_application(const char *email, const struct seed_billing *billing, int64_t created_at,
                                  int64_t verified_at)
{
    DB_STATEMENT(st, "INSERT INTO applications (user_id, company_id, company_name, tax_id, existing_account,"
        " billing_line1, billing_city, billing_region, billing_postal, billing_country, contact_name, job_title,"
        " email, phone, status, created_at, verified_at, updated_at)"
        " SELECT u.id, c.id, c.name, c.tax_id, '', ?2, ?3, ?4, ?5, ?6,"
        "        u.name, u.job_title, u.email, u.phone, 'new', ?7, ?8, ?8"
        "   FROM users u JOIN memberships m ON m.user_id = u.id JOIN companies c ON c.id = m.company_id"
        "  WHERE u.email = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    db_bind_text(q, 2, billing->line1);
    db_bind_text(q, 3, billing->city);
    db_bind_text(q, 4, billing->region);
    db_bind_text(q, 5, billing->postal);
    db_bind_text(q, 6, billing->country);
    sqlite3_bind_int64(q, 7, created_at);
    sqlite3_bind_int64(q, 8, verified_at);
    return db_step_done(q);
}

int seed_store_application_note(const char *applicant_email, const char *author_email, const char *note,
                                int64_t created_at)
{
    DB_STATEMENT(st, "INSERT INTO application_notes (application_id, author_id, note, created_at)"
        " SELECT a.id, u.id, ?3, ?4 FROM applications a, users u WHERE a.email = ?1 AND u.email = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, applicant_email);
    db_bind_text(q, 2, author_email);
    db_bind_text(q, 3, note);
    sqlite3_bind_int64(q, 4, created_at);
    return db_step_done(q);
}

int seed_store_change_request(const char *email, const char *message, int64_t created_at)
{
    DB_STATEMENT(st, "INSERT INTO company_change_requests (company_id, user_id, message, created_at)"
        " SELECT m.company_id, u.id, ?2, ?3 FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = ?1");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, email);
    db_bind_text(q, 2, message);
    sqlite3_bind_int64(q, 3, created_at);
    return db_step_done(q);
}

int seed_store_root_membership(const char *company_name, const char *email, int64_t role_id, int64_t created_at)
{
    DB_STATEMENT(st, "INSERT INTO memberships (company_id, user_id, role_id, business_unit_id, status, created_at)"
        " SELECT c.id, u.id, ?3, (SELECT id FROM business_units WHERE company_id = c.id AND parent_id IS NULL),"
        "        'active', ?4"
        "   FROM companies c, users u WHERE c.name = ?1 AND u.email = ?2");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, company_name);
    db_bind_text(q, 2, email);
    sqlite3_bind_int64(q, 3, role_id);
    sqlite3_bind_int64(q, 4, created_at);
    return db_step_done(q);
}

int seed_store_address_restrictions(void)
{
    DB_STATEMENT(st, "INSERT INTO address_restrictions (address_id, company_id, business_unit_id)"
        " SELECT id, company_id, business_unit_id FROM addresses WHERE business_unit_id IS NOT NULL"
        "   AND business_unit_id NOT IN (SELECT id FROM business_units WHERE parent_id IS NULL)"
        "   AND id NOT IN (SELECT address_id FROM address_restrictions)");
    sqlite3_stmt *q = db_use(&st);
    return q ? db_step_done(q) : -1;
}

int seed_store_pending_addresses_proposed(const char *company_name, const char *proposer_email, int64_t at)
{
    DB_STATEMENT(st, "UPDATE addresses SET pending_with = 'company', updated_at = ?3,"
        "       proposed_by = (SELECT id FROM users WHERE email = ?2)"
        " WHERE status = 'pending' AND company_id = (SELECT id FROM companies WHERE name = ?1)");
    sqlite3_stmt *q = db_use(&st);
    if (!q) return -1;
    db_bind_text(q, 1, company_name);
    db_bind_text(q, 2, proposer_email);
    sqlite3_bind_int64(q, 3, at);
    return db_step_done(q);
}
