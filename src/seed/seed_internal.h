#ifndef BUYERDESK_SEED_INTERNAL_H
#define BUYERDESK_SEED_INTERNAL_H

/* What the files behind seed_demo() share, private to src/seed/ (seed.h is
 * the public API): the shapes of the hand-written demo data (staff,
 * companies with their units, members and addresses), the working state of
 * one run (struct seed: PRNG, ids handed from one area to the next) and the
 * small helpers every area uses; their SQL is in seed_store.c. Each area's
 * seed_*() runs in the order seed.c calls them: they draw from one PRNG,
 * so the order is part of the data. */

#include "seed/seed_store.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

#define HOUR 3600
#define DAY 86400

/* The built-in roles' ids (sql/002_builtin_roles.sql). */
enum { ROLE_ADMINISTRATOR = 1, ROLE_PURCHASING = 2, ROLE_FINANCE = 3, ROLE_BUYER = 4, ROLE_VIEWER = 5 };

/* Seller staff (seed_companies.c); a company's account manager is one. */
enum { STAFF_SAM, STAFF_DANA, STAFF_MARCUS, STAFF_KELLY, STAFF_COUNT };
#define NO_STAFF (-1)

/* --- Catalog (seed_catalog.c) ------------------------------------------- */

/* Top-level categories; the index doubles as the bit in a buyer's focus
 * mask (which kinds of products that buyer usually orders). */
enum top { T_FAS, T_HTL, T_PTL, T_SAF, T_ELE, T_PLB, T_JAN, T_MHD, T_ABR, T_ADH, TOP_COUNT };
#define FOCUS(t) (1u << (t))
#define FOCUS_ALL ((1u << TOP_COUNT) - 1)

#define MAX_LEAVES 4
#define MAX_PRODUCTS 512

/* --- Companies (seed_companies.c) --------------------------------------- */

#define NONE_IDX (-1)

struct unit_def {
    const char *name, *kind;
    int parent;   /* index into the company's units; must come earlier */
    int manager;  /* index into the company's members, or NONE_IDX */
};

struct member_def {
    const char *email, *name, *title, *phone;
    int role_id;
    int unit;          /* index into the company's units */
    int ship_unit;     /* whose addresses their orders ship to; NONE_IDX: any site */
    int order_weight;  /* how often this person places orders; 0 never */
    unsigned focus;    /* FOCUS() bits: what this person usually buys */
};

struct address_def {
    const char *label, *kind, *attention, *line1, *line2, *city, *region, *postal, *country, *phone;
    int unit;              /* index into the company's units, or NONE_IDX */
    const char *erp_id;    /* NULL until the ERP knows the address */
    int default_billing, default_shipping;
    const char *status;
};

struct company_def {
    const char *name, *erp_account_no, *tax_id, *status, *payment_terms;
    int64_t credit_limit_cents;
    int account_manager;   /* STAFF_* or NO_STAFF */
    int age_days;          /* how long ago the company joined the portal */
    int demo_buyer;        /* member who owns the newest order awaiting approval */
    const struct unit_def *units;
    int n_units;
    const struct member_def *members;
    int n_members;
    const struct address_def *addresses;
    int n_addresses;
    /* Order history: n_recent orders in the last week, n_mid in the three
     * weeks before that, the rest over the rest of the year. Statuses are
     * by recency (0 = newest); older orders are all delivered. */
    int n_orders, n_recent, n_mid;
    int po_start;
    const char *const *status_by_rank;
    int n_status_ranks;
    const char *const *notes;
    int n_notes;
};

enum { CO_ACME, CO_BOREALIS, CO_CASCADE, CO_RIDGELINE, COMPANY_COUNT };

/* The demo customers, indexed by CO_*; the order history reads them too. */
extern const struct company_def COMPANIES[COMPANY_COUNT];

#define MAX_UNITS 16
#define MAX_MEMBERS 16

/* --- Working state ------------------------------------------------------ */

struct product {
    char sku[24];
    char name[192];
    int64_t price_cents;
    int64_t pack, min_qty;
    int top;
    int active;
};

struct company_ids {
    int64_t id;
    int64_t created_at;
    int64_t unit_ids[MAX_UNITS];
    int64_t user_ids[MAX_MEMBERS];
};

struct counts {
    int users, staff, companies, units, memberships, addresses, categories, products, orders, lines;
};

struct seed {
    uint64_t rng;
    int64_t now;
    const char *password_hash;
    int64_t staff_ids[STAFF_COUNT];
    int64_t leaf_ids[TOP_COUNT][MAX_LEAVES];
    struct product products[MAX_PRODUCTS];
    int n_products;
    struct company_ids companies[COMPANY_COUNT];
    struct counts n;
};

/* --- Small helpers ------------------------------------------------------ */

/* xorshift64*: tiny, fast and identical everywhere. */
static inline uint64_t rng_next(struct seed *s)
{
    s->rng ^= s->rng >> 12;
    s->rng ^= s->rng << 25;
    s->rng ^= s->rng >> 27;
    return s->rng * UINT64_C(2685821657736338717);
}

/* 0 .. n-1; the modulo bias is irrelevant for demo data. */
static inline int rng_below(struct seed *s, int n)
{
    return (int)(rng_next(s) % (uint64_t)n);
}

static inline int rng_between(struct seed *s, int lo, int hi)
{
    return lo + rng_below(s, hi - lo + 1);
}

static inline int is(const char *a, const char *b)
{
    return strcmp(a, b) == 0;
}

/* Appends to a fixed buffer; silently truncates (buffers are sized well
 * beyond the longest generated text). */
struct text {
    char *buf;
    size_t size, len;
};

__attribute__((format(printf, 2, 3)))
void text_add(struct text *t, const char *fmt, ...);

/* --- The areas, in the order seed.c runs them (each 0 or -1) ------------ */

int seed_staff(struct seed *s);      /* seed_companies.c */
int seed_companies(struct seed *s);  /* seed_companies.c */
int seed_catalog(struct seed *s);    /* seed_catalog.c: categories, then products */
int seed_orders(struct seed *s);     /* seed_history.c */

#endif
