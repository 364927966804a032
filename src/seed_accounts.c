/* Demo applications: one waiting in the queue (Cascade, seeded as a
 * pending company by seed.c), one waiting for the applicant's answer, one
 * rejected; and a change request from Acme. So the back office queue and
 * the company page have something real on the first visit. */
#include "seed.h"

#include <stdio.h>

#include "db.h"
#include "registration.h"
#include "store/applications.h"

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

static int run(const char *sql, int64_t now)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db_handle(), sql, -1, &st, NULL) == SQLITE_OK ? 0 : -1;
    if (rc == 0) {
        sqlite3_bind_int64(st, 1, now);
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
    }
    if (rc != 0) fprintf(stderr, "seed-demo: %s\n", sqlite3_errmsg(db_handle()));
    sqlite3_finalize(st);
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
    int64_t now = db_now(), summit = 0, northwind = 0;
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
    if (rc == 0) rc = db_commit();
    if (rc != 0) {
        db_rollback();
        fprintf(stderr, "seed-demo: demo applications failed\n");
    }
    return rc;
}
