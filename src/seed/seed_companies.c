/* Demo people and customers for seed_demo(): the seller's staff, then the
 * four demo companies (an active main customer, a smaller Canadian one, a
 * pending application and one on credit hold), each with its business-unit
 * tree, members with their roles and addresses. Written out by hand (a
 * prospect looking at the demo would notice generated names); only the
 * creation and sign-in times are drawn from the PRNG. */
#include "seed/seed_internal.h"

#include <stdio.h>

/* --- Seller staff ------------------------------------------------------- */

struct staff_def {
    const char *email, *name, *title, *phone, *role;
};

static const struct staff_def STAFF[STAFF_COUNT] = {
    [STAFF_SAM] = {"staff@seller.test", "Sam Staffer", "Sales Operations Manager",
                   "(312) 555-0100", "admin"},
    [STAFF_DANA] = {"dana.reyes@seller.test", "Dana Reyes", "Senior Account Manager",
                    "(312) 555-0117", "account_manager"},
    [STAFF_MARCUS] = {"marcus.lee@seller.test", "Marcus Lee", "Account Manager, Western Canada",
                      "(312) 555-0119", "account_manager"},
    [STAFF_KELLY] = {"kelly.obrien@seller.test", "Kelly O'Brien", "Customer Service Representative",
                     "(312) 555-0125", "customer_service"},
};

/* --- Companies ---------------------------------------------------------- */

/* Acme Industrial Supply: the main demo customer. */
enum { ACME_ROOT, ACME_OPERATIONS, ACME_CORPORATE, ACME_CHICAGO, ACME_HOUSTON,
       ACME_MAINTENANCE, ACME_SHIPPING, ACME_FINANCE, ACME_PURCHASING };
enum { ACME_ALICIA, ACME_PRIYA, ACME_FRANK, ACME_BEN, ACME_DEREK, ACME_HOA, ACME_ROSA, ACME_TAMARA };

static const struct unit_def ACME_UNITS[] = {
    [ACME_ROOT] = {"Acme Industrial Supply", "company", NONE_IDX, ACME_ALICIA},
    [ACME_OPERATIONS] = {"Operations", "division", ACME_ROOT, ACME_PRIYA},
    [ACME_CORPORATE] = {"Corporate", "division", ACME_ROOT, ACME_FRANK},
    [ACME_CHICAGO] = {"Chicago Plant", "branch", ACME_OPERATIONS, ACME_TAMARA},
    [ACME_HOUSTON] = {"Houston Plant", "branch", ACME_OPERATIONS, NONE_IDX},
    [ACME_MAINTENANCE] = {"Maintenance", "department", ACME_CHICAGO, ACME_DEREK},
    [ACME_SHIPPING] = {"Shipping & Receiving", "department", ACME_HOUSTON, ACME_HOA},
    [ACME_FINANCE] = {"Finance", "department", ACME_CORPORATE, ACME_FRANK},
    [ACME_PURCHASING] = {"Purchasing", "department", ACME_CORPORATE, ACME_PRIYA},
};

static const struct member_def ACME_MEMBERS[] = {
    [ACME_ALICIA] = {"admin@acme.test", "Alicia Moreno", "Director of Supply Chain", "(312) 555-0142",
                     ROLE_ADMINISTRATOR, ACME_ROOT, NONE_IDX, 1, FOCUS_ALL},
    [ACME_PRIYA] = {"purchasing@acme.test", "Priya Natarajan", "Purchasing Manager", "(312) 555-0151",
                    ROLE_PURCHASING, ACME_PURCHASING, NONE_IDX, 5, FOCUS_ALL},
    [ACME_FRANK] = {"finance@acme.test", "Frank Osei", "Controller", "(312) 555-0158",
                    ROLE_FINANCE, ACME_FINANCE, ACME_CORPORATE, 0, 0},
    [ACME_BEN] = {"buyer@acme.test", "Ben Carter", "Maintenance Planner", "(773) 555-0163",
                  ROLE_BUYER, ACME_CHICAGO, ACME_CHICAGO, 16,
                  FOCUS(T_FAS) | FOCUS(T_HTL) | FOCUS(T_PTL) | FOCUS(T_ELE) | FOCUS(T_PLB) | FOCUS(T_ABR)},
    [ACME_DEREK] = {"d.kowalski@acme.test", "Derek Kowalski", "Maintenance Supervisor", "(773) 555-0186",
                    ROLE_BUYER, ACME_MAINTENANCE, ACME_MAINTENANCE, 5,
                    FOCUS(T_HTL) | FOCUS(T_PTL) | FOCUS(T_ABR) | FOCUS(T_ADH) | FOCUS(T_FAS)},
    [ACME_HOA] = {"h.nguyen@acme.test", "Hoa Nguyen", "Shipping & Receiving Supervisor", "(713) 555-0174",
                  ROLE_BUYER, ACME_SHIPPING, ACME_SHIPPING, 5,
                  FOCUS(T_MHD) | FOCUS(T_ADH) | FOCUS(T_JAN) | FOCUS(T_SAF)},
    [ACME_ROSA] = {"r.alvarez@acme.test", "Rosa Alvarez", "Plant Buyer", "(713) 555-0181",
                   ROLE_BUYER, ACME_HOUSTON, ACME_HOUSTON, 7,
                   FOCUS(T_SAF) | FOCUS(T_JAN) | FOCUS(T_FAS) | FOCUS(T_ELE) | FOCUS(T_PLB)},
    [ACME_TAMARA] = {"t.washington@acme.test", "Tamara Washington", "Plant Manager, Chicago", "(773) 555-0190",
                     ROLE_VIEWER, ACME_CHICAGO, ACME_CHICAGO, 0, 0},
};

static const struct address_def ACME_ADDRESSES[] = {
    {"Headquarters", "billing", "Accounts Payable", "1200 W Lake St", "Suite 400", "Chicago", "IL", "60607",
     "US", "(312) 555-0140", ACME_ROOT, "A-100042-01", 1, 0, "active"},
    {"Chicago Plant - Receiving", "shipping", "Receiving, Dock 4", "4520 S Kilbourn Ave", "", "Chicago", "IL",
     "60632", "US", "(773) 555-0160", ACME_CHICAGO, "A-100042-02", 0, 1, "active"},
    {"Chicago Plant - Maintenance Shop", "shipping", "Maintenance Shop", "4520 S Kilbourn Ave", "Building C",
     "Chicago", "IL", "60632", "US", "(773) 555-0185", ACME_MAINTENANCE, "A-100042-03", 0, 0, "active"},
    {"Houston Plant", "shipping", "Shipping & Receiving", "8815 Clinton Dr", "", "Houston", "TX", "77029",
     "US", "(713) 555-0170", ACME_HOUSTON, "A-100042-04", 0, 0, "active"},
    {"Houston Overflow Warehouse", "shipping", "Warehouse Lead", "12650 Wallisville Rd", "Unit 7", "Houston",
     "TX", "77049", "US", "(713) 555-0177", ACME_HOUSTON, "A-100042-05", 0, 0, "active"},
    {"Elk Grove Distribution Center", "both", "Receiving", "2250 Arthur Ave", "", "Elk Grove Village", "IL",
     "60007", "US", "(847) 555-0133", ACME_OPERATIONS, "A-100042-06", 0, 0, "active"},
    {"Corporate Office - Mailroom", "shipping", "Mailroom", "1200 W Lake St", "Suite 400", "Chicago", "IL",
     "60607", "US", "(312) 555-0140", ACME_CORPORATE, "A-100042-07", 0, 0, "active"},
    /* Proposed by the customer, waiting for the seller to set it up in the ERP. */
    {"Joliet Warehouse", "shipping", "Receiving", "2100 Channahon Rd", "", "Joliet", "IL", "60436",
     "US", "(815) 555-0129", ACME_OPERATIONS, NULL, 0, 0, "pending"},
};

static const char *const ACME_STATUS_BY_RANK[] = {
    "pending_approval", "processing", "pending_approval", "processing", "partially_shipped",
    "shipped", "shipped", "partially_shipped", "delivered", "shipped", "delivered", "delivered",
    "delivered", "rejected", "delivered", "delivered", "cancelled",
};

static const char *const ACME_NOTES[] = {
    "Deliver to Dock 4; receiving hours are 7:00 to 15:30.",
    "Partial shipments OK.",
    "Ship complete - please do not split.",
    "Rush: conveyor on line 3 is down, needed by Friday.",
    "Liftgate required at delivery.",
    "Put the PO number on the outside of every carton.",
    "Charge to maintenance budget 6120-MRO.",
    "Quarterly safety restock.",
};

/* Borealis Builders: a smaller Canadian contractor. */
enum { BB_ROOT, BB_CALGARY, BB_EDMONTON };
enum { BB_NORA, BB_JORDAN, BB_AMRIT };

static const struct unit_def BOREALIS_UNITS[] = {
    [BB_ROOT] = {"Borealis Builders", "company", NONE_IDX, BB_NORA},
    [BB_CALGARY] = {"Calgary Yard", "branch", BB_ROOT, BB_JORDAN},
    [BB_EDMONTON] = {"Edmonton Yard", "branch", BB_ROOT, NONE_IDX},
};

static const struct member_def BOREALIS_MEMBERS[] = {
    [BB_NORA] = {"admin@borealis.test", "Nora Lindqvist", "Operations Manager", "(403) 555-0151",
                 ROLE_ADMINISTRATOR, BB_ROOT, NONE_IDX, 2, FOCUS_ALL},
    [BB_JORDAN] = {"j.tremblay@borealis.test", "Jordan Tremblay", "Yard Manager", "(403) 555-0168",
                   ROLE_BUYER, BB_CALGARY, BB_CALGARY, 6,
                   FOCUS(T_FAS) | FOCUS(T_PTL) | FOCUS(T_SAF) | FOCUS(T_HTL) | FOCUS(T_ADH)},
    [BB_AMRIT] = {"a.sandhu@borealis.test", "Amrit Sandhu", "Site Purchasing Coordinator", "(780) 555-0147",
                  ROLE_BUYER, BB_EDMONTON, BB_EDMONTON, 5,
                  FOCUS(T_FAS) | FOCUS(T_PTL) | FOCUS(T_SAF) | FOCUS(T_ELE) | FOCUS(T_MHD)},
};

static const struct address_def BOREALIS_ADDRESSES[] = {
    {"Head Office", "billing", "Accounts Payable", "615 Macleod Trail SE", "Suite 1200", "Calgary", "AB",
     "T2G 4T8", "CA", "(403) 555-0150", BB_ROOT, "A-100077-01", 1, 0, "active"},
    {"Calgary Yard", "shipping", "Yard Office", "4715 72 Ave SE", "", "Calgary", "AB", "T2C 3Z2",
     "CA", "(403) 555-0166", BB_CALGARY, "A-100077-02", 0, 1, "active"},
    {"Edmonton Yard", "shipping", "Yard Office", "12810 170 St NW", "", "Edmonton", "AB", "T5V 1L6",
     "CA", "(780) 555-0144", BB_EDMONTON, "A-100077-03", 0, 0, "active"},
};

/* Borealis keeps no approval rules, so none of its orders ever waited. */
static const char *const BOREALIS_STATUS_BY_RANK[] = {
    "processing", "approved", "shipped", "partially_shipped",
};

static const char *const BOREALIS_NOTES[] = {
    "Deliver to the site trailer; call the yard office 30 minutes before arrival.",
    "Job 24-117, Tower B.",
    "Forklift on site for unloading.",
    "Partial shipments OK.",
};

/* Cascade Facility Services: applied for an account, not yet approved. */
static const struct unit_def CASCADE_UNITS[] = {
    {"Cascade Facility Services", "company", NONE_IDX, 0},
};

static const struct member_def CASCADE_MEMBERS[] = {
    {"g.whitfield@cascade.test", "Grace Whitfield", "Operations Director", "(206) 555-0112",
     ROLE_ADMINISTRATOR, 0, 0, 0, 0},
};

static const struct address_def CASCADE_ADDRESSES[] = {
    {"Main Office", "both", "Grace Whitfield", "3300 Airport Way S", "", "Seattle", "WA", "98134",
     "US", "(206) 555-0110", 0, NULL, 1, 1, "active"},
};

/* Ridgeline Fabrication: a former customer on credit hold. */
static const struct unit_def RIDGELINE_UNITS[] = {
    {"Ridgeline Fabrication", "company", NONE_IDX, 0},
};

static const struct member_def RIDGELINE_MEMBERS[] = {
    {"w.becker@ridgeline.test", "Walt Becker", "Shop Foreman", "(216) 555-0138",
     ROLE_ADMINISTRATOR, 0, 0, 0, 0},
};

static const struct address_def RIDGELINE_ADDRESSES[] = {
    {"Fabrication Shop", "both", "Walt Becker", "7820 Hub Pkwy", "", "Valley View", "OH", "44125",
     "US", "(216) 555-0130", 0, "A-100019-01", 1, 1, "active"},
};

const struct company_def COMPANIES[COMPANY_COUNT] = {
    [CO_ACME] = {"Acme Industrial Supply", "C-100042", "36-4821957", "active", "Net 30", 5000000,
                 STAFF_DANA, 730, ACME_BEN,
                 ACME_UNITS, COUNT(ACME_UNITS), ACME_MEMBERS, COUNT(ACME_MEMBERS),
                 ACME_ADDRESSES, COUNT(ACME_ADDRESSES),
                 40, 6, 6, 48213, ACME_STATUS_BY_RANK, COUNT(ACME_STATUS_BY_RANK),
                 ACME_NOTES, COUNT(ACME_NOTES)},
    [CO_BOREALIS] = {"Borealis Builders", "C-100077", "824519036RT0001", "active", "Net 45", 2500000,
                     STAFF_MARCUS, 480, BB_JORDAN,
                     BOREALIS_UNITS, COUNT(BOREALIS_UNITS), BOREALIS_MEMBERS, COUNT(BOREALIS_MEMBERS),
                     BOREALIS_ADDRESSES, COUNT(BOREALIS_ADDRESSES),
                     12, 2, 3, 2290, BOREALIS_STATUS_BY_RANK, COUNT(BOREALIS_STATUS_BY_RANK),
                     BOREALIS_NOTES, COUNT(BOREALIS_NOTES)},
    [CO_CASCADE] = {"Cascade Facility Services", NULL, "91-2047736", "pending", "Net 30", 0,
                    NO_STAFF, 3, NONE_IDX,
                    CASCADE_UNITS, COUNT(CASCADE_UNITS), CASCADE_MEMBERS, COUNT(CASCADE_MEMBERS),
                    CASCADE_ADDRESSES, COUNT(CASCADE_ADDRESSES),
                    0, 0, 0, 0, NULL, 0, NULL, 0},
    [CO_RIDGELINE] = {"Ridgeline Fabrication", "C-100019", "47-3318204", "blocked", "Net 30", 1000000,
                      STAFF_DANA, 900, NONE_IDX,
                      RIDGELINE_UNITS, COUNT(RIDGELINE_UNITS), RIDGELINE_MEMBERS, COUNT(RIDGELINE_MEMBERS),
                      RIDGELINE_ADDRESSES, COUNT(RIDGELINE_ADDRESSES),
                      0, 0, 0, 0, NULL, 0, NULL, 0},
};

/* --- Users and staff ---------------------------------------------------- */

static int insert_user(struct seed *s, const char *email, const char *name, const char *title,
                       const char *phone, int64_t created_at, int64_t last_sign_in_at, int64_t *id)
{
    const struct seed_user_row u = { email, s->password_hash, name, title, phone, created_at, last_sign_in_at };
    if (seed_store_user(&u, id) != 0) return -1;
    s->n.users++;
    return 0;
}

/* Someone who used the portal recently: signed in within the last days. */
static int64_t recent_sign_in(struct seed *s)
{
    return s->now - rng_between(s, 2 * HOUR, 9 * DAY);
}

int seed_staff(struct seed *s)
{
    int64_t created_at = s->now - 1100 * (int64_t)DAY;  /* the portal's launch */
    for (int i = 0; i < STAFF_COUNT; i++) {
        const struct staff_def *d = &STAFF[i];
        if (insert_user(s, d->email, d->name, d->title, d->phone, created_at, recent_sign_in(s),
                        &s->staff_ids[i]) != 0)
            return -1;
        if (seed_store_staff(s->staff_ids[i], d->role, created_at) != 0) return -1;
        s->n.staff++;
    }
    return 0;
}

/* --- Companies ---------------------------------------------------------- */

static int insert_company_row(struct seed *s, const struct company_def *d, struct company_ids *ids)
{
    int64_t manager = d->account_manager == NO_STAFF ? 0 : s->staff_ids[d->account_manager];
    if (seed_store_company(d, manager, ids->created_at, &ids->id) != 0) return -1;
    s->n.companies++;
    return 0;
}

/* Members are created a few days after their company, as the customer's
 * admin invited them; only people at active customers have signed in. */
static int insert_company_users(struct seed *s, const struct company_def *d, struct company_ids *ids)
{
    int active = is(d->status, "active");
    for (int i = 0; i < d->n_members; i++) {
        const struct member_def *m = &d->members[i];
        int64_t created_at = ids->created_at + (i == 0 ? HOUR : rng_between(s, 1, 20) * (int64_t)DAY);
        if (created_at > s->now) created_at = s->now - HOUR;
        int64_t last_sign_in = active ? recent_sign_in(s) : 0;
        if (insert_user(s, m->email, m->name, m->title, m->phone, created_at, last_sign_in,
                        &ids->user_ids[i]) != 0)
            return -1;
    }
    return 0;
}

static int insert_units(struct seed *s, const struct company_def *d, struct company_ids *ids)
{
    for (int i = 0; i < d->n_units; i++) {
        const struct unit_def *u = &d->units[i];
        if (u->parent >= i) {  /* parents are inserted first, so their ids are known */
            fprintf(stderr, "seed-demo: unit %s is listed before its parent\n", u->name);
            return -1;
        }
        int64_t parent = u->parent == NONE_IDX ? 0 : ids->unit_ids[u->parent];
        int64_t manager = u->manager == NONE_IDX ? 0 : ids->user_ids[u->manager];
        if (seed_store_unit(ids->id, parent, u->name, u->kind, manager, ids->created_at, &ids->unit_ids[i]) != 0)
            return -1;
        s->n.units++;
    }
    return 0;
}

static int insert_memberships(struct seed *s, const struct company_def *d, const struct company_ids *ids)
{
    for (int i = 0; i < d->n_members; i++) {
        const struct member_def *m = &d->members[i];
        if (seed_store_membership(ids->id, ids->user_ids[i], m->role_id, ids->unit_ids[m->unit],
                                  ids->created_at + HOUR) != 0)
            return -1;
        s->n.memberships++;
    }
    return 0;
}

static int insert_addresses(struct seed *s, const struct company_def *d, const struct company_ids *ids)
{
    for (int i = 0; i < d->n_addresses; i++) {
        const struct address_def *a = &d->addresses[i];
        /* A proposed address is recent; the others date from onboarding. */
        int64_t created_at = is(a->status, "pending") ? s->now - 2 * DAY : ids->created_at + DAY;
        if (created_at > s->now) created_at = s->now;
        if (seed_store_address(ids->id, a, a->unit == NONE_IDX ? 0 : ids->unit_ids[a->unit], created_at) != 0)
            return -1;
        s->n.addresses++;
    }
    return 0;
}

/* Order matters: users before units (units name a manager), units before
 * memberships and addresses (both point at a unit). */
static int seed_company(struct seed *s, int which)
{
    const struct company_def *d = &COMPANIES[which];
    struct company_ids *ids = &s->companies[which];
    if (d->n_units > MAX_UNITS || d->n_members > MAX_MEMBERS) {
        fprintf(stderr, "seed-demo: %s has too many units or members\n", d->name);
        return -1;
    }
    ids->created_at = s->now - d->age_days * (int64_t)DAY;
    if (insert_company_row(s, d, ids) != 0) return -1;
    if (insert_company_users(s, d, ids) != 0) return -1;
    if (insert_units(s, d, ids) != 0) return -1;
    if (insert_memberships(s, d, ids) != 0) return -1;
    return insert_addresses(s, d, ids);
}

int seed_companies(struct seed *s)
{
    for (int i = 0; i < COMPANY_COUNT; i++)
        if (seed_company(s, i) != 0) return -1;
    return 0;
}
