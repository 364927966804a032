/* Demo data for `buyerdesk seed-demo`: the entry points (seed_demo and
 * seed_demo_all) and the helpers the seed files share; the data itself is
 * split by area into seed_companies.c (staff, companies, units, members,
 * addresses), seed_catalog.c (categories, products) and seed_history.c (a
 * year of orders), with their SQL in seed_store.c.
 *
 * seed_demo() writes everything in one transaction. The data is meant to
 * be shown to prospective customers, so it is written out by hand where a
 * person would notice (people, companies, addresses) and generated from
 * combination tables where volume matters (catalog, order history).
 * Generation uses a fixed-seed xorshift PRNG rather than rand():
 * the same build always produces the same catalog and orders, on every
 * platform, and only the dates follow clock_now().
 *
 * All money is int64 cents; there is no floating point anywhere. */
#include "seed/seed.h"
#include "seed/seed_internal.h"
#include "base/clock.h"

#include "web/auth.h"
#include "web/render.h"
#include "base/db.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define DEMO_PASSWORD "demo-password-1"

/* --- Shared helpers (seed_internal.h) ----------------------------------- */

void text_add(struct text *t, const char *fmt, ...)
{
    if (t->len + 1 >= t->size) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(t->buf + t->len, t->size - t->len, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    t->len += (size_t)n;
    if (t->len >= t->size) t->len = t->size - 1;
}

/* --- Entry point -------------------------------------------------------- */

/* The areas in a fixed order: they draw from one PRNG, and later ones use
 * the ids and products the earlier ones stored in s. */
static int seed_everything(struct seed *s)
{
    if (seed_staff(s) != 0) return -1;
    if (seed_companies(s) != 0) return -1;
    if (seed_catalog(s) != 0) return -1;
    return seed_orders(s);
}

static void report(const struct seed *s)
{
    fprintf(stderr,
            "seed-demo: %d users (%d staff), %d companies, %d business units, %d memberships, "
            "%d addresses, %d categories, %d products, %d orders with %d lines\n",
            s->n.users, s->n.staff, s->n.companies, s->n.units, s->n.memberships, s->n.addresses,
            s->n.categories, s->n.products, s->n.orders, s->n.lines);
    fprintf(stderr, "seed-demo: every demo user's password is \"%s\"\n", DEMO_PASSWORD);
}

/* Runs inside BEGIN IMMEDIATE: 0 loaded, 1 already seeded, -1 failed. */
static int seed_in_transaction(struct seed *s)
{
    if (db_begin() != 0) return -1;
    /* Checked again under the write lock: another seeder may have won the
     * race since the first check. */
    int has_users = seed_store_has_users();
    int rc = has_users != 0 ? has_users : seed_everything(s);
    if (rc == 0 && db_commit() != 0) rc = -1;
    if (rc != 0) db_rollback();
    return rc;
}

int seed_demo(void)
{
    if (!db_handle()) {
        fprintf(stderr, "seed-demo: no open database\n");
        return -1;
    }
    /* Checked before the slow password hash so a second run returns at once. */
    int has_users = seed_store_has_users();
    if (has_users != 0) return has_users;  /* the caller reports "already seeded" */

    fprintf(stderr, "seed-demo: hashing the demo password\n");
    char hash[AUTH_HASH_MAX];
    if (auth_password_hash(DEMO_PASSWORD, hash) != 0) {
        fprintf(stderr, "seed-demo: could not hash the password (out of memory?)\n");
        return -1;
    }

    struct seed *s = calloc(1, sizeof *s);  /* too big for the stack */
    if (!s) {
        fprintf(stderr, "seed-demo: out of memory\n");
        return -1;
    }
    s->rng = UINT64_C(0x9E3779B97F4A7C15);  /* fixed: same data every time */
    s->now = clock_now();
    s->password_hash = hash;

    int rc = seed_in_transaction(s);
    if (rc == 0) report(s);
    else if (rc < 0) fprintf(stderr, "seed-demo: failed; nothing was changed\n");
    free(s);
    return rc;
}

int seed_demo_all(const char *templates_dir)
{
    int rc = seed_demo();
    if (rc != 0) return rc;
    char hash[AUTH_HASH_MAX];
    rc = auth_password_hash(DEMO_PASSWORD, hash) == 0 ? seed_demo_accounts(hash) : -1;
    if (rc == 0) rc = seed_demo_prices();
    if (rc == 0) rc = seed_demo_ordering();
    if (rc == 0) rc = seed_demo_approval_rules();
    if (rc == 0) rc = seed_demo_approval_steps();
    if (rc == 0) rc = seed_demo_shipments();
    if (rc == 0) rc = seed_demo_carts();
    if (rc == 0 && tpl_load_all(templates_dir) == 0) {
        rc = seed_demo_credit();   /* its request mails the account manager */
        if (rc == 0) rc = seed_demo_mail();
        if (rc == 0) rc = seed_demo_lists();   /* its runs and requisition mail */
        tpl_shutdown();
    }
    return rc;
}
