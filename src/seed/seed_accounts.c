/* Demo applications: one waiting in the queue (Cascade, seeded as a
 * pending company by seed_companies.c), one waiting for the applicant's
 * answer, one rejected; and a change request from Acme. So the back office
 * queue and the company page have something real on the first visit. */
#include "seed/seed.h"
#include "seed/seed_accounts_store.h"
#include "seed/seed_internal.h"
#include "base/clock.h"

#include "base/db.h"
#include "accounts/registration.h"
#include "accounts/applications_store.h"
#include "audit/audit_store.h"

#define ACME "Acme Industrial Supply"

/* Cascade applied through the portal two days ago (seed_companies.c wrote
 * the company and Grace); Dana called her the day after. */
static const struct seed_billing CASCADE_BILLING = { "3300 Airport Way S", "Seattle", "WA", "98134", "US" };
static const char CASCADE_NOTE[] =
    "Called Grace: about 40 sites in the Seattle area, currently buying from a competitor."
    " Asked for a credit reference.";

static const char ACME_CHANGE_REQUEST[] =
    "Our accounts payable address changes on the 1st: please send invoices to ap@acme.test from then on.";

/* Sofia is a procurement consultant who buys for Acme and advises
 * Borealis: one login, two companies, a different role in each. */
static int seed_consultant(const char *password_hash, int64_t now)
{
    const struct seed_user_row sofia = { "s.marin@acme.test", password_hash, "Sofia Marin", "Procurement consultant",
                                         "(312) 555-0163", now - 90 * 86400, 0 };
    int64_t id;
    if (seed_store_user(&sofia, &id) != 0) return -1;
    if (seed_store_root_membership(ACME, sofia.email, ROLE_BUYER, now - 40 * 86400) != 0) return -1;
    return seed_store_root_membership("Borealis Builders", sofia.email, ROLE_VIEWER, now - 40 * 86400);
}

/* A little history in Acme's activity log. */
static int seed_demo_activity(int64_t now)
{
    int64_t acme = 0, alicia = 0, priya = 0;
    if (seed_store_company_id(ACME, &acme) < 0 || seed_store_user_id("admin@acme.test", &alicia) < 0
        || seed_store_user_id("purchasing@acme.test", &priya) < 0)
        return -1;
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
    if (rc == 0) rc = seed_store_member_application("g.whitfield@cascade.test", &CASCADE_BILLING, now - 2 * 86400,
                                                    now - 2 * 86400 + 600);
    if (rc == 0) rc = seed_store_application_note("g.whitfield@cascade.test", "dana.reyes@seller.test", CASCADE_NOTE,
                                                  now - 86400);
    if (rc == 0) rc = applicant(&summit_form, "o.park@summitlab.test", password_hash, now - 5 * 86400, &summit);
    if (rc == 0) rc = store_application_ask(summit, "Could you send us a copy of your resale certificate, or tell us"
                                                   " whether you buy for your own use?", now - 3 * 86400) == 0 ? 0 : -1;
    if (rc == 0) rc = applicant(&northwind_form, "lena@northwind-janitorial.test", password_hash, now - 9 * 86400, &northwind);
    if (rc == 0) rc = store_application_decide(northwind, "rejected", "We only sell to businesses with a registered"
                                               " sales tax permit in our delivery area.", 0, now - 8 * 86400) == 0 ? 0 : -1;
    struct application rejected;
    if (rc == 0) rc = store_application_get_any(northwind, &rejected) == 1 ? 0 : -1;
    if (rc == 0) rc = store_membership_deactivate(rejected.company_id, rejected.user_id);
    if (rc == 0) rc = seed_store_change_request("admin@acme.test", ACME_CHANGE_REQUEST, now - 3 * 86400);
    if (rc == 0) rc = seed_consultant(password_hash, now);
    /* seed_companies.c writes addresses with a single business unit; the
     * address book keeps restrictions in their own table, and a proposal
     * needs a proposer. */
    if (rc == 0) rc = seed_store_address_restrictions();
    if (rc == 0) rc = seed_store_pending_addresses_proposed(ACME, "purchasing@acme.test", now);
    if (rc == 0) rc = seed_demo_activity(now);
    return db_finish(rc == 0, "seed-demo: demo applications") ? 0 : -1;
}
