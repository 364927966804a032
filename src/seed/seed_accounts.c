/* Demo applications: one waiting in the queue (Cascade, seeded as a
 * pending company by seed_companies.c), one waiting for the applicant's
 * answer, one rejected; and a change request from Acme. So the back office
 * queue and the company page have something real on the first visit. */
#include "seed/seed.h"
#include "base/clock.h"

#include <stdio.h>

#include "base/db.h"
#include "accounts/registration.h"
#include "accounts/applications_store.h"
#include "audit/audit_store.h"

static const char cascade_application[] =
    "INSERT INTO applications (user_id, company_id, company_name, tax_id, existing_account, billing_line1,"
    " billing_city, billing_region, billing_postal, billing_country, contact_name, job_title, email, phone,"
    " status, created_at, verified_at, updated_at)"
    " SELECT u.id, c.id, c.name, c.tax_id, '', '3300 Airport Way S', 'Seattle', 'WA', '98134', 'US',"
    "        u.name, u.job_title, u.email, u.phone, 'new', ?1 - 2 * 86400, ?1 - 2 * 86400 + 600, ?1 - 2 * 86400 + 600"
    "   FROM users u JOIN memberships m ON m.user_id = u.id JOIN companies c ON c.id = m.company_id"
    "  WHERE u.email = 'g.whitfield@cascade.test'";

static const char cascade_note[] =
    "INSERT INTO application_notes (application_id, author_id, note, created_at)"
    " SELECT a.id, u.id, 'Called Grace: about 40 sites in the Seattle area, currently buying from a competitor."
    " Asked for a credit reference.', ?1 - 86400"
    "   FROM applications a, users u WHERE a.email = 'g.whitfield@cascade.test' AND u.email = 'dana.reyes@seller.test'";

static const char acme_change_request[] =
    "INSERT INTO company_change_requests (company_id, user_id, message, created_at)"
    " SELECT m.company_id, u.id, 'Our accounts payable address changes on the 1st: please send invoices to"
    " ap@acme.test from then on.', ?1 - 3 * 86400"
    "   FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = 'admin@acme.test'";

/* Sofia is a procurement consultant who buys for Acme and advises
 * Borealis: one login, two companies, a different role in each. */
static const char consultant[] =
    "INSERT INTO users (email, password_hash, name, job_title, phone, created_at, email_verified_at)"
    " VALUES ('s.marin@acme.test', ?2, 'Sofia Marin', 'Procurement consultant', '(312) 555-0163',"
    "         ?1 - 90 * 86400, ?1 - 90 * 86400)";
static const char consultant_memberships[] =
    "INSERT INTO memberships (company_id, user_id, role_id, business_unit_id, status, created_at)"
    " SELECT c.id, u.id, CASE c.name WHEN 'Acme Industrial Supply' THEN 4 ELSE 5 END,"
    "        (SELECT id FROM business_units WHERE company_id = c.id AND parent_id IS NULL), 'active', ?1 - 40 * 86400"
    "   FROM companies c, users u"
    "  WHERE c.name IN ('Acme Industrial Supply', 'Borealis Builders') AND u.email = 's.marin@acme.test'";

static int run_with_text(const char *sql, int64_t now, const char *text)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db_handle(), sql, -1, &st, NULL) == SQLITE_OK ? 0 : -1;
    if (rc == 0) {
        sqlite3_bind_int64(st, 1, now);
        if (text) sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
    }
    if (rc != 0) fprintf(stderr, "seed-demo: %s\n", sqlite3_errmsg(db_handle()));
    sqlite3_finalize(st);
    return rc;
}

static int run(const char *sql, int64_t now)
{
    return run_with_text(sql, now, NULL);
}

/* seed_companies.c writes addresses with a single business unit; the
 * address book keeps restrictions in their own table, and a proposal needs
 * a proposer. */
static const char address_restrictions[] =
    "INSERT INTO address_restrictions (address_id, company_id, business_unit_id)"
    " SELECT id, company_id, business_unit_id FROM addresses WHERE business_unit_id IS NOT NULL"
    "   AND business_unit_id NOT IN (SELECT id FROM business_units WHERE parent_id IS NULL)"   /* root: everyone */
    "   AND id NOT IN (SELECT address_id FROM address_restrictions) AND ?1 = ?1";
static const char address_proposals[] =
    "UPDATE addresses SET pending_with = 'company', updated_at = ?1,"
    "       proposed_by = (SELECT id FROM users WHERE email = 'purchasing@acme.test')"
    " WHERE status = 'pending' AND company_id = (SELECT id FROM companies WHERE name = 'Acme Industrial Supply')";

/* A little history in Acme's activity log. */
static int seed_demo_activity(int64_t now)
{
    int64_t acme = 0, alicia = 0, priya = 0;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db_handle(),
            "SELECT (SELECT id FROM companies WHERE name = 'Acme Industrial Supply'),"
            " (SELECT id FROM users WHERE email = 'admin@acme.test'), (SELECT id FROM users WHERE email = 'purchasing@acme.test')",
            -1, &st, NULL) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return -1;
    }
    acme = sqlite3_column_int64(st, 0);
    alicia = sqlite3_column_int64(st, 1);
    priya = sqlite3_column_int64(st, 2);
    sqlite3_finalize(st);
    struct actor admin = actor_member(alicia, acme, 0, "Alicia Moreno");
    struct actor purchasing = actor_member(priya, acme, 0, "Priya Natarajan");
    const struct audit_change invite[] = { { "Email", "", "r.alvarez@acme.test" }, { "Role", "", "Buyer" },
                                           { "Business unit", "", "Houston Plant" } };
    const struct audit_change role[] = { { "Role", "Buyer", "Purchasing manager" } };
    const struct audit_change unit[] = { { "Name", "", "Shipping & Receiving" }, { "Parent", "", "Houston Plant" } };
    const struct audit_change address[] = { { "Label", "", "Houston Plant - Dock 7" } };
    int rc = store_audit_insert(acme, &admin, "unit.created", "Shipping & Receiving", unit, 2, now - 60 * 86400);
    if (rc == 0) rc = store_audit_insert(acme, &admin, "member.invited", "Rosa Alvarez", invite, 3, now - 45 * 86400);
    if (rc == 0) rc = store_audit_insert(acme, &admin, "member.joined", "Rosa Alvarez", NULL, 0, now - 44 * 86400);
    if (rc == 0) rc = store_audit_insert(acme, &admin, "member.updated", "Priya Natarajan", role, 1, now - 20 * 86400);
    if (rc == 0) rc = store_audit_insert(acme, &purchasing, "address.proposed", "Houston Plant - Dock 7", address, 1, now - 2 * 86400);
    return rc;
}

/* A fresh applicant through the same store function registration uses. */
static int applicant(const struct registration *r, const char *email, const char *hash, int64_t now,
                     int64_t *application_id)
{
    int64_t user_id;
    if (store_registration_create(r, email, hash, now, application_id, &user_id) != 0) return -1;
    return store_application_verified(*application_id, now);
}

int seed_demo_accounts(const char *password_hash)
{
    int64_t now = clock_now(), summit = 0, northwind = 0;
    static const struct registration summit_form = {
        "Summit Lab Supply Inc.", "84-3301927", "", "455 Research Pkwy", "Building C", "Boulder", "CO", "80301",
        "US", "Owen Park", "Purchasing Lead", "", "(303) 555-0176", "", "yes",
    };
    static const struct registration northwind_form = {
        "Northwind Janitorial", "26-7781203", "", "18 Mill St", "", "Lowell", "MA", "01852",
        "US", "Lena Ortiz", "Owner", "", "(978) 555-0119", "", "yes",
    };
    int rc = db_begin();
    if (rc == 0) rc = run(cascade_application, now);
    if (rc == 0) rc = run(cascade_note, now);
    if (rc == 0) rc = applicant(&summit_form, "o.park@summitlab.test", password_hash, now - 5 * 86400, &summit);
    if (rc == 0) rc = store_application_ask(summit, "Could you send us a copy of your resale certificate, or tell us"
                                                   " whether you buy for your own use?", now - 3 * 86400) == 0 ? 0 : -1;
    if (rc == 0) rc = applicant(&northwind_form, "lena@northwind-janitorial.test", password_hash, now - 9 * 86400, &northwind);
    if (rc == 0) rc = store_application_decide(northwind, "rejected", "We only sell to businesses with a registered"
                                               " sales tax permit in our delivery area.", 0, now - 8 * 86400) == 0 ? 0 : -1;
    struct application rejected;
    if (rc == 0) rc = store_application_get_any(northwind, &rejected) == 1 ? 0 : -1;
    if (rc == 0) rc = store_membership_deactivate(rejected.company_id, rejected.user_id);
    if (rc == 0) rc = run(acme_change_request, now);
    if (rc == 0) rc = run_with_text(consultant, now, password_hash);
    if (rc == 0) rc = run(consultant_memberships, now);
    if (rc == 0) rc = run(address_restrictions, now);
    if (rc == 0) rc = run(address_proposals, now);
    if (rc == 0) rc = seed_demo_activity(now);
    if (rc == 0) rc = db_commit();
    if (rc != 0) {
        db_rollback();
        fprintf(stderr, "seed-demo: demo applications failed\n");
    }
    return rc;
}
