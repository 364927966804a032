/* Demo approval rules and spending limits: Acme Industrial Supply gets the
 * issue's reference rules (from $10,000 a Purchasing manager; over
 * $15,000 a Purchasing manager AND a Finance manager; more than 100 SKUs
 * or 5,000 units a Purchasing manager; restricted items a Finance manager
 * whatever the value), monthly limits of $1,000 for Ben Carter and $5,000
 * for Hoa Nguyen, and reminders after 2 days. Borealis Builders keeps no
 * rules (the empty state). Written through the rules store, one
 * transaction, deterministic. */
#include "seed/seed.h"
#include "seed/seed_internal.h"
#include "base/clock.h"

#include <stdio.h>
#include <string.h>

#include "approvals/approval_rules.h"
#include "base/db.h"
#include "approvals/approval_rules_store.h"

#define ACME "Acme Industrial Supply"

/* The two restricted products (seed.h). */
static const char *const RESTRICTED[] = { SEED_RESTRICTED_DRUM, SEED_RESTRICTED_JACK };

static struct ar_rule *new_rule(struct ar_rule *r, const char *name, int level)
{
    memset(r, 0, sizeof *r);
    snprintf(r->name, sizeof r->name, "%s", name);
    r->active = 1;
    r->level = level;
    r->applies_to = AR_APPLIES_EVERYONE;
    r->approver_kind = AR_APPROVER_ROLE;
    return r;
}

static void add_condition(struct ar_rule *r, enum ar_kind kind, enum ar_op op, int64_t a, int64_t b, const char *sku)
{
    struct ar_condition *c = &r->conditions[r->n_conditions++];
    memset(c, 0, sizeof *c);
    c->kind = kind;
    c->op = op;
    c->amount = a;
    c->amount2 = b;
    if (sku) snprintf(c->sku, sizeof c->sku, "%s", sku);
}

static void add_role(struct ar_rule *r, int64_t role)
{
    r->approvers[r->n_approvers++].id = role;
}

static int seed(int64_t company, int64_t now, int *rules, int *limits)
{
    static struct ar_rule r;
    int64_t id;

    new_rule(&r, "Orders from $10,000", 1);
    add_condition(&r, AR_ORDER_TOTAL, AR_OP_BETWEEN, 1000000, 1500000, NULL);
    add_role(&r, ROLE_PURCHASING);
    if (store_approval_rule_create(company, &r, now, &id) != 0) return -1;

    new_rule(&r, "Orders over $15,000", 1);
    add_condition(&r, AR_ORDER_TOTAL, AR_OP_GT, 1500000, 0, NULL);
    add_role(&r, ROLE_PURCHASING);
    add_role(&r, ROLE_FINANCE);
    r.all = 1;
    if (store_approval_rule_create(company, &r, now, &id) != 0) return -1;

    new_rule(&r, "Large orders", 1);
    add_condition(&r, AR_DISTINCT_SKUS, AR_OP_GT, 100, 0, NULL);
    add_condition(&r, AR_TOTAL_QUANTITY, AR_OP_GT, 5000, 0, NULL);
    r.any = 1;
    add_role(&r, ROLE_PURCHASING);
    if (store_approval_rule_create(company, &r, now, &id) != 0) return -1;

    new_rule(&r, "Restricted items", 1);
    r.any = 1;
    for (size_t i = 0; i < sizeof RESTRICTED / sizeof RESTRICTED[0]; i++) {
        int known = store_approval_sku_known(RESTRICTED[i], NULL, 0);
        if (known < 0) return -1;
        if (known) add_condition(&r, AR_CONTAINS_SKU, AR_OP_NONE, 0, 0, RESTRICTED[i]);
    }
    add_role(&r, ROLE_FINANCE);
    if (r.n_conditions && store_approval_rule_create(company, &r, now, &id) != 0) return -1;
    *rules = r.n_conditions ? 4 : 3;

    static const struct { const char *email; int64_t cents; } LIMITS[] = {
        { "buyer@acme.test", 100000 }, { "h.nguyen@acme.test", 500000 },
    };
    for (size_t i = 0; i < sizeof LIMITS / sizeof LIMITS[0]; i++) {
        int64_t user;
        int found = seed_store_user_id(LIMITS[i].email, &user);
        if (found < 0) return -1;
        if (!found) continue;
        if (store_spending_limit_set(company, user, LIMITS[i].cents, AR_PERIOD_MONTH, 0, now) != 0) return -1;
        (*limits)++;
    }
    struct approval_settings settings = { .refuse = 0, .reminder_days = 2, .escalate = 0 };
    return store_approval_settings_set(company, &settings) == 1 ? 0 : -1;
}

int seed_demo_approval_rules(void)
{
    int64_t company;
    int found = seed_store_company_id(ACME, &company);
    if (found <= 0) return found;
    if (db_begin() != 0) return -1;
    int rules = 0, limits = 0;
    if (!db_finish(seed(company, clock_now(), &rules, &limits) == 0, "seed-demo: approval rules")) return -1;
    fprintf(stderr, "seed-demo: %d approval rules and %d spending limits for %s\n", rules, limits, ACME);
    return 0;
}
